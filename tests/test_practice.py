"""The exercise checkers: answers written as learners write them.

Every valid answer, in whatever style (in place, loops, einsum, np.where,
lists, dicts), passes with no diagnosis; every wrong answer is rejected with
a report that names the wrong gradient and what relates it to the right one.
The generic slips (a sign, a factor, a transpose, a lost keepdims) are made
from the reference solutions; the realistic mistakes are written by hand,
in answers_wrong*.py; the right ones in answers_right*.py.
"""

import math
import re

import numpy as np
import pytest
from answers_reviewer import REVIEWER
from answers_right import REFERENCE
from answers_right import VALID as VALID_LAYERS
from answers_right_networks import VALID as VALID_NETWORKS
from answers_wrong import WRONG as WRONG_LAYERS
from answers_wrong_networks import WRONG as WRONG_NETWORKS
from layout import ROOT
from network import two_layer_backward
from practice import (
    EXERCISES,
    RIGHT,
    cases,
    check,
    exercise_named,
    starter,
)

KEYS = sorted(REFERENCE)
VALID = list(REFERENCE.items()) + VALID_LAYERS + VALID_NETWORKS
WRONG = WRONG_LAYERS + WRONG_NETWORKS
RETURNS = {key: exercise_named(key).returns for key in KEYS}
LINE = re.compile(r"^  (?P<name>\S+) +(?P<verdict>right|wrong)(: )?")


def report_of(key, answer, capsys):
    """Whether `answer` passed, its report, and each gradient's line."""
    passed = check(key, answer)
    report = capsys.readouterr().out
    lines, name = {}, None
    for line in report.splitlines():
        match = LINE.match(line)
        if match and match["name"] in RETURNS[key]:
            name = match["name"]
            lines[name] = line
        elif line.startswith("     ") and name:
            lines[name] += line
        else:
            name = None
    words = {name: " ".join(line.split()) for name, line in lines.items()}
    return passed, " ".join(report.split()), words


def test_every_exercise_has_answers_here():
    assert set(REFERENCE) == set(EXERCISES) == {key for key, _ in VALID}


def test_the_threshold_is_the_one_the_page_states():
    page = (ROOT / "docs" / "gradient-checking.md").read_text(encoding="utf-8")
    assert f"`RIGHT` $= 10^{{{round(math.log10(RIGHT))}}}$" in page


@pytest.mark.parametrize(
    ("key", "answer"),
    VALID,
    ids=[f"{key}: {answer.__doc__}" for key, answer in VALID],
)
def test_valid_answer_passes_with_no_diagnosis(key, answer, capsys):
    passed, report, lines = report_of(key, answer, capsys)
    assert passed, report
    assert "wrong" not in report and report.endswith("All right."), report
    assert set(lines) == set(RETURNS[key]), report


@pytest.mark.parametrize(
    ("key", "expected", "answer"),
    WRONG,
    ids=[f"{key}: {answer.__doc__}" for key, _, answer in WRONG],
)
def test_wrong_answer_gets_a_diagnosis(key, expected, answer, capsys):
    passed, report, lines = report_of(key, answer, capsys)
    assert not passed, report
    for name, wording in expected.items():
        assert name in lines and lines[name].startswith(f"{name} wrong: ")
        assert wording in lines[name], report
        assert "knows" not in lines[name], report


def zero_row(g, m):
    """The first row (unit) left at zero."""
    g = g.copy()
    g[0] = 0
    return g


def off_by_one(g, m):
    """The last entry off by 1."""
    g = g.copy()
    g.flat[-1] += 1
    return g


def slips(key):
    """Each returned gradient of the reference solution, slipped."""
    changes = {
        "-1 times": lambda g, m: -g,
        "1/m times": lambda g, m: g / m,
        "m times": lambda g, m: g * m,
        "2 times": lambda g, m: 2 * g,
        "transposed": lambda g, m: g.T,
        "lost keepdims": lambda g, m: g.ravel(),
        "only in rows 0: yours is 0 there|its zeros are not": zero_row,
        "wrong only at entry": off_by_one,
    }
    _, _, right, _ = cases(key)[0]
    for name in RETURNS[key]:
        column = right[name].shape[1:] == (1,)
        for wording, change in changes.items():
            if ("keepdims" in wording and not column) or (
                "row" in wording and column
            ):
                continue
            yield key, name, wording, change


SLIPS = [slip for key in KEYS for slip in slips(key)]


@pytest.mark.parametrize(
    ("key", "name", "wording", "change"),
    SLIPS,
    ids=[f"{key}: {name} {wording}" for key, name, wording, _ in SLIPS],
)
def test_generated_slip_is_named(key, name, wording, change, capsys):
    def slipped(*arguments):
        right = REFERENCE[key](*arguments)
        gradients = (
            right
            if isinstance(right, dict)
            else dict(
                zip(
                    RETURNS[key],
                    right if isinstance(right, tuple) else (right,),
                    strict=True,
                )
            )
        )
        m = np.shape(arguments[0])[1]
        return gradients | {name: change(np.asarray(gradients[name]), m)}

    passed, report, lines = report_of(key, slipped, capsys)
    assert not passed, report
    wordings = wording.split("|") + ["sign"] * (wording == "-1 times")
    assert any(w in lines[name] for w in wordings), report
    others = [n for n in RETURNS[key] if n != name]
    assert all(lines[n].endswith("right") for n in others), report


@pytest.mark.parametrize(
    ("what", "key", "answer", "expected"),
    REVIEWER,
    ids=[what for what, *_ in REVIEWER],
)
def test_reviewer_case(what, key, answer, expected, capsys):
    passed, report, _ = report_of(key, answer, capsys)
    if expected is True:
        assert passed and report.endswith("All right."), report
    else:
        assert not passed and expected in report, report


STRANGE = {
    "raises": lambda *a: 1 / 0,
    "returns a string": lambda *a: "dW",
    "returns a ragged list": lambda *a: [[1, 2], [3]],
    "returns too many values": lambda *a: (1, 2, 3, 4, 5),
    "returns a dict without the names": lambda *a: {"grad": 1},
    "returns nan": lambda *a: np.full(np.shape(a[0]), np.nan),
}


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("strange", sorted(STRANGE))
def test_any_answer_gets_a_report_and_never_a_crash(key, strange, capsys):
    passed, report, _ = report_of(key, STRANGE[strange], capsys)
    assert not passed and report.endswith("."), report


def test_an_unknown_mistake_still_says_where(capsys):
    def backward(dA, Z):
        dZ = dA / (1 + np.exp(-Z))
        dZ[0, 1] += 1.0  # one entry off, by nothing a relation knows
        return dZ

    passed, report, lines = report_of("softplus-backward", backward, capsys)
    assert not passed
    assert lines["dZ"] == (
        "dZ wrong: not a mistake this checker knows; wrong only at entry (0, 1)"
    ), report


def test_the_report_says_where_the_error_enters_the_chain(capsys):
    def backward(X, Y, params, cache):
        """dZ1 scaled unit by unit"""
        m = X.shape[1]
        units = np.arange(2, params["W1"].shape[0] + 2)[:, None]
        dZ1 = params["W2"].T @ (cache["A2"] - Y) * (1 - cache["A1"] ** 2)
        dZ1 = dZ1 * units
        return two_layer_backward(X, Y, params, cache) | {
            "dW1": dZ1 @ X.T / m,
            "db1": dZ1.sum(axis=1, keepdims=True) / m,
        }

    passed, report, lines = report_of("two-layer-backward", backward, capsys)
    assert not passed
    assert lines["dW1"].startswith("dW1 wrong: each row (unit) multiplied")
    assert (
        "dW2 and db2 are right, dW1 and db1 wrong, by the same factor on each "
        "unit: the error enters at dZ1" in report
    ), report


@pytest.mark.parametrize("key", KEYS)
def test_the_report_is_the_same_every_run(key, capsys):
    wrong = WRONG[[k for k, _, _ in WRONG].index(key)][2]
    first = report_of(key, wrong, capsys)[1]
    assert report_of(key, wrong, capsys)[1] == first


@pytest.mark.parametrize("key", KEYS)
def test_starter_runs_and_fails_without_an_answer(key, capsys):
    namespace = {}
    exec(starter(key).replace("check(", "passed = check("), namespace)
    assert namespace["passed"] is False
    assert "returned nothing yet" in capsys.readouterr().out
