"""The site builds with strict validation (no broken link, anchor or
include), and every page that shows code links a notebook of itself and the
helper modules its code imports, as files the build produced."""

import gzip
import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from pages import book

COLAB = re.compile(
    r"https://colab\.research\.google\.com/github/[^/]+/[^/]+/blob/gh-pages/(?P<path>.+)"
)
LINK = re.compile(r'<a (?:download )?href="(?P<href>[^"]+)"')


def test_site_builds_strictly(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "chain-rule-order" / "index.html").is_file()


@pytest.mark.parametrize(
    "page", book().pages_with_code, ids=lambda page: f"docs/{page.file.src_uri}"
)
def test_page_links_its_notebook_and_helpers(built_site, page):
    key, folder = page.key, page.url
    html = (built_site / folder / "index.html").read_text(encoding="utf-8")
    line = re.search(r'<p class="page-downloads">(.*?)</p>', html, re.S)
    assert line, f"{key}: no download line under the title"
    hrefs = [match["href"] for match in LINK.finditer(line[1])]
    base = f"http://site/{folder}"
    files = {
        urlsplit(urljoin(base, href)).path.removeprefix("/"): href
        for href in hrefs
        if not href.startswith("https://")
    }
    for path in files:
        assert (built_site / path).is_file(), f"{key}: {path} was not built"
    notebook = built_site / f"downloads/{key}.ipynb"
    assert notebook.relative_to(built_site).as_posix() in files
    assert json.loads(notebook.read_text(encoding="utf-8"))["nbformat"] == 4
    colab = [COLAB.match(href) for href in hrefs if "colab" in href]
    assert len(colab) == 1 and colab[0], f"{key}: {hrefs}"
    assert (built_site / colab[0]["path"]).is_file()
    # A reader who saves the linked helpers can run every code block alone.
    linked = {path.split("/")[-1] for path in files if path.endswith(".py")}
    for helper in page.helpers:
        assert helper.name in linked, f"{key}: {helper.name} not linked"
        published = built_site / "downloads" / helper.name
        assert published.read_bytes() == helper.read_bytes()


def test_every_page_stays_under_60_kb_of_gzip_html(built_site):
    """Long pages of math are heavy: KaTeX draws each formula with dozens of
    spans. Past 60 KB a page loads slowly on a phone; split it instead."""
    heavy, whole_book = {}, built_site / book().whole_book_url
    for page in built_site.rglob("index.html"):
        name = page.parent.relative_to(built_site).as_posix()
        if page.parent == whole_book:  # for printing, not for reading
            continue
        weight = len(gzip.compress(page.read_bytes(), compresslevel=6)) / 1024
        if weight > 60:
            heavy[name or "home"] = f"{weight:.1f} KB"
    assert heavy == {}, f"pages over 60 KB of gzip HTML: {heavy}"
