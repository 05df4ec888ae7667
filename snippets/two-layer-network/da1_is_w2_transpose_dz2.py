"""dA1 = W2.T dZ2: the sum over i of W2[i, k] dZ2[i, l]."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
W2, b2, m = params["W2"], params["b2"], X.shape[1]

dZ2 = A2 - Y  # (1, 5)
# --8<-- [start:formula]
dA1 = W2.T @ dZ2  # (4, 1) @ (1, 5) -> (4, 5), the shape of A1
# --8<-- [end:formula]
numeric = m * numerical_gradient(
    lambda A1: cost(sigmoid(W2 @ A1 + b2), Y), cache["A1"]
)
print("W2.T @ dZ2 =", rounded(dA1), sep="\n")
print("finite differences × m =", rounded(numeric), sep="\n")
error = relative_error(dA1, numeric)
print(f"relative error {bound(error)}")
assert dA1.shape == cache["A1"].shape
assert error < 1e-7
