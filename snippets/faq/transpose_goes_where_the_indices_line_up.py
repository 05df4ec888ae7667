"""dA1 = W2.T @ dZ2 is the index sum over the output units i,
sum_i W2[i, k] dZ2[i, j]; it matches finite differences, and in the week-3
shapes the naive product dZ2 @ W2.T does not even multiply."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, example, sigmoid, two_layer_forward

X, Y, params = example(n0=2, n1=4, n2=1, m=5)
W2, b2, m = params["W2"], params["b2"], X.shape[1]
A2, cache = two_layer_forward(X, params)
A1, dZ2 = cache["A1"], A2 - Y  # (4, 5) and (1, 5)

dA1 = W2.T @ dZ2  # (4, 1) @ (1, 5) -> (4, 5)
index_sum = np.einsum("ik,ij->kj", W2, dZ2)  # sum over i of W2_ik dZ2_ij
numeric = m * numerical_gradient(lambda A1: cost(sigmoid(W2 @ A1 + b2), Y), A1)
same = np.allclose(dA1, index_sum)
matches = relative_error(dA1, numeric) < 1e-7
print(f"W2.T @ dZ2 {dA1.shape}: equals the index sum: {same}")
print(f"W2.T @ dZ2 matches finite differences: {matches}")
try:
    dZ2 @ W2.T
except ValueError:
    print(f"dZ2 @ W2.T: {dZ2.shape} @ {W2.T.shape} does not multiply")
else:
    raise AssertionError("(1, 5) @ (4, 1) should not multiply")

assert same and matches
