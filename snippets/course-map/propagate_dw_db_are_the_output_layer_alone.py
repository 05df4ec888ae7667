"""Week 2's logistic regression is the output layer alone, with A[0] = X:
dw = X (A - Y).T / m and db = sum(A - Y) / m, the course's `propagate`."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)
from network import cost, sigmoid

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)
X = rng.standard_normal((3, 5))  # n_x = 3 features, m = 5 examples
Y = (rng.random((1, 5)) < 0.5).astype(float)  # (1, 5) labels
w, b = rng.standard_normal((3, 1)), 0.5  # w is a column, (3, 1)
m = X.shape[1]

# --8<-- [start:formula]
A = sigmoid(w.T @ X + b)  # (1, 3) @ (3, 5) -> (1, 5)
dw = X @ (A - Y).T / m  # (3, 5) @ (5, 1) -> (3, 1), the shape of w
db = np.sum(A - Y) / m  # a number, like b
# --8<-- [end:formula]


def cost_of_w(w):
    return cost(sigmoid(w.T @ X + b), Y)


numeric_w = numerical_gradient(cost_of_w, w)
numeric_b = numerical_gradient(
    lambda b: cost(sigmoid(w.T @ X + b), Y), np.array([[b]])
)
error_w = relative_error(dw, numeric_w)
error_b = relative_error(np.array([[db]]), numeric_b)
print("dw.T               =", rounded(dw.T))  # transposed to fit one line
print("finite differences =", rounded(numeric_w.T))
print(f"relative error {bound(error_w)}")
shown_b = digits(db, ".4f"), digits(numeric_b[0, 0], ".4f")
print(f"db = {shown_b[0]}, finite differences {shown_b[1]}")
print(f"relative error {bound(error_b)}")
# The same numbers as the two-layer page's dW2 = dZ2 A1.T / m with
# W2 = w.T and A1 = X: dw is dW2 transposed, because w is a column.
assert np.allclose(dw, ((A - Y) @ X.T / m).T)
assert error_w < 1e-7 and error_b < 1e-7
