"""Keep pages light: drop from the finished HTML what no reader uses.

- KaTeX stores each formula's TeX source in its MathML, as an annotation.
  Screen readers read the MathML itself, and the page shows the rendered
  formula; the source only adds bytes (7 % of a page of math). Without it,
  the `<semantics>` element that paired source and MathML pairs nothing.
- KaTeX wraps every atom of a formula in a span named after its TeX class
  (`mord`, `mbin`, `mtight`, ...). Where KaTeX's stylesheet styles none of
  the span's classes, and no rule styles it by its place (`.vlist>span>span`),
  the span only costs the browser a node to parse, style and lay out: its
  children take its place, and the formula looks the same. A third of the
  nodes of a formula's picture go this way.
- Pygments wraps every name, every punctuation mark and every run of
  spaces in code in a span of its own, which the theme (with
  assets/stylesheets/extra.css for punctuation) gives the code's plain
  colour: the same text without the span looks the same.
- The theme's templates leave thousands of lines holding only spaces, the
  navigation's above all. Outside `<pre>`, where spaces are shown as
  written, such a line renders as nothing: it goes, with its line break.

The long pages of the site stay under 60 KB of gzip HTML this way.
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
TAG = re.compile(r'<(/?)span(?: class="([^"]*)")?(\s[^>]*)?>')


@cache
def katex_styles():
    """The classes KaTeX's stylesheet names, and those whose child (or
    grandchild) span it styles whatever the span's own classes."""
    css = KATEX_CSS.read_text(encoding="utf-8")
    named = set(re.findall(r"\.([A-Za-z][\w-]*)", css))
    by_child = set(re.findall(r"\.([\w-]+)>span(?!>)", css))
    by_grandchild = set(re.findall(r"\.([\w-]+)>span>span", css))
    return named, by_child, by_child | by_grandchild


def without_unstyled_spans(html):
    """The page with each formula's picture (KaTeX's HTML) stripped of the
    spans that change nothing on screen."""
    named, by_child, by_place = katex_styles()
    out, position = [], 0
    while (start := html.find(PICTURE, position)) >= 0:
        out.append(html[position:start])
        position = start
        open_spans = []  # per open span: (its classes, kept?)
        for tag in TAG.finditer(html, start):
            out.append(html[position : tag.start()])
            position = tag.end()
            closing, classes, other_attributes = tag.groups()
            if closing:
                _, kept = open_spans.pop()
                if kept:
                    out.append(tag[0])
                if not open_spans:
                    break
                continue
            classes = set((classes or "").split())
            parent = open_spans[-1][0] if open_spans else set()
            grandparent = open_spans[-2][0] if len(open_spans) > 1 else set()
            placed = parent & by_child or grandparent & (by_place - by_child)
            kept = bool(
                other_attributes or classes & named or placed or not classes
            )
            open_spans.append((classes, kept))
            if kept:
                out.append(tag[0])
    out.append(html[position:])
    return "".join(out)


@event_priority(-200)  # after every other hook has finished the page
def on_post_page(output, page, config):
    output = SEMANTICS.sub("", TEX_ANNOTATION.sub("", output))
    output = PLAIN_TOKEN.sub(r"\1", without_unstyled_spans(output))
    parts = PREFORMATTED.split(output)  # odd parts are <pre> blocks
    return "".join(
        part if index % 2 else BLANK_LINE.sub("", part)
        for index, part in enumerate(parts)
    )
