"""dW2 = dZ2 A1.T / m and db2 = (row sums of dZ2) / m: gradients of J."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
A1, m = cache["A1"], X.shape[1]
W2, b2 = params["W2"], params["b2"]

dZ2 = A2 - Y  # (1, 5)
# --8<-- [start:dw2]
dW2 = dZ2 @ A1.T / m  # (1, 5) @ (5, 4) -> (1, 4), the shape of W2
# --8<-- [end:dw2]
# --8<-- [start:db2]
db2 = np.sum(dZ2, axis=1, keepdims=True) / m  # (1, 1), the shape of b2
# --8<-- [end:db2]

numeric_W2 = numerical_gradient(lambda W2: cost(sigmoid(W2 @ A1 + b2), Y), W2)
numeric_b2 = numerical_gradient(lambda b2: cost(sigmoid(W2 @ A1 + b2), Y), b2)
error_W2 = relative_error(dW2, numeric_W2)
error_b2 = relative_error(db2, numeric_b2)
print("dW2                =", rounded(dW2))
print("finite differences =", rounded(numeric_W2))
print(f"relative error {bound(error_W2)}")
print("db2                =", rounded(db2))
print("finite differences =", rounded(numeric_b2))
print(f"relative error {bound(error_b2)}")
assert dW2.shape == W2.shape and db2.shape == b2.shape
assert error_W2 < 1e-7 and error_b2 < 1e-7
