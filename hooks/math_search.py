"""Make the search index read like the pages: once it is written, the TeX
of every formula in it becomes readable text (`\\frac{1}{m}` as 1/m, `\\odot`
as ⊙), so that result previews read like the page and a query such as `1/m`
finds its sections.
"""

import html
import json
import re
from functools import cache
from pathlib import Path

from mkdocs.plugins import event_priority
from pages import MACROS

TEX_IN_TEXT = re.compile(
    r"\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\]", re.S
)


@cache
def text_converter():
    """pylatexenc's TeX-to-text converter, taught this site's macros."""
    from pylatexenc import latex2text, latexwalker
    from pylatexenc.latex2text import MacroTextSpec
    from pylatexenc.macrospec import MacroSpec

    parsing = latexwalker.get_default_latex_context_db()
    parsing.add_context_category(
        "site",
        prepend=True,
        macros=[MacroSpec(name, "{{") for name in ("tfrac", "dfrac")]
        + [MacroSpec("operatorname", "{")],
    )
    texts = latex2text.get_default_latex_context_db()
    texts.add_context_category(
        "site",
        prepend=True,
        macros=[
            *(
                MacroTextSpec(name[1:], text)
                for name, (_, text) in MACROS.items()
            ),
            MacroTextSpec("top", "ᵀ"),
            MacroTextSpec("prime", "′"),
            MacroTextSpec("odot", " ⊙ "),
            MacroTextSpec("otimes", " ⊗ "),
            MacroTextSpec("operatorname", "%s"),
            *(MacroTextSpec(name, "%s/%s") for name in ("tfrac", "dfrac")),
        ],
    )
    converter = latex2text.LatexNodes2Text(
        latex_context=texts, math_mode="text"
    )
    return parsing, converter


@cache  # the same formula recurs across the index's sections
def readable(tex):
    """A formula as plain text: W^[2]ᵀ dZ^[2] ⊙ g^[1]′(Z^[1]), 1/m."""
    from pylatexenc.latexwalker import LatexWalker

    parsing, converter = text_converter()
    tex = html.unescape(tex).replace("'", r"\prime ")
    walker = LatexWalker(tex, latex_context=parsing, tolerant_parsing=True)
    text = converter.nodelist_to_text(walker.get_latex_nodes()[0])
    text = text.replace("^ᵀ", "ᵀ").replace("^′", "′")
    return html.escape(" ".join(text.split()), quote=False)


@event_priority(-100)  # after the search plugin has written the index
def on_post_build(config):
    index = Path(config.site_dir) / "search" / "search_index.json"
    if not index.exists():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    for doc in data["docs"]:
        doc["text"] = TEX_IN_TEXT.sub(
            lambda m: readable(m["inline"] or m["display"] or ""), doc["text"]
        )
    index.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
