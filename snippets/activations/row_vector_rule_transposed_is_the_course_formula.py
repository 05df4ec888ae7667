"""One example, gradients as rows: dL/dz1 = dL/dz2 · W2 · diag(g1'(z1)), the
scalar order. Transposed into the shape of z1, it is the course's
dz1 = (W2ᵀ dz2) ⊙ g1'(z1)."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, y, params = example(n0=2, n1=4, n2=2, m=1)  # one example
W2, b2 = params["W2"], params["b2"]  # (2, 4), (2, 1)
_, cache = two_layer_forward(X, params)
z1, a1, z2 = cache["Z1"], cache["A1"], cache["Z2"]  # (4, 1), (4, 1), (2, 1)


def loss_by_z2(z2):
    return cost(sigmoid(z2), y)  # the example's loss L


def loss_by_z1(z1):
    return loss_by_z2(W2 @ np.tanh(z1) + b2)  # g1 = tanh


dz2 = numerical_gradient(loss_by_z2, z2)  # (2, 1), shaped like z2
dz1 = numerical_gradient(loss_by_z1, z1)  # (4, 1), shaped like z1
g1_prime = 1 - a1**2  # tanh'(z1), (4, 1)
# --8<-- [start:formula]
# (1, 2)(2, 4)(4, 4) -> (1, 4): dL/dz2 · W2 · diag(g1'(z1)), the scalar order
row = dz2.T @ W2 @ np.diag(g1_prime[:, 0])
# (4, 2)(2, 1) -> (4, 1), then ⊙ (4, 1): transposed, the order reversed
column = (W2.T @ dz2) * g1_prime
# --8<-- [end:formula]
row_error = relative_error(row, dz1.T)
column_error = relative_error(column, dz1)
print("row    dL/dz2 @ W2 @ diag(g1') =", rounded(row))
print("column (W2.T @ dz2) * g1'      =", rounded(column), sep="\n")
print(f"relative error of the row:    {bound(row_error)}")
print(f"relative error of the column: {bound(column_error)}")

assert row.shape == (1, 4) and column.shape == z1.shape
assert row_error < 1e-7 and column_error < 1e-7  # L is not linear in z1
