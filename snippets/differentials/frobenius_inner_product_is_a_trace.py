"""<P, Q>, the sum of P[i,j] Q[i,j] over all entries, equals tr(P.T Q);
and the trace is cyclic: tr(P M) = tr(M P), though P M and M P differ."""

import numpy as np
from gradcheck import digits

rng = np.random.default_rng(0)
P, Q = rng.standard_normal((2, 3)), rng.standard_normal((2, 3))
M = rng.standard_normal((3, 2))


def trace(S):
    """tr(S): the sum of the diagonal entries of a square matrix S."""
    assert S.shape[0] == S.shape[1], "only a square matrix has a trace"
    return sum(S[i, i] for i in range(S.shape[0]))


# <P, Q> by its definition: entry times entry, summed over all six entries.
inner = sum(P[i, j] * Q[i, j] for i in range(2) for j in range(3))
rows = [
    ("sum_ij P[i,j] Q[i,j]", inner, ""),
    ("np.sum(P * Q)", np.sum(P * Q), ""),
    ("tr(P.T @ Q)", trace(P.T @ Q), "  (P.T @ Q is 3 × 3)"),
    ("tr(P @ Q.T)", trace(P @ Q.T), "  (P @ Q.T is 2 × 2)"),
    ("tr(P @ M)", trace(P @ M), "  (P @ M is 2 × 2)"),
    ("tr(M @ P)", trace(M @ P), "  (M @ P is 3 × 3)"),
]
for text, value, note in rows:  # products and sums by NumPy: 4 safe digits
    print(f"{text:20} = {digits(value, '.4f')}{note}")

assert np.isclose(np.sum(P * Q), inner)
assert np.isclose(trace(P.T @ Q), inner)
assert np.isclose(trace(P @ Q.T), inner)
assert np.isclose(np.trace(P.T @ Q), inner)  # NumPy's trace agrees
assert np.isclose(trace(P @ M), trace(M @ P))
