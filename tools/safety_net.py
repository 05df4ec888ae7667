"""A damaged copy of the project, for the safety net's tests
(tests/test_safety_net*.py): each makes one contributor mistake in a copy and
asserts that the check meant to catch it names the file and line.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from layout import (
    SKIP_CHECKED_GATE,
    build_site,
    notebooks,
    output_path,
    snippets,
)
from output_checks import snippet_problems
from pages import book


@dataclass
class Project:
    """A copy of the project, and one snippet, its output and its page in it."""

    root: Path
    snippet: Path
    output: Path
    page: Path

    def name(self, path):
        return path.relative_to(self.root).as_posix()

    def check_snippet(self, **options):
        """The snippet check's report, as one text."""
        return "\n".join(snippet_problems(self.snippet, self.root, **options))

    def add_notebook_cell(self, kind, source):
        """Append a cell to the first notebook: (notebook, cell number)."""
        notebook = notebooks(self.root)[0]
        content = json.loads(notebook.read_text(encoding="utf-8"))
        cell = {"cell_type": kind, "id": f"added-{kind}", "metadata": {}}
        if kind == "code":
            cell |= {"execution_count": None, "outputs": []}
        content["cells"].append(cell | {"source": [source]})
        notebook.write_text(json.dumps(content), encoding="utf-8")
        return notebook, len(content["cells"])

    def append(self, path, text):
        path.write_text(
            path.read_text(encoding="utf-8") + text, encoding="utf-8"
        )


def build_checked(root, site):
    """Build as the tests do, past the gate for unchecked outputs."""
    return build_site(root, site, env=os.environ | {SKIP_CHECKED_GATE: "1"})


def build_only(root, *pages):
    """Make the copy's build read only these pages of docs/ (and the
    notebooks): mkdocs excludes the others (exclude_docs) and mentions links
    to them at INFO level only, so a strict build warns of nothing but the
    mistakes planted in these pages, in a fraction of a whole build."""
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "exclude_docs:" not in text, "merge with mkdocs.yml's exclude_docs"
    kept = "".join(
        f"  !/{page.relative_to(root / 'docs').as_posix()}\n" for page in pages
    )
    config.write_text(f"{text}exclude_docs: |\n  *.md\n{kept}", "utf-8")


def first_snippet_and_page(root):
    snippet = snippets(root)[0]
    output = output_path(snippet)
    shown = book(root).includes
    page = next(i.page for i in shown if root / i.path == output)
    return snippet, output, page
