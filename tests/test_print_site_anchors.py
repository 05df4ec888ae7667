"""The hook renames the whole-book page's anchors exactly as print-site's own
function does, quirks included; were print-site to change it, this fails."""

import print_site_anchors
from mkdocs_print_site_plugin.urls import update_anchor_ids as print_sites

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
