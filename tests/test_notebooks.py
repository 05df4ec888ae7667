"""Every notebook runs top to bottom without an error, in a fresh kernel."""

import pytest
from conftest import report
from layout import ROOT, notebooks, record_checked
from output_checks import notebook_problems


@pytest.mark.parametrize(
    "notebook", notebooks(), ids=lambda path: path.relative_to(ROOT).as_posix()
)
def test_notebook_runs_without_error(notebook):
    report(notebook_problems(notebook))
    record_checked(notebook)
