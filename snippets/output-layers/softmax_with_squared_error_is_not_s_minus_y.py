"""Softmax with 1/2 squared error is not a matched pair: dA = S - Y goes
through the softmax's Jacobian, dZ = S * (dA - sum(S * dA, axis=0)), and
the result is not S - Y."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(10)
n_L, m = 3, 4
ZL = rng.standard_normal((n_L, m))
Y = np.eye(n_L)[:, [0, 2, 1, 2]]  # one-hot


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def cost(ZL):
    return np.sum((softmax(ZL) - Y) ** 2) / 2 / m


S = softmax(ZL)
dAL = S - Y  # (n_L, m)
dZL = S * (dAL - np.sum(S * dAL, axis=0, keepdims=True))  # (n_L, m)
numeric = m * numerical_gradient(cost, ZL)
error = relative_error(dZL, numeric)
wrong = relative_error(S - Y, numeric)
print("S * (dA - sum(S * dA, axis=0)) =", rounded(dZL), sep="\n")
print("m × finite differences         =", rounded(numeric), sep="\n")
print(f"relative error: {bound(error)}")
print(f"relative error of S - Y: {digits(wrong, '.2f')}")

assert error < 1e-7
assert wrong > 0.1
