"""For Y = X @ weight.T + bias (nn.Linear, examples in rows, weight of shape
(n_out, n_in) like the course's W), the weight's gradient is dY.T @ X. With
n_in = n_out, CS231n's X.T @ dY also runs and has the right shape: it is the
transpose, and wrong."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, sigmoid

rng = np.random.default_rng(4)
n, m = 3, 5  # n_in = n_out = n: a square weight matrix
X = rng.standard_normal((m, n))  # one example per row
weight = rng.standard_normal((n, n))  # (n_out, n_in)
bias = rng.standard_normal(n)  # (n_out,)
T = (rng.random((m, n)) < 0.5).astype(float)


def J(weight):
    """The mean cost over the m rows."""
    return cost(sigmoid(X @ weight.T + bias).T, T.T)


dY = (sigmoid(X @ weight.T + bias) - T) / m  # dJ/dY, (m, n_out)
numeric = numerical_gradient(J, weight)
candidates = {
    "X.T @ dY": X.T @ dY,  # CS231n's formula, for CS231n's W = weight.T
    "dY.T @ X": dY.T @ X,
    "dY @ X.T": dY @ X.T,
}
matches = {}
for name, value in candidates.items():
    if value.shape != weight.shape:
        matches[name] = False
        print(f"{name}  shape {value.shape}  not the shape of weight")
        continue
    matches[name] = relative_error(value, numeric) < 1e-7
    print(f"{name}  shape {value.shape}  matches: {matches[name]}")

# The same numbers as the course's dW = dZ @ X_c.T / m for Z = W X_c + b.
dZ, X_c = m * dY.T, X.T  # the course's dZ (n_out, m) and inputs (n_in, m)
same = np.allclose(dY.T @ X, dZ @ X_c.T / m)
print(f"dY.T @ X equals the course's dW: {same}")

assert matches == {"X.T @ dY": False, "dY.T @ X": True, "dY @ X.T": False}
assert same
