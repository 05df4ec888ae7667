"""One example, gradients shaped like their variables (the course's choice):
da1 = (dL/dz2 · W2)ᵀ = W2ᵀ dz2. The transpose reverses the product."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, y, params = example(n0=2, n1=3, n2=2, m=1)  # the example as before
W2, b2 = params["W2"], params["b2"]  # (2, 3), (2, 1)
_, cache = two_layer_forward(X, params)
a1, z2 = cache["A1"], cache["Z2"]  # (3, 1), (2, 1)


def loss_by_z2(z2):
    return cost(sigmoid(z2), y)


def loss_by_a1(a1):
    return loss_by_z2(W2 @ a1 + b2)


dz2 = numerical_gradient(loss_by_z2, z2)  # (2, 1), the shape of z2
# --8<-- [start:formula]
row = dz2.T @ W2  # (1, 2)(2, 3) -> (1, 3): the row-vector chain rule
course = W2.T @ dz2  # (3, 2)(2, 1) -> (3, 1): the course's formula
# --8<-- [end:formula]
numeric = numerical_gradient(loss_by_a1, a1)  # (3, 1), the shape of a1
error = relative_error(course, numeric)
print("(dz2.T @ W2).T =", rounded(row.T), sep="\n")
print("W2.T @ dz2     =", rounded(course), sep="\n")
print("finite differences of L by a1 =", rounded(numeric), sep="\n")
print(f"relative error of W2.T @ dz2: {bound(error)}")

assert np.allclose(course, row.T)  # (dz2ᵀ W2)ᵀ = W2ᵀ dz2
assert course.shape == a1.shape  # a column, like a1
assert error < 1e-7
