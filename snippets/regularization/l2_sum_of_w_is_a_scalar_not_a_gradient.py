"""Candidates for the penalty's share of dW, for the penalty
(lambda / 2m) * ||W||_F^2 of one layer: only (lambda / m) * W is right.
lambda / m * np.sum(W) is one number added to every entry (broadcasting
hides it: the shape is right); without the 2 of the square's derivative,
or without W, the numbers are wrong too."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(3)
W = rng.standard_normal((3, 4))  # one layer's weights (n_l, n_{l-1})
m, lambd = 5, 0.7


def penalty(W):
    """(lambda / 2m) * (the sum of the squares of W's entries)."""
    return lambd / (2 * m) * np.sum(np.square(W))


numeric = numerical_gradient(penalty, W)  # (3, 4)
candidates = {
    "lambd / m * W": lambd / m * W,
    "lambd / m * np.sum(W)": lambd / m * np.sum(W),  # a scalar
    "lambd / (2 * m) * W": lambd / (2 * m) * W,
    "lambd / m * np.ones_like(W)": lambd / m * np.ones_like(W),
}
for label, candidate in candidates.items():
    added = np.zeros_like(W) + candidate  # what dW += candidate adds
    error = relative_error(added, numeric)
    verdict = "right" if bound(error) == "< 1e-7" else "wrong"
    shape = np.shape(candidate)
    print(f"{label:28} shape {shape!s:6} -> {verdict}")
    assert (error < 1e-7) == (label == "lambd / m * W"), label
