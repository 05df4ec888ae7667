"""Expand each `{* claim *}` line into its snippet and output (tools/pages.py).

Runs first among the hooks' page edits, so pymdownx.snippets and the other
hooks see the include lines a directive stands for. The book expanded each
page once (hooks/page_model.py); this hook hands MkDocs that expansion.
"""

from layout import root_of
from mkdocs.exceptions import PluginError
from pages import book


def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by or not page.file.src_uri.endswith(".md"):
        return markdown  # CONTRIBUTING.md shows directives as examples
    shown = book(root_of(config)).page(page.file.src_uri)
    if shown.problems:
        raise PluginError("\n".join(shown.problems))
    return shown.markdown
