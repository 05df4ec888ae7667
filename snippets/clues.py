"""What an exercise tells its checker: the classic mistakes, each as the
answer it gives, and what the inputs say (sets of entries, factors, terms,
the activation's derivative). relations.py uses them to name what relates
a wrong gradient to the right one; each practice_<topic>.py module builds
them for its exercises, with the helpers below.
"""

from dataclasses import dataclass, field

import numpy as np


# --8<-- [start:clues]
@dataclass
class Clues:
    """What an exercise's inputs say about the mistakes worth naming.

    mistakes: {name: {gradient: the answer it gives, or None}};
    factors: {symbol: (value, meaning)}: scalars a slip multiplies by;
    regions: {"where Z < 0": boolean array}: sets of entries;
    terms: {gradient: {name: array}}: the terms a gradient adds up;
    summands: {gradient: S} when the gradient is S.sum(axis=1, keepdims);
    per_unit: {name: (n, 1) array}: factors that differ unit by unit;
    slope: the activation's derivative, when the answer depends on one;
    zeros: what puts the right answer's zeros where they are.
    """

    mistakes: dict = field(default_factory=dict)
    factors: dict = field(default_factory=dict)
    regions: dict = field(default_factory=dict)
    terms: dict = field(default_factory=dict)
    summands: dict = field(default_factory=dict)
    per_unit: dict = field(default_factory=dict)
    slope: object = None
    zeros: str = ""


# --8<-- [end:clues]
@dataclass
class Slope:
    """The right derivative g' (a key of DERIVATIVES) at `place`, the places
    it could be taken at ({"Z": Z, "A": A}), and `rebuild(local)`: the
    gradients an answer gives with `local` in place of g'."""

    right: str
    place: str
    places: dict
    rebuild: object
    alpha: float | None = None  # leaky ReLU's slope, if the page has one


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


DERIVATIVES = {  # name: the derivative as a function of where it is taken
    "tanh' = 1 - tanh^2": lambda x, a: 1 - np.tanh(x) ** 2,
    "sigmoid' = s (1 - s)": lambda x, a: sigmoid(x) * (1 - sigmoid(x)),
    "sigmoid (softplus' = sigmoid)": lambda x, a: sigmoid(x),
    "ReLU' (1 where > 0, else 0)": lambda x, a: (x > 0) * 1.0,
    "leaky ReLU' (1 where > 0, else alpha)": lambda x, a: np.where(
        x > 0, 1.0, a
    ),
    "the slopes swapped (alpha where > 0, 1 elsewhere)": lambda x, a: np.where(
        x > 0, a, 1.0
    ),
    "1 - x^2 (tanh' written for x = tanh(z))": lambda x, a: 1 - x**2,
    "x (1 - x) (sigmoid' written for x = sigmoid(z))": lambda x, a: x * (1 - x),
    "(1 - tanh)^2": lambda x, a: (1 - np.tanh(x)) ** 2,
    "1 - tanh, the square missing": lambda x, a: 1 - np.tanh(x),
    "1 - x (tanh' written for x = tanh(z), the square missing)": lambda x, a: (
        1 - x
    ),
    "1 - sigmoid = sigmoid(-x)": lambda x, a: 1 - sigmoid(x),
    "tanh itself, not its derivative": lambda x, a: np.tanh(x),
    "softplus itself, not its derivative": lambda x, a: np.logaddexp(0, x),
    "exp": lambda x, a: np.exp(x),
    "1, no derivative at all": lambda x, a: np.ones_like(x),
}


# What several exercises share ------------------------------------------------


def upstream_cost(upstream, forward):
    """L(x) = sum of upstream * forward(x): a cost whose gradient by the
    output of `forward` is `upstream`, as in the pages' checks."""
    return lambda x: np.sum(upstream * forward(x))


def away_from_zero(rng, shape, gap=0.2):
    """Random entries at least `gap` from 0: no finite difference straddles
    a kink there."""
    x = rng.standard_normal(shape)
    return np.where(x >= 0, x + gap, x - gap)


def signs_of(Z, name="Z"):
    """The entries where Z is negative, and where it is positive."""
    return {f"where {name} < 0": Z < 0, f"where {name} > 0": Z > 0}
