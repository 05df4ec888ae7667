"""Notebook pages as light as the rest: the site's styles, not JupyterLab's.

mkdocs-jupyter renders a notebook with nbconvert's JupyterLab template, which
inlines about 575 KB of CSS, a clipboard script, and MathJax's configuration
into the page. This hook drops all three and turns each cell's code into a
code block like those on every other page (Material styles it, numbers its
colours and gives it a copy button), so a notebook page weighs what a page
of the same length weighs. docs/assets/stylesheets/extra.css lays out the
cells: prompts, inputs, outputs.
"""

from bs4 import BeautifulSoup
from mkdocs.plugins import event_priority


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
    for output in soup.select(".jp-RenderedText pre"):
        output.wrap(soup.new_tag("div", attrs={"class": "highlight"}))
        code = soup.new_tag("code")
        code.extend(list(output.contents))
        output.append(code)
    return str(soup)
