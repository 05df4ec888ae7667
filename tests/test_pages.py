"""The pages, the snippets and the stored outputs fit together."""

from conftest import report
from layout import ROOT
from page_checks import (
    broken_includes,
    notebooks_importing_helpers,
    notebooks_with_outputs,
    orphans,
    untested_python,
)


def test_every_include_resolves():
    report(broken_includes(ROOT))


def test_every_snippet_and_output_is_shown():
    report(orphans(ROOT))


def test_python_on_pages_comes_from_checked_snippets():
    report(untested_python(ROOT))


def test_notebooks_are_stored_without_outputs():
    report(notebooks_with_outputs(ROOT))


def test_notebooks_run_without_this_repository():
    report(notebooks_importing_helpers(ROOT))
