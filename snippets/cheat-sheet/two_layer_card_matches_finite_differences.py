"""Every line of the two-layer card (tanh hidden layer, sigmoid output,
binary cross-entropy) against finite differences, in the course's week-3
shapes. dZ and dA are checked against m times the differences of J."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import (
    cost,
    cost_as_function_of,
    example,
    sigmoid,
    two_layer_forward,
)

X, Y, params = example(n0=2, n1=4, n2=1, m=5)
m = X.shape[1]
W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
A2, cache = two_layer_forward(X, params)
Z1, A1, Z2 = cache["Z1"], cache["A1"], cache["Z2"]

dZ2 = A2 - Y  # (n2, m)
dW2 = dZ2 @ A1.T / m  # (n2, n1)
db2 = np.sum(dZ2, axis=1, keepdims=True) / m  # (n2, 1)
dA1 = W2.T @ dZ2  # (n1, m)
dZ1 = dA1 * (1 - A1**2)  # (n1, m)
dW1 = dZ1 @ X.T / m  # (n1, n0)
db1 = np.sum(dZ1, axis=1, keepdims=True) / m  # (n1, 1)


def J_from_A1(A1):
    return cost(sigmoid(W2 @ A1 + b2), Y)


def J_of(name):
    return cost_as_function_of(name, X, Y, params)


grad = numerical_gradient  # finite differences, in the shape of the variable
rows = [
    ("dZ2", dZ2, m * grad(lambda Z2: cost(sigmoid(Z2), Y), Z2)),
    ("dW2", dW2, grad(J_of("W2"), W2)),
    ("db2", db2, grad(J_of("b2"), b2)),
    ("dA1", dA1, m * grad(J_from_A1, A1)),
    ("dZ1", dZ1, m * grad(lambda Z1: J_from_A1(np.tanh(Z1)), Z1)),
    ("dW1", dW1, grad(J_of("W1"), W1)),
    ("db1", db1, grad(J_of("b1"), b1)),
]
print(f"{'line':6} {'shape':8} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-7)
    print(f"{name:6} {formula.shape!s:8} {bound(error, 1e-7)}")

assert all(ok)
