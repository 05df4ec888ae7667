"""Show CONTRIBUTING.md as the site page contributing.md.

The page is generated from the file at build time, so there is one source.
Its example include lines are escaped (a leading `;`) so that the site shows
them as written instead of expanding them.
"""

import re
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.structure.files import File

SOURCE = Path(__file__).resolve().parents[1] / "CONTRIBUTING.md"
INCLUDE_LINE = re.compile(r"^(\s*)(-+8<-+)", re.MULTILINE)


def on_files(files, config):
    text = SOURCE.read_text(encoding="utf-8")
    page = File.generated(
        config, "contributing.md", content=INCLUDE_LINE.sub(r"\1;\2", text)
    )
    page.abs_src_path = str(SOURCE)  # so that error messages name the file
    files.append(page)
    return files


def on_page_context(context, page, config, nav):
    """Point the page's edit link at CONTRIBUTING.md, its real source."""
    if page.file.src_uri == "contributing.md" and config.edit_uri:
        page.edit_url = urljoin(config.edit_uri, "../CONTRIBUTING.md")
    return context
