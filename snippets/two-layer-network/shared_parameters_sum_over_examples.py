"""Forward, b2 is copied to every column (b2 1.T); backward, db2 sums dZ2
over the columns. Every parameter shared by the examples collects a sum of
per-example gradients, hence the 1/m in dW2 and db2; an input column
belongs to one example, so dA1 has no sum and no 1/m."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
W2, b2, A1 = params["W2"], params["b2"], cache["A1"]
m = X.shape[1]
ones = np.ones((m, 1))  # 1_m

# Forward: NumPy's broadcast of b2 is the product b2 1.T, one copy per column.
assert np.array_equal(W2 @ A1 + b2, W2 @ A1 + b2 @ ones.T)


def own_gradient(j, name):
    """Finite differences of example j's loss alone, by W2, b2 or A1."""
    variables = {"W2": W2, "b2": b2, "A1": A1}

    def loss_of_example_j(value):
        V = variables | {name: value}
        Z2_j = V["W2"] @ V["A1"][:, [j]] + V["b2"]  # column j only
        return cost(sigmoid(Z2_j), Y[:, [j]])  # cost of one column: its loss

    return numerical_gradient(loss_of_example_j, variables[name])


dZ2 = A2 - Y  # (1, 5): column j is example j's own gradient
own_db2 = [own_gradient(j, "b2") for j in range(m)]
own_dW2 = [own_gradient(j, "W2") for j in range(m)]
own_dA1 = [own_gradient(j, "A1") for j in range(m)]

print("own db2 of example j:", rounded(np.hstack(own_db2)))
print("column j of dZ2:     ", rounded(dZ2))
assert relative_error(np.hstack(own_db2), dZ2) < 1e-7

# Shared parameters: the gradient of J is the mean of the examples' own.
db2 = dZ2 @ ones / m  # (1, 5) @ (5, 1) -> (1, 1): sum the columns, divide
dW2 = dZ2 @ A1.T / m  # (1, 5) @ (5, 4) -> (1, 4)
shown = digits(np.mean(own_db2), ".4f"), digits(db2[0, 0], ".4f")
print(f"mean of the own db2s: {shown[0]}, db2: {shown[1]}")
for name, own, formula in [("db2", own_db2, db2), ("dW2", own_dW2, dW2)]:
    error = relative_error(formula, np.mean(own, axis=0))
    magnitude = bound(error)
    print(f"{name} vs mean of own gradients: relative error {magnitude}")
    assert error < 1e-7, name
# Each example's own dW2 is the outer product dZ2[:, j] A1[:, j].T.
for j in range(m):
    outer = dZ2[:, [j]] @ A1[:, [j]].T
    assert relative_error(outer, own_dW2[j]) < 1e-7

# An input column belongs to one example: its own dA1 lives in column j only,
# so dA1 = W2.T dZ2 collects one term per column: no sum, no 1/m.
only_own_column = all(
    np.count_nonzero(np.delete(own_dA1[j], j, axis=1)) == 0 for j in range(m)
)
print(f"own dA1 of example j is zero outside column j: {only_own_column}")
error = relative_error(W2.T @ dZ2, np.sum(own_dA1, axis=0))
print(f"W2.T @ dZ2 vs sum of own dA1s: relative error {bound(error)}")
assert only_own_column
assert error < 1e-7
