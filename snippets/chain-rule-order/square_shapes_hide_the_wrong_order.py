"""When n1 = n2 = m, dZ2 @ W2.T runs, has the right shape, and is wrong."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)

np.set_printoptions(precision=4, suppress=True)
W2 = np.array([[1.0, 2.0], [3.0, 4.0]])  # n2 × n1 = 2 × 2
A1 = np.array([[0.5, -1.0], [2.0, 1.0]])  # n1 × m = 2 × 2
dZ2 = np.array([[1.0, -1.0], [2.0, 1.0]])  # n2 × m: the upstream gradient


def loss(A1):
    return np.sum(dZ2 * (W2 @ A1))  # any loss whose gradient by Z2 is dZ2


# --8<-- [start:formula]
right = W2.T @ dZ2
wrong = dZ2 @ W2.T
# --8<-- [end:formula]
numeric = numerical_gradient(loss, A1)
print("W2.T @ dZ2 =", right, "dZ2 @ W2.T =", wrong, sep="\n")
print("finite differences =", rounded(numeric), sep="\n")
right_error = relative_error(right, numeric)
wrong_error = relative_error(wrong, numeric)
print(f"relative error of W2.T @ dZ2: {bound(right_error)}")
print(f"relative error of dZ2 @ W2.T: {digits(wrong_error, '.2f')}")

assert wrong.shape == right.shape == A1.shape  # the shape check passes
assert right_error < 1e-8  # the loss is linear in A1: only rounding error
assert wrong_error > 0.5
