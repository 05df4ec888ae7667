"""The shapes of the drill, for n0 = 3, n1 = 5, n2 = 2, m = 7: gradients have
the shapes of their variables, and finite differences say which gradient
each expression is; a sum over axis 0 or without keepdims does not give db."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import (
    cost,
    cost_as_function_of,
    example,
    sigmoid,
    two_layer_forward,
)

n0, n1, n2, m = 3, 5, 2, 7
X, Y, params = example(n0, n1, n2, m)
A2, cache = two_layer_forward(X, params)
W2, b2, A1 = params["W2"], params["b2"], cache["A1"]
dZ2 = A2 - Y
dZ1 = W2.T @ dZ2 * (1 - A1**2)

# (expression, its value, the shape the drill's answer gives)
answers = [
    ("dZ2", dZ2, (n2, m)),
    ("dZ2 @ A1.T / m", dZ2 @ A1.T / m, (n2, n1)),  # dW2, as W2
    ("W2.T @ dZ2", W2.T @ dZ2, (n1, m)),  # dA1, as A1
    (
        "np.sum(dZ1, axis=1, keepdims=True)",
        np.sum(dZ1, axis=1, keepdims=True),
        (n1, 1),
    ),  # m db1, as b1
    ("np.sum(dZ1, axis=1)", np.sum(dZ1, axis=1), (n1,)),  # flat
    (
        "np.sum(dZ1, axis=0, keepdims=True)",
        np.sum(dZ1, axis=0, keepdims=True),
        (1, m),
    ),  # sums the units
]
for expression, value, expected in answers:
    print(f"{expression:36} {value.shape}")
    assert value.shape == expected, expression

# Which gradient: finite differences of the mean cost J, times m for the
# summed loss mJ, to which dA1 (and so the sum of dZ1's columns) belongs.
dJ_dW2 = numerical_gradient(cost_as_function_of("W2", X, Y, params), W2)
dJ_dA1 = numerical_gradient(lambda A1: cost(sigmoid(W2 @ A1 + b2), Y), A1)
dJ_db1 = numerical_gradient(
    cost_as_function_of("b1", X, Y, params), params["b1"]
)
checks = [
    ("2 is dJ/dW2", answers[1][1], dJ_dW2),
    ("3 is m dJ/dA1", answers[2][1], m * dJ_dA1),
    ("4 is m dJ/db1", answers[3][1], m * dJ_db1),
]
print()
for claim, value, numeric in checks:
    error = relative_error(value, numeric)
    print(f"{claim:14} relative error {bound(error)}")
    assert error < 1e-7, claim
flat_update = params["b1"] - answers[4][1]  # (5, 1) - (5,)
print(f"b1 - np.sum(dZ1, axis=1) has shape {flat_update.shape}")
assert flat_update.shape == (n1, n1)
