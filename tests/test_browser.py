"""Every page, in a real browser, as its readers meet it: light and dark, on
a phone, at 320 px and on a desktop, with a screen reader and a keyboard.

One load per page runs every check, so that the sweep stays quick:
axe-core (vendor/axe-core/, WCAG 2.2 AA and best practice) with every rule
on a phone in the light scheme, its colour rules again in the dark one, and
on a desktop its rules on what the wide layout adds (the sidebars) and on
what depends on the width (scroll boxes, target sizes): the content's
colours do not change with the width. Then a keyboard walk with Tab from
the top, math rendered with MathML, figures described, nothing fetched from
elsewhere, no console errors, nothing wider than the screen at 320 px but
code, formulas and tables, which scroll in their own box.

Chromium comes from the system (Debian's `chromium` package in CI); where it
is missing the tests skip with a message, except in CI, where they fail.
"""

import base64
import re
import xml.etree.ElementTree as ElementTree
from html import unescape
from urllib.parse import urljoin

import pytest
from browser import find_chromium
from layout import ROOT
from lighter_pages import lighter_pictures
from pages import book
from site_server import site_url

PHONE = {"width": 375, "height": 740}
NARROW = {"width": 320, "height": 740}  # WCAG's reflow width
DESKTOP = {"width": 1280, "height": 800}
AXE = ROOT / "vendor" / "axe-core" / "axe.min.js"
CHECKS = ROOT / "tests" / "in_the_browser.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_TAGS += ["best-practice"]
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
BLOCKING = {"serious", "critical"}
# Colours change at once, not in the theme's transitions: the blocks the
# browser skips off screen take their style only when axe reads it, and
# would show axe the colour a transition starts from.
STILL = "* { transition: none !important }"
LAID_OUT = (
    "article > *, article > .tabbed-set > .tabbed-content {"
    " content-visibility: visible !important; contain: none !important }"
)
NEXT_FRAMES = """() => new Promise(done =>
    requestAnimationFrame(() => requestAnimationFrame(done)))"""
# Where a TeX formula escaped rendering, in any page's visible text.
FIND_RAW_TEX = "() => checks.rawTex()"


def site_pages(site):
    """Every page of the sitemap, as a path relative to the site root."""
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    return [url.removeprefix(site_url()) for url in locations]


def pages_to_sweep():
    """Every page, as MkDocs lists the docs folder, so that parametrising
    needs no build; the sitemap test below checks that none is missing."""
    return sorted({*book().page_urls, "contributing/", "404.html"})


class Visit:
    """One page load, recording what the browser complained about or fetched."""

    def __init__(
        self, browser, base, scheme, viewport, javascript=True, before=None
    ):
        self.base = base
        self.context = browser.new_context(
            color_scheme=scheme,
            viewport=viewport,
            java_script_enabled=javascript,
        )
        self.context.add_init_script(path=CHECKS)
        if before:  # a script that runs before the page's own
            self.context.add_init_script(before)
        self.foreign, self.errors, self.failed = [], [], []
        self.context.route("**/*", self.route)
        self.page = self.context.new_page()
        self.page.on("console", self.console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("response", self.response)

    def route(self, route):
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def response(self, response):
        missing = response.status >= 400  # an image, a stylesheet, a font ...
        if missing and not response.url.endswith("/404.html"):
            self.failed.append(f"{response.status} {response.url}")

    def console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def open(self, path):
        self.page.goto(self.base + path, wait_until="load")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, server):
    visits = []

    def open_page(
        path, scheme="light", viewport=PHONE, javascript=True, before=None
    ):
        visit = Visit(browser, server, scheme, viewport, javascript, before)
        visits.append(visit)
        return visit, visit.open(path)

    yield open_page
    for visit in visits:
        visit.close()


def test_sweep_covers_every_page_of_the_sitemap(built_site):
    assert set(site_pages(built_site)) <= set(pages_to_sweep())


@pytest.mark.sweep
@pytest.mark.parametrize(
    "page_path", pages_to_sweep(), ids=lambda p: p or "home"
)
def test_page_works_for_every_reader(visit, page_path):
    """One load of the page: every check below, on every page."""
    session, page = visit(page_path, "light", PHONE)
    problems = []

    def note(where, found):
        problems.extend(
            f"/{page_path} ({where}): {problem}" for problem in found
        )

    page.add_script_tag(path=AXE)
    page.add_style_tag(content=STILL)
    page.wait_for_selector("html[data-article=rendered]", state="attached")
    note(
        "light, 375 px",
        page.evaluate("""[...checks.skippedBlocks(),
            ...checks.blocksShorterThanTheirEstimate()]"""),
    )
    # axe finds a text's background by what the browser paints under it, and
    # the browser paints no block it skips off screen (extra.css): axe sees
    # the page as a reader who scrolls to every block does. The keyboard
    # walk below goes through the page as it loads.
    every_block_laid_out = page.add_style_tag(content=LAID_OUT)
    labelled = (
        "html[data-scroll-boxes=labelled]"  # javascripts/accessibility.js
    )
    page.wait_for_selector(labelled, state="attached")
    note(
        "light, 375 px",
        page.evaluate("""() => [...checks.rawTex(),
        ...checks.mathForScreenReaders(), ...checks.figuresDescribed(),
        ...checks.overflow()]"""),
    )
    note("light, 375 px", axe(page, AXE_TAGS))
    choose_scheme(page, "slate")
    # KaTeX's glyphs take the colour of the text around them, checked here.
    note("dark, 375 px", axe(page, COLOUR_RULES, exclude=[".katex"]))
    page.set_viewport_size(NARROW)
    page.evaluate(NEXT_FRAMES)  # the boxes that fitted may scroll now
    page.wait_for_selector(labelled, state="attached")
    note(
        "320 px",
        page.evaluate(
            "() => [...checks.overflow(), ...checks.sidewaysScrollers()]"
        ),
    )
    page.set_viewport_size(DESKTOP)
    choose_scheme(page, "default")
    every_block_laid_out.evaluate("style => style.remove()")
    note("keyboard, desktop", keyboard_walk(page))
    page.evaluate("document.fonts.ready")
    late_fonts = page.evaluate("""() => performance.getEntriesByType(
        "resource").filter(e => e.name.endsWith(".woff2") &&
        e.initiatorType !== "link").map(e => e.name.split("/").pop())""")
    note("fonts", [f"{font} was not preloaded" for font in late_fonts])
    note("requests", session.failed + [f"to {u}" for u in session.foreign])
    note("console", session.errors)
    assert not problems, "\n".join(problems)


@pytest.mark.sweep
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_wide_layout_works_for_every_reader(visit, scheme):
    """What a desktop adds to every page (the navigation and the table of
    contents beside the text, the search field in the header) is the same
    template on every page: it is checked here, on the page with the most
    sections. The text itself has the same colours at every width, and what
    scrolls sideways on a desktop also scrolls on a phone, where the test
    above checks it. As there, axe sees every block laid out: in a block the
    browser skips, a link has no box to measure."""
    session, page = visit("cheat-sheet/", "light", DESKTOP)
    page.wait_for_selector("html[data-article=rendered]", state="attached")
    page.add_style_tag(content=LAID_OUT)
    page.add_script_tag(path=AXE)
    choose_scheme(page, scheme)
    problems = axe(page, AXE_TAGS)
    assert not problems, "\n".join(problems)
    assert session.errors == []


def axe(page, rules, exclude=()):
    """axe-core's serious and critical violations, one line per element:
    the rule, what it found and where. `rules` are rule ids or tags."""
    results = page.evaluate(
        "([context, options]) => axe.run(context, options)",
        [
            {"exclude": [[selector] for selector in exclude]},
            {"runOnly": rules, "resultTypes": ["violations"]},
        ],
    )
    return [
        f"axe {violation['id']} ({violation['impact']}): "
        f"{' > '.join(node['target'])}: {violation['help']}"
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
        for node in violation["nodes"]
    ]


def choose_scheme(page, scheme):
    """Switch the palette as a reader does, with the header's toggle."""
    page.add_style_tag(content=STILL)
    while page.locator("body").get_attribute("data-md-color-scheme") != scheme:
        page.locator(TOGGLE).click()


def keyboard_walk(page):
    """Tab from the top of the page to its last stop; what went wrong.
    Every collapsible block is opened first, as a reader opens it with
    Enter, so that the walk also passes through what it holds."""
    page.evaluate("""() => {
        document.querySelectorAll("details").forEach(d => { d.open = true; });
        // Start from the top, as a fresh page does.
        document.body.tabIndex = -1;
        document.body.focus();
        document.body.removeAttribute("tabindex");
        checks.startFocusWalk();
    }""")
    while not page.evaluate("() => checks.focusWalkEnded()"):
        for _ in range(20):
            page.keyboard.press("Tab")
    return page.evaluate("() => checks.focusWalkProblems()")


# Records each palette the body is given, and whether the article was
# parsed yet: the header's script sets it before, the theme's bundle after;
# and whether the page was still loading when the toggle was shown (the
# rest of the header would then move it).
PALETTES_SET = """window.palettesSet = []; window.togglesShown = [];
new MutationObserver(records => {
  for (const record of records)
    if (record.attributeName === "hidden") {
      if (record.target.matches("label[for^=__palette]"))
        togglesShown.push(document.readyState);
    }
    else
      palettesSet.push([record.target.getAttribute("data-md-color-scheme"),
                        document.querySelector("article") !== null]);
}).observe(document, {subtree: true,
                      attributeFilter: ["data-md-color-scheme", "hidden"]});"""
SCHEME = "() => document.body.getAttribute('data-md-color-scheme')"
TOGGLE = "label.md-header__button[for^=__palette]:visible"
META_COLOR_SCHEMES = """() => [...document.querySelectorAll(
    "meta[name=color-scheme]")].map(meta => meta.content)"""


def system_turns_light_then_dark(page):
    """The system's scheme changes; the page learns it in its next frames."""
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.evaluate(NEXT_FRAMES)


def test_palette_follows_the_system_until_the_reader_chooses(visit):
    """javascripts/palette.js: a dark system gets the dark palette before
    the article is parsed, so its first frame is dark; then the palette
    follows the system, until the reader's choice, which the next page
    keeps."""
    session, page = visit("faq/", "dark", DESKTOP, before=PALETTES_SET)
    assert page.evaluate("palettesSet") == [["slate", False]]
    shown_while = page.evaluate("togglesShown")
    assert shown_while and "loading" not in shown_while
    assert page.evaluate(META_COLOR_SCHEMES) == ["dark"]
    header = page.locator(".md-header").evaluate(
        "header => getComputedStyle(header).backgroundColor"
    )
    assert page.get_attribute("meta[name=theme-color]", "content") == header
    # A change of the system's scheme arrives with the next frames.
    page.emulate_media(color_scheme="light")
    page.evaluate(NEXT_FRAMES)
    assert page.evaluate(SCHEME) == "default"
    page.emulate_media(color_scheme="dark")
    page.evaluate(NEXT_FRAMES)
    assert page.evaluate(SCHEME) == "slate"
    assert page.get_attribute(TOGGLE, "title") == "Switch to light mode"

    page.click(TOGGLE)
    assert page.evaluate(SCHEME) == "default"
    assert page.evaluate(META_COLOR_SCHEMES) == ["light"]
    system_turns_light_then_dark(page)  # chosen: stays light
    assert page.evaluate(SCHEME) == "default"
    page = session.open("notation/")
    assert page.evaluate("palettesSet") == [["default", False]]
    assert page.get_attribute(TOGGLE, "title") == "Switch to dark mode"
    assert session.errors == []


def test_palette_switches_with_enter_as_the_theme_does(visit):
    session, page = visit("faq/", "light", DESKTOP)
    page.focus("#__palette_0")
    page.keyboard.press("Enter")
    assert page.evaluate(SCHEME) == "slate"
    assert page.evaluate("document.activeElement.id") == "__palette_1"
    page.keyboard.press("Enter")
    assert page.evaluate(SCHEME) == "default"
    assert page.evaluate("document.activeElement.id") == "__palette_0"
    stored = "__md_get('__palette')"  # the theme's storage
    assert page.evaluate(stored) == {"index": 0}
    assert session.errors == []


def test_palette_toggle_works_where_storage_is_blocked(visit):
    """A reader's choice is kept for the page's life, when the browser
    refuses storage (as with cookies blocked), and the toggle keeps
    switching. (The theme's own scripts throw there, which is theirs to
    fix.)"""
    blocked = """Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("blocked", "SecurityError"); }});"""
    _, page = visit("faq/", "dark", DESKTOP, before=blocked)
    assert page.evaluate(SCHEME) == "slate"
    page.click(TOGGLE)
    assert page.evaluate(SCHEME) == "default"
    system_turns_light_then_dark(page)
    assert page.evaluate(SCHEME) == "default"  # the choice holds
    page.click(TOGGLE)
    assert page.evaluate(SCHEME) == "slate"
    page.click(TOGGLE)
    assert page.evaluate(SCHEME) == "default"


def test_no_stylesheet_is_reloaded_once_the_body_exists(visit):
    """The theme's instant navigation makes every address absolute when its
    bundle starts; a stylesheet whose address changes is reloaded, and every
    element restyled. The head's script makes theirs absolute first, while
    nothing is styled (overrides/main.html)."""
    session, page = visit(
        "faq/",
        "light",
        DESKTOP,
        before="""window.sheetsChanged = [];
        new MutationObserver(records => {
          for (const record of records)
            if (record.target.rel === "stylesheet")
              sheetsChanged.push(document.body !== null);
        }).observe(document, {subtree: true, attributeFilter: ["href"]});""",
    )
    page.wait_for_load_state("networkidle")
    changed_when = page.evaluate("sheetsChanged")
    assert changed_when, "the head's script made no address absolute"
    assert True not in changed_when, "a stylesheet changed in the body"
    assert session.errors == []


def test_math_is_rendered_at_build_time(visit):
    _, page = visit("chain-rule-order/")
    assert page.locator(".katex").count() > 20
    assert page.locator(".katex-display").count() >= 3
    scripts = page.eval_on_selector_all("script[src]", "s => s.map(e => e.src)")
    assert not [src for src in scripts if "katex" in src or "mathjax" in src]


def test_notebook_page_offers_download_and_shows_outputs(visit, server):
    _, page = visit("workbooks/chain-rule-order/", "light", DESKTOP)
    link = page.locator("a[download][href$='.ipynb']").first
    assert link.is_visible()
    response = page.request.get(urljoin(page.url, link.get_attribute("href")))
    assert response.ok
    assert response.json()["nbformat"] == 4
    assert page.locator(".jp-OutputArea-output").count() >= 5
    assert page.locator(".jp-RenderedMarkdown .katex").count() > 5


def test_every_code_block_copies_its_own_code(visit):
    """Copy buttons are there as the page loads, one on every code block,
    on screen or not (javascripts/copy_buttons.js), and each copies the
    code of its own block."""
    session, page = visit("output-layers/", "light", DESKTOP)
    session.context.grant_permissions(["clipboard-read", "clipboard-write"])
    codes = page.locator(".md-content pre > code")
    buttons = page.locator(".md-content pre > nav > button.md-code__button")
    assert buttons.count() == codes.count() > 20
    page.evaluate(
        "document.querySelectorAll('details').forEach(d => d.open = true)"
    )
    for n in (1, codes.count() - 2):  # near the top, and far below the screen
        buttons.nth(n).click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == codes.nth(n).inner_text().rstrip()
        assert copied != codes.nth(n + 1).inner_text().rstrip()
    assert page.locator(".md-dialog").inner_text() == "Copied to clipboard"


def test_code_in_a_collapsed_block_is_labelled_when_it_opens(visit):
    """A closed block's code is measured when the reader opens it
    (javascripts/accessibility.js): measured as the page loads, it would
    lay out the whole closed block; never measured, code that scrolls would
    be out of reach of the keyboard."""
    _, page = visit("course-map/", "light", PHONE)
    page.wait_for_selector("html[data-scroll-boxes=labelled]", state="attached")
    block = page.locator("details:has(pre > code)").first
    code = block.locator("pre > code").first
    assert code.get_attribute("tabindex") is None
    block.locator("summary").click()
    page.wait_for_function(
        "code => code.tabIndex === 0", arg=code.element_handle()
    )
    assert code.get_attribute("role") == "group"
    assert code.get_attribute("aria-label") == "Code, scrolls sideways"


def test_code_in_a_chosen_tab_is_labelled(visit):
    """A tab's boxes are hidden until the reader chooses the tab; then the
    code in it that scrolls sideways becomes a labelled tab stop
    (javascripts/accessibility.js). Every tab of the page is chosen."""
    _, page = visit("two-layer-network/", "light", PHONE)
    page.wait_for_selector("html[data-scroll-boxes=labelled]", state="attached")
    tab_stops = page.evaluate("""() => {
        const found = [];
        for (const label of document.querySelectorAll(".tabbed-labels > *")) {
            label.click();
            const block = document.getElementById(label.htmlFor).parentElement
                .querySelector(`.tabbed-block:nth-child(${
                    [...label.parentElement.children].indexOf(label) + 1})`);
            for (const code of block.querySelectorAll("pre > code"))
                if (code.scrollWidth > code.clientWidth + 1)
                    found.push(code.tabIndex);
        }
        return found;
    }""")
    assert tab_stops, "no code that scrolls in any tab: pick another page"
    assert set(tab_stops) == {0}, f"code out of reach in a tab: {tab_stops}"


# The mean colour of a screenshot (PNG bytes, base64), decoded by the browser.
MEAN_COLOUR = """async png => {
    const image = new Image();
    image.src = "data:image/png;base64," + png;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const {data} = context.getImageData(0, 0, image.width, image.height);
    const sum = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4)
        for (let c = 0; c < 3; c++) sum[c] += data[i + c];
    return sum.map(total => total / (data.length / 4));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_box_that_scrolls_shows_where_more_is_hidden(visit, scheme):
    """On a phone, a table, formula or code wider than the screen casts a
    shadow on each side where more of it is hidden (extra.css): on the right
    at first, on the left once scrolled to its end. The widest box of each
    kind is read, a formula in a set of tabs among them. What the box holds
    (and a code block's copy button) is hidden while its edges are read, so
    that only the shadows can tell an edge from the box's background, read
    in the middle of the same box."""
    _, page = visit("differentials/", scheme, PHONE)
    for done in ("data-scroll-boxes=labelled", "data-article=rendered"):
        # The page's blocks keep their heights while the edges are read.
        page.wait_for_selector(f"html[{done}]", state="attached")

    def colour(x, y):
        clip = {"x": x, "y": y - 4, "width": 4, "height": 8}
        png = page.screenshot(clip=clip, animations="disabled")
        return page.evaluate(MEAN_COLOUR, base64.b64encode(png).decode())

    def shaded(box):
        """[left edge, right edge]: whether each differs from the middle."""
        left, top, width, height = box.evaluate("""box => {
            const {left, top, width, height} = box.getBoundingClientRect();
            return [left, top, width, height];
        }""")
        middle = colour(left + width / 2, top + height / 2)
        return [
            max(abs(a - b) for a, b in zip(edge, middle, strict=True)) > 8
            for edge in (
                colour(left + 1, top + height / 2),
                colour(left + width - 5, top + height / 2),
            )
        ]

    for kind in (
        ".md-typeset__scrollwrap",
        ".md-typeset div.arithmatex",
        ".md-typeset pre > code",
    ):
        box = page.evaluate_handle(
            """selector => {
                const boxes = [...document.querySelectorAll(selector)];
                const hidden = box => box.scrollWidth - box.clientWidth;
                return boxes.sort((a, b) => hidden(b) - hidden(a))[0];
            }""",
            f"{kind}[tabindex]",
        ).as_element()
        assert box, f"no {kind} scrolls on a phone: pick another page"
        hides = box.evaluate("""box => {
            box.scrollIntoView({block: "center"});
            for (const child of box.children) child.style.visibility = "hidden";
            box.style.webkitTextFillColor = "transparent";  // bare text
            const copy = box.parentElement.querySelector(":scope > nav");
            if (copy) copy.style.visibility = "hidden";
            return box.scrollWidth - box.clientWidth;
        }""")
        assert hides > 50, (
            f"no {kind} hides 50 px on a phone: pick another page"
        )
        if "arithmatex" in kind:  # the clip of a tab's contents (extra.css)
            assert box.evaluate("box => !!box.closest('.tabbed-content')"), (
                "the widest formula is not in a set of tabs: pick one that is"
            )
        assert shaded(box) == [False, True], f"{kind} at first: right only"
        box.evaluate("box => { box.scrollLeft = box.scrollWidth }")
        assert shaded(box) == [True, False], f"{kind} at its end: left only"


def test_long_names_in_code_break_between_words_on_a_phone(visit):
    """A snippet's file name is wider than a phone's line: it wraps after an
    underscore (hooks/code_breaks.py), never inside a word. Every line break
    in the "Check every row" titles of the cheat sheet is read, character
    by character, from where the browser puts each one."""
    _, page = visit("cheat-sheet/", "light", PHONE)
    breaks = page.evaluate("""() => {
        const found = [];  // "x|y": a line ends with x, the next starts with y
        const range = document.createRange();
        for (const code of document.querySelectorAll("article summary code")) {
            const text = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
            let top = null, last = null;
            for (let node; (node = text.nextNode()); )
                for (let i = 0; i < node.length; i++) {
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    const box = range.getBoundingClientRect();
                    if (top !== null && box.top > top + 1)
                        found.push(`${last}|${node.data[i]}`);
                    top = box.top;
                    last = node.data[i];
                }
        }
        return found;
    }""")
    assert breaks, "no name wraps on a phone: pick another page"
    inside_words = [pair for pair in breaks if not pair.startswith("_|")]
    assert not inside_words, f"names broken inside a word: {inside_words}"


@pytest.mark.parametrize(
    ("viewport", "slower"),
    [
        pytest.param(PHONE, 6, marks=pytest.mark.sweep),  # a slow load: 8 s
        (NARROW, 1),
        (DESKTOP, 1),
    ],
)
def test_a_rows_name_opens_the_check_of_its_table(visit, viewport, slower):
    """On the cheat sheet, a row's name links to the closed box that checks
    its table (hooks/box_anchors.py): the theme opens the box, and the page
    stops with the box's title below the header, with no Back to top button
    over the text (the theme shows it when the page last moved up). On a
    phone with a CPU `slower` times slower, too (javascripts/accessibility.js
    lays the page out whole before the theme scrolls)."""
    visit_, page = visit("cheat-sheet/", "light", viewport)
    cpu = visit_.context.new_cdp_session(page)
    cpu.send("Emulation.setCPUThrottlingRate", {"rate": slower})
    page.goto(page.url, wait_until="load")  # opened at that speed
    box = "document.getElementById('check-softmax')"
    assert page.evaluate(f"{box}.matches('details:not([open])')")
    page.locator('a[href$="#check-softmax"]').first.click()
    page.wait_for_function(f"{box}.open", timeout=5_000)
    page.evaluate(NEXT_FRAMES)
    title_top, header_bottom, button_hidden = page.evaluate(f"""() => [
        {box}.querySelector("summary").getBoundingClientRect().top,
        document.querySelector(".md-header").getBoundingClientRect().bottom,
        document.querySelector(".md-top").hidden]""")
    assert header_bottom <= title_top <= header_bottom + 40
    assert button_hidden, "Back to top shows over the box"


def test_chromium_opens_no_suggestion_popup_and_keeps_playwrights_flags(
    browser,
):
    """Chromium keeps only the last --disable-features it is given
    (tools/browser.py): the tests' Chromium disables every feature that
    Playwright's own launch disables, and the address bar's suggestion
    popup, which a new window then no longer loads."""

    def disabled(launched):
        page = launched.new_page()
        page.goto("chrome://version")
        words = page.inner_text("#command_line").split()
        page.close()
        last = [
            word for word in words if word.startswith("--disable-features=")
        ]
        return set(last[-1].removeprefix("--disable-features=").split(","))

    plain = browser.browser_type.launch(executable_path=find_chromium())
    try:
        playwrights = disabled(plain)
    finally:
        plain.close()
    missing = playwrights - disabled(browser)
    assert not missing, (
        f"Playwright now also disables {sorted(missing)}: add them to "
        "DISABLED_FEATURES in tools/browser.py"
    )
    context = browser.new_context()
    context.new_page()
    session = browser.new_browser_cdp_session()
    targets = session.send("Target.getTargets")["targetInfos"]
    context.close()
    popups = [t["url"] for t in targets if "omnibox-popup" in t["url"]]
    assert not popups, f"a new window loads {popups}: see tools/browser.py"


def test_punctuation_never_leaves_its_formulas_line(visit):
    """A comma or "'s" written against a formula does not start a line
    (hooks/katex_math.py): a sentence holding a page's formula and comma is
    narrowed a pixel at a time, and at every width the punctuation stays on
    the line where the formula ends."""
    _, page = visit("regularization/", "light", DESKTOP)
    widths_apart = page.evaluate("""() => {
        const pair = [...document.querySelectorAll(".math-and-punctuation")]
            .find(pair => pair.querySelector(".katex").nextSibling);
        const sentence = document.createElement("p");
        sentence.append("Words before ", pair.cloneNode(true), " and after.");
        document.querySelector("article").prepend(sentence);
        const formula = sentence.querySelector(".katex");
        const parts = formula.querySelectorAll(".katex-base");
        const mark = document.createRange();
        mark.setStart(formula.nextSibling, 0);
        mark.setEnd(formula.nextSibling, 1);
        const apart = [];
        for (let width = 400; width >= 60; width--) {
            sentence.style.width = `${width}px`;
            const end = parts[parts.length - 1].getBoundingClientRect();
            if (mark.getBoundingClientRect().top >= end.bottom - 1)
                apart.push(width);
        }
        return apart;
    }""")
    assert widths_apart == []


@pytest.mark.sweep  # every formula of the site, drawn three times: 8 s
def test_every_formula_looks_as_katex_drew_it(visit, built_site):
    """The pages carry each formula's picture lighter than KaTeX's HTML
    (hooks/lighter_pages.py): without the spans that style nothing, and with
    plain scripts. The whole-book page keeps KaTeX's own HTML. Every formula
    of the site, drawn on one page as KaTeX wrote it, without unstyled
    spans, and lighter still with plain scripts: the formula, its line and
    its parts keep their sizes, and every glyph and rule (fraction bars,
    roots) its place in the formula, to less than half a pixel, and plain
    scripts alone move nothing by a twentieth. (Glyphs that KaTeX sets in
    spans of their own and the lighter picture joins into one run of text
    move by the rounding of each span's width, 1/64 px: up to 0.31 px at
    the end of a long run.)"""
    _, page = visit("complex-step/#", "light", DESKTOP)  # nothing skipped
    formulas = page.evaluate(
        """async url => {
            const book = new DOMParser().parseFromString(
                await (await fetch(url)).text(), "text/html");
            return [...new Set([...book.querySelectorAll(".katex")].map(
                formula => formula.parentElement.closest(".katex-display")
                    ?.outerHTML ?? formula.outerHTML))];
        }""",
        urljoin(page.url, "../" + book().whole_book_url),
    )
    assert len(formulas) > 1000
    unstyled = [lighter_pictures(f, plain_scripts=False) for f in formulas]
    lighter = [lighter_pictures(formula) for formula in formulas]
    spans = [
        sum(html.count("<span") for html in way) for way in (formulas, lighter)
    ]
    assert spans[1] < 0.6 * spans[0], spans  # lighter by two fifths at least
    versions = list(zip(formulas, unstyled, lighter, strict=True))
    moved = page.evaluate(
        "args => checks.drawnAlike(...args)", [versions, [0.5, 0.05]]
    )
    assert moved == [], f"{len(moved)} formulas drawn otherwise"


def test_missing_page_gets_the_styled_404_page(browser, server):
    visit = Visit(browser, server, "light", PHONE)
    try:
        response = visit.page.goto(server + "no-such-page/")
        assert response.status == 404
        assert visit.page.locator("h1").inner_text() == "Page not found"
        assert visit.page.title().startswith("Page not found")  # the tab
        home = visit.page.locator("article a", has_text="home page")
        target = urljoin(visit.page.url, home.get_attribute("href"))
        assert target == server  # one slash: the home page's own address
        assert visit.page.locator(".md-header").is_visible()  # styled
        assert visit.foreign == []
    finally:
        visit.close()


def test_instant_navigation_renders_math_on_the_new_page(visit):
    session, page = visit("", "light", DESKTOP)
    page.wait_for_load_state("networkidle")  # the sitemap instant loading needs
    page.evaluate("window.sameDocument = true")
    # A link in the text: the nav's groups are folded on the home page.
    page.locator("article a", has_text="why the scalar order breaks").click()
    page.wait_for_url("**/chain-rule-order/")
    page.wait_for_selector("article .katex")
    assert page.evaluate("window.sameDocument === true"), "page was reloaded"
    assert page.evaluate(FIND_RAW_TEX) == []
    assert session.errors == []


@pytest.mark.parametrize(
    ("query", "shown"),
    [("1/m", "1/m"), ("elementwise", "⊙")],  # \frac{1}{m}, \odot in the TeX
)
def test_search_finds_and_shows_formulas_as_text(visit, query, shown):
    _, page = visit("", "light", DESKTOP)
    search = page.locator(".md-search__input")
    search.focus()  # the theme builds its index now; a query typed before
    page.wait_for_function(  # it is ready would be lost
        """() => !document.querySelector(".md-search-result__meta")
            .textContent.includes("Initializing")""",
        timeout=60_000,
    )
    search.press_sequentially(query)  # as a reader types it
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    text = page.locator(".md-search-result").inner_text()
    assert results.count() >= 2, f"search for {query!r}: {text}"
    assert shown in text, f"search for {query!r}: {text}"
    assert "\\(" not in text and "\\frac" not in text, f"raw TeX: {text}"


@pytest.mark.sweep  # the whole book in one page: seconds to lay out
def test_whole_book_page_holds_every_chapter_with_its_math(visit, built_site):
    """The printable page is the book: every chapter's title, every formula
    rendered, the workbook's cells."""
    chapters = [
        page_title(built_site / path / "index.html")
        for path in site_pages(built_site)
        if path != "contributing/"
    ]
    # The checks read the document: the theme's scripts, which take seconds
    # to set up a page this long, are not needed for them.
    _, page = visit(book().whole_book_url, "light", DESKTOP, javascript=False)
    titles = page.evaluate("""() => [...document.querySelectorAll(
        "article h1")].map(h => h.textContent.trim().replace(/¶$/, ""))""")
    missing = [chapter for chapter in chapters if chapter not in titles]
    assert missing == [], "chapters missing from the printable page"
    raw_tex = page.evaluate(CHECKS.read_text() + ";checks.rawTex()")
    assert raw_tex == [], "raw TeX on the printable page"
    counts = page.evaluate("""() => [".katex", ".jupyter-wrapper .jp-CodeCell"]
        .map(selector => document.querySelectorAll(selector).length)""")
    assert counts[0] > 400 and counts[1] > 5, counts
    # On screen the browser skips what is off screen; on paper, nothing.
    page.emulate_media(media="print")
    skipped = page.evaluate("""() => [...document.querySelectorAll("article *")]
        .filter(el => getComputedStyle(el).contentVisibility !== "visible")
        .map(el => el.outerHTML.slice(0, 60))""")
    assert skipped == [], "printing would skip these blocks"


def page_title(html_file):
    """The text of a built page's first heading."""
    html = html_file.read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1]
    return unescape(re.sub(r"<[^>]+>", "", heading)).strip().rstrip("¶")
