"""Every snippet runs, prints the same twice, and prints its stored output.

After an intentional change, `python3 tasks.py outputs` rewrites the stored
outputs (pytest-regressions' --regen-all). The only other write is the first
output of a new snippet, which the test creates and then fails once, so that
someone reads it.
"""

import difflib
import os
import subprocess
import sys

import pytest
from checked_outputs import ROOT, output_path, record_checked, snippets
from project import pages_showing

TIMEOUT = float(os.environ.get("SNIPPET_TIMEOUT", "60"))
REGENERATE = "python3 tasks.py outputs"


def run(snippet, hash_seed, folder):
    """Run a snippet as a reader would: python snippets/<page>/<claim>.py.

    It runs in `folder`, a scratch directory, so that a file it writes by
    mistake cannot land in the repository.
    """
    name = snippet.relative_to(ROOT).as_posix()
    env = os.environ | {
        "PYTHONPATH": str(ROOT / "snippets"),  # this checkout's helpers
        "PYTHONHASHSEED": hash_seed,  # set and dict order of strings
        "PYTHONIOENCODING": "utf-8",
    }
    try:
        result = subprocess.run(
            [sys.executable, str(snippet)],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"{name} did not finish within {TIMEOUT:g} s. Does it loop forever "
            f"or wait for input? Run `python {name}` to see.",
            pytrace=False,
        )
    if result.returncode != 0:
        pytest.fail(
            f"{name} exited with status {result.returncode}:\n\n"
            f"{result.stderr}\n"
            f"Fix the snippet (run `python {name}`), then `{REGENERATE}` if "
            "its output changed on purpose.",
            pytrace=False,
        )
    if result.stderr:
        pytest.fail(
            f"{name} wrote to standard error:\n\n{result.stderr}\n"
            "A warning (such as NumPy's overflow warnings) usually means the "
            "example is wrong; fix its cause. Print what the page shows.",
            pytrace=False,
        )
    if not result.stdout.strip():
        pytest.fail(
            f"{name} printed nothing. A snippet prints what its page shows.",
            pytrace=False,
        )
    return result.stdout


def diff(expected, printed, expected_name, printed_name):
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            printed.splitlines(keepends=True),
            expected_name,
            printed_name,
        )
    )


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
def test_snippet_prints_its_stored_output(
    snippet, file_regression, request, tmp_path
):
    name = snippet.relative_to(ROOT).as_posix()
    printed = run(snippet, hash_seed="1", folder=tmp_path)

    again = run(snippet, hash_seed="2", folder=tmp_path)
    if again != printed:
        pytest.fail(
            f"{name} printed different output on a second run:\n\n"
            f"{diff(printed, again, 'first run', 'second run')}\n"
            "Make it deterministic: seed random numbers "
            "(np.random.default_rng(0)), avoid time, sets of strings and "
            "other run-dependent values.",
            pytrace=False,
        )
    if "np.float64(" in printed or "np.int64(" in printed:
        pytest.fail(
            f"{name} prints a bare NumPy scalar repr such as np.float64(...). "
            "Print it with an f-string, e.g. f'{x:.4f}', or with float(x).",
            pytrace=False,
        )

    output = output_path(snippet, printed)
    created, stale = not output.exists(), False
    try:
        file_regression.check(printed, fullpath=output)
    except AssertionError:  # pytest-regressions found a difference
        stale = True
    except pytest.fail.Exception:
        if not created:
            raise
    # pytest-regressions compares lines; a changed line ending or final
    # newline is a hand edit too.
    stale = stale or output.read_bytes() != printed.encode("utf-8")
    if created and not request.config.getoption("regen_all"):
        pytest.fail(
            f"{output.relative_to(ROOT)} did not exist and was created from "
            f"what {name} prints. Read it, include it on the page next to the "
            "snippet, and run the tests again.",
            pytrace=False,
        )
    if stale:
        stored = output.read_text(encoding="utf-8")
        shown_on = "\n".join(
            f"  {where}" for where in pages_showing(output, ROOT)
        )
        pytest.fail(
            f"{output.relative_to(ROOT)} differs from what {name} prints "
            f"now. It is shown on:\n{shown_on or '  (no page)'}\n\n"
            f"{diff(stored, printed, 'stored', 'printed now')}\n"
            f"If the change is intended, run `{REGENERATE}`. "
            "Never edit an output file by hand.",
            pytrace=False,
        )
    record_checked(snippet)
