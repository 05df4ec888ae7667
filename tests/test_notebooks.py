"""Every notebook runs top to bottom without an error, in a fresh kernel:
the workbooks, and the notebook of every page, with its exercises answered
by the reference solutions. A kernel takes a second to start, so the pages'
notebooks run in the sweep (`python3 tasks.py sweep`, and CI); the
workbooks, which the site shows with their outputs, run in every check."""

import nbformat
import pytest
from layout import ROOT, notebooks, record_checked
from notebooks import notebook, notebook_json
from output_checks import notebook_problems
from pages import book

PAGES = book().pages_with_code


def name(path):
    return path.relative_to(ROOT).as_posix()


def page_name(page):
    return name(page.source)


@pytest.mark.parametrize("workbook", notebooks(), ids=name)
def test_workbook_runs_without_error(workbook, report):
    report(notebook_problems(workbook))
    record_checked(workbook)


@pytest.mark.sweep
@pytest.mark.parametrize("page", PAGES, ids=page_name)
def test_page_notebook_runs_with_the_reference_solutions(
    page, tmp_path, report
):
    path = tmp_path / f"{page.key}.ipynb"
    path.write_text(notebook_json(notebook(page, solutions=True)))
    report(notebook_problems(path, name=f"the notebook of {page_name(page)}"))


@pytest.mark.parametrize("page", PAGES, ids=page_name)
def test_page_notebook_leaves_each_exercise_to_the_reader(page):
    reader = notebook(page)
    solved = notebook(page, solutions=True)
    nbformat.validate(reader)
    code = [cell.source for cell in reader.cells if cell.cell_type == "code"]
    answers = [
        source
        for source in code
        if source.startswith(("# Your answer", "from practice"))
    ]
    exercises = page.markdown.count('??? question "')
    assert len(answers) == exercises, f"{page_name(page)}: one per exercise"
    solutions = {
        cell.source for cell in solved.cells if cell.cell_type == "code"
    } - set(code)
    assert len(solutions) >= exercises, f"{page_name(page)}: solutions missing"
