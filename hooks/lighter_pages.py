"""Keep pages light: drop from the finished HTML what no reader uses.

- KaTeX stores each formula's TeX source in its MathML, as an annotation.
  Screen readers read the MathML itself, and the page shows the rendered
  formula; the source only adds bytes (7 % of a page of math). Without it,
  the `<semantics>` element that paired source and MathML pairs nothing.
- KaTeX wraps every atom of a formula in a span named after its TeX class
  (`mord`, `mbin`, `mtight`, ...). Where KaTeX's stylesheet styles none of
  the span's classes, and no rule styles it by its place (`.vlist>span>span`),
  the span only costs the browser a node to parse, style and lay out: its
  children take its place, and the formula looks the same: glyphs that
  become one run of text move by the rounding of each span's width (1/64
  px), under half a pixel over a run. A third of the nodes of a formula's
  picture go this way.
- KaTeX sets a subscript or superscript in a small table (`vlist`) of six to
  twelve spans, built to place any stack of boxes. A script needs less: one
  span, raised or lowered by the same amount (`.katex .script` in
  assets/stylesheets/extra.css), and a grid of one cell for a subscript and
  a superscript together. This step moves no glyph by more than 1/64 px;
  a long page loses up to a fifth of its elements (output-layers: 20,033
  to 16,173). A script holding a table or stacked boxes keeps KaTeX's.
- Pygments wraps every name, every punctuation mark and every run of
  spaces in code in a span of its own, which the theme (with
  assets/stylesheets/extra.css for punctuation) gives the code's plain
  colour: the same text without the span looks the same.
- The theme's templates leave thousands of lines holding only spaces, the
  navigation's above all. Outside `<pre>`, where spaces are shown as
  written, such a line renders as nothing: it goes, with its line break.

The long pages of the site stay under 60 KB of gzip HTML this way.
tests/test_browser.py (in the sweep) draws every formula of the site as
KaTeX wrote it (the whole-book page keeps that), without unstyled spans,
and with plain scripts, and compares where each glyph lies.
"""

import re
from functools import cache
from pathlib import Path

from katex_math import PICTURE
from mkdocs.plugins import event_priority

KATEX_CSS = Path(__file__).resolve().parents[1] / "vendor/katex/katex.min.css"
TEX_ANNOTATION = re.compile(
    r'<annotation encoding="application/x-tex">[^<]*</annotation>'
)
SEMANTICS = re.compile(r"</?semantics>")
PLAIN_TOKEN = re.compile(r'<span class="[nwp]">([^<]*)</span>')
PREFORMATTED = re.compile(r"(<pre[\s>].*?</pre>)", re.DOTALL)
BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
TAG = re.compile(r"<(?P<closing>/?)span(?:\s[^>]*)?>")
CLASS = re.compile(r'class="([^"]*)"')
STYLE = re.compile(r'style="([^"]*)"')
# KaTeX's tables for scripts, as their tags read without style values, and
# the tags of their rows and cells: the second row, if any, holds the depth.
MSUPSUB = '<span class="msupsub">'
ROW = '<span class="vlist-r">'
CELL = '<span class="vlist" style>'
SCRIPT_TABLES = {
    '<span class="vlist-t">': [[CELL]],
    '<span class="vlist-t vlist-t2">': [
        [CELL, '<span class="vlist-s">'],
        [CELL],
    ],
}
PLACEMENT = {"top", "margin-left", "margin-right"}
ENTRY_STYLE = re.compile(r"([a-z-]+):")
UNSAFE_IN_SCRIPT = re.compile(
    r'class="[^"]*\b(vlist-t|mtable|rlap|llap|clap)\b'
)
# The classes of a plain script and of a stack of two (extra.css).
PLAIN_SCRIPTS = {"script", "scripts"}
EM_LENGTH = re.compile(r"([a-z-]+):(-?[\d.]+)em")


@cache
def katex_styles():
    """The classes KaTeX's stylesheet names, and those whose child (or
    grandchild) span it styles whatever the span's own classes."""
    css = KATEX_CSS.read_text(encoding="utf-8")
    named = set(re.findall(r"\.([A-Za-z][\w-]*)", css))
    by_child = set(re.findall(r"\.([\w-]+)>span(?!>)", css))
    by_grandchild = set(re.findall(r"\.([\w-]+)>span>span", css))
    return named, by_child, by_grandchild


class Span:
    """A span of a formula's picture: its tag as written, and its contents."""

    def __init__(self, tag):
        self.tag = tag
        classes, self.style = (
            found[1] if (found := pattern.search(tag)) else ""
            for pattern in (CLASS, STYLE)
        )
        self.classes = frozenset(classes.split())
        # Besides its classes, the tag sets a style or other attributes.
        self.attributed = bool(CLASS.sub("", tag[len("<span") : -1]).strip())
        self.children = []  # spans and text

    def spans(self):
        return [child for child in self.children if isinstance(child, Span)]

    def lengths(self):
        """{property: em} of the span's style, for the lengths in em."""
        return {
            name: float(value) for name, value in EM_LENGTH.findall(self.style)
        }


def picture_at(html, start):
    """The tree of spans of the formula's picture that starts at `start`,
    and where it ends. Anything else in it (text, an svg drawing) is text
    here: KaTeX puts no span inside any other element."""
    open_spans, position = [], start
    for tag in TAG.finditer(html, start):
        if open_spans and tag.start() > position:
            open_spans[-1].children.append(html[position : tag.start()])
        position = tag.end()
        if tag["closing"]:
            span = open_spans.pop()
            if not open_spans:
                return span, position
            continue
        span = Span(tag[0])
        if open_spans:
            open_spans[-1].children.append(span)
        open_spans.append(span)
    raise ValueError(
        f"a formula's picture is not closed: {html[start : start + 80]}"
    )


def script_entries(scripts):
    """The (entry, contents) of each script of an `msupsub` span, as KaTeX's
    table holds them: an entry is a span placed by its `top` (and set apart
    by its margins), holding a pstrut and the script. None if the span holds
    anything else, or a script that a line height or a positioned parent
    would move (a table, another stack of boxes, an overlap such as \\rlap):
    KaTeX's table is kept for those."""
    table = scripts.children[0] if len(scripts.children) == 1 else None
    if not isinstance(table, Span) or scripts.tag != MSUPSUB:
        return None
    rows = table.spans()
    cells = [row.spans() for row in rows]
    if (
        bare(table) not in SCRIPT_TABLES
        or rows != table.children
        or any(bare(row) != ROW for row in rows)
        or [[bare(cell) for cell in row] for row in cells]
        != SCRIPT_TABLES[bare(table)]
    ):
        return None
    depth = cells[1][0].children if len(rows) == 2 else []  # no entries
    if any(
        not isinstance(part, Span) or html_of(part) != "<span></span>"
        for part in depth
    ):
        return None
    entries = []
    for entry in cells[0][0].children:
        if not isinstance(entry, Span) or entry.classes:
            return None
        parts = entry.spans()
        if (
            len(parts) != 2
            or parts != entry.children
            or parts[0].classes != {"pstrut"}
            or set(ENTRY_STYLE.findall(entry.style)) - PLACEMENT
            or "top" not in entry.lengths()
            or "height" not in parts[0].lengths()
            or UNSAFE_IN_SCRIPT.search(html_of(parts[1]))
        ):
            return None
        entries.append((entry, parts[1]))
    return entries if len(entries) in (1, 2) else None


def bare(span):
    """The span's tag without its style's value."""
    return STYLE.sub("style", span.tag)


def html_of(span):
    """The HTML of a span, as it stands in the tree."""
    inner = "".join(
        child if isinstance(child, str) else html_of(child)
        for child in span.children
    )
    return f"{span.tag}{inner}</span>"


def with_plain_scripts(span):
    """The span, with each of its scripts in KaTeX's table set as a shifted
    span instead: KaTeX's pstrut puts the script's baseline the strut's
    height below the entry's top, so the entry's `top` plus that height is
    how far the baseline moves (up if negative)."""
    for child in span.spans():
        with_plain_scripts(child)
    children = []
    for child in span.children:
        entries = isinstance(child, Span) and script_entries(child)
        if not entries:
            children.append(child)
            continue
        scripts = []
        for entry, contents in entries:
            lengths = entry.lengths()
            pstrut = entry.spans()[0].lengths()["height"]
            style = f"top:{lengths['top'] + pstrut:.4g}em;" + "".join(
                f"{side}:{lengths[side]:g}em;"
                for side in ("margin-left", "margin-right")
                if lengths.get(side)
            )
            script = Span(f'<span class="script" style="{style}">')
            script.children = [contents]
            scripts.append(script)
        if len(scripts) == 1:
            children.extend(scripts)
        else:  # a subscript and a superscript, one above the other
            stack = Span('<span class="scripts">')
            stack.children = scripts
            children.append(stack)
    span.children = children
    return span


def without_unstyled_spans(span, parent=frozenset(), grandparent=frozenset()):
    """The HTML of the span, without the spans that change nothing on screen."""
    named, by_child, by_grandchild = katex_styles()
    placed = parent & by_child or grandparent & by_grandchild
    styled = span.classes & (named | PLAIN_SCRIPTS)
    kept = span.attributed or styled or placed or not span.classes
    inner = "".join(
        child
        if isinstance(child, str)
        else without_unstyled_spans(child, span.classes, parent)
        for child in span.children
    )
    return f"{span.tag}{inner}</span>" if kept else inner


def lighter_pictures(html, plain_scripts=True):
    """The page with each formula's picture (KaTeX's HTML) as light as it
    can be with the same look: plain scripts (unless told not to, as the
    tests do, to see what that step alone changes), and no unstyled spans."""
    out, position = [], 0
    while (start := html.find(PICTURE, position)) >= 0:
        out.append(html[position:start])
        picture, position = picture_at(html, start)
        if plain_scripts:
            with_plain_scripts(picture)
        out.append(without_unstyled_spans(picture))
    out.append(html[position:])
    return "".join(out)


@event_priority(-200)  # after every other hook has finished the page
def on_post_page(output, page, config):
    output = SEMANTICS.sub("", TEX_ANNOTATION.sub("", output))
    output = PLAIN_TOKEN.sub(r"\1", lighter_pictures(output))
    parts = PREFORMATTED.split(output)  # odd parts are <pre> blocks
    return "".join(
        part if index % 2 else BLANK_LINE.sub("", part)
        for index, part in enumerate(parts)
    )
