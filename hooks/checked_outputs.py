"""Refuse to build the site from outputs that pytest has not checked; while
serving, run them and show what they print instead (tools/preview.py).

The tests record a fingerprint of every snippet and notebook they check (see
tools/layout.py); before each build this hook compares the fingerprints with
the files. A snippet, output, helper or notebook edited since its last check
stops the build, named. Hashing a few hundred small files costs milliseconds,
so `mkdocs serve` stays quick.
"""

import os

from layout import (
    REGENERATE,
    SKIP_CHECKED_GATE,
    previewing,
    root_of,
    unchecked,
)
from mkdocs.exceptions import PluginError


def on_pre_build(config):
    if os.environ.get(SKIP_CHECKED_GATE) == "1":
        return
    root = root_of(config)
    if previewing():
        from preview import run_changed_snippets

        run_changed_snippets(root)
        return
    stale = unchecked(root)
    if stale:
        names = "\n".join(f"  {path.relative_to(root)}" for path in stale)
        raise PluginError(
            "These files changed since pytest last checked what they print:\n"
            f"{names}\n"
            f"Run `{REGENERATE}` after an intentional change to a snippet, or "
            "`python3 tasks.py check` to check them; never edit an output "
            "file by hand."
        )
