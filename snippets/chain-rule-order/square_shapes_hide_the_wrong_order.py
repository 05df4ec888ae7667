"""When n1 = n2 = m, dZ2 @ W2.T runs, has the right shape, and is wrong."""

import numpy as np
from gradcheck import numerical_gradient, relative_error

np.set_printoptions(precision=4, suppress=True)
W2 = np.array([[1.0, 2.0], [3.0, 4.0]])  # n2 × n1 = 2 × 2
A1 = np.array([[0.5, -1.0], [2.0, 1.0]])  # n1 × m = 2 × 2
dZ2 = np.array([[1.0, -1.0], [2.0, 1.0]])  # n2 × m: the upstream gradient


def loss(A1):
    return np.sum(dZ2 * (W2 @ A1))  # any loss whose gradient by Z2 is dZ2


right = W2.T @ dZ2
wrong = dZ2 @ W2.T
numeric = numerical_gradient(loss, A1)
print("W2.T @ dZ2 =", right, "dZ2 @ W2.T =", wrong, sep="\n")
print("finite differences =", numeric.round(4), sep="\n")
print(f"W2.T @ dZ2 matches: {relative_error(right, numeric) < 1e-8}")
print(f"dZ2 @ W2.T matches: {relative_error(wrong, numeric) < 1e-8}")

assert wrong.shape == right.shape == A1.shape  # the shape check passes
assert relative_error(right, numeric) < 1e-8
assert relative_error(wrong, numeric) > 0.5
