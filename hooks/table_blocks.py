"""Every table in a block of its own: `<div class="table-block">`.

The theme puts each table in a box that scrolls sideways when the page
starts (at DOMContentLoaded), by taking the table out and putting the box
in its place. Where the table is a child of the article, that change to
the article's children makes the browser restyle every element of the
article it has laid out (2,192 of them on output-layers, about 10 ms of
each load's longest task, measured in a CPU profile). Inside a block of its
own, the change stays in that block. The block takes over the box's
margins (assets/stylesheets/extra.css), so the page looks the same.
"""

import re

from mkdocs.plugins import event_priority

# Markdown's tables: a bare <table>, as the theme's `table:not([class])`
# finds them. Markdown's do not nest; in raw HTML that nests, only the
# innermost table is matched, so the blocks stay balanced.
TABLE = re.compile(r"<table>(?:(?!<table[\s>]).)*?</table>", re.DOTALL)


@event_priority(50)  # before print-site copies the page into the whole book
def on_page_content(html, page, config, files):
    return TABLE.sub(r'<div class="table-block">\g<0></div>', html)
