"""Checks of the pages: their includes, their code fences, their notebooks.

Each check returns a list of problems, one line each, that names a file (and
line) and says how to fix it; an empty list means all is well. The checks take
the project root as an argument so that tests/test_safety_net.py can run them
on a damaged copy of the project.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from layout import (
    REGENERATE,
    helpers,
    notebooks,
    output_path,
    outputs,
    snippets,
)
from pages import INCLUDE, book

BLOCK_INCLUDE = re.compile(r"^\s*-+8<-+\s*$")
LOOKS_LIKE_INCLUDE = re.compile(r"^\s*-+8<-+\s+\S")  # not ;-escaped
FENCE = re.compile(r"^(?P<indent>\s*)(?P<marks>`{3,}|~{3,})\s*(?P<info>.*)$")
PYTHON_LANGUAGES = {"python", "py", "python3", "py3", "pycon", "ipython"}


def broken_includes(root):
    return [
        problem
        for page in book(root).pages
        for problem in page_include_problems(page)
    ]


def page_include_problems(page):
    """What the page shows that does not exist, or that the page would
    show as text: the build asks too, before it reads a page's includes."""
    root = page.book.root
    problems = list(page.problems)
    for include in page.includes:
        target = root / include.path
        if not target.is_file():
            problems.append(
                f"{include.where(root)}: includes {include.path}, which does "
                "not exist. Fix the path, or restore the file if it was "
                "renamed."
            )
        elif include.section and not has_section(target, include.section):
            problems.append(
                f"{include.where(root)}: includes section "
                f"'{include.section}' of {include.path}, which has no "
                f"'# --8<-- [start:{include.section}]' ... "
                f"'# --8<-- [end:{include.section}]' pair. Add the markers "
                "or fix the section name."
            )
    name = page.source.relative_to(root)
    for number, text in page.lines:
        where = f"{name}:{number}"
        if BLOCK_INCLUDE.match(text):
            problems.append(
                f"{where}: multi-line --8<-- blocks are not checked; use "
                'one line per file: --8<-- "path"'
            )
        elif LOOKS_LIKE_INCLUDE.match(text) and not INCLUDE.match(text):
            problems.append(
                f"{where}: this line is not an include, and the page would "
                'show it as text. Write exactly --8<-- "path" with nothing '
                "after the closing quote (no trailing space)."
            )
    return problems


def has_section(path, name):
    text = path.read_text(encoding="utf-8")
    start = re.search(rf"--8<-- \[start:{re.escape(name)}\]", text)
    end = re.search(rf"--8<-- \[end:{re.escape(name)}\]", text)
    return bool(start and end and start.start() < end.start())


def shown_files(root):
    """Files some page includes, whole or in part."""
    return {(root / i.path).resolve() for i in book(root).includes}


def pages_showing(path, root):
    """Where `path` appears: ['docs/page.md:12', ...]."""
    path = path.resolve()
    return [
        include.where(root)
        for include in book(root).includes
        if (root / include.path).resolve() == path
    ]


def orphans(root):
    shown = shown_files(root)
    problems = [
        f"{path.relative_to(root)}: not shown on any page. Include it in "
        f"docs/{path.parent.name}.md next to its output, or delete it."
        for path in snippets(root)
        if path.resolve() not in shown
    ]
    problems += [
        f"{path.relative_to(root)}: not shown on any page. Include it, or the "
        "sections readers need, on the page that uses it, or delete it."
        for path in helpers(root)
        if path.resolve() not in shown
    ]
    for output in outputs(root):
        snippet = output.with_suffix(".py")
        if not snippet.exists():
            problems.append(
                f"{output.relative_to(root)}: no snippet "
                f"{snippet.relative_to(root)} prints it. Delete the output, "
                "or rename it along with its snippet."
            )
        elif output.resolve() not in shown:
            problems.append(
                f"{output.relative_to(root)}: not shown on any page. Include "
                f"it below {snippet.relative_to(root)} on the page that shows "
                "the snippet."
            )
    for snippet in snippets(root):
        if not output_path(snippet).exists():
            problems.append(
                f"{snippet.relative_to(root)}: has no stored output. Run "
                f"`{REGENERATE}` to create it."
            )
    return problems


@dataclass(frozen=True)
class Fence:
    page: Path
    line: int
    language: str
    body: list[str]


def fences(source, numbered):
    """Fenced code blocks of a page's lines (line number, text), including
    those nested in tabs."""
    found, opening = [], None
    for number, text in numbered:
        match = FENCE.match(text)
        if opening is None:
            if match:
                opening = (
                    number,
                    match["marks"],
                    language_of(match["info"]),
                    [],
                )
        elif (
            match
            and match["marks"].startswith(opening[1])
            and not match["info"]
        ):
            start, _, language, body = opening
            found.append(Fence(source, start, language, body))
            opening = None
        else:
            opening[3].append(text)
    return found


def language_of(info):
    """The language of a fence's info string: `python title="x"` and
    `{ .python .annotate }` both give "python"."""
    words = info.replace("{", " ").replace("}", " ").split()
    return words[0].lstrip(".").lower() if words else ""


def untested_python(root):
    return [
        f"{fence.page.relative_to(root)}:{fence.line}: a {fence.language} code "
        "block that is not an include of a checked snippet. Move the code to "
        "snippets/<page>/<claim>.py and include it with --8<-- (see "
        "CONTRIBUTING.md)."
        for source, numbered in shown_markdown(root)
        for fence in fences(source, numbered)
        if fence.language in PYTHON_LANGUAGES
        and any(line.strip() and not INCLUDE.match(line) for line in fence.body)
    ]


def shown_markdown(root):
    """(source, its lines) of every page, directives expanded, and of
    CONTRIBUTING.md, which the site shows as written."""
    contributing = root / "CONTRIBUTING.md"
    text = contributing.read_text(encoding="utf-8").splitlines()
    return [
        *((page.source, page.lines) for page in book(root).pages),
        (contributing, list(enumerate(text, start=1))),
    ]


def notebooks_importing_helpers(root):
    """Readers download notebooks: they must not need this repository."""
    helper_names = {path.stem for path in helpers(root)}
    problems = []
    for notebook in notebooks(root):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells, start=1):
            source = (
                "".join(cell["source"]) if cell["cell_type"] == "code" else ""
            )
            imported = set(
                re.findall(r"^\s*(?:from|import)\s+(\w+)", source, re.M)
            )
            for name in sorted(imported & helper_names):
                problems.append(
                    f"{notebook.relative_to(root)}: cell {number} imports "
                    f"{name}, which a reader who downloads the notebook does "
                    "not have. Define what the notebook needs in a cell."
                )
    return problems


def notebooks_with_outputs(root):
    problems = []
    for notebook in notebooks(root):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells, start=1):
            if cell.get("outputs") or cell.get("execution_count"):
                problems.append(
                    f"{notebook.relative_to(root)}: cell {number} has stored "
                    "outputs. Run `python3 tasks.py strip` before committing."
                )
    return problems


# What `tests/test_pages.py` runs, and records as one check (tools/layout.py).
PAGE_CHECKS = (
    broken_includes,
    orphans,
    untested_python,
    notebooks_with_outputs,
    notebooks_importing_helpers,
)
