"""The safety net itself: every contributor mistake is caught, loudly.

Each test damages a fresh copy of the project in a temporary folder (never the
real files), calls the check that should catch the mistake, and asserts that
it reports it with a message naming the file (and line, where there is one)
and saying how to fix it. The checks are plain functions, called in this
process; only the tests of the build itself run `mkdocs build`.
"""

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock
from layout import (
    REGENERATE,
    ROOT,
    SKIP_CHECKED_GATE,
    build_site,
    copy_project,
    executables,
    notebooks,
    output_path,
    record_checked,
    record_path,
    snippets,
    unchecked,
)
from notebooks import notebook, notebook_json
from output_checks import notebook_problems, snippet_problems
from page_checks import (
    broken_includes,
    includes,
    notebooks_importing_helpers,
    notebooks_with_outputs,
    orphans,
    untested_python,
)
from site_server import site_url


@dataclass
class Project:
    """A copy of the project, and one snippet, its output and its page in it."""

    root: Path
    snippet: Path
    output: Path
    page: Path

    def name(self, path):
        return path.relative_to(self.root).as_posix()

    def check_snippet(self, **options):
        """The snippet check's report, as one text."""
        return "\n".join(snippet_problems(self.snippet, self.root, **options))

    def add_notebook_cell(self, kind, source):
        """Append a cell to the first notebook: (notebook, cell number)."""
        notebook = notebooks(self.root)[0]
        content = json.loads(notebook.read_text(encoding="utf-8"))
        cell = {"cell_type": kind, "id": f"added-{kind}", "metadata": {}}
        if kind == "code":
            cell |= {"execution_count": None, "outputs": []}
        content["cells"].append(cell | {"source": [source]})
        notebook.write_text(json.dumps(content), encoding="utf-8")
        return notebook, len(content["cells"])

    def append(self, path, text):
        path.write_text(
            path.read_text(encoding="utf-8") + text, encoding="utf-8"
        )


def build_checked(root, site):
    """Build as the tests do, past the gate for unchecked outputs."""
    return build_site(root, site, env=os.environ | {SKIP_CHECKED_GATE: "1"})


def first_snippet_and_page(root):
    snippet = snippets(root)[0]
    output = output_path(snippet)
    page = next(i.page for i in includes(root) if root / i.path == output)
    return snippet, output, page


@pytest.fixture
def project(tmp_path):
    root = copy_project(tmp_path / "project")
    return Project(root, *first_snippet_and_page(root))


# --- snippets and their outputs ---------------------------------------------


def test_stale_output_fails_with_diff_and_page(project):
    project.append(
        project.snippet, '\nprint("a line the page does not show")\n'
    )
    stored = project.output.read_text(encoding="utf-8")

    log = project.check_snippet()

    assert f"{project.name(project.output)} differs from what" in log
    assert f"{project.name(project.page)}:" in log  # the page showing it
    assert "+a line the page does not show" in log  # the diff
    assert REGENERATE in log
    assert project.output.read_text(encoding="utf-8") == stored  # untouched


def test_hand_edited_output_fails(project):
    project.append(project.output, "a number typed by hand\n")

    log = project.check_snippet()

    assert "-a number typed by hand" in log
    assert f"{project.name(project.page)}:" in log
    assert "Never edit an output file by hand" in log


def test_snippet_that_raises_fails_with_traceback(project):
    project.append(
        project.snippet, '\nraise RuntimeError("deliberate mistake")\n'
    )
    lines = project.snippet.read_text(encoding="utf-8").count("\n")

    log = project.check_snippet()

    assert f"{project.name(project.snippet)} exited with status 1" in log
    assert f'{project.name(project.snippet)}", line {lines}' in log
    assert "RuntimeError: deliberate mistake" in log


def test_regenerating_keeps_output_of_snippet_that_raises(project):
    project.append(
        project.snippet, '\nraise RuntimeError("deliberate mistake")\n'
    )
    stored = project.output.read_text(encoding="utf-8")

    log = project.check_snippet(update=True)

    assert "deliberate mistake" in log
    assert project.output.read_text(encoding="utf-8") == stored


def test_snippet_that_hangs_times_out(project):
    project.append(project.snippet, "\nwhile True:\n    pass\n")

    log = project.check_snippet(timeout=2)

    assert f"{project.name(project.snippet)} did not finish within 2 s" in log


def test_output_that_changes_between_runs_fails(project):
    project.append(project.snippet, "\nimport random\nprint(random.random())\n")

    log = project.check_snippet(update=True)  # the moment it would be stored

    assert f"{project.name(project.snippet)} printed different output" in log
    assert "np.random.default_rng(0)" in log  # how to fix it


def test_output_with_changed_line_endings_fails(project):
    text = project.output.read_text(encoding="utf-8")
    project.output.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))

    log = project.check_snippet()

    assert f"{project.name(project.output)} differs from what" in log


@pytest.mark.parametrize(
    ("added", "reported"),
    [
        (  # a warning usually means the example is wrong
            'import sys\nprint("careful", file=sys.stderr)',
            ["{snippet} wrote to standard error", "careful"],
        ),
        (  # the page would show np.float64(1.5), not 1.5
            "import numpy\nprint(repr(numpy.float64(1.5)))",
            ["bare NumPy scalar repr"],
        ),
        (  # a reader who copies the snippet has NumPy and the page's helpers
            "from shared_data import x",
            ["{snippet} exited with status 1", "No module named 'shared_data'"],
        ),
        (  # CONTRIBUTING: print options set before printing arrays
            "import numpy\nnumpy.set_printoptions(precision=8)\n"
            "print(numpy.ones(2) / 3)",
            ["{snippet} wrote to standard error", "prints a float array"],
        ),
    ],
    ids=[
        "writes to stderr",
        "prints a NumPy repr",
        "imports a file beside it",
        "prints arrays without the print options",
    ],
)
def test_snippet_mistake_is_named(project, added, reported):
    project.snippet.with_name("shared_data.py").write_text("x = 1\n")
    project.append(project.snippet, f"\n{added}\n")

    log = project.check_snippet()

    for fragment in reported:
        assert fragment.format(snippet=project.name(project.snippet)) in log


def test_new_snippet_gets_its_output_created_and_fails_once(project):
    new = project.snippet.with_name("new_claim.py")
    new.write_text('print("hello")\n', encoding="utf-8")
    project.snippet = new

    log = project.check_snippet()

    assert f"{project.name(new.with_suffix('.out'))} did not exist" in log
    assert new.with_suffix(".out").read_text(encoding="utf-8") == "hello\n"


# --- pages ------------------------------------------------------------------


def test_include_of_missing_file_names_page_and_line(project):
    project.append(
        project.page, '\n```python\n--8<-- "snippets/renamed.py"\n```\n'
    )
    line = project.page.read_text(encoding="utf-8").count("\n") - 1

    problems = broken_includes(project.root)

    assert problems == [
        f"{project.name(project.page)}:{line}: includes snippets/renamed.py, "
        "which does not exist. Fix the path, or restore the file if it was "
        "renamed."
    ]


def test_claim_directive_of_missing_snippet_names_page_and_line(project):
    project.append(project.page, "\n{* renamed_claim *}\n")
    line = project.page.read_text(encoding="utf-8").count("\n")
    folder = project.snippet.parent.name

    problems = broken_includes(project.root)

    assert problems == [
        f"{project.name(project.page)}:{line}: {{* renamed_claim *}} names "
        f"snippets/{folder}/renamed_claim.py, which does not exist. Fix the "
        "claim's name (the snippet's file name without .py), or restore the "
        "snippet if it was renamed."
    ]


def test_malformed_claim_directive_names_page_and_line(project):
    # A second word: a title, say, which the directive does not take.
    project.append(project.page, f"\n{{* {project.snippet.stem} Title *}}\n")
    line = project.page.read_text(encoding="utf-8").count("\n")

    (problem,) = broken_includes(project.root)

    assert problem.startswith(f"{project.name(project.page)}:{line}: ")
    assert "not a claim directive" in problem


def test_claim_directive_of_missing_section_names_page_and_line(project):
    project.append(project.page, f"\n{{* {project.snippet.stem}:no_such *}}\n")
    line = project.page.read_text(encoding="utf-8").count("\n")

    (problem,) = broken_includes(project.root)

    assert problem.startswith(f"{project.name(project.page)}:{line}: ")
    assert "# --8<-- [start:no_such]" in problem


def test_include_of_missing_section_names_page_and_line(project):
    snippet = project.name(project.snippet)
    project.append(
        project.page, f'\n```python\n--8<-- "{snippet}:no_such"\n```\n'
    )
    line = project.page.read_text(encoding="utf-8").count("\n") - 1

    (problem,) = broken_includes(project.root)

    assert problem.startswith(f"{project.name(project.page)}:{line}: ")
    assert "section 'no_such'" in problem
    assert "# --8<-- [start:no_such]" in problem


def test_include_line_with_trailing_space_names_page_and_line(project):
    snippet = project.name(project.snippet)
    project.append(project.page, f'\n```python\n--8<-- "{snippet}" \n```\n')
    line = project.page.read_text(encoding="utf-8").count("\n") - 1

    problems = broken_includes(project.root)

    assert len(problems) == 1
    assert problems[0].startswith(f"{project.name(project.page)}:{line}: ")
    assert "no trailing space" in problems[0]


def test_orphan_snippet_and_outputs_are_listed(project):
    folder = project.snippet.parent
    (folder / "orphan_claim.py").write_text('print("x")\n', encoding="utf-8")
    (folder / "orphan_claim.out").write_text("x\n", encoding="utf-8")
    (folder / "ghost.out").write_text("x\n", encoding="utf-8")

    problems = "\n".join(orphans(project.root))

    assert (
        f"{project.name(folder)}/orphan_claim.py: not shown on any page"
        in problems
    )
    assert (
        f"{project.name(folder)}/orphan_claim.out: not shown on any page"
        in problems
    )
    assert f"{project.name(folder)}/ghost.out: no snippet" in problems


def test_untested_python_fence_names_page_and_line(project):
    project.append(project.page, "\n```python\nprint('untested')\n```\n")
    line = project.page.read_text(encoding="utf-8").count("\n") - 2

    (problem,) = untested_python(project.root)

    assert problem.startswith(f"{project.name(project.page)}:{line}: a python")
    assert "snippets/<page>/<claim>.py" in problem


def test_untested_python_in_an_attribute_fence_is_named(project):
    project.append(project.page, "\n``` { .python .annotate }\nx = 1\n```\n")

    (problem,) = untested_python(project.root)

    assert problem.startswith(f"{project.name(project.page)}:")


def test_build_refuses_outputs_pytest_has_not_checked(project, tmp_path):
    # A fresh copy has no record of any check.
    status, log = build_site(project.root, tmp_path / "site")

    assert status != 0
    assert project.name(project.snippet) in log
    assert REGENERATE in log


@pytest.mark.parametrize(
    "edit",
    ["output", "helper module", "lock file", "notebook"],
)
def test_build_refuses_after_any_input_of_a_checked_output_changes(
    project, edit
):
    executables = snippets(project.root) + notebooks(project.root)
    for executable in executables:  # as after a passing check
        record_checked(executable, project.root)
    assert unchecked(project.root) == []

    notebook = notebooks(project.root)[0]
    changed = {
        "output": project.output,
        "helper module": project.root / "snippets" / "gradcheck.py",
        "lock file": project.root / "requirements.txt",
        "notebook": notebook,
    }[edit]
    project.append(changed, "\n")

    stale = unchecked(project.root)
    if edit == "output":
        assert stale == [project.snippet]
    elif edit == "notebook":
        assert stale == [notebook]
    else:  # everything depends on the helpers and the lock
        assert stale == executables


def test_check_records_keep_one_record_per_file(project):
    for executable in executables(project.root):
        record_checked(executable, project.root)
    project.append(project.output, "\n")
    record_checked(project.snippet, project.root)  # checked again after an edit
    deleted, kept = snippets(project.root)[-2:]
    deleted.unlink()
    record_checked(kept, project.root)

    records = sorted(
        record_path(e, project.root).name for e in executables(project.root)
    )
    folder = record_path(kept, project.root).parent
    assert sorted(path.name for path in folder.iterdir()) == records


# --- notebooks --------------------------------------------------------------


def test_notebook_cell_that_raises_names_notebook_and_cell(project):
    notebook, cell = project.add_notebook_cell(
        "code", 'raise ValueError("deliberate mistake")'
    )

    (problem,) = notebook_problems(notebook, project.root)

    assert problem.startswith(f"{project.name(notebook)}: cell {cell} failed")
    log = problem
    assert "ValueError: deliberate mistake" in log


def test_notebook_importing_a_helper_is_named(project):
    notebook, cell = project.add_notebook_cell(
        "code", "from gradcheck import numerical_gradient"
    )

    (problem,) = notebooks_importing_helpers(project.root)

    assert problem.startswith(f"{project.name(notebook)}: cell {cell} imports")


def test_notebook_with_stored_outputs_is_named(project):
    notebook = next((project.root / "docs").rglob("*.ipynb"))
    content = json.loads(notebook.read_text(encoding="utf-8"))
    code = next(
        i for i, c in enumerate(content["cells"]) if c["cell_type"] == "code"
    )
    content["cells"][code]["execution_count"] = 1
    notebook.write_text(json.dumps(content), encoding="utf-8")

    (problem,) = notebooks_with_outputs(project.root)

    assert problem.startswith(f"{project.name(notebook)}: cell {code + 1} ")
    assert "python3 tasks.py strip" in problem


def test_page_notebook_cell_that_leans_on_an_earlier_cell_is_named(project):
    # Alone, the second snippet prints NumPy's default sign; in the page's
    # notebook it inherits the first one's: hidden set-up.
    folder = project.root / "snippets" / "leak"
    folder.mkdir()
    (folder / "sets_print_options.py").write_text(
        "import numpy as np\n\nnp.set_printoptions(sign='+')\nprint(1)\n"
    )
    (folder / "prints_pi.py").write_text(
        "import numpy as np\n\nnp.set_printoptions(precision=4, suppress=True)"
        "\nprint(np.array([np.pi]))\n"
    )
    page = project.root / "docs" / "leak.md"
    page.write_text(
        "# Leak\n\n"
        + "".join(
            f'```python\n--8<-- "snippets/leak/{name}.py"\n```\n\n'
            for name in ("sets_print_options", "prints_pi")
        )
    )
    for snippet in sorted(folder.glob("*.py")):
        assert snippet_problems(snippet, project.root, update=True) == []
    path = project.root / "leak.ipynb"
    path.write_text(
        notebook_json(notebook(page, site_url(), project.root, solutions=True))
    )

    (problem,) = notebook_problems(path, project.root, name="its notebook")

    assert problem.startswith(
        "snippets/leak/prints_pi.out differs from what "
        "snippets/leak/prints_pi.py prints in its notebook"
    )
    assert "-[3.1416]" in problem and "+[+3.1416]" in problem


# --- the build ----------------------------------------------------------------
#
# A build takes seconds, so one damaged copy holds three mistakes, built
# once; each test reads the part of the log about its own mistake.


@pytest.fixture(scope="session")
def damaged_build(tmp_path_factory, worker_id):
    """One copy with three mistakes, built once per run even when several
    workers ask for it (like the site in conftest.py)."""
    base = tmp_path_factory.getbasetemp()
    shared = (base if worker_id == "master" else base.parent) / "damaged"
    root, outcome = shared / "project", shared / "build.json"
    shared.mkdir(exist_ok=True)
    with FileLock(shared / "build.lock"):
        if not outcome.exists():
            plant_three_mistakes(copy_project(root))
            status, log = build_checked(root, shared / "site")
            outcome.write_text(json.dumps({"status": status, "log": log}))
    result = json.loads(outcome.read_text())
    project = Project(root, *first_snippet_and_page(root))
    tex_line = project.page.read_text(encoding="utf-8").count("\n")
    return project, result["status"], result["log"], tex_line


def plant_three_mistakes(root):
    # The workbook's executed HTML, as a contributor's machine has it.
    cache = ROOT / ".cache" / "mkdocs-jupyter"
    if cache.is_dir():
        shutil.copytree(cache, root / ".cache" / "mkdocs-jupyter")
    project = Project(root, *first_snippet_and_page(root))
    project.append(
        project.page,
        "\n[a page](no-such-page.md), [an anchor](index.md#no-such-anchor)\n",
    )
    project.append(
        project.page, "\nA typo: $\\frac{a}{b$ and $\\nosuchmacro$.\n"
    )
    project.add_notebook_cell("markdown", "Broken: $\\frac{c}{d$")


def test_broken_link_and_anchor_fail_the_build(damaged_build):
    project, status, log, *_ = damaged_build

    assert status != 0
    page = project.page.relative_to(project.root / "docs").as_posix()
    assert f"'{page}' contains a link 'no-such-page.md'" in log
    assert "'#no-such-anchor'" in log


def test_bad_latex_fails_the_build_naming_page_line_and_formula(damaged_build):
    project, status, log, line = damaged_build

    assert status != 0
    assert f"{project.name(project.page)}:{line}: " in log
    assert "\\frac{a}{b" in log and "Unexpected end of input" in log
    assert "Undefined control sequence: \\nosuchmacro" in log


def test_bad_latex_in_a_notebook_names_the_notebook(damaged_build):
    project, status, log, _ = damaged_build
    notebook = notebooks(project.root)[0]

    assert status != 0
    assert re.search(rf"{re.escape(project.name(notebook))}:\d+: ", log)
    assert "\\frac{c}{d" in log
