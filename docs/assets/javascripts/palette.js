// The palette toggle, in place of Material's palette component and of its
// partials/javascripts/palette.html. That component, as the theme's bundle
// starts, sets the palette the page already has, and on the way restyles
// every element on screen three times (data-md-color-switching on <body>,
// then a new color-scheme meta, then its content): a tenth of a second of
// a long page's first screen.
//
// overrides/partials/javascripts/palette.html runs this script while the
// header is parsed, just after the component's form, which it takes for
// itself, so that the theme mounts nothing there. It shows the reader's
// choice, or else the palette whose media query matches (light or dark, as
// the system is). Unlike the theme's component, which stores the palette
// of a first visit as if chosen, it follows the system until the reader
// chooses. A choice is stored where the theme stores it (and a palette the
// theme stored counts as chosen), and kept for the page's life where
// storage is blocked. An entry whose media is "(prefers-color-scheme)" (the
// theme's automatic mode) shows the colours of the light or dark entry, as
// the system is. Enter switches, as in the theme.
//
// The page's colours and its color-scheme meta (which the scrollbars take:
// the theme's CSS makes slate dark and default light; another scheme asks
// for its style) are set before the first frame. The toggle shows, and the
// theme-color meta (a phone's browser bar) is set, once the page is parsed:
// shown earlier, the toggle would move when the rest of the header
// arrives. Transitions are off while the palette switches. Compare with the
// theme's component (components/palette) when upgrading Material.
(() => {
  const form = document.querySelector("[data-md-component=palette]");
  if (!form) return;
  form.removeAttribute("data-md-component");
  const inputs = [...form.querySelectorAll("input")];
  const header = form.closest("header");
  const dark = matchMedia("(prefers-color-scheme: dark)");
  const media = index => inputs[index].getAttribute("data-md-color-media");
  const entry = index => media(index) !== "(prefers-color-scheme)" ? index :
    inputs.findIndex((_, i) => media(i) === `(prefers-color-scheme: ${
      dark.matches ? "dark" : "light"})`);
  const meta = name => document.head.appendChild(
    Object.assign(document.createElement("meta"), {name}));
  const themeColor = meta("theme-color"), colorScheme = meta("color-scheme");
  let current, chosen;
  try { chosen = __md_get("__palette")?.index; } catch {}
  if (!(chosen >= 0 && chosen < inputs.length)) chosen = undefined;
  function show(index) {
    current = index;
    inputs[index].checked = true;  // so that its toggle's input can change
    const shown = inputs[Math.max(0, entry(index))];
    for (const key of ["scheme", "primary", "accent"])
      document.body.setAttribute(`data-md-color-${key}`,
        shown.getAttribute(`data-md-color-${key}`));
    document.body.setAttribute("data-md-color-media", media(index));
    const scheme = shown.getAttribute("data-md-color-scheme");
    colorScheme.content = {slate: "dark", default: "light"}[scheme] ??
      getComputedStyle(header).colorScheme;
    if (document.readyState !== "loading") showToggle();
  }
  function showToggle() {
    inputs.forEach((input, i) => {
      const toggle = input.nextElementSibling;
      if (toggle?.matches("label")) toggle.hidden = i !== current;
    });
    themeColor.content = getComputedStyle(header).backgroundColor;
  }
  function switchTo(index) {
    document.body.setAttribute("data-md-color-switching", "");
    show(index);
    setTimeout(() => document.body.removeAttribute("data-md-color-switching"));
  }
  const fromSystem = () =>
    Math.max(0, inputs.findIndex((_, i) => matchMedia(media(i)).matches));
  show(chosen ?? fromSystem());
  document.addEventListener("DOMContentLoaded", showToggle);
  dark.addEventListener("change", () => switchTo(
    chosen === undefined ? fromSystem() : current));
  form.addEventListener("change", event => {
    chosen = inputs.indexOf(event.target);
    switchTo(chosen);
    __md_set("__palette", {index: chosen});
  });
  form.addEventListener("keydown", event => {
    if (event.key !== "Enter") return;
    const next = inputs[(current + 1) % inputs.length];
    next.click();
    next.focus();
  });
})();
