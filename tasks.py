#!/usr/bin/env python3
"""Tasks for working on the site: `python3 tasks.py <task> [arguments]`.

Needs only Python 3.11.5 or newer. Every task first makes sure that .venv
exists and holds the pinned dependencies of requirements.txt, creating or
updating it when that file changes. Arguments after the task name go to the
tool the task runs (pytest or mkdocs).
"""

import base64
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
INSTALLED = VENV / "installed.sha256"
LOCK_INPUTS = ("requirements.txt", "pyproject.toml")

# What must pass before any build: snippets, notebooks and how pages use them.
CHECKS = [
    "tests/test_snippets.py",
    "tests/test_notebooks.py",
    "tests/test_pages.py",
]

# KaTeX from the npm registry: the renderer the build runs, and the CSS and
# fonts pages load. Change both lines together, then run `tasks.py katex`.
KATEX_VERSION = "0.19.1"
KATEX_INTEGRITY = (
    "sha512-jG8uKntjSEcm2EpQOh0XturpPuuC9r3Sq5HLHdsFdWZT27E672SF19QEi"
    "+of0/YeOy15lDgRhKvr5614uRrEfA=="
)
KATEX_FOLDER = ROOT / "vendor" / "katex"

TASKS = {}


def task(function):
    TASKS[function.__name__] = function
    return function


def run(*command):
    """Run a command from the project root; stop with its exit status."""
    # Material prints an end-of-life banner on every build: known, see README.
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    status = subprocess.run(command, cwd=ROOT, env=env).returncode
    if status != 0:
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
    venv.create(VENV, with_pip=True)
    python = tool("python")
    run(python, "-m", "pip", "install", "--quiet", "-r", "requirements.txt")
    # Puts snippets/ on the path, so `python snippets/<page>/<claim>.py` runs.
    run(python, "-m", "pip", "install", "--quiet", "--no-deps", "-e", ".")
    # mkdocs-jupyter caches executed notebooks by their text alone: new
    # packages must run them again.
    shutil.rmtree(ROOT / ".cache" / "mkdocs-jupyter", ignore_errors=True)
    INSTALLED.write_text(wanted)


@task
def check(*arguments):
    """Check snippets, notebooks and pages: what every build requires."""
    run(tool("python"), "-m", "pytest", *CHECKS, *arguments)


@task
def serve(*arguments):
    """Check, then serve the site with live reload on 127.0.0.1:8000."""
    check("--quiet")
    run(tool("mkdocs"), "serve", "--livereload", *arguments)


@task
def test(*arguments):
    """Run the whole test suite."""
    run(tool("python"), "-m", "pytest", *arguments)


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
    """Rewrite the stored snippet outputs after an intentional change."""
    run(
        tool("python"),
        "-m",
        "pytest",
        "tests/test_snippets.py",
        "--regen-all",
        *arguments,
    )


@task
def bench(*arguments):
    """Benchmark build-time KaTeX against the MathJax recipe (Chromium)."""
    run(tool("python"), "tools/bench_math.py", *arguments)


@task
def strip(*arguments):
    """Remove outputs from the notebooks in docs/ before committing them."""
    notebooks = [str(path) for path in sorted((ROOT / "docs").rglob("*.ipynb"))]
    run(tool("jupyter"), "nbconvert", "--clear-output", "--inplace", *notebooks)


@task
def lint(*arguments):
    """Check formatting and lint with ruff."""
    run(tool("ruff"), "format", "--check", ".")
    run(tool("ruff"), "check", ".", *arguments)


@task
def format(*arguments):
    """Format and fix what ruff can fix."""
    run(tool("ruff"), "format", ".")
    run(tool("ruff"), "check", "--fix", ".", *arguments)


@task
def lock(*arguments):
    """Re-resolve requirements.txt from pyproject.toml (needs uv)."""
    run(
        "uv",
        "pip",
        "compile",
        "pyproject.toml",
        "--universal",
        "--python-version",
        "3.11.5",
        "--generate-hashes",
        "--output-file",
        "requirements.txt",
        *arguments,
    )


def npm_package(name, version, integrity):
    """A package's tarball from the npm registry, checked against the
    registry's published integrity hash; stops if it does not match."""
    url = f"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz"
    tarball = urllib.request.urlopen(url, timeout=120).read()
    digest = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if f"sha512-{digest}" != integrity:
        sys.exit(f"{url} does not match its pinned integrity hash.")
    return tarfile.open(fileobj=io.BytesIO(tarball))


@task
def katex(*arguments):
    """Download the pinned KaTeX from the npm registry into vendor/katex/."""
    wanted = {"package/LICENSE": "LICENSE"}
    with npm_package("katex", KATEX_VERSION, KATEX_INTEGRITY) as archive:
        for member in archive.getmembers():
            name = member.name.removeprefix("package/dist/")
            if name in ("katex.min.js", "katex.min.css") or (
                name.startswith("fonts/") and name.endswith(".woff2")
            ):
                wanted[member.name] = name
        sums = [f"# katex {KATEX_VERSION} {KATEX_INTEGRITY}"]
        for member_name, name in sorted(wanted.items(), key=lambda i: i[1]):
            data = archive.extractfile(member_name).read()
            target = KATEX_FOLDER / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            sums.append(f"{hashlib.sha256(data).hexdigest()}  {name}")
    (KATEX_FOLDER / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    print(f"KaTeX {KATEX_VERSION}: {len(wanted)} files in {KATEX_FOLDER}")


def usage():
    width = max(map(len, TASKS))
    lines = [f"  {name:<{width}}  {TASKS[name].__doc__}" for name in TASKS]
    return "usage: python3 tasks.py <task> [arguments]\n\n" + "\n".join(lines)


def main(name=None, *arguments):
    if name not in TASKS:
        print(usage())
        sys.exit(0 if name in (None, "help", "-h", "--help") else 2)
    if name not in ("lock", "katex"):
        ensure_environment()
    TASKS[name](*arguments)


if __name__ == "__main__":
    main(*sys.argv[1:])
