"""With n1 = n2 = m = 2, W2 = [[1, 2], [3, 4]] and dZ2 = [[1, 0], [0, 0]],
both W2.T @ dZ2 and dZ2 @ W2.T are 2 × 2; only W2.T @ dZ2 is dA1."""

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
A1 = np.array([[0.5, -1.0], [2.0, 1.0]])  # n1 × m = 2 × 2, any values
dZ2 = np.array([[1.0, 0.0], [0.0, 0.0]])  # n2 × m: only example 1 matters

right = W2.T @ dZ2
wrong = dZ2 @ W2.T
numeric = numerical_gradient(lambda A1: np.sum(dZ2 * (W2 @ A1)), A1)
print("W2.T @ dZ2 =", right, "dZ2 @ W2.T =", wrong, sep="\n")
print("finite differences =", rounded(numeric), sep="\n")
right_error = relative_error(right, numeric)
wrong_error = relative_error(wrong, numeric)
print(f"relative error of W2.T @ dZ2: {bound(right_error)}")
print(f"relative error of dZ2 @ W2.T: {digits(wrong_error, '.2f')}")

assert right.shape == wrong.shape == A1.shape  # the shape check passes both
assert right_error < 1e-8  # the loss is linear in A1: only rounding error
assert wrong_error > 0.5
assert np.all(numeric[:, 1] == 0)  # example 2 has no upstream gradient
assert wrong[0, 1] == dZ2[0, 0] * W2[1, 0] == 3  # example 1's, in column 2
