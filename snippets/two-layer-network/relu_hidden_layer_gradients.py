"""With ReLU hidden units, dZ1 = (W2.T dZ2) * (Z1 > 0): only the activation's
derivative changes; dW1 and db1 follow as before."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error
from network import cost, example, sigmoid

X, Y, params = example(n0=2, n1=4, n2=1, m=5, seed=2)
m = X.shape[1]


def forward(params):
    Z1 = params["W1"] @ X + params["b1"]  # (4, 5)
    A1 = np.maximum(Z1, 0)  # ReLU
    A2 = sigmoid(params["W2"] @ A1 + params["b2"])  # (1, 5)
    return Z1, A1, A2


Z1, A1, A2 = forward(params)
# A finite difference within h of the kink would average two slopes.
smallest = digits(np.min(np.abs(Z1)), ".4f")
print(f"smallest |Z1|: {smallest}, far from 0 for h = 1e-6")
assert np.min(np.abs(Z1)) > 1e-3

# --8<-- [start:backward]
dZ2 = A2 - Y  # (1, 5)
dA1 = params["W2"].T @ dZ2  # (4, 1) @ (1, 5) -> (4, 5)
dZ1 = dA1 * (Z1 > 0)  # ReLU'(Z1) = 1 where Z1 > 0, else 0
dW1 = dZ1 @ X.T / m  # (4, 5) @ (5, 2) -> (4, 2)
db1 = np.sum(dZ1, axis=1, keepdims=True) / m  # (4, 1)
# --8<-- [end:backward]
print(f"units switched off, entries of Z1 <= 0: {np.count_nonzero(Z1 <= 0)}")

for name, gradient in [("W1", dW1), ("b1", db1)]:

    def J(value, name=name):
        return cost(forward(params | {name: value})[2], Y)

    error = relative_error(gradient, numerical_gradient(J, params[name]))
    print(f"d{name} vs finite differences: relative error {bound(error)}")
    assert error < 1e-7, name
