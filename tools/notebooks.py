"""Each page of the site as a Jupyter notebook that runs anywhere.

A page's notebook holds the page's text as Markdown cells and the snippets it
shows, whole and in page order, as code cells. Before them, one `%%writefile`
cell per helper module the snippets import writes that module next to the
notebook, so the notebook needs nothing but NumPy (on Colab too). Outputs
are not stored: running the notebook prints them. An exercise's solution
becomes an empty cell for the reader, with the checker's call where the
exercise has one; with `solutions=True` the reference solution fills it,
which is how the tests run every notebook.

hooks/page_notebooks.py builds these from the pages at every build, so there
is nothing to keep in step by hand.
"""

import json
import posixpath
import re
import textwrap

import nbformat
from layout import output_path
from pages import INCLUDE, TEX_MACROS, is_snippet

FENCE = re.compile(r"^(?P<marks>`{3,}|~{3,})\s*(?P<info>.*)$")
BLOCK = re.compile(
    r'^(?P<mark>!!!|\?\?\?\+?|===\+?)\s*(?P<kind>\w*)\s*"?(?P<title>[^"]*)"?\s*$'
)
HEADING = re.compile(r"^#{1,6}\s")
LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")
HTML_LINK = re.compile(r'href="(?P<target>[^"]+)"')
ATTRIBUTES = re.compile(r"\{\s*[.#:][^}]*\}|\{\s*(target|download)[^}]*\}")
SECTION_MARKER = re.compile(r"^\s*# --8<-- \[(start|end):[\w-]+\]\s*$")
CHECK_CALL = re.compile(r"""check\(\s*["'](?P<exercise>[\w-]+)["']""")


class Converter:
    """Walks a page's Markdown and collects notebook cells."""

    def __init__(self, page, solutions):
        self.page, self.root = page, page.book.root
        self.site_url = page.book.site_url
        self.solutions = solutions
        self.cells = []
        self.text = []  # Markdown lines not yet in a cell
        self.url = self.site_url + page.url

    # --- cells ---------------------------------------------------------------

    def markdown(self, *lines):
        self.text.extend(lines)

    def flush(self):
        text = "\n".join(self.text).strip("\n")
        self.text = []
        if text.strip():
            self.cells.append(nbformat.v4.new_markdown_cell(text))

    def code(self, source, snippet=None):
        self.flush()
        cell = nbformat.v4.new_code_cell(source.strip("\n"))
        if snippet:  # which snippet the cell is, so tests can compare outputs
            cell.metadata["snippet"] = snippet
        self.cells.append(cell)

    # --- Markdown ------------------------------------------------------------

    def convert(self, lines):
        index = 0
        while index < len(lines):
            line = lines[index]
            fence, block = FENCE.match(line), BLOCK.match(line)
            if fence:
                end = next(
                    i
                    for i in range(index + 1, len(lines))
                    if lines[i].strip() == fence["marks"]
                )
                self.fence(fence["info"], lines[index + 1 : end])
                index = end + 1
            elif block:
                body, index = indented_body(lines, index + 1)
                self.block(block["mark"], block["kind"], block["title"], body)
            elif line.lstrip().startswith("<figure"):
                end = next(
                    i
                    for i in range(index, len(lines))
                    if "</figure>" in lines[i]
                )
                figure = " ".join(lines[index : end + 1])
                caption = re.search(r"<figcaption>(.*?)</figcaption>", figure)
                self.markdown(
                    "",
                    f"*A figure on [the page]({self.url}): "
                    f"{caption[1] if caption else 'see there'}*",
                    "",
                )
                index = end + 1
            else:
                if HEADING.match(line):
                    self.flush()
                self.markdown(self.rewrite(line))
                index += 1

    def fence(self, info, body):
        targets = [INCLUDE.match(line) for line in body if line.strip()]
        if targets and all(targets):
            for match in targets:
                self.include(match["target"])
        else:  # a fence of text, shown as it is
            self.markdown(f"```{info.split()[0] if info else ''}", *body, "```")

    def include(self, target):
        path, _, section = target.partition(":")
        snippet = self.root / path
        if snippet.parent == self.root / "snippets" and not section:
            self.markdown(
                "",
                f"*(`{snippet.name}` is written by the first "
                "cells of this notebook.)*",
                "",
            )
            return
        if section or not is_snippet(snippet, self.root):
            return  # excerpts repeat a snippet; outputs come from running
        if output_path(snippet).suffix == ".svg":
            self.markdown(
                "",
                f"*`{path}` draws a figure of [the page]({self.url}) as SVG.*",
                "",
            )
            return
        source = snippet.read_text(encoding="utf-8").splitlines()
        self.code(
            "\n".join(s for s in source if not SECTION_MARKER.match(s)),
            snippet=path,
        )

    def block(self, mark, kind, title, body):
        if kind == "question" and mark.startswith("???"):
            self.exercise(title, body)
        elif mark.startswith("==="):  # a content tab
            self.markdown("", f"**{self.rewrite(title)}**", "")
            self.convert(body)
        elif kind == "abstract":
            self.convert(body)
        else:
            self.markdown(
                "", f"> **{self.rewrite(title or kind.title())}**", ""
            )
            self.convert(body)

    def exercise(self, title, body):
        self.flush()
        self.markdown(f"### Exercise. {self.rewrite(title)}", "")
        solution = next(
            (
                i
                for i, line in enumerate(body)
                if (match := BLOCK.match(line)) and match["kind"] == "success"
            ),
            len(body),
        )
        self.convert(body[:solution])
        answer, _ = indented_body(body, solution + 1)
        if self.solutions:
            self.markdown("", "**Solution**", "")
            self.convert(answer)
            self.flush()
            return
        exercises = [
            match["exercise"]
            for target in filter(None, map(INCLUDE.match, answer))
            for match in CHECK_CALL.finditer(
                (self.root / target["target"].partition(":")[0]).read_text(
                    encoding="utf-8"
                )
            )
        ]
        if exercises:
            from practice import starter

            self.code("\n\n".join(starter(name) for name in exercises))
        else:
            self.code(
                "# Your answer here. The worked solution, checked by code, "
                f"is on the page:\n# {self.url}#exercises"
            )

    def rewrite(self, line):
        """Links point at the site; the site's TeX macros are spelled out."""
        for macro, expansion in TEX_MACROS.items():
            pattern = re.escape(macro) + r"(?![A-Za-z])"
            line = re.sub(pattern, lambda _, e=expansion: e, line)
        line = ATTRIBUTES.sub("", line)
        line = HTML_LINK.sub(
            lambda m: f'href="{self.absolute(m["target"])}"', line
        )
        return LINK.sub(lambda m: f"]({self.absolute(m['target'])})", line)

    def absolute(self, target):
        if re.match(r"[a-z]+:", target):
            return target
        path, _, anchor = target.partition("#")
        if not path:
            return f"{self.url}#{anchor}"
        base = posixpath.dirname(self.page.file.src_uri)
        folder = "/" if path.endswith("/") else ""  # normpath drops it
        path = posixpath.normpath(posixpath.join(base, path)) + folder
        if path.endswith((".md", ".ipynb")):
            # A page MkDocs does not know: the strict build names the link.
            path = self.page.book.url(path) or path
        return self.site_url + path + (f"#{anchor}" if anchor else "")


def indented_body(lines, start):
    """The lines indented under a block's first line, dedented: (body, end)."""
    end = start
    while end < len(lines) and (
        not lines[end].strip() or lines[end].startswith("    ")
    ):
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    body = textwrap.dedent("\n".join(lines[start:end])).splitlines()
    return body, end


def notebook(page, solutions=False):
    """The notebook of a page (tools/pages.py), as an nbformat notebook."""
    converter = Converter(page, solutions)
    lines = [text for _, text in page.lines]
    title = lines[0].removeprefix("# ").strip()
    converter.markdown(
        f"# {title}",
        "",
        f"This notebook is the page [{title}]({converter.url}) of *Matrix "
        "Calculus for Backprop*, with its code in page order. Run it from "
        "top to bottom: it needs only NumPy. The exercises leave you an "
        "empty cell each.",
    )
    helpers = page.helpers
    if helpers:
        names = ", ".join(f"`{helper.name}`" for helper in helpers)
        converter.markdown(
            "",
            f"The first cells write the helper modules the code imports "
            f"({names}) next to this notebook.",
        )
        converter.flush()
        for helper in helpers:
            converter.code(
                f"%%writefile {helper.name}\n"
                + helper.read_text(encoding="utf-8")
            )
    converter.convert(lines[1:])
    converter.flush()
    book = nbformat.v4.new_notebook(cells=converter.cells)
    for number, cell in enumerate(book.cells, start=1):
        cell.id = f"cell-{number}"  # the same notebook on every build
    book.metadata = {
        "kernelspec": {
            "display_name": "Python 3",
            "language": "python",
            "name": "python3",
        },
        "language_info": {"name": "python"},
    }
    return book


def notebook_json(book):
    return json.dumps(book, indent=1, ensure_ascii=False) + "\n"
