"""The "Going further" badge in the table of contents, as on the heading.

A heading marked `## Title { .going-further }` carries the class on the
page (tools/path.py reads the same mark). The theme's table of contents
links to the heading by its id alone, so this hook gives each link to a
marked heading the class too; the stylesheet shows the badge on both.
"""

import re

HEADING_TAG = re.compile(r"<h[1-6]\b[^>]*>")
CLASSES = re.compile(r'\bclass="([^"]*)"')
IDENTIFIER = re.compile(r'\bid="([^"]*)"')
MARK = "going-further"


def marked_anchors(html):
    """The ids of the headings that carry the going-further class."""
    anchors = set()
    for tag in HEADING_TAG.findall(html):
        classes, identifier = CLASSES.search(tag), IDENTIFIER.search(tag)
        if classes and identifier and MARK in classes[1].split():
            anchors.add(identifier[1])
    return anchors


def on_post_page(output, page, config):
    for anchor in marked_anchors(output):
        output = output.replace(
            f'<a href="#{anchor}" class="md-nav__link">',
            f'<a href="#{anchor}" class="md-nav__link {MARK}">',
        )
    return output
