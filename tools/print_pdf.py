"""The book as a PDF: Chromium prints the site's whole-book page.

    python3 tasks.py pdf [SITE_DIR]   # default: site/

Run it on a built site (CI runs it on the site the tests built, before
publishing). It serves the site from 127.0.0.1, opens the whole-book page
(made by mkdocs-print-site-plugin, math rendered at build time), waits for
the fonts, and writes SITE_DIR/matrix-calculus-for-backprop.pdf, A4, light
palette.
"""

import sys
from pathlib import Path

from browser import MISSING, find_chromium, launch
from layout import ROOT
from pages import book
from site_server import serving

PDF_NAME = "matrix-calculus-for-backprop.pdf"


def print_book(site):
    from playwright.sync_api import sync_playwright

    chromium = find_chromium()
    if chromium is None:
        sys.exit(MISSING)
    with sync_playwright() as playwright, serving(site) as home:
        browser = launch(playwright, chromium)
        page = browser.new_page(color_scheme="light")
        page.goto(home + book().whole_book_url, wait_until="networkidle")
        page.evaluate("document.fonts.ready")
        page.emulate_media(media="print")
        target = site / PDF_NAME
        page.pdf(
            path=target,
            format="A4",
            print_background=True,
            margin={
                "top": "18mm",
                "bottom": "18mm",
                "left": "16mm",
                "right": "16mm",
            },
        )
        browser.close()
    return target


def main(arguments):
    site = Path(arguments[0]) if arguments else ROOT / "site"
    whole_book = site / book().whole_book_url / "index.html"
    if not whole_book.is_file():
        sys.exit(f"{whole_book} not found: build the site first.")
    target = print_book(site.resolve())
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
