"""One example through both layers, gradients as rows: dL/dx is the product
of the Jacobians in the scalar order, dL/dz2 · W2 · diag(1 - a1²) · W1.
Transposed, it is W1ᵀ dz1 with dz1 = (W2ᵀ dz2) ⊙ (1 - a1²)."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
x, y, params = example(n0=4, n1=3, n2=2, m=1)  # one example: x is (4, 1)
W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
_, cache = two_layer_forward(x, params)
z1, a1, z2 = cache["Z1"], cache["A1"], cache["Z2"]  # (3, 1), (3, 1), (2, 1)

dL_dz2 = numerical_gradient(lambda z2: cost(sigmoid(z2), y), z2).T  # (1, 2)
tanh_jacobian = np.diag(1 - a1[:, 0] ** 2)  # (3, 3): tanh acts entry-wise
row = dL_dz2 @ W2 @ tanh_jacobian @ W1  # (1,2)(2,3)(3,3)(3,4) -> (1, 4)

dz1 = (W2.T @ dL_dz2.T) * (1 - a1**2)  # (3, 1): the course's dZ1, m = 1
column = W1.T @ dz1  # (4, 3)(3, 1) -> (4, 1), the shape of x


def loss_by_x(x):
    A2, _ = two_layer_forward(x, params)
    return cost(A2, y)


def loss_by_z1(z1):
    return cost(sigmoid(W2 @ np.tanh(z1) + b2), y)


numeric = numerical_gradient(loss_by_x, x)  # (4, 1)
error = relative_error(row, numeric.T)
dz1_error = relative_error(dz1, numerical_gradient(loss_by_z1, z1))
print("dL/dz2 @ W2 @ diag(1 - a1**2) @ W1 =", rounded(row))
print("finite differences (as a row)      =", rounded(numeric.T))
print(f"relative error of the row: {bound(error)}")
print(f"W1.T @ dz1 is its transpose: {np.allclose(column, row.T)}")
print(f"relative error of dz1 vs dL/dz1: {bound(dz1_error)}")

assert row.shape == (1, 4) and column.shape == x.shape
assert error < 1e-7  # L is not linear in x: truncation error counts
assert np.allclose(column, row.T)
assert dz1_error < 1e-7  # the middle factor is dL/dz1, as a column
