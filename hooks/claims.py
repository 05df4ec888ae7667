"""Expand each `{* claim *}` line into its snippet and output (tools/pages.py).

Runs first among the hooks' page edits, so pymdownx.snippets and the other
hooks see the include lines a directive stands for. Costs a regex per line.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from pages import directive_problems, expanded_text


def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by:
        return markdown  # CONTRIBUTING.md shows directives as examples
    source = Path(config.docs_dir) / page.file.src_uri
    root = Path(config.config_file_path).parent
    problems = directive_problems(source, root, markdown)
    if problems:
        raise PluginError("\n".join(problems))
    return expanded_text(source, root, markdown)
