// Two fixes to the theme's pages, for readers of assistive technology.
// Material's document$ runs them on every page, instant navigation included.
//
// A wide formula or table scrolls sideways inside its own box on a narrow
// screen. Such a box must be reachable with the keyboard and say what it is
// (WCAG 2.1.1), so each box that scrolls gets tabindex, a role and a label;
// a box that fits loses them again, leaving no useless tab stops.
const SCROLL_BOXES = {
  ".md-typeset div.arithmatex": "Formula, scrolls sideways",
  ".md-typeset__scrollwrap": "Table, scrolls sideways",
};

function labelScrollBoxes() {
  for (const [selector, label] of Object.entries(SCROLL_BOXES)) {
    for (const box of document.querySelectorAll(selector)) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", label);
      } else if (box.hasAttribute("tabindex")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    }
  }
}

// Each code block's copy button sits in a navigation landmark of its own;
// landmarks need names that tell them apart.
function labelCodeNavigation() {
  document.querySelectorAll(".md-code__nav").forEach((nav, n) => {
    nav.setAttribute("aria-label", `Code block ${n + 1}`);
  });
}

const resized = new ResizeObserver(labelScrollBoxes);
document$.subscribe(() => {
  resized.disconnect();
  resized.observe(document.body);
  labelScrollBoxes();
  labelCodeNavigation();
});
