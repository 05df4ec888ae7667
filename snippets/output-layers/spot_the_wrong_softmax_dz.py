"""Spot the wrong dZ for softmax + cross-entropy with one-hot Y on square
shapes (n_L = m = 3), where every candidate runs: only S - Y and the full
vector-Jacobian product with sums over axis 0 match finite differences."""

import numpy as np
from gradcheck import numerical_gradient, relative_error

rng = np.random.default_rng(8)
n_L, m = 3, 3  # square: no candidate fails with a shape error
ZL = rng.standard_normal((n_L, m))
Y = np.eye(n_L)[:, [2, 0, 2]]  # one-hot columns


def softmax(Z, axis):
    E = np.exp(Z - np.max(Z, axis=axis, keepdims=True))
    return E / np.sum(E, axis=axis, keepdims=True)


def cost(ZL):
    return -np.sum(Y * np.log(softmax(ZL, axis=0))) / m


S = softmax(ZL, axis=0)  # the right softmax: over the units of each column
dA = -Y / S
over_units = np.sum(S * dA, axis=0, keepdims=True)  # (1, m)
over_examples = np.sum(S * dA, axis=1, keepdims=True)  # (n_L, 1)
candidates = {
    "(a) S - Y": S - Y,
    "(b) dA * S * (1 - S)": dA * S * (1 - S),
    "(c) softmax(Z, axis=1) - Y": softmax(ZL, axis=1) - Y,
    "(d) S * (dA - sum(S * dA, axis=0))": S * (dA - over_units),
    "(e) S * (dA - sum(S * dA, axis=1))": S * (dA - over_examples),
}
numeric = m * numerical_gradient(cost, ZL)
for name, dZL in candidates.items():
    right = relative_error(dZL, numeric) < 1e-7
    print(f"{name:36} shape {dZL.shape}  right: {right}")
    assert right == name.startswith(("(a)", "(d)")), name  # the right two
