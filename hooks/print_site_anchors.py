"""print-site's whole-book page, without its slowest step.

To keep anchors unique on the whole-book page, print-site renames each
page's heading, footnote and list anchors with a regular expression
(update_anchor_ids in its urls.py). Python tries it at every `<` of the page
and scans the rest of the line each time: a third of the site's build. This
hook gives print-site the same function, with the same expression tried only
where a match can start, so the page it writes is the same, byte for byte
(tests/test_print_site_anchors.py compares the two), but for one addition:
it renames a named box's anchor too, as print-site renames the links to it.
"""

import re

from mkdocs_print_site_plugin import urls

# print-site's expression and tags, as in its update_anchor_ids; and the
# boxes that hooks/box_anchors.py names, which print-site's links lead to
# under their new names too.
ANCHOR = re.compile(r"<([^\s]+).*?id=\"([^\"]*?)\".*?>", flags=re.IGNORECASE)
RENAMED = ["h1", "h2", "h3", "h4", "h5", "h6", "sup", "li", "details"]
ID = re.compile(r"id=\"", flags=re.IGNORECASE)


def anchors(html):
    """ANCHOR.finditer(html), tried only at a `<` with `id="` after it on
    its line: neither `[^\\s]` nor `.` matches a newline."""
    position = 0  # where finditer would try next
    for found in ID.finditer(html):
        end = found.start() - 1  # `<` and one character at least before it
        position = max(position, html.rfind("\n", 0, found.start()) + 1)
        while position < end and (tag := html.find("<", position, end)) >= 0:
            match = ANCHOR.match(html, tag)
            position = match.end() if match else tag + 1
            if match:
                yield match


def update_anchor_ids(page_html, page_key):
    """print-site's update_anchor_ids, over anchors(page_html)."""
    renamed = page_html
    for match in anchors(page_html):
        if match.group(1) in RENAMED:
            text, anchor = match.group(), match.group(2)
            renamed = renamed.replace(
                text, text.replace(anchor, page_key + "-" + anchor)
            )
    return renamed


def on_config(config):
    urls.update_anchor_ids = update_anchor_ids
