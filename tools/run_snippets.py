"""Run snippets one after another in this one process and print, as JSON,
the BLAS kernel and SIMD extensions that ran and what each snippet printed:
{"kernel": ..., "simd": ..., "outputs": {path: {"stdout": ..., "error": ...}}}.

The portability check (tools/output_checks.py) starts it once per BLAS
kernel, thread count and SIMD level, so NumPy is imported once per
configuration rather than once per snippet. Each snippet starts from
NumPy's default print options, as in a fresh process.

Usage: python tools/run_snippets.py <snippets folder> <snippet.py> ...
"""

import contextlib
import io
import json
import runpy
import sys
import traceback
import warnings

import numpy as np
from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
from threadpoolctl import threadpool_info


def run_all(helpers, paths):
    sys.path.insert(0, helpers)
    defaults = np.get_printoptions()
    results = {}
    for path in paths:
        np.set_printoptions(**defaults)
        stdout, stderr = io.StringIO(), io.StringIO()
        error = ""
        with (
            contextlib.redirect_stdout(stdout),
            contextlib.redirect_stderr(stderr),
            warnings.catch_warnings(),
        ):
            warnings.simplefilter("default")  # shown, as in a fresh process
            try:
                runpy.run_path(path, run_name="__main__")
            except BaseException:  # a failed assert or sys.exit: report it
                error = traceback.format_exc()
        results[path] = {"stdout": stdout.getvalue(), "error": error}
        results[path]["error"] += stderr.getvalue()
    return results


def blas_kernel():
    """The BLAS library and the kernel it runs, as threadpoolctl finds them:
    OpenBLAS ignores an OPENBLAS_CORETYPE it cannot use."""
    return ", ".join(
        f"{pool['internal_api']} {pool.get('architecture')}"
        for pool in threadpool_info()
        if pool["user_api"] == "blas"
    )


def simd_extensions():
    """The SIMD extensions beyond NumPy's baseline that its loops use here
    (NPY_DISABLE_CPU_FEATURES turns them off), as np.show_runtime() lists."""
    used = [name for name in __cpu_dispatch__ if __cpu_features__.get(name)]
    return " ".join(used) or "baseline only"


if __name__ == "__main__":
    helpers, *paths = sys.argv[1:]
    outputs = run_all(helpers, paths)
    machine = {"kernel": blas_kernel(), "simd": simd_extensions()}
    json.dump(machine | {"outputs": outputs}, sys.stdout)
