"""One step of the recurrence, at layer 2 of a four-layer network: from dA2
alone, the four lines give dZ2, dW2, db2 and dA1, and each agrees with
finite differences of J (times m for dZ2 and dA1, gradients of mJ)."""

from functools import partial

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import (
    deep_cost,
    deep_cost_as_function_of,
    deep_example,
    deep_forward,
    relu,
    sigmoid,
    softmax,
)

SIZES = [3, 5, 4, 6, 2]  # n0, ..., n4
ACTIVATIONS = ["relu", "tanh", "sigmoid", "softmax"]
G = [relu, np.tanh, sigmoid, softmax]  # g[1], ..., g[4]
X, Y, params = deep_example(SIZES, ACTIVATIONS, m=7, seed=2)
_, caches = deep_forward(X, params, ACTIVATIONS)
m = X.shape[1]
W2, Z2, A2, A1 = params["W2"], caches["Z2"], caches["A2"], caches["A1"]


def cost_from_layer(l, A):
    """J as a function of A[l]: layers l+1, ..., 4 run forward from it."""
    for k in range(l + 1, 5):
        Z = params[f"W{k}"] @ A + params[f"b{k}"]
        A = G[k - 1](Z)
    return deep_cost(Z, Y, "softmax")


# The upstream gradient, by finite differences: the step is checked alone.
dA2 = m * numerical_gradient(partial(cost_from_layer, 2), A2)  # (4, 7)

# --8<-- [start:step]
dZ2 = dA2 * (1 - A2**2)  # (4, 7) * (4, 7): tanh'(Z2) = 1 - A2**2
dW2 = dZ2 @ A1.T / m  # (4, 7) @ (7, 5) -> (4, 5), the shape of W2
db2 = np.sum(dZ2, axis=1, keepdims=True) / m  # (4, 1), the shape of b2
dA1 = W2.T @ dZ2  # (5, 4) @ (4, 7) -> (5, 7), the shape of A1
# --8<-- [end:step]

numeric = {
    "dZ2": m * numerical_gradient(lambda Z: cost_from_layer(2, np.tanh(Z)), Z2),
    "dW2": numerical_gradient(
        deep_cost_as_function_of("W2", X, Y, params, ACTIVATIONS), W2
    ),
    "db2": numerical_gradient(
        deep_cost_as_function_of("b2", X, Y, params, ACTIVATIONS), params["b2"]
    ),
    "dA1": m * numerical_gradient(partial(cost_from_layer, 1), A1),
}
for name, value in {"dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1}.items():
    error = relative_error(value, numeric[name])
    print(f"{name} {value.shape!s:7} relative error {bound(error)}")
    assert error < 1e-7, name
