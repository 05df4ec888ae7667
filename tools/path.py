"""The week-3 path: which pages and sections a course learner reads, and how
many words of prose that is.

The path is the nav group "The week-3 path" in mkdocs.yml. On its pages, a
heading that carries the attribute `{ .going-further }` marks its section
(down to the next heading of the same or a higher level) as beyond the
path; the stylesheet shows the mark as a "Going further" badge. Prose is
what a reader reads as words: code, outputs, math, link targets and markup
do not count.
"""

import re

from layout import ROOT
from pages import CLAIM, FENCE, book, site_config

PATH_GROUP = "The week-3 path"
BEYOND_GROUP = "Going further"
MARK = "going-further"
WORD_LIMIT = 8000

HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<title>.*?)\s*$")
ATTRIBUTE_LIST = re.compile(r"\{\s*[.#:][^}]*\}")
DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.DOTALL)
INLINE_MATH = re.compile(r"\$[^$\n]+\$")
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
HTML_TAG = re.compile(r"<[^>]+>")
BLOCK_MARK = re.compile(r"^\s*(!!!|\?\?\?\+?|===\+?)\s*\w*\s*")
WORD = re.compile(r"[^\W_](?:[\w'’-]*\w)?")


def nav_group(title, root=ROOT):
    """The pages (paths under docs/) of one top-level nav group."""
    for entry in site_config(root).nav:
        if title in entry:
            return [next(iter(page.values())) for page in entry[title]]
    raise LookupError(f"mkdocs.yml: no nav group {title!r}")


def marked(heading):
    return any(
        f".{MARK}" in attributes.split()
        for attributes in re.findall(r"\{([^}]*)\}", heading)
    )


def on_the_path(lines):
    """The lines outside fenced code and outside going-further sections."""
    fence, skip_below = None, None
    for line in lines:
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening[1]
            continue
        if fence:
            if line.strip().startswith(fence):
                fence = None
            continue
        heading = HEADING.match(line)
        if heading:
            level = len(heading["level"])
            if skip_below is not None and level <= skip_below:
                skip_below = None
            if skip_below is None and marked(line):
                skip_below = level
        if skip_below is None:
            yield line


def prose(markdown):
    """The words a reader reads on the path's part of a page."""
    kept = "\n".join(
        line
        for line in on_the_path(markdown.splitlines())
        if not CLAIM.match(line)
    )
    for pattern in (
        DISPLAY_MATH,
        INLINE_MATH,
        INLINE_CODE,
        LINK_TARGET,
        HTML_TAG,
        ATTRIBUTE_LIST,
    ):
        kept = pattern.sub(" ", kept)
    kept = "\n".join(BLOCK_MARK.sub("", line) for line in kept.splitlines())
    return WORD.findall(kept)


def path_pages(root=ROOT):
    """The home page, where the path starts, and the path's group."""
    return ["index.md", *nav_group(PATH_GROUP, root)]


def word_counts(root=ROOT):
    """{page: words of prose on the path} for every page of the path."""
    pages = book(root)
    return {
        page: len(prose("\n".join(t for _, t in pages.page(page).numbered)))
        for page in path_pages(root)
    }


if __name__ == "__main__":
    counts = word_counts()
    for page, count in counts.items():
        print(f"{count:6d}  {page}")
    print(f"{sum(counts.values()):6d}  the week-3 path (limit {WORD_LIMIT})")
