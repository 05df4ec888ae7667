// Two fixes to the theme's pages: for readers who use the keyboard, and for
// readers who use a screen reader. Material's document$ runs both on every
// page, instant navigation included.
//
// A wide formula, table or code block scrolls sideways inside its own box on a narrow
// screen. Such a box must be reachable with the keyboard and say what it is
// (WCAG 2.1.1), so each box that scrolls gets tabindex, a role and a label;
// a box that fits loses them again, leaving no useless tab stops.
const SCROLL_BOXES = {
  ".md-typeset div.arithmatex": "Formula, scrolls sideways",
  ".md-typeset__scrollwrap": "Table, scrolls sideways",
  // The theme marks a code block that scrolls only once the block is in
  // view (content.lazy, see copy_buttons.js): here every one is.
  ".md-content pre > code": "Code, scrolls sideways",
};

function labelScrollBox(box, label) {
  // What the box holds, measured inside it: a box the browser skips has
  // the size it estimates, and no overflow, until it is laid out. (A code
  // block or a table's box is never skipped itself, only the block around
  // it.)
  const held = box.matches("code") ? box : box.firstElementChild;
  if (held.scrollWidth > box.clientWidth + 1) {
    box.tabIndex = 0;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", label);
  } else if (box.hasAttribute("tabindex")) {
    box.removeAttribute("tabindex");
    box.removeAttribute("role");
    box.removeAttribute("aria-label");
  }
}

// Measuring a box lays it out, and the browser skips the layout of what is
// off screen (content-visibility in extra.css). Which boxes are on screen
// the browser says without laying anything out (IntersectionObserver, in
// its next frame): those are measured then, the others a few at a time
// while the browser is idle, so that the first screen does not wait for the
// whole page. A box off screen can cost a layout of 20 ms or more, so each
// idle slice stops measuring after SLICE_MS: on a desktop, with its last box
// it stays well under the 50 ms that make a task long and keep a reader's
// click waiting (a slow phone takes longer). The page's root says when
// every box is labelled (data-scroll-boxes="labelled").
const SLICE_MS = 8;
let pending = [];
// Safari has no requestIdleCallback: a timer stands in, with a slice's time.
const whenIdle = window.requestIdleCallback ??
  (work => setTimeout(() => {
    const stop = performance.now() + SLICE_MS;
    work({timeRemaining: () => Math.max(0, stop - performance.now())});
  }, 16));
const cancelWhenIdle = window.cancelIdleCallback ?? clearTimeout;

// The boxes in `root` to measure, with their labels. A box in a closed
// <details> is neither shown nor reached with Tab, and measuring it would
// lay out the whole closed block: it is measured when the block opens.
function scrollBoxesIn(root) {
  return Object.entries(SCROLL_BOXES).flatMap(([selector, label]) =>
    [...root.querySelectorAll(selector)]
      .filter(box => !box.closest("details:not([open])"))
      .map(box => [box, label]));
}

function labelScrollBoxes() {
  pending = scrollBoxesIn(document);
  document.documentElement.dataset.scrollBoxes = "measuring";
  const labels = new Map(pending);
  const onScreen = new IntersectionObserver(entries => {
    onScreen.disconnect();
    const shown = new Set(entries.filter(entry => entry.isIntersecting)
      .map(entry => entry.target));
    shown.forEach(box => labelScrollBox(box, labels.get(box)));
    pending = pending.filter(([box]) => !shown.has(box));
    whenIdle(labelWhileIdle);
  });
  labels.forEach((_, box) => onScreen.observe(box));
  if (!labels.size) whenIdle(labelWhileIdle);
}

function labelWhileIdle(deadline) {
  const stop = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
  while (pending.length && performance.now() < stop)
    labelScrollBox(...pending.shift());
  if (pending.length) whenIdle(labelWhileIdle);
  else document.documentElement.dataset.scrollBoxes = "labelled";
}

// A block that opens, or a tab that is chosen, shows boxes that were
// hidden: they are measured then.
function labelScrollBoxesIn(root) {
  scrollBoxesIn(root).forEach(([box, label]) => labelScrollBox(box, label));
}
document.addEventListener("toggle", event => {  // toggle does not bubble
  const block = event.target;
  if (block instanceof HTMLDetailsElement && block.open)
    labelScrollBoxesIn(block);
}, true);
document.addEventListener("change", event => {
  const tabs = event.target.closest(".tabbed-set");
  if (tabs) labelScrollBoxesIn(tabs);
}, true);

// The blocks of the article that content-visibility skips (extra.css), and
// the contents of its sets of tabs, are left out of Chromium's
// accessibility tree until they are rendered: a screen reader would find
// the headings, the first screen's text, and nothing between the headings
// further down. So while the browser is idle the rest of the article is
// rendered, in reading order, and stays rendered. A block above the screen
// that gets its real height moves nothing the reader sees (the browser's
// scroll anchoring, extra.css), nor does one below it. Each idle slice
// renders one block, and more while SLICE_MS last, like the labelling
// above. The page's root says when the whole article is rendered
// (data-article="rendered").
let unrendered = [];
let rendering = null;  // the idle callback that renders the next blocks

function renderTheArticle() {
  cancelWhenIdle(rendering);
  unrendered = [...document.querySelectorAll("article.md-typeset > *, " +
    "article.md-typeset > .tabbed-set > .tabbed-content")];
  document.documentElement.dataset.article = "rendering";
  rendering = whenIdle(renderWhileIdle);
}

function renderWhileIdle(deadline) {
  const stop = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
  while (unrendered.length) {
    const block = unrendered.shift();
    if (getComputedStyle(block).contentVisibility === "auto") {
      block.classList.add("rendered");
      block.getBoundingClientRect();  // its layout, inside this slice
    }
    if (performance.now() >= stop) break;
  }
  if (unrendered.length) rendering = whenIdle(renderWhileIdle);
  else document.documentElement.dataset.article = "rendered";
}

// Whether a box scrolls depends on the page's width and on the fonts, not
// on the page's height, which grows as the article is rendered.
let width = null;
const resized = new ResizeObserver(([{contentRect}]) => {
  if (contentRect.width === width) return;
  width = contentRect.width;
  labelScrollBoxes();
});
document.fonts.addEventListener("loadingdone", () => labelScrollBoxes());
// Back and forward within the site, the theme restores the place where the
// reader was: like the browser's own, that needs the page laid out whole
// (overrides/main.html). So does a link to a place in a closed box of this
// page: the theme opens the box and scrolls to it before the blocks above
// it have their heights (with a slow CPU, the page stopped screens away).
const layOutWhole = () =>
  document.documentElement.classList.remove("skips-offscreen");
addEventListener("popstate", layOutWhole, true);
document.addEventListener("click", event => {
  const link = event.target.closest?.("a[href]");
  const inPlace = !(event.button || event.ctrlKey || event.metaKey ||
                    event.shiftKey || event.altKey);  // not a new tab
  const target = link && inPlace && new URL(link.href, location.href);
  if (!target || target.origin + target.pathname !==
      location.origin + location.pathname) return;
  const place = document.getElementById(decodeURIComponent(target.hash.slice(1)));
  if (place?.closest("details:not([open])")) layOutWhole();
}, true);  // before the theme's own handler
document$.subscribe(() => {
  resized.disconnect();
  width = null;
  resized.observe(document.body);
  renderTheArticle();
});
