"""dW1 = dZ1 X.T / m and db1 = (row sums of dZ1) / m: gradients of J."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost_as_function_of, example, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
A1, m = cache["A1"], X.shape[1]

dZ1 = params["W2"].T @ (A2 - Y) * (1 - A1**2)  # (4, 5)
# --8<-- [start:formula]
dW1 = dZ1 @ X.T / m  # (4, 5) @ (5, 2) -> (4, 2), the shape of W1
db1 = np.sum(dZ1, axis=1, keepdims=True) / m  # (4, 1), the shape of b1
# --8<-- [end:formula]

numeric_W1 = numerical_gradient(
    cost_as_function_of("W1", X, Y, params), params["W1"]
)
numeric_b1 = numerical_gradient(
    cost_as_function_of("b1", X, Y, params), params["b1"]
)
error_W1 = relative_error(dW1, numeric_W1)
error_b1 = relative_error(db1, numeric_b1)
print("dW1 =", rounded(dW1), sep="\n")
print("finite differences =", rounded(numeric_W1), sep="\n")
print(f"relative error {bound(error_W1)}")
print("db1.T              =", rounded(db1.T))  # transposed to fit one line
print("finite differences =", rounded(numeric_b1.T))
print(f"relative error {bound(error_b1)}")
assert dW1.shape == params["W1"].shape and db1.shape == params["b1"].shape
assert error_W1 < 1e-7 and error_b1 < 1e-7
