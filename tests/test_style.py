"""Snippets, tests and tools are linted and formatted like production code."""

import subprocess
import sys

import pytest
from layout import ROOT


@pytest.mark.parametrize(
    "command",
    [["format", "--check", "--diff"], ["check", "--output-format=concise"]],
    ids=["ruff format", "ruff check"],
)
def test_ruff(command):
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(
            f"{result.stdout}{result.stderr}\n"
            "Run `python3 tasks.py format` to fix what can be fixed.",
            pytrace=False,
        )
