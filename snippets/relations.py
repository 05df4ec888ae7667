"""How a wrong gradient relates to the right one: the diagnoses of the
exercise checkers (practice.py).

`relate` compares one gradient of one case with the right one and returns
every relation that fits: a named classic mistake, a transpose, a lost
keepdims or a sum over the wrong axis, a scalar factor, a factor per row or
per column, a term left out or counted with the wrong weight, another
activation's derivative or the right one at the wrong place, a set of
entries the inputs describe, and at least where the entries are wrong.
Each relation names its candidate wordings, most specific first; practice.py
keeps the wordings that fit in every case.
"""

from dataclasses import dataclass

import numpy as np
from clues import DERIVATIVES

FIT = 1e-7  # relative error below which a relation fits


@dataclass
class Finding:
    """A relation that fits one gradient in one case."""

    rank: int  # how much it tells: a named classic mistake tells most
    kind: str  # relations of one kind are compared across cases
    names: list  # its wordings, most specific first
    advice: str = ""


GENERIC_FACTORS = {
    "-1": (-1.0, "a flipped sign"),
    "2": (2.0, "twice the right one"),
    "1/2": (0.5, "half the right one"),
}


def close(a, b):
    """a and b agree to FIT, relative to the larger (0 and 0 agree)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        return False
    scale = max(np.linalg.norm(a), np.linalg.norm(b))
    return scale == 0 or np.linalg.norm(a - b) <= FIT * scale


def factor_of(yours, right):
    """c with yours = c * right, if one fits (and right is not 0)."""
    norm = np.vdot(right, right)
    if yours.shape != right.shape or norm == 0:
        return None
    c = float(np.vdot(right, yours) / norm)
    return c if close(yours, c * right) else None


def factor_names(
    c, factors, template="{symbol} times the right one", meant=True, typed=()
):
    """Wordings of a scalar factor c: named ones (with what they mean), then
    `typed` (numbers typed where a parameter belongs), products of two named
    ones, and the bare number."""
    named = [(s, v, meaning) for s, (v, meaning) in factors.items()]
    singles = [
        (s, m) for s, v, m in named if np.isclose(c, v, rtol=FIT, atol=0)
    ]
    pairs = [
        (f"{s1} * {s2}", f"{m1}, {m2}")
        for s1, v1, m1 in named
        for s2, v2, m2 in named
        if s1 < s2 and np.isclose(c, v1 * v2, rtol=FIT, atol=0)
    ]

    def worded(fits):
        return [
            template.format(symbol=symbol) + f" ({meaning})" * meant
            for symbol, meaning in fits
        ]

    number = template.format(symbol=f"{c:.3g}")
    return worded(singles) + list(typed) + worded(pairs) + [number]


# --8<-- [start:relate]
def relate(name, yours, right, clues, parameters):
    """Every relation between your gradient `name` and the right one."""
    found = []
    for mistake, answers in clues.mistakes.items():
        if answers.get(name) is not None and close(yours, answers[name]):
            found.append(Finding(9, "mistake", [mistake]))
    for label, aligned in alignments(yours, right):
        found += _scaled(label, aligned, right, clues, parameters)
    summand = clues.summands.get(name)
    found += _wrong_axis(yours, right, summand, clues.factors)
    if yours.shape == right.shape:
        found += _per_line(yours, right, clues.per_unit)
        factors = GENERIC_FACTORS | clues.factors
        found += _terms(yours, right, clues.terms.get(name, {}), factors)
        found += _offset(yours, right, factors)
        found += _slopes(name, yours, right, clues.slope)
        found += _regions(yours, right, clues.regions)
        found += _zeros(yours, right, clues.zeros)
        found.append(where_wrong(yours, right))
    elif not found:
        found.append(_shape(yours, right))
    return found


# --8<-- [end:relate]


def alignments(yours, right):
    """Your gradient brought to the right one's shape: as it is, transposed,
    or with the lost keepdims restored."""
    if yours.shape == right.shape:
        yield "", yours
    if yours.ndim == 2 and yours.T.shape == right.shape:
        yield "transposed", yours.T
    if yours.ndim == 1 and right.shape == (yours.size, 1):
        yield (
            f"a sum that lost keepdims=True (shape {yours.shape}, not "
            f"{right.shape})",
            yours.reshape(right.shape),
        )


def _scaled(label, aligned, right, clues, parameters):
    """Your gradient, once aligned, is c times the right one."""
    c = factor_of(aligned, right)
    if c is None or (not label and np.isclose(c, 1, rtol=FIT, atol=0)):
        return []
    if not aligned.any():
        return [Finding(7, "zero", ["it is 0 everywhere"], ZERO)]
    if np.isclose(c, 1, rtol=FIT, atol=0):
        advice = AXES if "keep" in label else SHAPES
        return [Finding(8, "shape", [label], advice)]
    typed = [  # a round number typed where a parameter belongs
        f"{symbol} hard-coded as {number:.2g}"
        for symbol, value in parameters.items()
        for number in (value / c, value * c)
        if np.isclose(number, float(f"{number:.2g}"), rtol=1e-9, atol=0)
        and not np.isclose(number, 1)  # typing 1 is leaving it out
    ]
    wordings = factor_names(c, GENERIC_FACTORS | clues.factors, typed=typed)
    prefix = f"{label}, and " if label else ""
    wordings = [prefix + w for w in wordings]
    return [Finding(7, "factor " + label, wordings, FACTORS)]


def _offset(yours, right, factors):
    """The same number added to every entry."""
    difference = (yours - right).ravel()
    if difference.size < 2 or not close(
        difference, difference.mean() + 0 * difference
    ):
        return []
    names = factor_names(
        difference.mean(), factors, "{symbol} added to every entry"
    )
    return [Finding(7, "offset", names, TERMS)]


def _wrong_axis(yours, right, summand, factors):
    """A sum over axis 0 where axis 1 belongs (the units, not examples)."""
    if right.ndim != 2 or right.shape[1] != 1:
        return []
    wording = "a sum over axis 0 (the rows) where axis=1, the columns, belongs"
    if summand is not None and summand.shape[1] == yours.size:
        c = factor_of(yours.ravel(), summand.sum(axis=0))
        if c is not None and not close(yours.ravel(), right.ravel()):
            wordings = [f"{wording}, and {w}" for w in factor_names(c, factors)]
            if np.isclose(c, 1, rtol=FIT, atol=0):
                wordings.insert(0, wording)
            return [Finding(8, "axis", wordings, AXES)]
    if yours.size == 1 and right.size > 1:
        said = f"a sum over every entry: {wording}"
        return [Finding(6, "axis", [said], AXES)]
    if yours.size != right.size and yours.shape in (
        (1, yours.size),
        (yours.size,),
    ):
        said = f"{wording} (shape {yours.shape})"
        return [Finding(6, "axis", [said], AXES)]
    return []


def line_factors(yours, right, axis):
    """c with yours = c * right, one factor per row (axis=1) or column
    (axis=0), if that fits."""
    if yours.shape != right.shape or right.ndim != 2:
        return None
    norms = np.sum(right * right, axis=axis, keepdims=True)
    dots = np.sum(right * yours, axis=axis, keepdims=True)
    c = np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0)
    return c if close(yours, c * right) else None  # a 0 line stays 0


def _per_line(yours, right, per_unit):
    """A different factor on each row (unit) or each column (example)."""
    if min(yours.shape, default=0) < 2 or factor_of(yours, right):
        return []
    found = []
    for axis, line in ((1, "row (unit)"), (0, "column (example)")):
        c = line_factors(yours, right, axis)
        if c is None or np.sum(~np.isclose(c, 1)) < 2:
            continue  # one line off: where_wrong says which
        names = [
            f"each {line} multiplied by its own factor: {unit}"
            for unit, vector in per_unit.items()
            if axis == 1 and close(c, vector)
        ]
        names.append(f"each {line} multiplied by its own factor")
        found.append(Finding(7, "per " + line, names, FACTORS))
    return found


def _terms(yours, right, terms, factors):
    """Terms of the sum left out, doubled, subtracted or scaled: yours is
    the right one plus k times each term, for the k that fit."""
    if not terms or factor_of(yours, right) is not None:
        return []  # a scalar factor on the whole says more
    basis = np.stack(
        [np.broadcast_to(t, right.shape).ravel() for t in terms.values()], 1
    )
    k = np.linalg.lstsq(basis, (yours - right).ravel(), rcond=None)[0]
    if not close(yours.ravel(), right.ravel() + basis @ k):
        return []
    changed = [
        _weighted(term, 1 + ki, factors)
        for term, ki in zip(terms, k, strict=True)
        if not np.isclose(ki, 0, atol=1e-6)
    ]
    if not changed:
        return []
    names = [" and ".join(n[0] for n in changed)]
    if len(changed) == 1:
        names = changed[0]
    return [Finding(8, "term", names, TERMS)]


def _weighted(term, weight, factors):
    """Wordings of a term that enters `weight` times instead of once."""
    if np.isclose(weight, 0, atol=1e-6):
        return [f"{term} is missing"]
    if np.isclose(weight, -1, rtol=1e-6):
        return [f"{term} is subtracted, not added"]
    return factor_names(
        weight, factors, f"{term} enters {{symbol}} times, not once", False
    )


def _slopes(name, yours, right, slope):
    """Another derivative, or the right one at another place."""
    if slope is None:
        return []
    found = []
    for derivative, g in DERIVATIVES.items():
        if slope.alpha is None and "alpha" in derivative:
            continue
        for place, value in slope.places.items():
            with np.errstate(all="ignore"):
                rebuilt = slope.rebuild(g(value, slope.alpha)).get(name)
            if rebuilt is None or close(rebuilt, right):
                continue
            if not close(yours, rebuilt):
                continue
            if derivative == slope.right:
                wording = (
                    f"the right derivative, {derivative}, taken at {place} "
                    f"instead of at {slope.place}"
                )
            else:
                wording = (
                    f"{derivative} at {place} where {slope.right} at "
                    f"{slope.place} belongs"
                )
            found.append(Finding(8, "slope", [wording], SLOPES))
    return found


def _regions(yours, right, regions):
    """Wrong exactly on a set of entries the inputs describe."""
    wrong = _wrong_entries(yours, right)
    for where, region in regions.items():
        if region.shape == right.shape and np.array_equal(wrong, region):
            wording = f"wrong exactly {where}"
            names = [wording]
            there = yours[region], right[region]
            if not there[0].any():
                names.insert(0, wording + ": yours is 0 there")
            elif (c := factor_of(*there)) is not None:
                names.insert(
                    0, f"{wording}: yours is {c:.3g} times the right one"
                )
            return [Finding(7, "region", names, REGIONS)]
    return []


def _zeros(yours, right, cause):
    """Right where both are nonzero, but zero in other places."""
    scale = max(np.abs(right).max(), np.abs(yours).max())
    zero_yours, zero_right = (np.abs(x) <= FIT * scale for x in (yours, right))
    both = ~zero_yours & ~zero_right
    if not cause or np.array_equal(zero_yours, zero_right) or not both.any():
        return []
    if factor_of(yours[both], right[both]) is None:
        return []
    wording = f"its zeros are not the right one's, which are {cause}"
    return [Finding(6, "zeros", [wording], REGIONS)]


def _wrong_entries(yours, right):
    scale = max(np.abs(right).max(), np.abs(yours).max())
    return np.abs(yours - right) > FIT * scale


def where_wrong(yours, right):
    """Which entries are wrong: whole rows or columns, a few, or how many."""
    wrong = _wrong_entries(yours, right)
    count, place = int(wrong.sum()), ""
    if right.ndim == 2 and not wrong.all():
        rows, columns = wrong.any(axis=1), wrong.any(axis=0)
        listed = {
            "rows": ", ".join(map(str, np.flatnonzero(rows))),
            "columns": ", ".join(map(str, np.flatnonzero(columns))),
        }
        whole_rows = np.array_equal(wrong, np.outer(rows, columns | True))
        whole_columns = np.array_equal(wrong, np.outer(rows | True, columns))
        if whole_rows and columns.size > 1:
            place = f" only in rows {listed['rows']}"
        elif whole_columns and rows.size > 1:
            place = f" only in columns {listed['columns']}"
        elif count <= 3:
            entries = map(str, map(tuple, np.argwhere(wrong).tolist()))
            place = f" only at {'entry' if count == 1 else 'entries'} "
            place += ", ".join(entries)
        else:
            place = "".join(
                f", only in {lines} {listed[lines]}"
                for lines, touched in (("rows", rows), ("columns", columns))
                if not touched.all()
            )
    zero = ": yours is 0 there" if not yours[wrong].any() else ""
    said = (
        "wrong"
        if place.startswith(" only")
        else (f"wrong in {count} of {wrong.size} entries")
    )
    return Finding(1, "where", [said + place + zero], LOOK)


def _shape(yours, right):
    said = f"its shape is {yours.shape}, not {right.shape}"
    return Finding(2, "shape", [said], SHAPES)


SHAPES = "Write each product with its shapes: (n, m) @ (m, p) gives (n, p)."
FACTORS = "Compare each constant with the derivation: where does 1/m go?"
AXES = "Sum over the examples: axis=1, keepdims=True."
TERMS = "Add up one term for every path from the variable to the cost."
SLOPES = "Check the activation's derivative, and where it is taken."
ZERO = "Compute every gradient the exercise asks for."
LOOK = "Compare those entries with a loop over the indices."
REGIONS = "Look at those entries: the inputs that select them decide them."
