"""Where 1/m sits is a separate choice from the layout. CS231n's code (like
any loss averaged over the examples first) divides the upstream gradient by
m, so dY is a gradient of the mean cost J: then dW = X.T @ dY and
db = np.sum(dY, axis=0) take no 1/m, and dX = dY @ W.T is 1/m times the
course's dA, transposed."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, sigmoid

rng = np.random.default_rng(2)
n_in, n_out, m = 3, 2, 4
X = rng.standard_normal((m, n_in))  # one example per row
W = rng.standard_normal((n_in, n_out))  # CS231n's W: the course's W.T
b = rng.standard_normal((1, n_out))
T = (rng.random((m, n_out)) < 0.5).astype(float)  # 0/1 labels, per row


def J(X, W, b):
    """The mean cost over the m rows."""
    return cost(sigmoid(X @ W + b).T, T.T)


# --8<-- [start:mean_upstream]
dY = (sigmoid(X @ W + b) - T) / m  # dJ/dY: the 1/m is already here
dX = dY @ W.T  # (m, n_in)
dW = X.T @ dY  # (n_in, n_out): no 1/m
db = np.sum(dY, axis=0, keepdims=True)  # (1, n_out): no 1/m
# --8<-- [end:mean_upstream]

numeric = {
    "dX": numerical_gradient(lambda X: J(X, W, b), X),
    "dW": numerical_gradient(lambda W: J(X, W, b), W),
    "db": numerical_gradient(lambda b: J(X, W, b), b),
}
results = []
for name, gradient in [("dX", dX), ("dW", dW), ("db", db)]:
    results.append(relative_error(gradient, numeric[name]) < 1e-7)
    print(f"{name} {gradient.shape!s:7} is a gradient of J: {results[-1]}")

# The course's dA, for the same layer written Z = W.T X.T + b.T: m dX.T.
dZ = (sigmoid(X @ W + b) - T).T  # the course's dZ, (n_out, m)
dA = W @ dZ  # the course's dA = (its W).T @ dZ, (n_in, m)
same = np.allclose(dA, m * dX.T)
print(f"course's dA equals m * dX.T: {same}")

assert all(results)
assert same
