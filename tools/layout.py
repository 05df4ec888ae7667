"""Where everything lives, and the record of what pytest has checked.

A page, its snippets and their outputs share one key: docs/<page>.md shows
snippets/<page>/<claim>.py and what it prints, snippets/<page>/<claim>.out
(.svg for a figure); helper modules sit in snippets/ itself. The hooks, the
tests, tasks.py and the tools all ask this module, so that the layout is
written down once. Every function takes the project root, so that the safety
net can point it at a damaged copy.
"""

import ast
import functools
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "python3 tasks.py outputs"
KATEX = ROOT / "vendor" / "katex"  # the renderer, its stylesheet and fonts
OUTPUT_SUFFIXES = (".out", ".svg")
# Made by tools, never copied with the project: a copy starts unchecked.
GENERATED = {".git", ".venv", ".cache", ".pytest_cache", ".ruff_cache", "site"}
SCRATCH = ("__pycache__", ".ipynb_checkpoints")
# Set by the tests while they build the site: the same run checks outputs.
SKIP_CHECKED_GATE = "OUTPUTS_CHECKED_IN_THIS_RUN"
# Set by `tasks.py serve` (tools/preview.py): the build runs what changed and
# shows it, marked as not stored, instead of refusing.
PREVIEW = "PREVIEW_UNCHECKED_OUTPUTS"


def snippets(root=ROOT):
    """Runnable snippets: snippets/<page>/<claim>.py."""
    return sorted((root / "snippets").glob("*/*.py"))


def helpers(root=ROOT):
    """Modules that snippets import: snippets/<name>.py."""
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


def pages(root=ROOT):
    """Markdown the site shows: docs/, and CONTRIBUTING.md as a page."""
    return [*sorted((root / "docs").rglob("*.md")), root / "CONTRIBUTING.md"]


def root_of(config):
    """The project a MkDocs configuration belongs to: its mkdocs.yml's
    folder."""
    return Path(config.config_file_path).resolve().parent


def output_path(snippet, printed=None):
    """Where a snippet's output lives: .svg if it prints a picture, else .out.

    Without `printed`, the stored file is looked up.
    """
    if printed is None:
        picture = snippet.with_suffix(".svg")
        return picture if picture.exists() else snippet.with_suffix(".out")
    is_picture = printed.lstrip().startswith("<svg")
    return snippet.with_suffix(".svg" if is_picture else ".out")


def previewing():
    return os.environ.get(PREVIEW) == "1"


def preview_path(snippet, kind, root=ROOT):
    """While serving, what an unchecked snippet printed now (`kind` "out")
    or why it failed ("error"): .cache/preview/<page>/<claim>.<kind>."""
    relative = snippet.relative_to(root / "snippets").with_suffix(f".{kind}")
    return root / ".cache" / "preview" / relative


def copy_project(target, root=ROOT):
    """Copy the project's sources to `target`, without anything generated."""

    def ignore(folder, names):
        top = GENERATED if Path(folder) == root else set()
        return top | shutil.ignore_patterns(*SCRATCH)(folder, names)

    shutil.copytree(root, target, ignore=ignore)
    return target


def sources_digest(root=ROOT):
    """A fingerprint of the project's own files: what copy_project copies."""
    digest = hashlib.sha256()
    for folder, names, files in os.walk(root):
        top = GENERATED if Path(folder) == root else set()
        names[:] = sorted(set(names) - top - set(SCRATCH))
        for name in sorted(files):
            path = Path(folder) / name
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_site(root, site_dir, *arguments, env=None):
    """`mkdocs build --strict` of the project at root: (exit status, log)."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"]
        + ["--site-dir", str(site_dir), *arguments],
        cwd=root,
        # Material prints an end-of-life banner on every build (see README).
        env=(env or os.environ) | {"NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stderr


# --- the record of what passed its check ------------------------------------
#
# After pytest finds that a snippet prints exactly its stored output (or that
# a notebook runs, or that the pages fit their snippets), it records a
# fingerprint of every file that decided the result. The build hook refuses
# any snippet or notebook whose fingerprint no longer matches: an edit since
# the last check. `tasks.py check` re-runs only the checks whose fingerprint
# changed.

# The subject of the page checks (tools/page_checks.py): the pages, and all
# they show, as one.
PAGES = "pages"


def executables(root=ROOT):
    return snippets(root) + notebooks(root)


def subjects(root=ROOT):
    """What `tasks.py check` checks, each recorded on its own."""
    return [*executables(root), PAGES]


def inputs(subject, root=ROOT):
    """The files that decide a check's result. A snippet's or notebook's:
    itself, its stored output, the helpers it may import, and the lock file.
    The pages': every page and everything it may show."""
    if subject == PAGES:
        return [
            *pages(root),
            *notebooks(root),
            *snippets(root),
            *outputs(root),
            *helpers(root),
        ]
    found = [subject, root / "requirements.txt", *helpers(root)]
    if subject.suffix == ".py":
        found.append(output_path(subject))
    return found


def fingerprint(subject, root=ROOT):
    digest = hashlib.sha256()
    for path in sorted(set(inputs(subject, root))):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


def record_path(subject, root=ROOT):
    name = subject
    if subject != PAGES:
        name = subject.relative_to(root).as_posix().replace("/", "__")
    return root / ".cache" / "checked-outputs" / name


def record_checked(*checked, root=ROOT):
    """Called by the tests after each subject in `checked` passed its check.
    One record per subject, so a new check replaces the old one; records of
    deleted files go too (looked for once per call: the safety net records
    every snippet at once)."""
    folder = record_path(PAGES, root).parent
    folder.mkdir(parents=True, exist_ok=True)
    for subject in checked:
        record_path(subject, root).write_text(fingerprint(subject, root))
    current = {record_path(each, root) for each in subjects(root)}
    for stale in set(folder.iterdir()) - current:
        stale.unlink(missing_ok=True)  # another worker may prune it too


def is_checked(subject, root=ROOT):
    """Whether `subject` passed its check and nothing it reads changed."""
    record = record_path(subject, root)
    return record.exists() and record.read_text() == fingerprint(subject, root)


def unchecked(root=ROOT):
    """Snippets and notebooks edited since pytest last checked them."""
    return [path for path in executables(root) if not is_checked(path, root)]


def changed_subjects(root=ROOT):
    """What `tasks.py check` must run again: (changed, all subjects)."""
    everything = subjects(root)
    return [s for s in everything if not is_checked(s, root)], everything


def imported_helpers(script, root=ROOT):
    """The helper modules a script imports, directly or through another
    helper: what a reader needs beside it, besides NumPy."""
    available = {path.stem: path for path in helpers(root)}
    needed, queue = {}, [script]
    while queue:
        for name in imports(queue.pop().read_text(encoding="utf-8")):
            if name in available and name not in needed:
                needed[name] = available[name]
                queue.append(available[name])
    return sorted(needed.values())


@functools.cache  # by source text: a build asks for each file many times
def imports(source):
    """The top-level module names a Python source imports."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.append(node.module.split(".")[0])
    return tuple(names)
