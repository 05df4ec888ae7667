"""Notebook pages as light as the rest: the site's styles, not JupyterLab's.

mkdocs-jupyter renders a notebook with nbconvert's JupyterLab template, which
inlines about 575 KB of CSS, a clipboard script, and MathJax's configuration
into the page. This hook drops all three and turns each cell's code into a
code block like those on every other page (Material styles it, colours its
tokens and gives it a copy button), so a notebook page weighs what a page
of the same length weighs. docs/assets/stylesheets/extra.css lays out the
cells: prompts, inputs, outputs. The `$...$` math of markdown cells becomes
the markup pymdownx.arithmatex gives pages, so hooks/katex_math.py renders
and indexes it like any other formula.
"""

import html
import re

from bs4 import BeautifulSoup
from mkdocs.plugins import event_priority

# $$display$$ or $inline$, with pandoc's rule for inline math so that prices
# stay text: no space inside either dollar, and no digit right after the
# closing one ("$5 and $10" is not a formula).
DOLLARS = re.compile(
    r"\$\$(?P<display>.+?)\$\$|\$(?=\S)(?P<inline>[^$\n]*?\S)\$(?!\d)", re.S
)


@event_priority(50)  # before print-site copies the page into the whole book
def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.select(
        "style, script, .zeroclipboard-container, .clipboard-copy-txt, "
        ".jp-Collapser"
    ):
        element.decompose()
    for anchor in soup.select("a.anchor-link"):
        anchor["class"] = ["headerlink"]  # shown on hover, as on every page
    for block in soup.select(".highlight-ipynb"):
        # Material's code block: div.highlight > pre > code.
        language = next(
            (c[3:] for c in block["class"] if c.startswith("hl-")), ""
        )
        block["class"] = ["language-" + language, "highlight"]
        pre = block.pre
        code = soup.new_tag("code")
        code.extend(list(pre.contents))
        pre.append(code)
    for cell in soup.select(".jp-RenderedMarkdown, .jp-RenderedLatex"):
        for text in list(cell.find_all(string=DOLLARS)):
            if text.find_parent(("code", "pre")) is None:
                text.replace_with(
                    BeautifulSoup(arithmatex_markup(text), "html.parser")
                )
    for output in soup.select(".jp-RenderedText pre"):
        output.wrap(soup.new_tag("div", attrs={"class": "highlight"}))
        code = soup.new_tag("code")
        code.extend(list(output.contents))
        output.append(code)
    return str(soup)


def arithmatex_markup(text):
    """Text with its $...$ formulas marked up as pymdownx.arithmatex does."""

    def markup(match):
        if match["display"] is not None:
            tex = html.escape(match["display"])
            return f'<div class="arithmatex">\\[{tex}\\]</div>'
        tex = html.escape(match["inline"])
        return f'<span class="arithmatex">\\({tex}\\)</span>'

    pieces, position = [], 0
    for match in DOLLARS.finditer(text):
        pieces += [html.escape(text[position : match.start()]), markup(match)]
        position = match.end()
    return "".join(pieces) + html.escape(text[position:])
