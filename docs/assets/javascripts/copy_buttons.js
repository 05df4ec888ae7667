// A copy button on every code block, in place as soon as the page loads.
//
// The theme's own buttons (content.code.copy) come with its code-block
// component, which measures each block as it starts: on a long page that
// lays out every block, on screen or not (content-visibility in extra.css).
// So the component starts a block only when it comes into view
// (content.lazy, mkdocs.yml), and the buttons, which need no measuring, are
// made here for every block at once: Tab reaches each of them in order.
// A click is handled by the theme, which copies whatever element a button's
// data-clipboard-target names and says "Copied to clipboard".
const COPY = JSON.parse(document.getElementById("__config").textContent)
  .translations["clipboard.copy"];

function addCopyButtons() {
  const blocks = document.querySelectorAll(".md-content pre > code");
  blocks.forEach((code, n) => {
    const pre = code.parentElement;
    if (pre.querySelector(":scope > .md-code__nav")) return;
    // The theme renames a block's id as it starts it: this mark stays.
    pre.dataset.codeBlock = n;
    const button = document.createElement("button");
    button.className = "md-code__button";
    button.title = COPY;
    button.dataset.clipboardTarget = `pre[data-code-block="${n}"] > code`;
    button.dataset.mdType = "copy";
    // Each button sits in a navigation landmark of its own, as the theme's
    // do; landmarks need names that tell them apart.
    const nav = document.createElement("nav");
    nav.className = "md-code__nav";
    nav.setAttribute("aria-label", `Code block ${n + 1}`);
    nav.append(button);
    pre.insertBefore(nav, code);
  });
}

document$.subscribe(addCopyButtons);
