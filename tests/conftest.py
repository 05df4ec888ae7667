import json
import os

# The site's matrices are tiny: BLAS threads would only spin, on every core,
# in every snippet, notebook and worker this run starts.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytest
from browser import MISSING, find_chromium, launch
from filelock import FileLock
from layout import (
    PAGES,
    ROOT,
    SKIP_CHECKED_GATE,
    build_site,
    copy_project,
    is_checked,
    sources_digest,
)
from pages import book
from safety_net import Project, first_snippet_and_page
from site_server import serving


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="store what each snippet prints as its output (tasks.py outputs)",
    )
    parser.addoption(
        "--changed-only",
        action="store_true",
        help="run only the checks whose files changed since they last passed "
        "(tasks.py check)",
    )


def subject(item):
    """What a check records when it passes (tools/layout.py), or None."""
    if item.path.name == "test_pages.py":
        return PAGES
    params = getattr(item, "callspec", None)
    params = params.params if params else {}
    return params.get("snippet") or params.get("workbook")


def pytest_collection_modifyitems(config, items):
    if config.getoption("changed_only"):
        # Every worker decides alike: no check runs before all collected.
        kept = [i for i in items if subject(i) and not is_checked(subject(i))]
        config.hook.pytest_deselected(
            items=[item for item in items if item not in kept]
        )
        items[:] = kept
    order_items(items)


def order_items(items):
    """The two builds first (the site's and the safety net's damaged copy);
    the other tests that need the site last, so that no worker waits for
    the build, and of those the browser tests of the longest pages first,
    so that no worker idles at the end."""

    def order(item):
        fixtures = getattr(item, "fixturenames", ())
        if item.path.name == "test_site.py":
            return (0, 0)
        if "damaged_build" in fixtures:
            return (1, 0)
        if "built_site" not in fixtures:
            return (2, 0)
        callspec = getattr(item, "callspec", None)
        source = sources.get(
            callspec.params.get("page_path") if callspec else None
        )
        return (3, -source.stat().st_size if source else 0)

    sources = {page.url: page.source for page in book().pages}

    items.sort(key=order)


def fail_with(problems):
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.fixture
def report():
    """Fail with every problem a check found, without a traceback."""
    return fail_with


@pytest.fixture
def project(tmp_path):
    """A fresh copy of the project, for the safety net to damage."""
    root = copy_project(tmp_path / "project")
    return Project(root, *first_snippet_and_page(root))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, worker_id, testrun_uid):
    """The site, built once per run even when xdist runs several workers.
    The snippet and notebook tests of this same run check the outputs.
    With SITE_DIR set (as in CI), the site stays there: the tested site is
    the one that is published, and the sweep that follows the tests uses it
    as long as no source changed."""
    if "SITE_DIR" in os.environ:
        site, shared = ROOT / os.environ["SITE_DIR"], ROOT / ".cache"
        sources = sources_digest(ROOT)
    else:
        base = tmp_path_factory.getbasetemp()
        shared = base if worker_id == "master" else base.parent
        site, sources = shared / "site", None
    shared.mkdir(exist_ok=True)
    outcome = shared / "site-build.json"
    with FileLock(shared / "site-build.lock"):
        result = json.loads(outcome.read_text()) if outcome.exists() else {}
        # Within one run the site is built once: a worker that came later
        # must not rebuild it under the pages another worker is loading.
        current = result.get("run") == testrun_uid or (
            sources is not None and result.get("sources") == sources
        )
        if not current:
            status, log = build_site(
                ROOT, site, env=os.environ | {SKIP_CHECKED_GATE: "1"}
            )
            result = {"status": status, "log": log, "sources": sources}
            outcome.write_text(json.dumps(result | {"run": testrun_uid}))
    if result["status"] != 0:
        pytest.fail(
            f"mkdocs build --strict failed:\n\n{result['log']}", pytrace=False
        )
    return site


@pytest.fixture(scope="session")
def browser():
    """Chromium, shared by the browser tests (test_browser.py and
    test_long_pages.py); see test_browser.py on where it comes from."""
    chromium = find_chromium()
    if chromium is None:
        if os.environ.get("CI") == "true":
            pytest.fail(MISSING, pytrace=False)
        pytest.skip(MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright, chromium)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(built_site):
    """The built site on 127.0.0.1, as its host serves it."""
    with serving(built_site) as home:
        yield home
