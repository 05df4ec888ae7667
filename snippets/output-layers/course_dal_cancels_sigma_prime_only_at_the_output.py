"""In the two-layer network (L = 2), the course's dAL times sigmoid' gives
dZ2 = AL - Y, for labels in [0, 1]; the hidden layer has no loss of its own,
and its dZ1 keeps tanh'(Z1). Each line, and two tempting mistakes, against
m times the finite differences of J."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import cost, example, sigmoid, two_layer_forward

X, _, params = example(n0=3, n1=4, n2=2, m=5, seed=2)
Y = np.array([[1.0, 0, 0, 1, 1], [0.2, 0.9, 1, 0, 0.5]])  # row 2: soft
m, W2, b2 = X.shape[1], params["W2"], params["b2"]
AL, cache = two_layer_forward(X, params)  # AL is A2, (2, m)
A1 = cache["A1"]  # (4, m)

# --8<-- [start:formula]
dAL = -(Y / AL - (1 - Y) / (1 - AL))  # (2, m): the course's form
dZ2 = dAL * AL * (1 - AL)  # times sigmoid'(Z2): the fractions cancel
dA1 = W2.T @ dZ2  # (4, m): no 1 / (a (1 - a)) in here
dZ1 = dA1 * (1 - A1**2)  # so tanh'(Z1) stays
# --8<-- [end:formula]
dAL_lost_minus = -(Y / AL + (1 - Y) / (1 - AL))  # d/da log(1 - a) as 1/(1-a)

J_of = {  # J from each variable on; dA and dZ: gradients of m J
    "AL": lambda A: cost(A, Y),
    "Z2": lambda Z: cost(sigmoid(Z), Y),
    "A1": lambda A: cost(sigmoid(W2 @ A + b2), Y),
    "Z1": lambda Z: cost(sigmoid(W2 @ np.tanh(Z) + b2), Y),
}
for label, grad, at, right in [
    ("dAL, the course's form", dAL, "AL", True),
    ("dAL without the inner minus", dAL_lost_minus, "AL", False),
    ("dZ2 = dAL * AL * (1 - AL)", dZ2, "Z2", True),
    ("dZ2 = AL - Y, the same", AL - Y, "Z2", True),
    ("dA1 = W2.T @ dZ2", dA1, "A1", True),
    ("dZ1 = dA1 * (1 - A1**2)", dZ1, "Z1", True),
    ("dZ1 = dA1, as if g' cancelled", dA1, "Z1", False),
]:
    numeric = m * numerical_gradient(J_of[at], (cache | {"AL": AL})[at])
    passes = bound(relative_error(grad, numeric)) == "< 1e-7"
    print(f"{label:30} {'right' if passes else 'wrong'}")
    assert passes == right, label
