"""The pages, the snippets and the stored outputs fit together: every
include resolves, every snippet and output is shown, Python on a page comes
from a checked snippet, and notebooks are stored clean and self-contained."""

from layout import PAGES, ROOT, record_checked
from page_checks import PAGE_CHECKS


def test_pages_fit_their_snippets_and_outputs(report):
    report([problem for check in PAGE_CHECKS for problem in check(ROOT)])
    record_checked(PAGES)
