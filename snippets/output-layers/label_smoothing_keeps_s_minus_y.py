"""With label smoothing, Y_smooth = (1 - eps) Y + eps / n_L, every column
still sums to 1, so softmax + cross-entropy still gives dZ = S - Y_smooth."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(9)
n_L, m = 4, 3
eps = 0.1
ZL = rng.standard_normal((n_L, m))
Y = np.eye(n_L)[:, [1, 3, 0]]  # one-hot
Y_smooth = (1 - eps) * Y + eps / n_L  # (n_L, m)


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def cost(ZL):
    return -np.sum(Y_smooth * np.log(softmax(ZL))) / m


dZL = softmax(ZL) - Y_smooth
numeric = m * numerical_gradient(cost, ZL)
error = relative_error(dZL, numeric)
print("Y_smooth =", Y_smooth, sep="\n")
print(f"column sums: {rounded(Y_smooth.sum(axis=0))}")
print("S - Y_smooth =", rounded(dZL), sep="\n")
print("m × finite differences =", rounded(numeric), sep="\n")
print(f"relative error: {bound(error)}")

assert np.allclose(Y_smooth.sum(axis=0), 1)
assert error < 1e-7
