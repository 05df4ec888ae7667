#!/usr/bin/env python3
"""Tasks for working on the site: `python3 tasks.py <task> [arguments]`.

Needs only Python 3.11.5 or newer. Every task first makes sure that .venv
holds exactly the pinned dependencies of requirements.txt, rebuilding it when
that file changes. Arguments after the task name go to the tool the task runs
(pytest, mkdocs, ruff, or the script in tools/).
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
INSTALLED = VENV / "installed.sha256"
LOCK_INPUTS = ("requirements.txt", "pyproject.toml")

# What must pass before any build: the snippets and the workbooks, whose
# outputs the pages show, and how the pages use them. (The pages' own
# notebooks are downloads without outputs; `test` runs them.)
CHECKS = [
    "tests/test_snippets.py",
    "tests/test_notebooks.py::test_workbook_runs_without_error",
    "tests/test_pages.py",
]

TASKS = {}


def task(function):
    TASKS[function.__name__] = function
    return function


def run(*command, success=(0,)):
    """Run a command from the project root; stop with its exit status unless
    that is one of `success`."""
    # Material prints an end-of-life banner on every build: known, see README.
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    status = subprocess.run(command, cwd=ROOT, env=env).returncode
    if status not in success:
        sys.exit(status)


def tool(name):
    return str(BIN / name)


def ensure_environment():
    wanted = hashlib.sha256(
        b"".join((ROOT / name).read_bytes() for name in LOCK_INPUTS)
    ).hexdigest()
    if INSTALLED.exists() and INSTALLED.read_text() == wanted:
        return
    if sys.version_info < (3, 11, 5):
        sys.exit(
            f"Python 3.11.5 or newer is needed, not {sys.version.split()[0]}."
        )
    print(f"Installing the pinned dependencies into {VENV.name}/ ...")
    # A fresh environment each time the lock changes: packages dropped from
    # the lock go too.
    venv.create(VENV, with_pip=True, clear=True)
    python = tool("python")
    run(python, "-m", "pip", "install", "--quiet", "-r", "requirements.txt")
    # Puts snippets/ and tools/ on the path: `python snippets/<page>/<claim>.py`
    # finds its helpers, and the hooks find tools/layout.py.
    run(python, "-m", "pip", "install", "--quiet", "--no-deps", "-e", ".")
    # mkdocs-jupyter caches executed notebooks by their text alone: new
    # packages must run them again.
    shutil.rmtree(ROOT / ".cache" / "mkdocs-jupyter", ignore_errors=True)
    INSTALLED.write_text(wanted)


@task
def check(*arguments):
    """Check what changed since the last check (--all: everything):
    snippets, notebooks and pages, what every build requires."""
    if "--all" in arguments:
        arguments = [argument for argument in arguments if argument != "--all"]
        run(tool("python"), "-m", "pytest", *CHECKS, *arguments)
        return
    sys.path.insert(0, str(ROOT / "tools"))
    from layout import changed_subjects

    changed, everything = changed_subjects(ROOT)
    skipped = len(everything) - len(changed)
    print(
        f"check: {len(changed)} of {len(everything)} checks to run, {skipped} "
        "skipped (passed, and nothing they read changed since); "
        "`python3 tasks.py check --all` runs every one."
    )
    if changed:
        # Starting workers costs more than running a few checks.
        workers = ["--numprocesses=0"] if len(changed) <= 4 else []
        run(
            tool("python"),
            "-m",
            "pytest",
            *CHECKS,
            "--changed-only",
            *workers,
            *arguments,
            # pytest's "no tests collected": a running preview recorded the
            # changed checks as passed meanwhile, leaving nothing to run.
            success=(0, 5),
        )


@task
def serve(*arguments):
    """Serve the site on 127.0.0.1:8000; pages reload as you edit them, and
    show what an edited snippet prints, marked until it is stored."""
    # The server takes this process's place: a signal sent to it stops it.
    python = tool("python")
    os.chdir(ROOT)
    os.execve(
        python,
        [python, "tools/preview.py", *arguments],
        os.environ | {"NO_MKDOCS_2_WARNING": "1"},
    )


@task
def test(*arguments):
    """Run the tests, all but the sweep (about a minute)."""
    run(tool("python"), "-m", "pytest", *arguments)


@task
def sweep(*arguments):
    """Sweep every page: in Chromium (axe-core, keyboard), as a notebook."""
    run(tool("python"), "-m", "pytest", "-m", "sweep", *arguments)


@task
def build(*arguments):
    """Check, then build the site into site/."""
    check("--quiet")
    run(tool("mkdocs"), "build", "--strict", *arguments)


@task
def deploy(*arguments):
    """Check, then publish the site to GitHub Pages (mkdocs gh-deploy)."""
    check("--quiet")
    run(tool("mkdocs"), "gh-deploy", "--force", *arguments)


@task
def outputs(*arguments):
    """Rewrite stored snippet outputs after an intentional change (-k claim)."""
    stored = {path: path.read_bytes() for path in outputs_stored()}
    run(
        tool("python"),
        "-m",
        "pytest",
        # only the test that stores outputs: the others check them
        "tests/test_snippets.py::test_snippet_prints_its_stored_output",
        "--update-outputs",
        *arguments,
    )
    written = [
        path.relative_to(ROOT).as_posix()
        for path in outputs_stored()
        if stored.get(path) != path.read_bytes()
    ]
    if written:
        print(f"outputs: wrote {', '.join(written)}; read what changed.")
    else:
        print(
            "outputs: every stored output already was what its snippet prints."
        )


def outputs_stored():
    """What snippets printed (.out) or drew (.svg), as stored."""
    return [
        path
        for path in sorted((ROOT / "snippets").rglob("*"))
        if path.suffix in (".out", ".svg")
    ]


@task
def bench(*arguments):
    """Benchmark build-time KaTeX against the MathJax recipe (Chromium)."""
    run(tool("python"), "tools/bench_math.py", *arguments)


@task
def pdf(*arguments):
    """Print a built site's whole-book page to a PDF with Chromium."""
    run(tool("python"), "tools/print_pdf.py", *arguments)


@task
def strip(*arguments):
    """Remove outputs from the notebooks in docs/ before committing them."""
    notebooks = [str(path) for path in sorted((ROOT / "docs").rglob("*.ipynb"))]
    run(tool("jupyter"), "nbconvert", "--clear-output", "--inplace", *notebooks)


@task
def lint(*arguments):
    """Check formatting and lint with ruff; audit the CI workflow (zizmor)."""
    run(tool("ruff"), "format", "--check", ".")
    run(tool("ruff"), "check", ".", *arguments)
    run(tool("zizmor"), "--offline", "--no-progress", ".github/workflows")


@task
def format(*arguments):
    """Format and fix what ruff can fix."""
    run(tool("ruff"), "format", ".")
    run(tool("ruff"), "check", "--fix", ".", *arguments)


@task
def lock(*arguments):
    """Re-resolve requirements.txt (--upgrade: to the newest releases)."""
    run(
        tool("uv"),
        "pip",
        "compile",
        "pyproject.toml",
        "--group",
        "test",
        "--group",
        "dev",
        "--universal",
        "--fork-strategy",  # one version of each package on every Python
        "fewest",
        "--python-version",
        "3.11.5",
        "--generate-hashes",
        "--output-file",
        "requirements.txt",
        *arguments,
    )


@task
def vendor(*arguments):
    """Download the pinned KaTeX or axe-core from the npm registry."""
    run(tool("python"), "tools/vendor.py", *arguments)


def usage():
    width = max(map(len, TASKS))
    lines = [f"  {name:<{width}}  {TASKS[name].__doc__}" for name in TASKS]
    return "usage: python3 tasks.py <task> [arguments]\n\n" + "\n".join(lines)


def main(name=None, *arguments):
    if name not in TASKS:
        print(usage())
        sys.exit(0 if name in (None, "help", "-h", "--help") else 2)
    ensure_environment()
    TASKS[name](*arguments)


if __name__ == "__main__":
    main(*sys.argv[1:])
