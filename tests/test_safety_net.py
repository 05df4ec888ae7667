"""The safety net itself: every contributor mistake is caught, loudly.

Each test damages a fresh copy of the project in a temporary folder (never the
real files), calls the check that should catch the mistake, and asserts that
it reports it with a message naming the file (and line, where there is one)
and saying how to fix it. The checks are plain functions, called in this
process. This file: snippets, their outputs, and the record of checks;
test_safety_net_pages.py: pages, notebooks and the build.
"""

import pytest
from layout import (
    PAGES,
    REGENERATE,
    build_site,
    changed_subjects,
    executables,
    notebooks,
    record_checked,
    record_path,
    snippets,
    subjects,
    unchecked,
)
from output_checks import (
    missing_cpu_features,
    portability_configurations,
    portability_problems,
)

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

    log = project.check_snippet(timeout=1)

    assert f"{project.name(project.snippet)} did not finish within 1 s" in log


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


def test_output_that_changes_with_the_blas_kernel_is_named(project):
    """A 300-term dot product, printed to the last digit: its rounding
    depends on the order in which the kernel adds, which differs between
    OpenBLAS's kernels for one CPU."""
    project.append(
        project.snippet,
        "\nrng = np.random.default_rng(0)\n"
        "A, B = rng.standard_normal((4, 300)), rng.standard_normal((300, 4))\n"
        "print('noise:', repr(float((A @ B).sum())))\n",
    )
    assert project.check_snippet(update=True) == ""
    line = len(project.output.read_text(encoding="utf-8").splitlines())
    single_thread = [
        configuration
        for configuration in portability_configurations()
        if configuration.get("OPENBLAS_NUM_THREADS") == "1"
        and not missing_cpu_features(configuration)
    ]

    logs = [
        "\n".join(portability_problems(c, project.root, [project.snippet]))
        for c in single_thread
    ]

    named = [log for log in logs if log]
    assert named, "no kernel, thread count or SIMD level changed the sum"
    for log in named:
        assert f"{project.name(project.snippet)} prints another output" in log
        assert f"line {line} of {project.name(project.output)}" in log
        assert "stored:  'noise: " in log and "Print a bound" in log


def test_new_snippet_gets_its_output_created_and_fails_once(project):
    new = project.snippet.with_name("new_claim.py")
    new.write_text('print("hello")\n', encoding="utf-8")
    project.snippet = new

    log = project.check_snippet()

    assert f"{project.name(new.with_suffix('.out'))} did not exist" in log
    assert new.with_suffix(".out").read_text(encoding="utf-8") == "hello\n"


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
    record_checked(*executables, root=project.root)  # as after their checks
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
    record_checked(*executables(project.root), root=project.root)
    project.append(project.output, "\n")
    record_checked(project.snippet, root=project.root)  # again, after an edit
    deleted, kept = snippets(project.root)[-2:]
    deleted.unlink()
    record_checked(kept, root=project.root)

    records = sorted(
        record_path(e, project.root).name for e in executables(project.root)
    )
    folder = record_path(kept, project.root).parent
    assert sorted(path.name for path in folder.iterdir()) == records


def test_check_runs_again_only_what_changed(project):
    # as after every check passed
    record_checked(*subjects(project.root), root=project.root)
    assert changed_subjects(project.root)[0] == []

    project.append(project.page, "\nA new sentence.\n")

    assert changed_subjects(project.root)[0] == [PAGES]

    project.append(project.snippet, "\n")

    assert changed_subjects(project.root)[0] == [project.snippet, PAGES]
