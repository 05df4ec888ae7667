"""The gradient G of a scalar L(Z) is the array, shaped like Z, whose inner
product with a small change d(Z) gives the change of L, to first order."""

import numpy as np
from gradcheck import digits, numerical_gradient, rounded
from network import sigmoid

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)
Z = rng.standard_normal((2, 3))  # any shape; 2 × 3 here
Y = np.array([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]])


def L(Z):
    """The summed binary cross-entropy of sigmoid(Z) against Y: a number."""
    A = sigmoid(Z)
    return -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))


G = numerical_gradient(L, Z)  # G[i, j] = dL/dZ[i, j], one entry at a time
change_Z = 1e-3 * rng.standard_normal((2, 3))  # a small change of every entry
actual = L(Z + change_Z) - L(Z)
linear = np.sum(G * change_Z)  # <G, d(Z)>

print("G =", rounded(G), sep="\n")
print(f"G has shape {G.shape}, the shape of Z {Z.shape}")
print(f"L(Z + d(Z)) - L(Z) = {digits(actual, '.7f')}")
print(f"<G, d(Z)>          = {digits(linear, '.7f')}")
assert G.shape == Z.shape
assert abs(actual - linear) < 1e-3 * abs(actual)  # second order: ~1e-6
