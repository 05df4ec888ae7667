"""Every page, in a real browser: math rendered, nothing fetched from
elsewhere, no console errors, nothing wider than a phone, light and dark.

Chromium comes from the system (Debian's `chromium` package in CI); where it
is missing the tests skip with a message, except in CI, where they fail.
"""

import os
import re
import xml.etree.ElementTree as ElementTree
from html import unescape
from urllib.parse import urljoin

import pytest
from browser import MISSING, find_chromium, launch
from layout import ROOT
from site_server import serving, site_url

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}

# Raw TeX that escaped rendering, anywhere in the visible text.
FIND_RAW_TEX = """() => {
    const page = document.querySelector(".md-container").cloneNode(true);
    page.querySelectorAll("code, pre, script, style, .katex")
        .forEach(el => el.remove());
    const text = page.textContent;  // navigation, table of contents, hidden
                                    // tabs and closed details included
    return ["\\\\(", "\\\\[", "$"].filter(mark => text.includes(mark));
}"""
# Is the page wider than the screen? If so, name what sticks out: elements
# wider than their box, or outside the screen, with no scrolling ancestor.
FIND_OVERFLOW = """() => {
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
    return [`page is ${pageWidth} px wide`, ...offenders.slice(-3)];
}"""


@pytest.fixture(scope="session")
def browser():
    chromium = find_chromium()
    if chromium is None:
        if os.environ.get("CI") == "true":
            pytest.fail(MISSING, pytrace=False)
        pytest.skip(MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright, chromium)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(built_site):
    """The built site on 127.0.0.1, as its host serves it."""
    with serving(built_site) as home:
        yield home


def site_pages(site):
    """Every page of the sitemap, as a path relative to the site root."""
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    return [url.removeprefix(site_url()) for url in locations]


def pytest_generate_tests(metafunc):
    if "page_path" in metafunc.fixturenames:
        # Pages follow the nav of mkdocs.yml; read them from the docs folder
        # so that parametrising needs no build.
        docs = ROOT / "docs"
        paths = sorted(
            ""
            if p.stem == "index"
            else p.relative_to(docs).with_suffix("").as_posix() + "/"
            for p in [*docs.rglob("*.md"), *docs.rglob("*.ipynb")]
        )
        paths.append("contributing/")
        metafunc.parametrize(
            "page_path", sorted(set(paths)), ids=lambda p: p or "home"
        )


class Visit:
    """One page load, recording what the browser complained about or fetched."""

    def __init__(self, browser, base, scheme, viewport):
        self.base = base
        self.context = browser.new_context(
            color_scheme=scheme, viewport=viewport
        )
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
        if response.status >= 400:  # a missing image, stylesheet, font ...
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

    def open_page(path, scheme="light", viewport=PHONE):
        visit = Visit(browser, server, scheme, viewport)
        visits.append(visit)
        return visit, visit.open(path)

    yield open_page
    for visit in visits:
        visit.close()


def test_sitemap_lists_every_tested_page(built_site, request):
    tested = {
        item.callspec.params["page_path"]
        for item in request.session.items
        if hasattr(item, "callspec") and "page_path" in item.callspec.params
    }
    assert set(site_pages(built_site)) <= tested | {""}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_reads_well_on_a_phone(visit, page_path, scheme):
    where = f"/{page_path} ({scheme}, 375 px)"
    session, page = visit(page_path, scheme)

    expected = "slate" if scheme == "dark" else "default"
    assert (
        page.locator("body").get_attribute("data-md-color-scheme") == expected
    )
    assert page.evaluate(FIND_RAW_TEX) == [], f"{where}: raw TeX on the page"
    assert page.locator(".katex-error").count() == 0, f"{where}: KaTeX error"
    assert page.evaluate(FIND_OVERFLOW) == [], f"{where}: wider than the screen"
    assert session.failed == [], f"{where}: failed requests"
    assert session.errors == [], f"{where}: console errors"
    assert session.foreign == [], f"{where}: requests to other origins"


def test_page_on_a_desktop_fetches_nothing_elsewhere(visit, page_path):
    session, page = visit(page_path, "light", DESKTOP)
    page.wait_for_load_state("networkidle")
    assert session.foreign == [], f"/{page_path}: requests to other origins"
    assert session.errors == [], f"/{page_path}: console errors"


def test_page_preloads_every_math_font_it_uses(visit, page_path):
    """No math font is fetched late, after the page is laid out. (The hook
    also preloads fonts of formulas in closed tabs and details, which the
    browser fetches only when they open.)"""
    _, page = visit(page_path, "light", DESKTOP)
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")
    fonts = page.evaluate("""() => performance.getEntriesByType("resource")
        .filter(e => e.name.endsWith(".woff2"))
        .map(e => [e.name.split("/").pop(), e.initiatorType])""")
    late = [name for name, initiator in fonts if initiator != "link"]
    assert late == [], f"/{page_path}: fonts not preloaded"


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


def test_missing_page_gets_the_styled_404_page(browser, server):
    visit = Visit(browser, server, "light", PHONE)
    try:
        response = visit.page.goto(server + "no-such-page/")
        assert response.status == 404
        assert visit.page.locator("h1").inner_text() == "Page not found"
        home = visit.page.locator("article a", has_text="home page")
        target = urljoin(visit.page.url, home.get_attribute("href"))
        assert target.rstrip("/") == server.rstrip("/")
        assert visit.page.locator(".md-header").is_visible()  # styled
        assert visit.foreign == []
    finally:
        visit.close()


def test_instant_navigation_renders_math_on_the_new_page(visit):
    session, page = visit("", "light", DESKTOP)
    page.wait_for_load_state("networkidle")  # the sitemap instant loading needs
    page.evaluate("window.sameDocument = true")
    page.locator(".md-nav__link", has_text="order breaks").first.click()
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
    page.locator(".md-search__input").fill(query)
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    text = page.locator(".md-search-result").inner_text()
    assert results.count() >= 2, f"search for {query!r}: {text}"
    assert shown in text, f"search for {query!r}: {text}"
    assert "\\(" not in text and "\\frac" not in text, f"raw TeX: {text}"


def test_whole_book_page_holds_every_chapter_with_its_math(visit, built_site):
    """The printable page (print_page/) is the book: every chapter's title,
    every formula rendered, the workbook's cells."""
    chapters = [
        page_title(built_site / path / "index.html")
        for path in site_pages(built_site)
        if path != "contributing/"
    ]
    _, page = visit("print_page/", "light", DESKTOP)
    titles = [
        h.rstrip("¶") for h in page.locator("article h1").all_inner_texts()
    ]
    missing = [chapter for chapter in chapters if chapter not in titles]
    assert missing == [], "chapters missing from the printable page"
    assert page.evaluate(FIND_RAW_TEX) == [], "raw TeX on the printable page"
    assert page.locator(".katex").count() > 400
    assert page.locator(".jupyter-wrapper .jp-CodeCell").count() > 5


def page_title(html_file):
    """The text of a built page's first heading."""
    html = html_file.read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1]
    return unescape(re.sub(r"<[^>]+>", "", heading)).strip().rstrip("¶")
