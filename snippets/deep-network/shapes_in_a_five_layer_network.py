"""In a five-layer network with sizes n0, ..., n5 = 4, 7, 6, 5, 3, 2 and
m = 8 examples, dW3 is n3 x n2 = 5 x 6, db3 is 5 x 1, dZ3 is n3 x m = 5 x 8
and dA2 is n2 x m = 6 x 8. dZ3 and dA2 agree with finite differences."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import (
    deep_backward,
    deep_cost,
    deep_example,
    deep_forward,
    relu,
    softmax,
)

SIZES = [4, 7, 6, 5, 3, 2]  # n0, ..., n5
NAMES = ["relu", "tanh", "relu", "tanh", "softmax"]
G = [relu, np.tanh, relu, np.tanh, softmax]  # g[1], ..., g[5]
X, Y, params = deep_example(SIZES, NAMES, m=8, seed=0)
W3, W4, W5 = params["W3"], params["W4"], params["W5"]
m = X.shape[1]
_, caches = deep_forward(X, params, NAMES)
A2, Z3, A3, A4, A5 = (caches[k] for k in ["A2", "Z3", "A3", "A4", "A5"])

grads = deep_backward(X, Y, params, caches, NAMES)  # dW1, db1, ..., db5
# dZ3 and dA2 are not returned: the recurrence, by hand.
dZ5 = A5 - Y  # (2, 8)
dZ4 = (W5.T @ dZ5) * (1 - A4**2)  # (3, 2) @ (2, 8) -> (3, 8); tanh
dZ3 = (W4.T @ dZ4) * (A3 > 0)  # (5, 3) @ (3, 8) -> (5, 8); relu
dA2 = W3.T @ dZ3  # (6, 5) @ (5, 8) -> (6, 8)

shapes = {
    "dW3": grads["dW3"].shape,
    "db3": grads["db3"].shape,
    "dZ3": dZ3.shape,
    "dA2": dA2.shape,
}
for name, shape in shapes.items():
    print(name, shape)
assert shapes == {"dW3": (5, 6), "db3": (5, 1), "dZ3": (5, 8), "dA2": (6, 8)}


def cost_from(l, A):
    """J as a function of A[l]: layers l+1, ..., 5 run forward from it."""
    for k in range(l + 1, 6):
        Z = params[f"W{k}"] @ A + params[f"b{k}"]
        A = G[k - 1](Z)
    return deep_cost(Z, Y, "softmax")


numeric_dZ3 = m * numerical_gradient(lambda Z3: cost_from(3, relu(Z3)), Z3)
numeric_dA2 = m * numerical_gradient(lambda A2: cost_from(2, A2), A2)
agree = (
    relative_error(dZ3, numeric_dZ3) < 1e-7
    and relative_error(dA2, numeric_dA2) < 1e-7
)
print("dZ3 and dA2 agree with finite differences:", agree)
assert agree
