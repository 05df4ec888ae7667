"""Refuse to build the site from outputs that pytest has not checked.

Whenever pytest runs a snippet and finds that it prints exactly its stored
output (or runs a notebook without error), it records a fingerprint of every
file that went into that result. Before each build this hook recomputes the
fingerprints; a snippet, output, helper or notebook edited since its last
check has no record, and the build stops naming it. Hashing a few dozen small
files costs milliseconds, so `mkdocs serve` stays quick.

The tests in tests/ import this module: it is the one place that says which
files are executable and where their outputs live.
"""

import hashlib
import os
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[1]
OUTPUT_SUFFIXES = (".out", ".svg")
SKIP_VARIABLE = "OUTPUTS_CHECKED_IN_THIS_RUN"


def snippets(root=ROOT):
    """Runnable snippets: snippets/<page>/<claim>.py."""
    return sorted((root / "snippets").glob("*/*.py"))


def helpers(root=ROOT):
    """Importable helper modules: snippets/<name>.py."""
    return sorted((root / "snippets").glob("*.py"))


def outputs(root=ROOT):
    return sorted(
        path
        for suffix in OUTPUT_SUFFIXES
        for path in (root / "snippets").glob(f"*/*{suffix}")
    )


def notebooks(root=ROOT):
    return sorted(
        path
        for path in (root / "docs").rglob("*.ipynb")
        if ".ipynb_checkpoints" not in path.parts
    )


def output_path(snippet, printed=None):
    """Where a snippet's output lives: .svg if it prints a picture, else .out.

    Without `printed`, the stored file is looked up.
    """
    if printed is None:
        picture = snippet.with_suffix(".svg")
        return picture if picture.exists() else snippet.with_suffix(".out")
    is_picture = printed.lstrip().startswith("<svg")
    return snippet.with_suffix(".svg" if is_picture else ".out")


def fingerprint(executable, root=ROOT):
    """Hash of everything that decides what `executable` prints: itself, its
    stored output, the modules and data beside it, the helpers, the lock."""
    inputs = [executable, root / "requirements.txt", *helpers(root)]
    if executable.suffix == ".py":
        neighbours = [
            path
            for path in executable.parent.iterdir()
            if path.is_file() and path.suffix not in OUTPUT_SUFFIXES
        ]
        inputs += [output_path(executable), *neighbours]
    digest = hashlib.sha256()
    for path in sorted(set(inputs)):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


def records(root=ROOT):
    return root / ".cache" / "checked-outputs"


def record_checked(executable, root=ROOT):
    """Called by the tests after `executable` passed its check."""
    folder = records(root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / fingerprint(executable, root)).touch()


def unchecked(root=ROOT):
    folder = records(root)
    return [
        path
        for path in snippets(root) + notebooks(root)
        if not (folder / fingerprint(path, root)).exists()
    ]


def on_pre_build(config):
    if os.environ.get(SKIP_VARIABLE) == "1":
        return
    stale = unchecked()
    if stale:
        names = "\n".join(f"  {path.relative_to(ROOT)}" for path in stale)
        raise PluginError(
            "These files changed since pytest last checked what they print:\n"
            f"{names}\n"
            "Run `python3 tasks.py outputs` after an intentional change to a "
            "snippet, or `python3 tasks.py check` to check them; never edit "
            "an output file by hand."
        )
