"""Subtracting each column's maximum leaves the softmax unchanged and keeps
every exponent <= 0: no overflow, no 0/0. The naive exp(Z) / sum(exp(Z))
returns nan for large or very negative scores."""

import numpy as np
from gradcheck import rounded

np.set_printoptions(precision=4, suppress=True)
ZL = np.array(
    [
        [1.0, 1000.0, -1000.0],
        [2.0, 1001.0, -1001.0],
        [0.5, 999.0, -999.0],
    ]
)  # (n_L, m) = (3, 3): moderate, huge and very negative scores


def naive_softmax(Z):
    E = np.exp(Z)
    return E / np.sum(E, axis=0, keepdims=True)


# --8<-- [start:stable]
def softmax(Z):
    """Softmax of every column; exp never sees a positive number."""
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))  # (n_L, m), max entry 1
    return E / np.sum(E, axis=0, keepdims=True)  # each sum is >= 1


# --8<-- [end:stable]
# The naive version overflows (e^1000 = inf, inf / inf = nan) and underflows
# (e^-1000 = 0, 0 / 0 = nan): we silence NumPy's RuntimeWarnings for exactly
# this demonstration, so that they do not reach standard error.
with np.errstate(over="ignore", invalid="ignore"):
    naive = naive_softmax(ZL)
stable = softmax(ZL)
print("naive  =", rounded(naive), sep="\n")
print("stable =", rounded(stable), sep="\n")

# Independent of either formula: a softmax column is the unique vector with
# entries summing to 1 and ratios s_i / s_k = e^(z_i - z_k).
ratios = stable[:, None, :] / stable[None, :, :]  # [i, k, j] = S_ij / S_kj
expected = np.exp(ZL[:, None, :] - ZL[None, :, :])
print(f"stable columns sum to 1: {np.allclose(stable.sum(axis=0), 1)}")
print(f"stable ratios are e^(z_i - z_k): {np.allclose(ratios, expected)}")
print(f"stable = naive in column 0: {np.allclose(stable[:, 0], naive[:, 0])}")

assert np.isnan(naive[:, 1:]).all()
assert np.allclose(stable.sum(axis=0), 1)
assert np.allclose(ratios, expected)
assert np.allclose(stable[:, 0], naive[:, 0])
