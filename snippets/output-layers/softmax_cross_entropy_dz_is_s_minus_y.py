"""Softmax with categorical cross-entropy and one-hot labels: pushing
dA = -Y / S through the softmax's Jacobian, column by column, gives
dZ = S - Y, the gradient of the summed loss m J."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(2)
n_L, m = 4, 5
ZL = rng.standard_normal((n_L, m))
labels = np.array([2, 0, 3, 3, 1])  # the class of each example
Y = np.zeros((n_L, m))
Y[labels, np.arange(m)] = 1.0  # one-hot columns: each sums to 1


def cost(ZL):
    """J: categorical cross-entropy, mean over the m columns."""
    return -np.sum(Y * np.log(softmax(ZL))) / m


S = softmax(ZL)
dAL = -Y / S  # (n_L, m): the loss's derivative by S, entry by entry
through_jacobian = S * (dAL - np.sum(S * dAL, axis=0, keepdims=True))
# --8<-- [start:formula]
dZL = S - Y  # (n_L, m)
# --8<-- [end:formula]
numeric = m * numerical_gradient(cost, ZL)
print("Y =", Y, sep="\n")
print("dA pushed through the Jacobian =", rounded(through_jacobian), sep="\n")
print("S - Y =", rounded(dZL), sep="\n")
print("m × finite differences of J =", rounded(numeric), sep="\n")
error = relative_error(dZL, numeric)
print(f"relative error: {bound(error)}")

assert np.allclose(through_jacobian, dZL)
assert error < 1e-7
