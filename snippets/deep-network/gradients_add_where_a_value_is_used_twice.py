"""A1 feeds layer 2 and, through a skip connection, layer 3. Its gradient
is the sum of what each use sends back, W2.T dZ2 + S3.T dZ3; either term
alone disagrees with finite differences."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error
from network import deep_cost, sigmoid

rng = np.random.default_rng(4)
n0, n1, n2, n3, m = 3, 4, 5, 2, 6
X = rng.standard_normal((n0, m))
Y = (rng.random((n3, m)) < 0.5).astype(float)
W1, b1 = rng.standard_normal((n1, n0)), rng.standard_normal((n1, 1))
W2, b2 = rng.standard_normal((n2, n1)), rng.standard_normal((n2, 1))
W3, b3 = rng.standard_normal((n3, n2)), rng.standard_normal((n3, 1))
S3 = rng.standard_normal((n3, n1))  # the skip connection's weights


def cost_from_A1(A1):
    """J as a function of A1: layers 2 and 3 run forward from it."""
    A2 = np.tanh(W2 @ A1 + b2)  # (n2, m)
    Z3 = W3 @ A2 + S3 @ A1 + b3  # (n3, m): A1 is used a second time
    return deep_cost(Z3, Y, "sigmoid")


A1 = np.tanh(W1 @ X + b1)  # (n1, m)
A2 = np.tanh(W2 @ A1 + b2)  # (n2, m)
A3 = sigmoid(W3 @ A2 + S3 @ A1 + b3)  # (n3, m)

dZ3 = A3 - Y  # (n3, m)
dZ2 = (W3.T @ dZ3) * (1 - A2**2)  # (n2, m)
# --8<-- [start:sum]
through_layer_2 = W2.T @ dZ2  # (n1, n2) @ (n2, m) -> (n1, m)
through_skip = S3.T @ dZ3  # (n1, n3) @ (n3, m) -> (n1, m)
dA1 = through_layer_2 + through_skip  # (n1, m): one term per use of A1
# --8<-- [end:sum]

numeric = m * numerical_gradient(cost_from_A1, A1)
candidates = {
    "W2.T @ dZ2 + S3.T @ dZ3": dA1,
    "W2.T @ dZ2 alone": through_layer_2,
    "S3.T @ dZ3 alone": through_skip,
}
for formula, value in candidates.items():
    error = relative_error(value, numeric)
    shown = bound(error) if error < 1e-2 else digits(error, ".2f")
    print(f"{formula:24} relative error {shown}")
assert relative_error(dA1, numeric) < 1e-7
assert relative_error(through_layer_2, numeric) > 1e-2
assert relative_error(through_skip, numeric) > 1e-2
