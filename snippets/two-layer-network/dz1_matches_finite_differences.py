"""dZ1 = W2.T dZ2 * (1 - A1**2): the formula from the course, checked."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
W2, b2, m = params["W2"], params["b2"], X.shape[1]
A1 = cache["A1"]

dZ2 = A2 - Y
# --8<-- [start:formula]
# @ and * have equal precedence and apply left to right: @ first, as meant.
dZ1 = W2.T @ dZ2 * (1 - A1**2)
# --8<-- [end:formula]
numeric = m * numerical_gradient(
    lambda Z1: cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y), cache["Z1"]
)
print("W2.T @ dZ2 * (1 - A1**2) =", rounded(dZ1), sep="\n")
print("finite differences × m =", rounded(numeric), sep="\n")
error = relative_error(dZ1, numeric)
print(f"relative error {bound(error)}")
assert error < 1e-7
