"""m examples as columns: column j of dA1 is example j's da1 = W2ᵀ dz2, so
stacking the columns gives dA1 = W2ᵀ dZ2, one matrix product for all."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=3, n2=2, m=4, seed=7)  # four examples
W2, b2 = params["W2"], params["b2"]  # (2, 3), (2, 1)
_, cache = two_layer_forward(X, params)
A1, Z2, m = cache["A1"], cache["Z2"], X.shape[1]  # (3, 4), (2, 4), 4


def J_by_Z2(Z2):
    return cost(sigmoid(Z2), Y)  # the mean cost J


def J_by_A1(A1):
    return J_by_Z2(W2 @ A1 + b2)


def J_of_one(a1, y):
    return cost(sigmoid(W2 @ a1 + b2), y)  # one example's loss, m = 1


# dZ2 and dA1 are gradients of the summed loss mJ (see the notation page).
dZ2 = m * numerical_gradient(J_by_Z2, Z2)  # (2, 4)
# --8<-- [start:formula]
dA1 = W2.T @ dZ2  # (3, 2)(2, 4) -> (3, 4)
# --8<-- [end:formula]
numeric = m * numerical_gradient(J_by_A1, A1)  # (3, 4)
error = relative_error(dA1, numeric)
print("W2.T @ dZ2 =", rounded(dA1), sep="\n")
print("finite differences of mJ by A1 =", rounded(numeric), sep="\n")
print(f"relative error of W2.T @ dZ2: {bound(error)}")

# Column j alone: example j's own loss, by its own a1, as if m were 1.
column_errors = []
for j in range(m):
    y, a1 = Y[:, [j]], A1[:, [j]]  # (2, 1), (3, 1)
    own = numerical_gradient(lambda a1, y=y: J_of_one(a1, y), a1)
    column_errors.append(relative_error(dA1[:, [j]], own))
worst = max(column_errors)
print(f"column j vs example j alone, worst: {bound(worst)}")

assert dA1.shape == A1.shape
assert error < 1e-7
assert worst < 1e-7  # column j is example j's own gradient
