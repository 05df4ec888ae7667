"""A page as every reader of it sees it: claim directives expanded.

One line per claim: `{* claim *}` shows a snippet and what it printed.

On docs/<page>.md, the directive `{* claim *}` stands for
snippets/<page>/<claim>.py (`{* other-page/claim *}` for another page's) and
expands to the snippet in a titled code block followed by its stored output.
A snippet with a `formula` section shows those lines, and folds the whole
snippet with its checks below them. `{* claim:section *}` shows one section
alone. A figure's snippet shows its code only: the page places the picture,
with its caption, in a `<figure>`. Every reader of a page (the build, the
checks, the notebooks) sees the page through `expanded_lines`, so this
module alone knows the directive.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from layout import ROOT, docs_pages, output_path, preview_path, previewing

CLAIM = re.compile(
    r"^(?P<indent>\s*)\{\*\s*(?P<name>[\w-]+(?:/[\w-]+)?)"
    r"(?::(?P<section>[\w-]+))?\s*\*\}\s*$"
)
LOOKS_LIKE_CLAIM = re.compile(r"^\s*\{\*")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
FORMULA = "formula"
# The TeX macros every page may use: what each stands for (KaTeX expands it,
# hooks/katex_math.py; so does a notebook's math, tools/notebooks.py), and how
# the search index spells it (hooks/math_search.py).
MACROS = {r"\R": (r"\mathbb{R}", "ℝ")}
# While serving (tools/preview.py), in place of a stored output that the
# snippet no longer prints: what it prints now, or why it failed.
PREVIEWS = {
    "error": ("failure", "This snippet fails: fix it, and its output returns"),
    "out": ("warning", "not stored yet: run `python3 tasks.py outputs`"),
}


def page_key(page, root=ROOT):
    """docs/<key>.md: the name a page shares with its snippets' folder, its
    notebook and its URL."""
    return page.relative_to(root / "docs").with_suffix("").as_posix()


def page_url(page, root=ROOT):
    """A page's URL below the site's root, by MkDocs' own rule: docs/a/b.md
    (or a notebook page, a/b.ipynb) is a/b/, docs/index.md is ""."""
    from mkdocs.structure.files import File

    docs = root / "docs"
    source = page.relative_to(docs).with_suffix(".md").as_posix()
    url = File(source, str(docs), str(root / "site"), True).url
    return "" if url == "./" else url


def snippet_of(page, name, root=ROOT):
    """The file `{* name *}` on `page` stands for."""
    key = name if "/" in name else f"{page.stem}/{name}"
    return root / "snippets" / f"{key}.py"


def expansion(page, match, root=ROOT):
    """The Markdown lines one directive stands for, unindented."""
    snippet = snippet_of(page, match["name"], root)
    path = snippet.relative_to(root).as_posix()
    if not snippet.is_file():  # left as it is: directive_problems names it
        return [match[0].strip()]
    if match["section"]:
        return code(f"{path} (excerpt)", f"{path}:{match['section']}")
    output = output_path(snippet)
    if output.suffix == ".svg":  # a figure: the page places it in <figure>
        return code(path, path)
    printed = output_block(snippet, output, root)
    if not has_formula(snippet):
        return [*code(path, path), "", *printed]
    whole = indented(code(path, path))
    return [
        *code(f"{path} (the formula)", f"{path}:{FORMULA}"),
        "",
        '??? example "The whole snippet, with its checks"',
        "",
        *whole,
        "",
        *printed,
    ]


def output_block(snippet, output, root=ROOT):
    for kind, (style, banner) in PREVIEWS.items():
        preview = preview_path(snippet, kind, root)
        if previewing() and preview.exists():
            shown = code("Output", preview.relative_to(root).as_posix(), "text")
            return [f'!!! {style} "{banner}"', "", *indented(shown)]
    return code("Output", output.relative_to(root).as_posix(), "text")


def indented(lines):
    return ["    " + line if line else line for line in lines]


def code(title, target, language="python"):
    return [f'```{language} title="{title}"', f'--8<-- "{target}"', "```"]


def has_formula(snippet):
    return f"--8<-- [start:{FORMULA}]" in snippet.read_text(encoding="utf-8")


def outside_fences(lines):
    """(line number, text) of the lines that are not inside a fenced code
    block, where a directive means what it says."""
    fence = None
    for number, text in enumerate(lines, start=1):
        opening = FENCE.match(text)
        if fence is None and opening:
            fence = opening[1]
        elif fence and text.strip().startswith(fence):
            fence = None
        elif fence is None:
            yield number, text


def expanded_lines(page, root=ROOT, markdown=None):
    """The page's lines (or `markdown`, the page's text as MkDocs hands it
    to hooks) with every directive expanded: a list of (line number, text).
    Expanded lines carry the number of their directive, so every message
    about them points at it."""
    if markdown is None:
        markdown = page.read_text(encoding="utf-8")
    lines = markdown.splitlines()
    directives = {
        number: match
        for number, text in outside_fences(lines)
        if (match := CLAIM.match(text))
    }
    found = []
    for number, text in enumerate(lines, start=1):
        match = directives.get(number)
        if match:
            found += [
                (number, match["indent"] + line if line else line)
                for line in expansion(page, match, root)
            ]
        else:
            found.append((number, text))
    return found


def expanded_text(page, root=ROOT, markdown=None):
    lines = expanded_lines(page, root, markdown)
    return "\n".join(text for _, text in lines) + "\n"


def directive_problems(page, root=ROOT, markdown=None):
    """Directives the page would show as text: malformed, or naming a
    snippet that does not exist."""
    if markdown is None:
        markdown = page.read_text(encoding="utf-8")
    problems = []
    for number, text in outside_fences(markdown.splitlines()):
        where = f"{page.relative_to(root)}:{number}"
        match = CLAIM.match(text)
        if match and not snippet_of(page, match["name"], root).is_file():
            snippet = snippet_of(page, match["name"], root)
            problems.append(
                f"{where}: {text.strip()} names "
                f"{snippet.relative_to(root)}, which does not exist. Fix the "
                "claim's name (the snippet's file name without .py), or "
                "restore the snippet if it was renamed."
            )
        elif LOOKS_LIKE_CLAIM.match(text) and not match:
            problems.append(
                f"{where}: this line is not a claim directive, and the page "
                "would show it as text. Write exactly {* claim_name *}, "
                "{* other-page/claim_name *} or {* claim_name:section *}, "
                "alone on its line."
            )
    return problems


# pymdownx.snippets' one-line form: --8<-- "path" or --8<-- "path:section".
INCLUDE = re.compile(r"""^\s*-+8<-+\s+(["'])(?P<target>[^"']+)\1$""")


@dataclass(frozen=True)
class Include:
    """A line of a page that shows a file, or a section of one."""

    page: Path
    line: int
    path: str
    section: str | None

    def where(self, root=ROOT):
        return f"{self.page.relative_to(root)}:{self.line}"


def includes(root=ROOT, page=None):
    """Include lines of one page, or of all of docs/, directives expanded
    (the site shows CONTRIBUTING.md's include lines as text)."""
    found = []
    for path in [page] if page else docs_pages(root):
        for number, text in expanded_lines(path, root):
            match = INCLUDE.match(text)
            if match:
                target, _, section = match["target"].partition(":")
                found.append(Include(path, number, target, section or None))
    return found
