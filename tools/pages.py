"""The page model: every page of the book as every reader of it sees it,
claim directives expanded, read once per build.

One line per claim: `{* claim *}` shows a snippet and what it printed.

On docs/<page>.md, the directive `{* claim *}` stands for
snippets/<page>/<claim>.py (`{* other-page/claim *}` for another page's) and
expands to the snippet in a titled code block followed by its stored output.
A snippet with a `formula` section shows those lines, and folds the whole
snippet with its checks below them. `{* claim:section *}` shows one section
alone. A figure's snippet shows its code only: the page places the picture,
with its caption, in a `<figure>`.

A `Page` knows its key, source, URL (from MkDocs' own `File`), its lines
with directives expanded, its includes, its claims and the helpers they
import; `book()` gives every page. In a build, hooks/page_model.py makes
the book once from the build's own files, and every hook reads it; the
tests, the checks and the notebook converter get one made the same way.
"""

import functools
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from layout import (
    ROOT,
    imported_helpers,
    output_path,
    preview_path,
    previewing,
    root_of,
)
from mkdocs.structure.files import File, get_files

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
TEX_MACROS = {name: tex for name, (tex, _) in MACROS.items()}
# While serving (tools/preview.py), in place of a stored output that the
# snippet no longer prints: what it prints now, or why it failed.
PREVIEWS = {
    "error": ("failure", "This snippet fails: fix it, and its output returns"),
    "out": ("warning", "not stored yet: run `python3 tasks.py outputs`"),
}


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


def outside_fences(numbered):
    """The lines (line number, text) that are not inside a fenced code
    block, where a directive means what it says."""
    fence = None
    for number, text in numbered:
        opening = FENCE.match(text)
        if fence is None and opening:
            fence = opening[1]
        elif fence and text.strip().startswith(fence):
            fence = None
        elif fence is None:
            yield number, text


def expand(page, numbered, root=ROOT):
    """The lines (line number, text) of a page with every directive
    expanded. Expanded lines carry the number of their directive, so every
    message about them points at it."""
    directives = {
        number: match
        for number, text in outside_fences(numbered)
        if (match := CLAIM.match(text))
    }
    found = []
    for number, text in numbered:
        match = directives.get(number)
        if match:
            found += [
                (number, match["indent"] + line if line else line)
                for line in expansion(page, match, root)
            ]
        else:
            found.append((number, text))
    return found


def directive_problems(page, numbered, root=ROOT):
    """Directives the page would show as text: malformed, or naming a
    snippet that does not exist."""
    problems, name = [], page.relative_to(root)
    for number, text in outside_fences(numbered):
        where = f"{name}:{number}"
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


def is_snippet(path, root):
    """snippets/<page>/<claim>.py: not a helper, not an output."""
    return path.suffix == ".py" and path.parent.parent == root / "snippets"


def site_path(file):
    """A file's URL below the site's root, as MkDocs gives it ("" for the
    home page, whose URL MkDocs writes "./")."""
    return "" if file.url == "./" else file.url


@dataclass(frozen=True, eq=False)
class Page:
    """A page of the book, docs/<key>.md, read once and expanded once."""

    book: "Book"
    file: object  # MkDocs' own File: where the page is, and its URL

    @cached_property
    def source(self):
        return Path(self.file.abs_src_path)

    @property
    def key(self):
        """The name a page shares with its snippets' folder, its notebook
        and its URL."""
        return self.file.src_uri.removesuffix(".md")

    @property
    def url(self):
        return site_path(self.file)

    @cached_property
    def numbered(self):
        """(line number, text) of the page as MkDocs hands it to the hooks:
        without front matter, numbered as in the file."""
        from mkdocs.utils.meta import get_data

        text = self.source.read_text(encoding="utf-8")
        markdown, _ = get_data(text)
        first = text.count("\n") - markdown.count("\n") + 1
        return list(enumerate(markdown.splitlines(), start=first))

    @cached_property
    def lines(self):
        """(line number, text) with every directive expanded: what every
        reader of the page (the build, the checks, the notebook) reads."""
        return expand(self.source, self.numbered, self.book.root)

    @cached_property
    def markdown(self):
        """The page as the site shows it, directives expanded."""
        return "\n".join(text for _, text in self.lines) + "\n"

    @cached_property
    def problems(self):
        """Directives the page would show as text."""
        return directive_problems(self.source, self.numbered, self.book.root)

    @cached_property
    def includes(self):
        """The page's include lines, directives expanded."""
        found = []
        for number, text in self.lines:
            if match := INCLUDE.match(text):
                target, _, section = match["target"].partition(":")
                found.append(
                    Include(self.source, number, target, section or None)
                )
        return found

    @cached_property
    def claims(self):
        """The snippets the page shows whole (excerpts repeat them), in
        order: snippets/<page>/<claim>.py, and other pages' claims."""
        found = []
        for include in self.includes:
            path = self.book.root / include.path
            whole = include.section is None
            if whole and is_snippet(path, self.book.root) and path not in found:
                found.append(path)
        return found

    @cached_property
    def helpers(self):
        """Helper modules the page's snippets import: what its notebook
        bundles and what the page links for download."""
        found = {}
        for snippet in self.claims:
            for helper in imported_helpers(snippet, self.book.root):
                found[helper.name] = helper
        return [found[name] for name in sorted(found)]


@dataclass(frozen=True, eq=False)
class Book:
    """Every page of the site, from MkDocs' own list of its files and the
    configuration MkDocs loaded: the pages (docs/*.md) and the URL of every
    file."""

    root: Path
    config: object  # MkDocsConfig
    files: object  # MkDocs' Files

    @property
    def site_url(self):
        return self.config.site_url

    @cached_property
    def pages(self):
        return [
            Page(self, file)
            for file in sorted(
                self.files.documentation_pages(), key=lambda f: f.src_uri
            )
            if file.src_uri.endswith(".md") and not file.generated_by
        ]

    def page(self, src_uri):
        """The page docs/<src_uri>."""
        return self._by_source[src_uri]

    @cached_property
    def _by_source(self):
        return {page.file.src_uri: page for page in self.pages}

    def url(self, src_uri):
        """The URL below the site's root of docs/<src_uri> (a page, a
        notebook page, any file), or None if there is no such file."""
        file = self.files.get_file_from_path(src_uri)
        return file and site_path(file)

    @cached_property
    def page_urls(self):
        """The URL of every page, notebook pages included."""
        return [site_path(file) for file in self.files.documentation_pages()]

    @cached_property
    def includes(self):
        return [include for page in self.pages for include in page.includes]

    @cached_property
    def pages_with_code(self):
        """The pages that show snippets: each is also a notebook."""
        return [page for page in self.pages if page.claims]

    @cached_property
    def whole_book_url(self):
        """print-site's page, the whole book on one page, as the plugin
        names it (`print_page_basename`)."""
        options = self.config.plugins["print-site"].config
        name = f"{options['print_page_basename']}.md"
        config = self.config
        return File(
            name, config.docs_dir, config.site_dir, config.use_directory_urls
        ).url


# The book of the build under way (hooks/page_model.py), which every hook
# reads: each page is read and expanded once per build.
_building = None


def open_book(config, files):
    global _building
    _building = Book(root_of(config), config, files)
    return _building


def close_book():
    global _building
    _building = None


def book(root=ROOT):
    """Every page of the project at `root`. Inside a build, the book that
    build made of its own files; elsewhere one made now the same way, from
    mkdocs.yml as MkDocs loads it, so that it sees every edit."""
    if _building is not None and _building.root == root:
        return _building
    config = site_config(root)
    files = get_files(config)
    # Notebooks as pages, as mkdocs-jupyter makes them in a build.
    files = config.plugins["mkdocs-jupyter"].on_files(files, config=config)
    return Book(root, config, files)


@functools.cache
def site_config(root):
    """mkdocs.yml as MkDocs loads it (the plugins too, whose options some
    readers need)."""
    from mkdocs.config import load_config

    return load_config(config_file=str(root / "mkdocs.yml"))
