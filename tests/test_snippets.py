"""Every snippet runs with only NumPy and its helpers, prints the same twice,
and prints its stored output, under every BLAS kernel, thread count and SIMD
level too. `python3 tasks.py outputs` (--update-outputs) stores what the
snippets print after an intentional change."""

import platform
import subprocess
import sys

import pytest
from layout import ROOT, record_checked, snippets
from output_checks import (
    describe,
    kernels,
    missing_cpu_features,
    portability_configurations,
    portability_problems,
    run_in_one_process,
    snippet_problems,
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
def test_snippet_prints_its_stored_output(snippet, request, report):
    update = request.config.getoption("update_outputs")
    report(snippet_problems(snippet, update=update))
    record_checked(snippet)


@pytest.mark.parametrize(
    "configuration", portability_configurations(), ids=describe
)
def test_every_snippet_prints_the_same_under(configuration, report):
    """One process per configuration runs every snippet: NumPy is imported
    once, which keeps the dozen configurations within a few seconds."""
    missing = missing_cpu_features(configuration)
    if missing:
        pytest.skip(f"this CPU lacks {', '.join(missing)} for that kernel")
    report(portability_problems(configuration))


def test_each_kernel_of_the_portability_check_runs(report):
    """OPENBLAS_CORETYPE names a kernel; OpenBLAS falls back silently to
    another when it does not know the name, so ask threadpoolctl which
    kernel ran: distinct names must run distinct kernels (but Zen, which
    reuses Haswell's)."""
    runnable = [
        kernel
        for kernel in kernels()
        if not missing_cpu_features({"OPENBLAS_CORETYPE": kernel})
    ]
    if not runnable:
        pytest.skip(f"no OpenBLAS kernels listed for {platform.machine()}")
    ran = {}
    for kernel in runnable:
        machine, problems = run_in_one_process(
            [], {"OPENBLAS_CORETYPE": kernel}
        )
        report(problems)
        ran[kernel] = machine["kernel"]
    if not all(ran.values()):  # Accelerate on macOS, say: nothing to vary
        pytest.skip(f"NumPy's BLAS is not OpenBLAS: {ran}")
    expected = min(3, len(set(runnable) - {"Zen"}))
    assert len(set(ran.values())) >= expected, (
        f"requested kernel: kernel that ran {ran}. Update KERNELS in "
        "tools/output_checks.py with names this OpenBLAS knows."
    )
