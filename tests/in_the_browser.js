// Checks that tests/test_browser.py runs inside each page. Each returns a
// list of problems (strings); an empty list means all is well.

// Layout shift (CLS) since the page began to load: the sum of the shifts
// the reader did not cause by input. Scrolling by script is no input.
let layoutShift = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries())
    if (!entry.hadRecentInput) layoutShift += entry.value;
}).observe({type: "layout-shift", buffered: true});

const nextFrame = () => new Promise(done => requestAnimationFrame(done));

// The blocks the browser may skip off screen: the article's, and the
// contents of its sets of tabs (extra.css, javascripts/accessibility.js).
const BLOCKS = "article > *, article > .tabbed-set > .tabbed-content";

window.checks = {
  layoutShift: () => layoutShift,
  blocks: () => [...document.querySelectorAll(BLOCKS)],

  // Scroll from the top of the page to its end, half a screen every other
  // frame, as a reader flicks through it (tools/bench_math.py too).
  async scrollToTheEnd() {
    scrollTo(0, 0);
    for (let step = 0; step < 2000; step++) {
      const end = document.documentElement.scrollHeight - innerHeight;
      if (scrollY >= end - 1) break;
      scrollBy(0, innerHeight / 2);
      await nextFrame();
      await nextFrame();
    }
    return layoutShift;
  },

  // Where the heading a link points to sits: its distance from the place
  // the theme scrolls headings to (just below the header), in pixels.
  headingOffset(id) {
    const heading = document.getElementById(id);
    return heading.getBoundingClientRect().top -
      parseFloat(getComputedStyle(heading).scrollMarginTop);
  },

  // Raw TeX that escaped rendering, anywhere in the visible text: navigation,
  // table of contents, hidden tabs and closed details included.
  rawTex() {
    const page = document.querySelector(".md-container").cloneNode(true);
    page.querySelectorAll("code, pre, script, style, .katex")
      .forEach(el => el.remove());
    const text = page.textContent;
    return ["\\(", "\\[", "$"].filter(mark => text.includes(mark))
      .map(mark => `raw TeX on the page: ${mark}`);
  },

  // The blocks of the article that the browser may still skip, and so
  // leave out of the accessibility tree: none, once
  // javascripts/accessibility.js has rendered the page (data-article).
  skippedBlocks() {
    return checks.blocks()
      .filter(block => getComputedStyle(block).contentVisibility === "auto")
      .map(block => `a block the browser may skip: ` +
        block.textContent.trim().slice(0, 40));
  },

  // Blocks that were skipped and are shorter than the height the browser
  // gave them meanwhile: rendered above the screen, each would pull the
  // page up (extra.css). A block that is not shown moves nothing.
  blocksShorterThanTheirEstimate() {
    return checks.blocks()
      .filter(block => block.classList.contains("rendered") &&
        block.getClientRects().length &&
        block.getBoundingClientRect().height <
        parseFloat(getComputedStyle(block).containIntrinsicHeight.split(" ")
          .at(-1)) - 0.5)
      .map(block => `a block shorter than its estimate: ` +
        block.textContent.trim().slice(0, 40));
  },

  // Every formula keeps KaTeX's MathML, which screen readers read; no
  // formula is an error.
  mathForScreenReaders() {
    const formulas = document.querySelectorAll(".katex");
    const spoken = document.querySelectorAll(".katex > .katex-mathml math");
    const problems = [];
    if (formulas.length !== spoken.length)
      problems.push(`${formulas.length - spoken.length} of ` +
        `${formulas.length} formulas have no MathML`);
    if (document.querySelector(".katex-error"))
      problems.push("a KaTeX error is shown");
    return problems;
  },

  // Versions of the HTML of each formula, each drawn in the article, and
  // how far apart (in pixels) consecutive versions may draw: for each
  // formula whose versions differ by that much or more, in their size or
  // where a glyph or a rule lies in them, what moved.
  drawnAlike(formulas, tolerances) {
    const article = document.querySelector("article");
    const picture = html => {
      const holder = document.createElement("div");
      holder.innerHTML = html;
      article.append(holder);
      return holder.querySelector(".katex-html");
    };
    const drawn = formulas.map(versions => versions.map(picture));
    const problems = [];
    for (const pictures of drawn) {
      const tex = pictures[0].parentElement.querySelector("annotation")
        .textContent.trim();
      const versions = pictures.map(marks);
      tolerances.forEach((tolerance, step) => {
        const [before, after] = versions.slice(step, step + 2);
        const moved = before.find((mark, i) => mark[0] !== after[i]?.[0] ||
          mark.slice(1).some((x, j) => Math.abs(x - after[i][j + 1]) >= tolerance));
        if (moved)
          problems.push(`${tex} (step ${step + 1}): ${JSON.stringify(moved)} ` +
            `became ${JSON.stringify(after[before.indexOf(moved)])}`);
        else if (before.length !== after.length)
          problems.push(`${tex} (step ${step + 1}): ${before.length} marks ` +
            `became ${after.length}`);
      });
    }
    return problems;
  },

  // Every figure says what it shows, to readers who cannot see it.
  figuresDescribed() {
    return [...document.querySelectorAll(".md-content svg.figure")]
      .filter(svg => !svg.querySelector(":scope > title")?.textContent ||
                     !svg.querySelector(":scope > desc")?.textContent)
      .map(svg => `a figure without a title and a description: ` +
        (svg.querySelector("title")?.textContent || svg.outerHTML.slice(0, 60)));
  },

  // Is the page wider than the screen? If so, name what sticks out:
  // elements wider than their box, or outside the screen, with no ancestor
  // that scrolls them in a box of their own.
  overflow() {
    const width = document.documentElement.clientWidth;
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth <= width + 1) return [];
    const scrolls = el =>
      ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
    const offenders = [];
    for (const el of document.querySelectorAll(".md-container *")) {
      if (el.closest(".katex-mathml")) continue;  // for screen readers only
      const box = el.getBoundingClientRect();
      const outside = box.right > width + 1 || box.left < -1;
      const spills = el.scrollWidth > el.clientWidth + 1 && !scrolls(el);
      if (box.width === 0 || !(outside || spills)) continue;
      let parent = el.parentElement;
      while (parent && !scrolls(parent)) parent = parent.parentElement;
      if (!parent) offenders.push(
        `<${el.tagName.toLowerCase()} class="${el.className}">: ` +
        el.textContent.trim().slice(0, 40));
    }
    return [`the page is ${pageWidth} px wide`, ...offenders.slice(-3)];
  },

  // What scrolls sideways in a box of its own, other than code, formulas
  // and tables (a data table needs its two dimensions: WCAG 1.4.10 lets it
  // scroll).
  sidewaysScrollers() {
    return [...document.querySelectorAll(".md-content *")]
      .filter(el => el.scrollWidth > el.clientWidth + 1 &&
        ["auto", "scroll"].includes(getComputedStyle(el).overflowX))
      .filter(el => !el.matches(
        "pre, pre *, code, .highlight *, div.arithmatex, " +
        ".md-typeset__scrollwrap, .md-typeset__scrollwrap *, .katex-display"))
      .map(el => `<${el.tagName.toLowerCase()} class="${el.className}"> ` +
        "scrolls sideways");
  },

  // Record where the keyboard focus goes, and how it shows.
  startFocusWalk() {
    window.focusWalk = [];
    // Styles show focus at once, not at the end of a transition.
    const still = document.createElement("style");
    still.textContent = "*, *::before, *::after { transition: none !important }";
    document.head.append(still);
    document.addEventListener("focusin", event => {
      window.focusWalk.push({element: event.target,
                             visible: focusShows(event.target)});
    });
  },

  // Has the walk passed the page's last stop (the footer's last link), or
  // gone round, or on for far too long?
  focusWalkEnded() {
    const walk = window.focusWalk;
    const last = [...document.querySelectorAll(".md-footer a[href]")].pop();
    return walk.some(step => step.element === last) || walk.length > 1500 ||
      (walk.length > 1 && walk.at(-1).element === walk[0].element);
  },

  // The walk reached, in document order and each with a visible focus
  // indicator: the navigation, the search, every group of content tabs,
  // every collapsible block and every copy button.
  focusWalkProblems() {
    const walk = window.focusWalk;
    const reached = walk.map(step => step.element);
    const shown = el => el && el.getClientRects().length > 0;
    const wanted = [
      ["the navigation", [...document.querySelectorAll(
        ".md-sidebar--primary .md-nav__link[href]")].find(shown)],
      ["the search", document.querySelector(".md-search__input")],
      ...[...document.querySelectorAll(".md-content .tabbed-set")].map(set =>
        [`the content tabs "${set.querySelector("label").textContent}"`,
         set.querySelector("input:checked")]),
      ...[...document.querySelectorAll(".md-content summary")].map(summary =>
        [`the collapsible block "${summary.textContent.trim()}"`, summary]),
      // Copy buttons of the tabs on show: the others show with their tab.
      ...[...document.querySelectorAll(".md-content .md-code__button")]
        .filter(shown).map((button, n) => [`copy button ${n + 1}`, button]),
    ].sort(([, a], [, b]) => a === b ? 0 :
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
    const problems = [];
    let last = -1;
    for (const [name, element] of wanted) {
      const position = reached.indexOf(element);
      if (position < 0) problems.push(`Tab never reaches ${name}`);
      else if (position < last) problems.push(`Tab reaches ${name} too early`);
      else last = position;
    }
    const unseen = walk.filter(step => !step.visible).map(step =>
      `no visible focus on <${step.element.tagName.toLowerCase()} ` +
      `class="${step.element.className}">`);
    return problems.concat([...new Set(unseen)]);
  },
};

// What a formula's picture draws, relative to its box: its size, the line
// that holds it and each of its parts (what it adds to the line's height),
// each glyph (a character and its box) and each rule or drawing (fraction
// bars, roots, stretched arrows).
function marks(picture) {
  const origin = picture.getBoundingClientRect();
  const place = (name, box) => [name, box.left - origin.left,
    box.top - origin.top, box.width, box.height];
  const line = picture.closest(".katex").parentElement;
  const found = [place("box", origin), place("line", line.getBoundingClientRect())];
  for (const part of picture.querySelectorAll(".katex-base"))
    found.push(place("part", part.getBoundingClientRect()));
  const glyph = document.createRange();
  const texts = document.createTreeWalker(picture, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const text = texts.currentNode;
    let offset = 0;
    for (const character of text.data) {  // a code point, not a UTF-16 unit
      glyph.setStart(text, offset);
      glyph.setEnd(text, offset += character.length);
      if (character.trim() && character !== "\u200b")
        found.push(place(character, glyph.getBoundingClientRect()));
    }
  }
  for (const drawing of picture.querySelectorAll(
      "svg, .frac-line, .overline-line, .underline-line, .katex-hline, " +
      ".katex-hdashline, .katex-rule"))
    found.push(place(drawing.tagName, drawing.getBoundingClientRect()));
  return found;
}

// Is keyboard focus on `el` visible? Its own outline or shadow, or for the
// theme's hidden radio buttons (content tabs, the palette toggle) a change
// in a label that stands for them; a text field shows its caret.
function focusShows(el) {
  const shown = style =>
    (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
    style.boxShadow !== "none";
  if (shown(getComputedStyle(el))) return true;
  if (el.matches("input[type=text], input:not([type])")) return true;
  if (!el.matches("input[type=radio], input[type=checkbox]")) return false;
  const accent = getComputedStyle(document.body)
    .getPropertyValue("--md-accent-fg-color").trim();
  const tab = el.closest(".tabbed-set")?.querySelector(
    `.tabbed-labels > :nth-child(${[...el.parentElement.children]
      .filter(child => child.matches("input")).indexOf(el) + 1})`);
  const labels = [tab, el.nextElementSibling,
                  document.querySelector(`label[for="${el.id}"]`)];
  return labels.some(label => label?.matches("label") &&
    label.getClientRects().length > 0 &&
    (shown(getComputedStyle(label)) ||
     sameColour(getComputedStyle(label).color, accent)));
}

function sameColour(a, b) {
  const probe = document.createElement("span");
  document.body.append(probe);
  probe.style.color = b;
  const same = getComputedStyle(probe).color === a;
  probe.remove();
  return same;
}
