"""Every notebook runs top to bottom without an error, in a fresh kernel."""

import os
import re

import nbformat
import pytest
from checked_outputs import ROOT, notebooks, record_checked
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
CELL_TIMEOUT = float(os.environ.get("NOTEBOOK_CELL_TIMEOUT", "60"))


@pytest.mark.parametrize(
    "notebook", notebooks(), ids=lambda path: path.relative_to(ROOT).as_posix()
)
def test_notebook_runs_without_error(notebook):
    name = notebook.relative_to(ROOT).as_posix()
    cells = nbformat.read(notebook, as_version=4)
    client = NotebookClient(
        cells,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    try:
        client.execute()
        error = None
    except (CellExecutionError, CellTimeoutError) as raised:
        error = ANSI_COLOUR.sub("", str(raised))
    if error:
        failing = next(
            (
                f"cell {number}"
                for number, cell in enumerate(cells.cells, start=1)
                for out in cell.get("outputs", [])
                if out.get("output_type") == "error"
            ),
            "a cell",  # a timeout leaves no error output
        )
        pytest.fail(
            f"{name}: {failing} failed:\n\n{error}\n\n"
            "Open the notebook, run all cells, and fix the first error.",
            pytrace=False,
        )
    record_checked(notebook)
