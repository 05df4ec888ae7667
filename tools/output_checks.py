"""Checks that run code: every snippet prints its stored output, every
notebook runs top to bottom.

Like tools/page_checks.py, each check returns a list of problems that name a
file and say how to fix it, and takes the project root, so that
tests/test_safety_net.py can call it on a damaged copy.
"""

import difflib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from itertools import zip_longest

import nbformat
from layout import (
    REGENERATE,
    ROOT,
    imported_helpers,
    output_path,
    snippets,
)
from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
from page_checks import pages_showing

SNIPPET_TIMEOUT = float(os.environ.get("SNIPPET_TIMEOUT", "60"))
CELL_TIMEOUT = float(os.environ.get("NOTEBOOK_CELL_TIMEOUT", "60"))
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")

# Runs a snippet with no helper on the path but those in the working folder
# (the editable install puts snippets/ on every path, for contributors), and
# holds it to CONTRIBUTING's rule for printing arrays: a float array is
# printed only with np.set_printoptions(precision=4, suppress=True) set.
ISOLATED = """import os, runpy, sys, traceback
script, *hidden = sys.argv[1:]
sys.path[:] = [p for p in sys.path if os.path.realpath(p) not in hidden]
sys.argv = [script]
import numpy._core.arrayprint as arrayprint
formatter = arrayprint._get_format_function
def checked_formatter(data, **options):
    if data.dtype.kind in "fc" and (
        options["precision"] != 4 or not options["suppress"]
    ):
        stack = traceback.extract_stack()
        line = [frame.lineno for frame in stack if frame.filename == script]
        sys.stderr.write(
            f"line {line[-1] if line else '?'} prints a float array without "
            "np.set_printoptions(precision=4, suppress=True), which a "
            "snippet sets before it prints arrays (see CONTRIBUTING.md).\\n"
        )
    return formatter(data, **options)
arrayprint._get_format_function = checked_formatter
runpy.run_path(script, run_name="__main__")
"""


def run_snippet(snippet, folder, hash_seed, root=ROOT, timeout=SNIPPET_TIMEOUT):
    """Run a snippet as a reader would, from `folder`, which holds only the
    helpers it imports: (what it printed, or None; problems)."""
    name = snippet.relative_to(root).as_posix()
    hidden = {os.path.realpath(path / "snippets") for path in (ROOT, root)}
    env = {
        key: value for key, value in os.environ.items() if key != "PYTHONPATH"
    }
    env |= {"PYTHONHASHSEED": hash_seed, "PYTHONIOENCODING": "utf-8"}
    try:
        result = subprocess.run(
            [sys.executable, "-c", ISOLATED, str(snippet), *hidden],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, [
            f"{name} did not finish within {timeout:g} s. Does it loop "
            f"forever or wait for input? Run `python {name}` to see."
        ]
    if result.returncode != 0:
        return None, [
            f"{name} exited with status {result.returncode}:\n\n"
            f"{result.stderr}\n"
            f"Fix the snippet (run `python {name}`), then `{REGENERATE}` if "
            "its output changed on purpose."
        ]
    if result.stderr:
        return None, [
            f"{name} wrote to standard error:\n\n{result.stderr}\n"
            "A warning (such as NumPy's overflow warnings) usually means the "
            "example is wrong; fix its cause. Print what the page shows."
        ]
    if not result.stdout.strip():
        return None, [
            f"{name} printed nothing. A snippet prints what its page shows."
        ]
    return result.stdout, []


# The last bits of a float computation depend on the BLAS kernel (OpenBLAS
# picks one for the CPU), on how many threads share a product, and on which
# SIMD loops NumPy runs. A snippet must print the same under each of these.
KERNELS = {  # OPENBLAS_CORETYPE names, with the CPU features each needs
    "x86_64": {
        "Prescott": ("SSE3",),
        "Sandybridge": ("AVX",),
        "Haswell": ("AVX2", "FMA3"),
        "Zen": ("AVX2", "FMA3"),
        "SkylakeX": ("AVX512_SKX",),
    },
    "aarch64": {  # NEON only: kernels for SVE would need SVE
        "ARMV8": (),
        "CORTEXA53": (),
        "CORTEXA57": (),
        "NEOVERSEN1": (),
    },
}
KERNELS["amd64"], KERNELS["arm64"] = KERNELS["x86_64"], KERNELS["aarch64"]


def kernels():
    return KERNELS.get(platform.machine().lower(), {})


def missing_cpu_features(configuration):
    """What this CPU lacks to run the kernel `configuration` asks for (as
    NumPy detects it): forced onto such a CPU, a kernel would crash."""
    needed = kernels().get(configuration.get("OPENBLAS_CORETYPE"), ())
    return [feature for feature in needed if not __cpu_features__.get(feature)]


def portability_configurations():
    """Environments to run every snippet under: each kernel with one and
    with two threads, and NumPy's baseline SIMD loops alone."""
    baseline = {"NPY_DISABLE_CPU_FEATURES": " ".join(__cpu_dispatch__)}
    return [
        {"OPENBLAS_CORETYPE": kernel, "OPENBLAS_NUM_THREADS": threads}
        for kernel in kernels()
        for threads in ("1", "2")
    ] + [baseline | {"OPENBLAS_NUM_THREADS": n} for n in ("1", "2")]


def describe(configuration):
    return " ".join(f"{key}={value}" for key, value in configuration.items())


def run_in_one_process(paths, configuration, root=ROOT):
    """Run snippets in one process under `configuration` (environment
    variables): (what ran and printed, as tools/run_snippets.py reports it,
    or None; problems)."""
    env = os.environ | {
        "PYTHONHASHSEED": "1",
        "PYTHONIOENCODING": "utf-8",
        # An idle BLAS thread sleeps at once (after 2**4 cycles) instead of
        # spinning, which took a core from the other checks: how a product
        # is split between threads, and so its rounding, does not change.
        "OPENBLAS_THREAD_TIMEOUT": "4",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "run_snippets.py")]
        + [str(root / "snippets"), *map(str, paths)],
        env=env | configuration,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=SNIPPET_TIMEOUT * 4,
    )
    if result.returncode != 0:
        where = describe(configuration)
        return None, [
            f"Snippets could not run under {where}:\n\n{result.stderr}"
        ]
    return json.loads(result.stdout), []


def portability_problems(configuration, root=ROOT, paths=None):
    """Every snippet prints its stored output byte for byte under
    `configuration`: another BLAS kernel, thread count or SIMD level."""
    paths = paths or snippets(root)
    ran, problems = run_in_one_process(paths, configuration, root)
    if ran is None:
        return problems
    where = (
        f"{describe(configuration)} (BLAS kernel that ran: {ran['kernel']}; "
        f"SIMD extensions: {ran['simd']})"
    )
    for path in paths:
        name = path.relative_to(root).as_posix()
        output = output_path(path)
        if not output.exists():
            continue  # test_snippets creates it and says so
        printed = ran["outputs"][str(path)]
        if printed["error"]:
            problems.append(
                f"{name} fails or warns under {where}:\n\n{printed['error']}"
            )
            continue
        stored = output.read_bytes().decode("utf-8")
        if printed["stdout"] == stored:
            continue
        number, old, new = next(
            (number, old, new)
            for number, (old, new) in enumerate(
                zip_longest(
                    stored.splitlines(keepends=True),
                    printed["stdout"].splitlines(keepends=True),
                    fillvalue="(nothing)",
                ),
                start=1,
            )
            if old != new
        )
        problems.append(
            f"{name} prints another output under {where}, "
            f"line {number} of {output.relative_to(root).as_posix()}:\n"
            f"  stored:  {old!r}\n  printed: {new!r}\n"
            "Those digits are rounding noise: the last bits of every float "
            "computation change with the BLAS kernel, the thread count and "
            "the SIMD loops. Print a bound, not the noise: "
            "gradcheck.bound(error, threshold) for an error, digits that the "
            "mathematics fixes for a value."
        )
    return problems


def snippet_problems(snippet, root=ROOT, update=False, timeout=SNIPPET_TIMEOUT):
    """The snippet runs with only NumPy and the helpers it imports, and
    prints its stored output. With `update`, it runs twice (with different
    hash seeds) and a clean, repeatable output replaces the stored one."""
    printed, problems = printed_by(snippet, root, update, timeout)
    return problems or output_problems(snippet, printed, root, update)


def printed_by(snippet, root=ROOT, twice=False, timeout=SNIPPET_TIMEOUT):
    """What the snippet prints, run as a reader would (twice, with different
    hash seeds, if `twice`): (what it printed, or None; problems)."""
    name = snippet.relative_to(root).as_posix()
    with tempfile.TemporaryDirectory() as folder:
        for helper in imported_helpers(snippet, root):
            shutil.copy(helper, folder)
        printed, problems = run_snippet(snippet, folder, "1", root, timeout)
        if problems or not twice:
            return printed, problems
        again, problems = run_snippet(snippet, folder, "2", root, timeout)
        if problems:
            return None, problems
        if again != printed:
            return None, [
                f"{name} printed different output on a second run:\n\n"
                f"{diff(printed, again, 'first run', 'second run')}\n"
                "Make it deterministic: seed random numbers "
                "(np.random.default_rng(0)), avoid time, sets of strings "
                "and other run-dependent values."
            ]
    return printed, []


def output_problems(snippet, printed, root=ROOT, update=False, run="now"):
    """What `snippet` printed (in the run that `run` names) is its stored
    output; with `update`, or if it has none yet, it becomes the stored
    output."""
    name = snippet.relative_to(root).as_posix()
    if "np.float64(" in printed or "np.int64(" in printed:
        return [
            f"{name} prints a bare NumPy scalar repr such as np.float64(...). "
            "Print it with an f-string, e.g. f'{x:.4f}', or with float(x)."
        ]
    output = output_path(snippet, printed)
    stored = output.read_bytes() if output.exists() else None
    if stored == printed.encode("utf-8"):
        return []
    if update or stored is None:
        for old in {snippet.with_suffix(".out"), snippet.with_suffix(".svg")}:
            old.unlink(missing_ok=True)  # a picture that became text, ...
        output.write_bytes(printed.encode("utf-8"))
    if update:
        return []
    output_name = output.relative_to(root).as_posix()
    if stored is None:
        return [
            f"{output_name} did not exist and was created from what {name} "
            "prints. Read it, include it on the page next to the snippet, and "
            "run the tests again."
        ]
    shown_on = "\n".join(f"  {where}" for where in pages_showing(output, root))
    return [
        f"{output_name} differs from what {name} prints {run}. It is shown "
        f"on:\n{shown_on or '  (no page)'}\n\n"
        f"{diff(stored.decode('utf-8'), printed, 'stored', 'printed ' + run)}"
        f"\nIf the change is intended, run `{REGENERATE}`. Never edit an "
        "output file by hand. If the digits change from run to run, make the "
        "snippet deterministic (seed its random numbers)."
    ]


def diff(expected, printed, expected_name, printed_name):
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        printed.splitlines(keepends=True),
        expected_name,
        printed_name,
    )
    # A changed line ending is invisible in a diff: show it.
    return "".join(line.replace("\r", "\\r") for line in lines)


def printed_outputs_problems(cells, root, name):
    """Each cell that is a snippet (generated notebooks say which) printed
    the snippet's stored output: a second run, in another process with
    another hash seed, after the cells before it."""
    problems = []
    for cell in cells.cells:
        snippet = cell.metadata.get("snippet")
        if snippet and output_path(root / snippet).exists():
            printed = "".join(
                output.get("text", "")
                for output in cell.outputs
                if output.get("name") == "stdout"
            )
            problems += output_problems(
                root / snippet, printed, root, run=f"in {name}"
            )
    return problems


def notebook_problems(notebook, root=ROOT, timeout=CELL_TIMEOUT, name=None):
    """The notebook runs top to bottom in a fresh kernel."""
    # Imported here: Jupyter's client takes a fifth of a second to import,
    # in each pytest worker, most of which run no notebook.
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    name = name or notebook.relative_to(root).as_posix()
    cells = nbformat.read(notebook, as_version=4)
    client = NotebookClient(
        cells,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as raised:
        error = ANSI_COLOUR.sub("", str(raised))
    else:
        return printed_outputs_problems(cells, root, name)
    failing = next(
        (
            f"cell {number}"
            for number, cell in enumerate(cells.cells, start=1)
            for out in cell.get("outputs", [])
            if out.get("output_type") == "error"
        ),
        "a cell",  # a timeout leaves no error output
    )
    return [
        f"{name}: {failing} failed:\n\n{error}\n\n"
        "Open the notebook, run all cells, and fix the first error."
    ]
