"""The safety net for pages, notebooks and the build: each test damages a
fresh copy of the project (see test_safety_net.py) and asserts that the
mistake is named with its file and line. Only the tests of the build itself
run `mkdocs build`.
"""

import json
import re
import shutil
from types import SimpleNamespace

import claims
import pytest
from filelock import FileLock
from layout import PREVIEW, ROOT, copy_project, notebooks
from mkdocs.exceptions import PluginError
from notebooks import notebook, notebook_json
from output_checks import notebook_problems, snippet_problems
from page_checks import (
    broken_includes,
    notebooks_importing_helpers,
    notebooks_with_outputs,
    orphans,
    untested_python,
)
from pages import book
from safety_net import (
    Project,
    build_checked,
    build_only,
    first_snippet_and_page,
)

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


def test_broken_claim_line_shows_on_its_page_while_serving(
    project, monkeypatch
):
    """Published, a broken claim line stops the build; while serving, its
    page also says what broke, at its top, where the contributor looks."""
    project.append(project.page, "\n{* renamed_claim *}\n")
    source = project.page.relative_to(project.root / "docs").as_posix()
    page = SimpleNamespace(
        file=SimpleNamespace(src_uri=source, generated_by=None)
    )
    config = SimpleNamespace(config_file_path=str(project.root / "mkdocs.yml"))
    (problem,) = broken_includes(project.root)

    with pytest.raises(PluginError, match=re.escape(problem)):
        claims.on_page_markdown("", page, config, files=None)
    monkeypatch.setenv(PREVIEW, "1")
    shown = claims.on_page_markdown("", page, config, files=None)

    assert shown.startswith('!!! failure "A claim or include line on this')
    assert f"\n    {problem}\n" in shown
    assert shown.rstrip().endswith("{* renamed_claim *}")  # left as text


@pytest.mark.parametrize(
    ("directive", "reported"),
    [
        # A second word: a title, say, which the directive does not take.
        ("{{* {claim} Title *}}", "not a claim directive"),
        ("{{* {claim}:no_such *}}", "# --8<-- [start:no_such]"),
    ],
    ids=["malformed", "missing section"],
)
def test_claim_directive_mistake_names_page_and_line(
    project, directive, reported
):
    claim = project.snippet.stem
    project.append(project.page, f"\n{directive.format(claim=claim)}\n")
    line = project.page.read_text(encoding="utf-8").count("\n")

    (problem,) = broken_includes(project.root)

    assert problem.startswith(f"{project.name(project.page)}:{line}: ")
    assert reported in problem


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
    shown = book(project.root).page("leak.md")
    path.write_text(notebook_json(notebook(shown, solutions=True)))

    (problem,) = notebook_problems(path, project.root, name="its notebook")

    assert problem.startswith(
        "snippets/leak/prints_pi.out differs from what "
        "snippets/leak/prints_pi.py prints in its notebook"
    )
    assert "-[3.1416]" in problem and "+[+3.1416]" in problem


# --- the build ----------------------------------------------------------------
#
# A build takes seconds, so one damaged copy holds three mistakes, built
# once; each test reads the part of the log about its own mistake. The copy
# builds only the pages the mistakes are on or link to (the notebooks too).


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
            project = plant_three_mistakes(copy_project(root))
            build_only(root, project.page, root / "docs" / "index.md")
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
    return project


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
