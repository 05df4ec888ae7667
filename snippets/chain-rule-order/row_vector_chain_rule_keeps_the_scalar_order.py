"""One example, gradients written as rows (numerator layout): the chain rule
keeps the scalar order, dL/da1 = dL/dz2 · dz2/da1 = dL/dz2 · W2."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, y, params = example(n0=2, n1=3, n2=2, m=1)  # one example, y is (2, 1)
W2, b2 = params["W2"], params["b2"]  # (2, 3), (2, 1)
_, cache = two_layer_forward(X, params)
a1, z2 = cache["A1"], cache["Z2"]  # (3, 1), (2, 1)


def loss_by_z2(z2):
    return cost(sigmoid(z2), y)  # the example's loss L, from z2 on


def loss_by_a1(a1):
    return loss_by_z2(W2 @ a1 + b2)  # the same L, from a1 on


# Finite differences give one number per entry of the variable; written as
# a row, they are the numerator-layout derivative of the scalar L.
dL_dz2 = numerical_gradient(loss_by_z2, z2).T  # (1, 2)
dL_da1 = numerical_gradient(loss_by_a1, a1).T  # (1, 3)

# --8<-- [start:chain]
chain = dL_dz2 @ W2  # (1, 2)(2, 3) -> (1, 3): the scalar order
# --8<-- [end:chain]
error = relative_error(chain, dL_da1)
print("dL/dz2 (a row) =", rounded(dL_dz2))
print("dL/dz2 @ W2    =", rounded(chain))
print("dL/da1 (a row) =", rounded(dL_da1))
print(f"relative error of dL/dz2 @ W2: {bound(error)}")

assert chain.shape == (1, 3)  # a row, like dL/da1
assert error < 1e-7  # L is not linear: the h² truncation error counts too
