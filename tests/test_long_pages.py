"""Long pages in a real browser: the blocks off screen, which the browser
skips until the reader comes near them (content-visibility in
assets/stylesheets/extra.css), move nothing when they are laid out, and
links to headings below them land exactly. Part of the browser sweep
(`python3 tasks.py sweep`, which CI runs too): each test loads the longest
page and scrolls through it, seconds apiece. The fixtures are
tests/test_browser.py's."""

# ruff: noqa: F811 (pytest passes the imported fixtures as arguments)

import pytest
from test_browser import (  # noqa: F401 (a fixture)
    DESKTOP,
    PHONE,
    site_pages,
    visit,
)

pytestmark = pytest.mark.sweep


def longest_chapter(site):
    """The chapter with the most HTML: the one a reader scrolls longest."""
    chapters = [
        path
        for path in site_pages(site)
        if path not in ("", "contributing/") and "workbooks/" not in path
    ]
    return max(chapters, key=lambda p: (site / p / "index.html").stat().st_size)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_scrolling_the_longest_page_moves_nothing(visit, built_site, viewport):
    """The browser lays out blocks off screen only when the reader comes
    near them (content-visibility in extra.css): the blocks met on the way
    down may not move what the reader sees. (The shift on load, which a
    font arriving late on a busy machine can cause, `tasks.py bench`
    reports.)"""
    path = longest_chapter(built_site)
    _, page = visit(path, "light", viewport)
    page.evaluate("document.fonts.ready")
    on_load = page.evaluate("checks.layoutShift()")
    added = page.evaluate("checks.scrollToTheEnd()") - on_load
    assert added <= 0.01, f"/{path}: scrolling shifts the layout by {added:.4f}"


def test_links_to_headings_land_on_them(visit, server, built_site):
    """A link to a heading far down the longest page, opened afresh, shows
    the heading at the top, just below the header, though the blocks above
    it were never laid out."""
    path = longest_chapter(built_site)
    _, page = visit(path, "light", DESKTOP)
    headings = page.evaluate("""() => {
        const end = document.documentElement.scrollHeight - innerHeight;
        const top = h => h.getBoundingClientRect().top + scrollY;
        return [...document.querySelectorAll("article h2[id]")]
            .filter(h => top(h) > 2 * innerHeight && top(h) < end)
            .map(h => h.id)}""")
    assert len(headings) >= 3, f"/{path}: too few headings far down"
    for heading in headings[len(headings) // 2 :: 3]:
        page.goto("about:blank")
        page.goto(f"{server}{path}#{heading}", wait_until="load")
        page.evaluate("document.fonts.ready")
        offset = page.evaluate(f"checks.headingOffset({heading!r})")
        assert abs(offset) < 1, f"/{path}#{heading} lands {offset:.0f} px off"
