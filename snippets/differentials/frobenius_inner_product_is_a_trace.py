"""<P, Q>, the sum of P[i,j] Q[i,j] over all entries, equals tr(P.T Q);
and the trace is cyclic: tr(P M) = tr(M P), though P M and M P differ."""

import numpy as np

rng = np.random.default_rng(0)
P, Q = rng.standard_normal((2, 3)), rng.standard_normal((2, 3))
M = rng.standard_normal((3, 2))


def trace(S):
    """tr(S): the sum of the diagonal entries of a square matrix S."""
    assert S.shape[0] == S.shape[1], "only a square matrix has a trace"
    return sum(S[i, i] for i in range(S.shape[0]))


# <P, Q> by its definition: entry times entry, summed over all six entries.
inner = sum(P[i, j] * Q[i, j] for i in range(2) for j in range(3))
print(f"sum_ij P[i,j] Q[i,j] = {inner:.4f}")
print(f"np.sum(P * Q)        = {np.sum(P * Q):.4f}")
print(f"tr(P.T @ Q)          = {trace(P.T @ Q):.4f}  (P.T @ Q is 3 × 3)")
print(f"tr(P @ Q.T)          = {trace(P @ Q.T):.4f}  (P @ Q.T is 2 × 2)")
print(f"tr(P @ M)            = {trace(P @ M):.4f}  (P @ M is 2 × 2)")
print(f"tr(M @ P)            = {trace(M @ P):.4f}  (M @ P is 3 × 3)")

assert np.isclose(np.sum(P * Q), inner)
assert np.isclose(trace(P.T @ Q), inner)
assert np.isclose(trace(P @ Q.T), inner)
assert np.isclose(np.trace(P.T @ Q), inner)  # NumPy's trace agrees
assert np.isclose(trace(P @ M), trace(M @ P))
