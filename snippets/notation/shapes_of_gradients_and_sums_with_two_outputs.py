"""The shapes of the drill, for n0 = 3, n1 = 5, n2 = 2, m = 7: gradients have
the shapes of their variables; a sum over axis 0 or without keepdims does
not give db."""

import numpy as np
from network import example, two_layer_forward

n0, n1, n2, m = 3, 5, 2, 7
X, Y, params = example(n0, n1, n2, m)
A2, cache = two_layer_forward(X, params)
W2, A1 = params["W2"], cache["A1"]
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
