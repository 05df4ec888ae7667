"""Every snippet runs with only NumPy and its helpers, prints the same twice,
and prints its stored output. `python3 tasks.py outputs` (--update-outputs)
stores what the snippets print after an intentional change."""

import subprocess
import sys

import pytest
from layout import ROOT, record_checked, snippets
from output_checks import snippet_problems


def test_helpers_import_without_pythonpath():
    """`python snippets/<page>/<claim>.py` finds snippets/gradcheck.py."""
    result = subprocess.run(
        [sys.executable, "-c", "import gradcheck; print(gradcheck.__file__)"],
        cwd=ROOT / "docs",  # anywhere but the snippets folder
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        f"{result.stderr}\nThe helpers are importable after `pip install -e .`"
        ", which `python3 tasks.py` runs when it sets up .venv."
    )
    assert result.stdout.strip() == str(ROOT / "snippets" / "gradcheck.py")


@pytest.mark.parametrize(
    "snippet", snippets(), ids=lambda path: path.relative_to(ROOT).as_posix()
)
def test_snippet_prints_its_stored_output(snippet, request, report):
    update = request.config.getoption("update_outputs")
    report(snippet_problems(snippet, update=update))
    record_checked(snippet)
