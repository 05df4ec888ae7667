"""Long pages in a real browser: the blocks off screen, which the browser
skips at first (content-visibility in assets/stylesheets/extra.css), move
nothing when they are laid out, links to headings land exactly, and a
screen reader finds them. Part of the browser sweep
(`python3 tasks.py sweep`, which CI runs too): each test loads the longest
page, some many times, seconds to tens of seconds apiece. The fixtures are
tests/test_browser.py's."""

# ruff: noqa: F811 (pytest passes the imported fixtures as arguments)

from collections import Counter
from urllib.parse import quote

import pytest
from test_browser import (  # noqa: F401 (a fixture)
    DESKTOP,
    LAID_OUT,
    NEXT_FRAMES,
    PHONE,
    site_pages,
    visit,
)

pytestmark = pytest.mark.sweep


def chapters(site):
    return [
        path
        for path in site_pages(site)
        if path not in ("", "contributing/") and "workbooks/" not in path
    ]


def longest_chapter(site):
    """The chapter with the most HTML: the one a reader scrolls longest."""
    return max(
        chapters(site), key=lambda p: (site / p / "index.html").stat().st_size
    )


def most_tables(site):
    """The chapter with the most tables, whose boxes scroll."""
    return max(
        chapters(site),
        key=lambda p: (site / p / "index.html").read_text().count("<table"),
    )


# Holds back javascripts/accessibility.js, which renders the page while the
# browser is idle: the browser alone then lays out what the reader nears.
NEVER_IDLE = "window.requestIdleCallback = () => 0;"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("chosen", [longest_chapter, most_tables])
@pytest.mark.parametrize(
    "before", [None, NEVER_IDLE], ids=["idle-rendering", "browser-alone"]
)
def test_scrolling_a_long_page_moves_nothing(
    visit, built_site, viewport, chosen, before
):
    """The blocks off screen are laid out when the reader comes near them
    or, once the page is idle, by javascripts/accessibility.js: whichever
    lays them out, the blocks met on the way down may not move what the
    reader sees. Checked on the longest page, and on the one with the most
    tables, whose boxes scroll; with the idle rendering, and without it,
    where the browser lays out every block as the reader nears it. (The
    shift on load, which a font arriving late on a busy machine can cause,
    `tasks.py bench` reports.)"""
    path = chosen(built_site)
    _, page = visit(path, "light", viewport, before=before)
    page.evaluate("document.fonts.ready")
    on_load = page.evaluate("checks.layoutShift()")
    added = page.evaluate("checks.scrollToTheEnd()") - on_load
    assert added <= 0.01, f"/{path}: scrolling shifts the layout by {added:.4f}"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_links_to_headings_land_on_them(visit, server, built_site, viewport):
    """A link to any heading far down the longest page, opened afresh,
    shows the heading at the top, just below the header, and there it
    stays, with what follows it, until the page is idle, without the theme
    taking anything for the reader scrolling up. Headings near the end
    count too: a page opened at a heading is laid out whole
    (overrides/main.html), or the blocks below the heading, at their
    one-line height, would end the page before the heading reached the
    top."""
    path = longest_chapter(built_site)
    _, page = visit(path, "light", viewport)
    page.add_style_tag(content=LAID_OUT)  # where each heading truly is
    headings = page.evaluate("""() => {
        const end = document.documentElement.scrollHeight - innerHeight;
        const top = h => h.getBoundingClientRect().top + scrollY;
        return [...document.querySelectorAll("article h2[id]")]
            .filter(h => top(h) > 2 * innerHeight && top(h) < end)
            .map(h => h.id)}""")
    assert len(headings) >= 3, f"/{path}: too few headings far down"
    for heading in headings:
        page.goto("about:blank")
        page.goto(f"{server}{path}#{heading}", wait_until="load")
        page.evaluate("document.fonts.ready")
        offset = page.evaluate(f"checks.headingOffset({heading!r})")
        assert abs(offset) < 1, f"/{path}#{heading} lands {offset:.0f} px off"
        on_load = page.evaluate("checks.layoutShift()")
        page.wait_for_selector("html[data-article=rendered]", state="attached")
        offset = page.evaluate(f"checks.headingOffset({heading!r})")
        assert abs(offset) < 1, f"/{path}#{heading} moves {offset:.0f} px"
        added = page.evaluate("checks.layoutShift()") - on_load
        assert added <= 0.01, f"/{path}#{heading}: shifts by {added:.4f}"
        assert page.evaluate("document.querySelector('.md-top').hidden"), (
            f"/{path}#{heading}: Back to top shows, unasked"
        )


def test_a_link_to_words_opens_the_page_laid_out_whole(
    visit, server, built_site
):
    """Search engines link to words in a page (`#:~:text=`), a fragment the
    browser keeps out of location.hash. Opened so, the page is laid out
    whole too (overrides/main.html), as at a heading: the browser looks for
    the words where they will stay. (Headless Chromium does not scroll to
    the words, so it is the skipping that is checked, against a plain load
    of the same page, and that nothing shifts.)"""
    path = longest_chapter(built_site)
    _, page = visit(path, "light", PHONE)
    skips = "document.documentElement.classList.contains('skips-offscreen')"
    assert page.evaluate(skips), f"/{path}: opened afresh, skips nothing"
    words = page.evaluate(
        "[...document.querySelectorAll('article h2')].at(-2).firstChild.data"
    )
    page.goto("about:blank")
    text = quote(words.strip()).replace("-", "%2D")  # "-" marks a context
    page.goto(f"{server}{path}#:~:text={text}", wait_until="load")
    assert not page.evaluate(skips), f"/{path}: opened at words, skips blocks"
    page.wait_for_selector("html[data-article=rendered]", state="attached")
    shift = page.evaluate("checks.layoutShift()")
    assert shift <= 0.01, f"/{path}, opened at words: shifts by {shift:.4f}"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("chosen", [longest_chapter, most_tables])
def test_a_block_has_one_layout_skipped_or_not(
    visit, built_site, viewport, chosen
):
    """A block that the browser skipped gets the class "rendered" once the
    page is idle (javascripts/accessibility.js). It has the same box as
    when the browser shows the block itself, on screen ("auto"), so that
    nothing the reader sees moves; and the same as a block that is never
    skipped (no containment), so that the page looks alike above and below
    its first blocks, and without JavaScript. Checked on one block of each
    kind, on the longest page and on the one with the most tables."""
    path = chosen(built_site)
    _, page = visit(path, "light", viewport)
    page.wait_for_selector("html[data-article=rendered]", state="attached")
    boxes = page.evaluate("""async () => {
        const kinds = new Map();
        for (const block of checks.blocks())
            if (block.classList.contains("rendered"))
                kinds.set(block.tagName + "." + block.classList[0], block);
        const box = block => {
            const {left, width, height} = block.getBoundingClientRect();
            return [left, width, height].map(Math.round).join(" × ");
        };
        const found = [];
        for (const [kind, block] of kinds) {
            block.classList.remove("rendered");
            block.scrollIntoView();  // the browser shows it: "auto"
            await new Promise(shown =>
                requestAnimationFrame(() => requestAnimationFrame(shown)));
            const shown = box(block);
            block.classList.add("rendered");
            const rendered = box(block);
            block.style.contain = "none";
            block.style.contentVisibility = "visible";
            found.push([kind.replace(".rendered", ""), shown, rendered,
                        box(block)]);
            block.removeAttribute("style");
        }
        return found;
    }""")
    kinds = {kind for kind, *_ in boxes}
    enough = 5 if chosen is longest_chapter else 3  # most tables: fewer
    assert len(kinds) >= enough, f"/{path}: too few kinds of block {boxes}"
    assert "DIV.table-block" in kinds, f"/{path}: no table {kinds}"
    differ = [
        f"{kind}: {shown} shown, {rendered} rendered, {never} never skipped"
        for kind, shown, rendered, never in boxes
        if len({shown, rendered, never}) > 1
    ]
    assert not differ, f"/{path}: blocks change their box: {differ}"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_reload_keeps_the_readers_place(visit, built_site, viewport):
    """Reloaded far down the longest page, the browser shows the block that
    was at the top of the screen (overrides/main.html: a page the browser
    reopens is laid out whole)."""
    path = longest_chapter(built_site)
    _, page = visit(path, "light", viewport)
    page.wait_for_selector("html[data-article=rendered]", state="attached")
    top_block = """() => document.elementFromPoint(innerWidth / 2, 120)
        .closest("article > *")?.textContent.trim().slice(0, 60)"""
    page.evaluate("scrollTo(0, document.documentElement.scrollHeight * 0.6)")
    page.wait_for_timeout(500)  # the theme notes the place every 100 ms
    before = page.evaluate(top_block)
    page.reload(wait_until="load")
    page.evaluate("document.fonts.ready")
    page.evaluate(NEXT_FRAMES)
    after = page.evaluate(top_block)
    assert before == after, f"/{path}: reloaded at {after!r}, not {before!r}"


def test_code_blocks_reach_the_edges_of_a_phone(visit, built_site):
    """On a phone the theme runs a code block from one edge of the screen
    to the other; extra.css moves a code block's margins, and only those
    above and below it."""
    path = longest_chapter(built_site)
    _, page = visit(path, "light", PHONE)
    narrower = page.evaluate("""() => [...document.querySelectorAll(
            "article > .highlight")]
        .map(block => block.getBoundingClientRect())
        .filter(box => box.left !== 0 || box.width !== innerWidth).length""")
    assert narrower == 0, f"/{path}: {narrower} code blocks leave a margin"


def spoken_text(page):
    """Every text of the article in Chromium's accessibility tree, which
    screen readers read, with how often it occurs."""
    page.evaluate(NEXT_FRAMES)
    tree = page.context.new_cdp_session(page)
    nodes = {
        node["nodeId"]: node
        for node in tree.send("Accessibility.getFullAXTree")["nodes"]
    }
    article = [n for n in nodes.values() if n["role"]["value"] == "article"]
    texts, below = Counter(), [node["nodeId"] for node in article]
    while below:
        node = nodes[below.pop()]
        below += [child for child in node.get("childIds", []) if child in nodes]
        if node["role"]["value"] == "StaticText" and not node["ignored"]:
            texts[node["name"]["value"]] += 1
    return texts


def test_a_screen_reader_finds_the_whole_page(visit, built_site):
    """Chromium leaves the blocks it skips out of the accessibility tree:
    once the page is idle, javascripts/accessibility.js has rendered them
    all, and the tree holds every text that it holds when nothing is ever
    skipped (the same page, with a stylesheet that skips nothing)."""
    path = longest_chapter(built_site)
    _, page = visit(path, "light", DESKTOP)
    page.wait_for_selector("html[data-article=rendered]", state="attached")
    found = spoken_text(page)
    _, unskipped = visit(path, "light", DESKTOP)

    def skip_nothing(route):
        stylesheet = route.fetch()
        route.fulfill(response=stylesheet, body=stylesheet.text() + LAID_OUT)

    unskipped.route("**/extra.css", skip_nothing)
    unskipped.reload(wait_until="load")
    everything = spoken_text(unskipped)
    assert everything.total() > 1000, f"/{path}: the article is not found"
    missing = everything - found
    assert not missing, (
        f"/{path}: a screen reader misses {missing.total()} of "
        f"{everything.total()} texts, such as {list(missing)[:5]}"
    )
