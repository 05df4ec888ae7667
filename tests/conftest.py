import json
import os

# The site's matrices are tiny: BLAS threads would only spin, on every core,
# in every snippet, notebook and worker this run starts.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytest
from filelock import FileLock
from layout import ROOT, SKIP_CHECKED_GATE, build_site


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="store what each snippet prints as its output (tasks.py outputs)",
    )


def pytest_collection_modifyitems(items):
    """Browser tests last: they wait for the site's build, which the first
    test that needs it starts while the other workers check snippets."""
    items.sort(key=lambda item: item.path.name == "test_browser.py")


def report(problems):
    """Fail with every problem a check found, without a traceback."""
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, worker_id):
    """The site, built once per run even when xdist runs several workers.
    The snippet and notebook tests of this same run check the outputs.
    With SITE_DIR set (as in CI), the site stays there: the tested site is
    the one that is published."""
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent
    site = ROOT / os.environ["SITE_DIR"] if "SITE_DIR" in os.environ else None
    site, outcome = site or shared / "site", shared / "site-build.json"
    with FileLock(shared / "site-build.lock"):
        if not outcome.exists():
            status, log = build_site(
                ROOT, site, env=os.environ | {SKIP_CHECKED_GATE: "1"}
            )
            outcome.write_text(json.dumps({"status": status, "log": log}))
    result = json.loads(outcome.read_text())
    if result["status"] != 0:
        pytest.fail(
            f"mkdocs build --strict failed:\n\n{result['log']}", pytrace=False
        )
    return site
