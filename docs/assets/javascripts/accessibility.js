// A fix to the theme's pages, for readers who use the keyboard. Material's
// document$ runs it on every page, instant navigation included.
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
  // block is never skipped itself, only the block around it.)
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
// idle slice stops measuring after SLICE_MS: with its last box it stays
// well under the 50 ms that make a task long and keep a reader's click
// waiting. The page's root says when every box is labelled
// (data-scroll-boxes="labelled").
const SLICE_MS = 8;
let pending = [];

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
    requestIdleCallback(labelWhileIdle);
  });
  labels.forEach((_, box) => onScreen.observe(box));
  if (!labels.size) requestIdleCallback(labelWhileIdle);
}

function labelWhileIdle(deadline) {
  const stop = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
  while (pending.length && performance.now() < stop)
    labelScrollBox(...pending.shift());
  if (pending.length) requestIdleCallback(labelWhileIdle);
  else document.documentElement.dataset.scrollBoxes = "labelled";
}

document.addEventListener("toggle", event => {  // toggle does not bubble
  const block = event.target;
  if (block instanceof HTMLDetailsElement && block.open)
    scrollBoxesIn(block).forEach(([box, label]) => labelScrollBox(box, label));
}, true);

const resized = new ResizeObserver(labelScrollBoxes);
document$.subscribe(() => {
  resized.disconnect();
  resized.observe(document.body);
});
