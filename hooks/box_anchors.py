"""A collapsible box named on its first paragraph: `{ #name }` under the
first paragraph of a box (`??? info "Title"`) names the box itself.

Markdown gives an id to a paragraph, not to a box. A link to a paragraph in
a closed box makes the theme open the box and scroll to it, before the
browser scrolls to the paragraph: the box's title was left under the header,
and that last step up showed the theme's Back to top button over the text.
Named, the box is where both scroll, its title in view below the header
(assets/stylesheets/extra.css gives a box the margin the theme gives a
link's target). The cheat sheet's rows link to the boxes that check them.
"""

import re

from mkdocs.plugins import event_priority

FIRST_LINE_NAMED = re.compile(
    r'<details(?P<attributes>(?:(?! id=")[^>])*)>'
    r"(?P<title>\s*<summary>(?:(?!</summary>).)*</summary>\s*<p)"
    r' id="(?P<name>[^"]+)"',
    re.DOTALL,
)


def with_named_boxes(html):
    """The HTML with the id of each box's first paragraph on the box."""
    return FIRST_LINE_NAMED.sub(
        r'<details\g<attributes> id="\g<name>">\g<title>', html
    )


@event_priority(50)  # before print-site copies the page into the whole book
def on_page_content(html, page, config, files):
    return with_named_boxes(html)
