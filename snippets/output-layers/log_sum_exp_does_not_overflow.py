"""log sum_p e^(z_p) = c + log sum_p e^(z_p - c) with c = max_p z_p never
overflows, and gives the log-softmax Z - LSE(Z) that cross-entropy needs:
finite where -log(naive softmax) is inf."""

import numpy as np
from gradcheck import rounded

np.set_printoptions(precision=4, suppress=True)
ZL = np.array(
    [
        [1.0, 1000.0, -1000.0, -800.0],
        [2.0, 1001.0, -1001.0, 0.0],
        [0.5, 999.0, -999.0, 0.0],
    ]
)  # (n_L, m) = (3, 4)
Y = np.array(
    [
        [0.0, 0.0, 0.0, 1.0],
        [1.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 1.0, 0.0],
    ]
)  # column 3: the label is the class the scores rule out


# --8<-- [start:stable]
def log_sum_exp(Z):
    """log sum_p exp(Z[p, j]) for every column j: shape (1, m)."""
    c = np.max(Z, axis=0, keepdims=True)  # (1, m)
    return c + np.log(np.sum(np.exp(Z - c), axis=0, keepdims=True))


def cross_entropy(Z, Y):
    """Per-column -sum_i Y_ij log S_ij, with log S = Z - LSE(Z): (1, m)."""
    return -np.sum(Y * (Z - log_sum_exp(Z)), axis=0, keepdims=True)


# --8<-- [end:stable]
# The naive versions overflow (e^1000 = inf) or take log(0) = -inf; we
# silence NumPy's RuntimeWarnings for this demonstration only, so that they
# do not reach standard error.
with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
    naive_lse = np.log(np.sum(np.exp(ZL), axis=0, keepdims=True))
    E = np.exp(ZL)
    naive_ce = -np.sum(Y * np.log(E / np.sum(E, axis=0)), axis=0)
stable_lse = log_sum_exp(ZL)
# NumPy's log(e^a + e^b), folded down each column: an independent LSE.
reference = np.logaddexp.reduce(ZL, axis=0)
print(f"naive log-sum-exp:    {rounded(naive_lse.ravel())}")
print(f"stable log-sum-exp:   {rounded(stable_lse.ravel())}")
print(f"np.logaddexp.reduce:  {rounded(reference)}")
print(f"naive cross-entropy:  {rounded(naive_ce)}")
print(f"stable cross-entropy: {rounded(cross_entropy(ZL, Y).ravel())}")

assert np.isinf(naive_lse[0, 1]) and np.isinf(naive_lse[0, 2])
assert np.allclose(stable_lse, reference)
assert np.isclose(stable_lse[0, 0], naive_lse[0, 0])
assert np.isclose(cross_entropy(ZL, Y)[0, 0], naive_ce[0])
assert np.isinf(naive_ce[3])
# Column 3 by hand: LSE(-800, 0, 0) = log 2 + log(1 + e^-800 / 2) = log 2.
assert np.isclose(cross_entropy(ZL, Y)[0, 3], 800 + np.log(2))
