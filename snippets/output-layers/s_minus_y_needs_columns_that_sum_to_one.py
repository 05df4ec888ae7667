"""With categorical cross-entropy the exact gradient of the summed loss is
dZ[:, j] = S[:, j] * (sum of Y[:, j]) - Y[:, j]. It equals S - Y only in the
columns of Y that sum to 1."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(3)
n_L, m = 3, 4
ZL = rng.standard_normal((n_L, m))
Y = np.array(
    [
        [1.0, 1.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 0.7],
        [0.0, 0.0, 0.0, 0.3],
    ]
)  # one-hot, two labels ("multi-hot"), no label (padding), soft label


def cost(ZL):
    return -np.sum(Y * np.log(softmax(ZL))) / m


S = softmax(ZL)
# --8<-- [start:formula]
column_sums = np.sum(Y, axis=0, keepdims=True)  # (1, m): 1ᵀY
dZL = S * column_sums - Y  # (n_L, m); each column of S scaled by its sum
# --8<-- [end:formula]
numeric = m * numerical_gradient(cost, ZL)
print(f"column sums of Y: {column_sums.ravel()}")
print("S * (column sums) - Y =", rounded(dZL), sep="\n")
print("m × finite differences =", rounded(numeric), sep="\n")
print("S - Y =", rounded(S - Y), sep="\n")
error = relative_error(dZL, numeric)
print(f"relative error of S * (column sums) - Y: {bound(error)}")
for j in range(m):
    column_error = relative_error((S - Y)[:, j], numeric[:, j])
    verdict = "matches" if column_error < 1e-7 else "wrong"
    print(f"column {j} (sum {column_sums[0, j]:.0f}): S - Y {verdict}")
    assert (column_error < 1e-7) == (column_sums[0, j] == 1.0)

assert error < 1e-7
