"""Checkers for the exercises: run your function, compare it with finite
differences, and say how each wrong gradient relates to the right one.

    from practice_activations import check
    check("leaky-relu-backward", leaky_relu_backward)

`check` runs your function on copies of random inputs: cases in which every
size differs (so a wrong product fails loudly), with different values of
every parameter (so a number typed where a parameter belongs fails), then a
square case (where a wrong product runs and only the numbers can tell). A
gradient is right when its relative error against finite differences of the
cost is below RIGHT in every case. For a wrong one, relations.py finds what
fits: a named classic mistake, a transpose, a factor, a sum over the wrong
axis, a term, a derivative, the entries where it is wrong. The exercises
live in the practice_*.py modules, one for each page that has some.

The conventions are the site's: columns are examples; dZ and dA are gradients
of the summed loss mJ, dW and db gradients of the mean cost J.
"""

import copy
import functools
import importlib
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from clues import Clues
from gradcheck import relative_error
from relations import Finding, close, line_factors, relate

RIGHT = 1e-7  # relative error below which a gradient counts as right
TYPED = "Use the function's arguments and sizes, never a number typed in."


@dataclass
class Exercise:
    """How to check one exercise.

    inputs(case, rng) -> the function's arguments, by name, in order;
    gradients(inputs) -> the right answer by finite differences, by name;
    clues(inputs) -> clues.Clues: the mistakes worth naming, and more;
    returns: the names of what the function returns, in order;
    cases: sizes and parameters to try, each a dict; the last one square;
    chain: ((gradients, the variable they share), ...) in the order the
    backward pass computes them, when an error can enter between them.
    """

    starter: str
    inputs: callable
    gradients: callable
    returns: tuple
    cases: list
    clues: callable = lambda inputs: Clues()
    chain: tuple = ()
    module: str = ""


EXERCISES = {}


def exercise(key, **parts):
    """Register the decorated inputs function as exercise `key`'s."""

    def register(inputs):
        EXERCISES[key] = Exercise(
            inputs=inputs, module=inputs.__module__, **parts
        )
        return inputs

    return register


def exercise_named(key):
    """The exercise `key`, from whichever practice_*.py module defines it."""
    if key not in EXERCISES:
        for path in sorted(Path(__file__).parent.glob("practice_*.py")):
            importlib.import_module(path.stem)
    if key not in EXERCISES:
        raise KeyError(f"no exercise {key!r}; there are {sorted(EXERCISES)}")
    return EXERCISES[key]


@functools.cache
def cases(key):
    """Each case's inputs, right gradients and clues: computed once, on
    inputs your function never touches (it gets copies)."""
    spec = exercise_named(key)
    rng = np.random.default_rng(sum(map(ord, key)))  # the same every run
    found = []
    for case in spec.cases:
        inputs = spec.inputs(case, rng)
        clues = spec.clues(inputs)
        clues.factors = sized(case) | clues.factors
        found.append((case, inputs, spec.gradients(inputs), clues))
    return found


def sized(case):
    """The sizes of a case as factors a slip multiplies by."""
    factors = {
        "m": (case["m"], "a 1/m missing"),
        "1/m": (1 / case["m"], "an extra 1/m"),
    }
    for size, value in case.items():
        if size != "m" and isinstance(value, int):
            factors[size] = (value, f"a factor {size}")
    return factors


# --8<-- [start:check]
def check(key, answer):
    """Check `answer`, your function for exercise `key`; print a report and
    return True only if it runs on every case and every gradient it
    returns is right."""
    spec = exercise_named(key)
    verdicts = {name: [] for name in spec.returns}  # per case: True if
    problems, ran = [], []  # right, else what fits; None if it did not run
    for _, inputs, right, clues in cases(key):
        yours = run(answer, copy.deepcopy(inputs), spec.returns)  # a copy:
        if isinstance(yours, str):  # your function may change its inputs
            problems.append(yours)
        else:
            ran.append((yours, right))
        for name in spec.returns:
            verdicts[name].append(
                None
                if isinstance(yours, str)
                else judge(name, yours, right, clues, inputs)
            )
    lines = {name: summary(verdicts[name], spec) for name in spec.returns}
    report(key, spec, lines, problems, ran)
    return not problems and all(right for right, _, _ in lines.values())


# --8<-- [end:check]


def report(key, spec, lines, problems, ran):
    """One line per gradient, then what went wrong and what to do."""
    print(f"Checking {key} against finite differences, on")
    for line in describe(spec):
        say(line, indent="    ")
    width = max(map(len, lines))
    for name, (right, text, _) in lines.items():
        verdict = "right" if right else f"wrong: {text}"
        say(f"{name:{width}} {verdict}", indent="  ", hanging=width + 3)
    if problems:
        say(f"In {len(problems)} of {len(spec.cases)} cases, {problems[0]}.")
    wrong = [name for name, (right, _, _) in lines.items() if not right]
    if wrong:
        advice = chained(spec, lines, ran) or lines[wrong[0]][2]
        say(f"{len(wrong)} of {len(lines)} wrong. {advice}".strip())
    elif problems:
        say("Right where it ran; now make it run on every case.")
    else:
        say("All right.")


def run(answer, inputs, names):
    """Your function's results by name, or what went wrong, in words."""
    try:
        result = answer(*inputs.values())
    except Exception as error:  # any error is worth reporting
        return raised(error)
    if result is None:
        return "your function returned nothing yet"
    if isinstance(result, dict):
        missing = [name for name in names if name not in result]
        if missing:
            return (
                f"the dict it returned has no {', '.join(missing)} "
                f"(its keys: {', '.join(map(str, result)) or 'none'})"
            )
        return {name: result[name] for name in names}
    several = isinstance(result, (tuple, list))
    if len(names) == 1:
        return {names[0]: result[0] if several and len(result) == 1 else result}
    if several and len(result) == len(names):
        return dict(zip(names, result, strict=True))
    count = len(result) if several else 1
    return (
        f"it returned {count} value{'s' * (count != 1)}, not "
        f"{len(names)}: return {', '.join(names)}, in that order"
    )


def raised(error):
    """What an exception says, in the words of the exercise."""
    words = str(error)
    if isinstance(error, ValueError) and (
        "mismatch" in words or "broadcast" in words
    ):
        return (
            "your function raised: the shapes do not fit a product, so a "
            "factor is on the wrong side, or a transpose is missing or extra"
        )
    return f"your function raised {type(error).__name__}: {error}"


def judge(name, yours, right, clues, inputs):
    """True if `name` is right in this case, else the relations that fit."""
    if yours[name] is None:
        return [Finding(3, "type", ["nothing returned for it yet"])]
    try:
        value = np.asarray(yours[name], dtype=float)
    except Exception as error:  # a string, a ragged list: say so
        return [Finding(3, "type", [f"not an array of numbers ({error})"])]
    if not np.all(np.isfinite(value)):
        return [Finding(3, "type", ["it holds nan or inf"])]
    wanted = right[name]
    if value.shape == wanted.shape and relative_error(value, wanted) < RIGHT:
        return True
    others = [
        Finding(
            9,
            "order",
            [f"it is {other}: the values are returned in another order"],
            "Return them in the order asked.",
        )
        for other, gradient in right.items()
        if other != name
        and value.shape == gradient.shape
        and close(value, gradient)
        and not close(wanted, gradient)
    ]
    parameters = {k: v for k, v in inputs.items() if np.isscalar(v)}
    try:
        return others + relate(name, value, wanted, clues, parameters)
    except Exception as error:  # never let a diagnosis hide the verdict
        return [Finding(0, "error", [f"(the checker failed: {error!r})"])]


def summary(verdicts, spec):
    """(right, what fits, what to do) for one gradient over every case."""
    if all(v is None for v in verdicts):
        return False, "not checked: see below", ""
    wrong = [v for v in verdicts if v is not True and v is not None]
    if not wrong:
        return True, "", ""
    text, advice, known = agreed(wrong)
    only = right_only(verdicts, spec)
    right = verdicts.count(True)
    if only and "hard-coded" not in text:
        text = only + (f"; elsewhere {text}" if known else "")
        advice = TYPED
    elif not known:
        text = f"not a mistake this checker knows; {text}"
    if right and not only:
        text += f" (right in {right} of {len(verdicts)} cases)"
    return False, text, advice


def right_only(verdicts, spec):
    """When a gradient is right in some cases only: what those share."""
    judged = list(zip(spec.cases, verdicts, strict=True))
    right = [c for c, v in judged if v is True]
    wrong = [c for c, v in judged if v is not True and v is not None]
    if not right or not wrong or right == spec.cases[-1:]:
        return ""  # the square case can hide a slip: it tells nothing
    # parameters first; of the sizes only m, as others can hide a slip
    for name, value in sorted(right[0].items(), key=lambda p: p[0] == "m"):
        if isinstance(value, int) and name != "m":
            continue
        if all(c[name] == value for c in right) and all(
            c[name] != value for c in wrong
        ):
            return f"right only where {name} = {value} (is {name} hard-coded?)"
    return ""


def agreed(wrong):
    """The most telling wording that fits every wrong case, what to do, and
    whether any relation fits."""
    best = None
    kinds = dict.fromkeys(f.kind for findings in wrong for f in findings)
    for kind in kinds:
        fits = [[f for f in findings if f.kind == kind] for findings in wrong]
        present = [f for f in fits if f]
        common = [
            name
            for name in present[0][0].names
            if all(any(name in f.names for f in fit) for fit in present)
        ]
        rank = max(f.rank for fit in present for f in fit)
        score = (len(present), bool(common), rank)  # in most cases first
        text = (common or present[0][0].names)[0]
        if best is None or score > best[0]:
            best = (score, text, present[0][0].advice)
    (_, _, rank), text, advice = best
    if "hard-coded" in text:
        advice = TYPED
    return text, advice, rank > 1  # rank 1: only where it is wrong


def chained(spec, lines, ran):
    """Where the error enters the chain: the first stage with a wrong
    gradient, when every stage before it is right."""
    for index, (names, variable) in enumerate(spec.chain):
        if all(lines[name][0] for name in names):
            continue
        if index == 0 or any(lines[name][0] for name in names):
            return ""
        before = [n for earlier, _ in spec.chain[:index] for n in earlier]
        alike = all(same_unit_factors(names, *run) for run in ran)
        return (
            f"{' and '.join(before)} are right, {' and '.join(names)} wrong"
            f"{', by the same factor on each unit' * alike}: the error "
            f"enters at {variable}."
        )
    return ""


def same_unit_factors(names, yours, right):
    """Whether each of `names` is the right one with its rows scaled by one
    factor per unit, the same for all of them."""
    try:
        factors = [
            line_factors(np.asarray(yours[name], dtype=float), right[name], 1)
            for name in names
        ]
    except (TypeError, ValueError):  # not arrays of numbers: said above
        return False
    return all(f is not None for f in factors) and all(
        np.allclose(f, factors[0], rtol=1e-5)
        for f in factors  # a lone
    )  # entry of a finite difference is less precise than a whole array


KEEP = "\u00a0"  # a space the wrapping keeps: a tuple stays on one line


def describe(spec):
    """The cases' sizes, the last square, then each parameter's values."""
    sizes = [k for k, v in spec.cases[0].items() if isinstance(v, int)]
    shapes = [
        f"({f',{KEEP}'.join(str(case[k]) for k in sizes)})"
        for case in spec.cases
    ]
    lines = [
        f"({', '.join(sizes)}) = {', '.join(shapes[:-1])} and, square, "
        f"{shapes[-1]}"
    ]
    for name in spec.cases[0]:
        if name not in sizes:
            values = [f"{case[name]:g}" for case in spec.cases]
            lines.append(f"{name} = {', '.join(values[:-1])} and {values[-1]}")
    lines[-1] += ":"
    return lines


def say(text, indent="", hanging=2):
    """Print `text` wrapped to 78 columns, continued lines indented."""
    lines = textwrap.fill(
        text,
        78,
        initial_indent=indent,
        subsequent_indent=indent + " " * hanging,
    )
    print(lines.replace(KEEP, " "))


def starter(key):
    """The code a reader starts from: the function to write, and the call
    that checks it."""
    spec = exercise_named(key)
    name = spec.starter.split("def ", 1)[1].split("(", 1)[0]
    return (
        f"from {spec.module} import check\n\n\n{spec.starter}\n\n\n"
        f"check({key!r}, {name})\n"
    )
