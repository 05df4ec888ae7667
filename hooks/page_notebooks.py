"""Offer every page as a notebook, and its helper modules for download.

For each page that shows snippets, the site gets downloads/<page>.ipynb, made
from the page by tools/notebooks.py, and downloads/<helper>.py for each
helper module its snippets import. Under the page's title a line links them:
the notebook, the same notebook in Colab (from the gh-pages branch, where the
site is published), and the helpers a reader needs to run one code block on
its own. The links are ordinary Markdown links, so the strict build checks
that each one resolves.
"""

import posixpath
import re

from layout import previewing, root_of
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from notebooks import notebook, notebook_json
from page_checks import page_include_problems
from pages import book

DOWNLOADS = "downloads"
GITHUB = re.compile(r"https://github\.com/(?P<repository>[^/]+/[^/]+)/")


def on_files(files, config):
    pages, helpers = book(root_of(config)).pages_with_code, {}
    problems = {page: page_include_problems(page) for page in pages}
    named = [problem for found in problems.values() for problem in found]
    if named and not previewing():  # a notebook cannot be made without them
        raise PluginError("\n".join(named))
    for page in pages:
        if problems[page]:
            continue  # while serving, the page shows them (hooks/claims.py)
        if previewing() and not page.file.is_modified():
            continue  # tools/preview.py keeps what it built of this page
        content = notebook_json(notebook(page))
        files.append(
            File.generated(
                config, f"{DOWNLOADS}/{page.key}.ipynb", content=content
            )
        )
        for helper in page.helpers:
            helpers[helper.name] = helper
    for name, helper in sorted(helpers.items()):
        files.append(
            File.generated(
                config, f"{DOWNLOADS}/{name}", content=helper.read_bytes()
            )
        )
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by or not page.file.src_uri.endswith(".md"):
        return markdown  # CONTRIBUTING.md, notebooks: no snippets
    shown = book(root_of(config)).page(page.file.src_uri)
    if not shown.claims:
        return markdown
    key = shown.key
    here = posixpath.dirname(page.file.src_uri)

    def link(name):
        return posixpath.relpath(f"{DOWNLOADS}/{name}", here or ".")

    notebook_link = (
        f"[download it as a notebook]({link(key + '.ipynb')}){{ download }}"
    )
    github = GITHUB.match(config.edit_uri or "")
    if github:
        colab = (
            "https://colab.research.google.com/github/"
            f"{github['repository']}/blob/gh-pages/{DOWNLOADS}/{key}.ipynb"
        )
        notebook_link += f" or [open it in Colab]({colab})"
    line = f"**Run this page yourself:** {notebook_link}."
    helpers = [
        f"[`{helper.name}`]({link(helper.name)}){{ download }}"
        for helper in shown.helpers
    ]
    if helpers:
        names = ", ".join(helpers[:-1]) + " and " * (len(helpers) > 1)
        line += (
            " A single code block runs on its own beside "
            f"{names}{helpers[-1]}, the helpers it imports, with only NumPy "
            "installed."
        )
    else:
        line += " A single code block runs on its own with only NumPy."
    title, _, rest = markdown.partition("\n")
    return f"{title}\n\n{line}\n{{ .page-downloads }}\n{rest}"
