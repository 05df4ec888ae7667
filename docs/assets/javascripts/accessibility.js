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
// whole page. The page's root says when every box is labelled
// (data-scroll-boxes="labelled").
let pending = [];

function labelScrollBoxes() {
  pending = Object.entries(SCROLL_BOXES).flatMap(([selector, label]) =>
    [...document.querySelectorAll(selector)].map(box => [box, label]));
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
  while (pending.length && deadline.timeRemaining() > 5)
    labelScrollBox(...pending.shift());
  if (pending.length) requestIdleCallback(labelWhileIdle);
  else document.documentElement.dataset.scrollBoxes = "labelled";
}

const resized = new ResizeObserver(labelScrollBoxes);
document$.subscribe(() => {
  resized.disconnect();
  resized.observe(document.body);
});
