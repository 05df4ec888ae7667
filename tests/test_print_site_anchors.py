"""The hook renames the whole-book page's anchors exactly as print-site's own
function does, quirks included (were print-site to change it, this fails),
and a named box's anchor too; every link in the whole book's text lands."""

import re

import print_site_anchors
from mkdocs_print_site_plugin.urls import update_anchor_ids as print_sites
from pages import book

PAGE = "\n".join(
    [
        'id="at-the-start"',
        '<h2 id="plain">Plain</h2>',
        '<p>text<span class="a">x</span> <H3 ID="upper">Upper</H3>',
        '<span class="k">def</span><span id="code">f</span> <h4 id="h">x</h4>',
        '<li id="fn:1"><p>note<sup id="fnref:1">1</sup></p></li>',
        '<div><p>glued<h5 id="glued">after a tag with no space</h5>',
        '<h6 id="two',
        'lines">the id crosses a line</h6>',
        '<h1 class="x" id="one" data-id="two">y</h1><h2 id="plain">again</h2>',
    ]
)


def test_anchors_are_renamed_as_print_site_renames_them(built_site):
    assert print_sites is not print_site_anchors.update_anchor_ids
    contributing = built_site / "contributing" / "index.html"
    for html in (PAGE, contributing.read_text(encoding="utf-8")):
        renamed = print_site_anchors.update_anchor_ids(html, "page")
        assert renamed != html
        assert renamed == print_sites(html, "page")


def test_a_named_boxs_anchor_is_renamed_as_a_headings_is():
    """print-site renames the links to a box (hooks/box_anchors.py) as it
    renames those to a heading; the box must follow."""
    html = '<h2 id="a">A</h2>\n<details class="info" id="check-b">'
    assert print_site_anchors.update_anchor_ids(html, "page") == (
        '<h2 id="page-a">A</h2>\n<details class="info" id="page-check-b">'
    )


def test_every_link_in_the_whole_books_text_lands(built_site):
    """Every link from one chapter to a place in another, or in itself,
    has its anchor on the whole-book page. (Its navigation links sections
    that have no page of their own, print-site's way: not checked here.)"""
    html = (built_site / book().whole_book_url / "index.html").read_text(
        encoding="utf-8"
    )
    text = html[html.index("<article") : html.index("</article>")]
    anchors = set(re.findall(r'\sid="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', text))
    # The home page's link to the whole book, shown in the whole book.
    missing = links - anchors - {book().whole_book_url.strip("/")}
    assert len(links) > 200
    assert missing == set(), "links to nowhere on the whole-book page"
