"""Expand each `{* claim *}` line into its snippet and output (tools/pages.py).

Runs first among the hooks' page edits, so pymdownx.snippets and the other
hooks see the include lines a directive stands for. The book expanded each
page once (hooks/page_model.py); this hook hands MkDocs that expansion.
A directive or include line that names nothing stops the build; while
serving, the page also shows the problem at its top, where the contributor
is looking, and its notebook waits until it is fixed.
"""

import logging

from layout import previewing, root_of
from mkdocs.exceptions import PluginError
from page_checks import page_include_problems
from pages import book

log = logging.getLogger(f"mkdocs.plugins.{__name__}")


def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by or not page.file.src_uri.endswith(".md"):
        return markdown  # CONTRIBUTING.md shows directives as examples
    shown = book(root_of(config)).page(page.file.src_uri)
    problems = page_include_problems(shown)
    if not problems:
        return shown.markdown
    message = "\n".join(problems)
    if not previewing():
        raise PluginError(message)
    log.error(message)  # strict: the build still fails, after the pages
    banner = ['!!! failure "A claim or include line on this page is broken"']
    banner += [f"\n    {problem}" for problem in problems]
    return "\n".join(banner) + "\n" + shown.markdown
