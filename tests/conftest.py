import json
import os
import subprocess
import sys

import pytest
from checked_outputs import ROOT, SKIP_VARIABLE
from filelock import FileLock


def build_site(root, site_dir):
    """`mkdocs build --strict` of the project at root: (exit status, log)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            site_dir,
        ],
        cwd=root,
        # The snippet and notebook tests of this same run check the outputs.
        env=os.environ | {SKIP_VARIABLE: "1", "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stderr


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, worker_id):
    """The site, built once per run even when xdist runs several workers."""
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent
    site, outcome = shared / "site", shared / "site-build.json"
    with FileLock(shared / "site-build.lock"):
        if not outcome.exists():
            status, log = build_site(ROOT, str(site))
            outcome.write_text(json.dumps({"status": status, "log": log}))
    result = json.loads(outcome.read_text())
    if result["status"] != 0:
        pytest.fail(
            f"mkdocs build --strict failed:\n\n{result['log']}", pytrace=False
        )
    return site
