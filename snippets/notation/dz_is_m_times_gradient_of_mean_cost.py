"""dZ2 = A2 - Y is the gradient of the summed loss, m times dJ/dZ2;
dW2 = dZ2 A1.T / m is the gradient of the mean cost J itself."""

from functools import partial

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
m = X.shape[1]
A2, cache = two_layer_forward(X, params)
A1, Z2 = cache["A1"], cache["Z2"]

dZ2 = A2 - Y
dJ_dZ2 = numerical_gradient(lambda Z2: cost(sigmoid(Z2), Y), Z2)
print("dZ2 = A2 - Y           =", rounded(dZ2), sep="\n")
print("m * dJ/dZ2 (numerical) =", rounded(m * dJ_dZ2), sep="\n")


def loss_of_one_example(z, y):
    return cost(sigmoid(z), y)  # J of one column is that example's loss


# Column j of dZ2 is the gradient of example j's loss alone.
for j in range(m):
    example_j = partial(loss_of_one_example, y=Y[:, [j]])
    numeric_j = numerical_gradient(example_j, Z2[:, [j]])
    assert relative_error(dZ2[:, [j]], numeric_j) < 1e-7
print(f"column j of dZ2 is example j's own gradient, for all {m} columns")

dW2 = dZ2 @ A1.T / m
dJ_dW2 = numerical_gradient(
    lambda W2: cost(sigmoid(W2 @ A1 + params["b2"]), Y), params["W2"]
)
print("dW2 = dZ2 @ A1.T / m   =", rounded(dW2), sep="\n")
print("dJ/dW2 (numerical)     =", rounded(dJ_dW2), sep="\n")

error_Z2 = relative_error(dZ2, m * dJ_dZ2)
error_W2 = relative_error(dW2, dJ_dW2)
print(f"dZ2 vs m dJ/dZ2: relative error {bound(error_Z2)}")
print(f"dW2 vs dJ/dW2:   relative error {bound(error_W2)}")
assert error_Z2 < 1e-7 and error_W2 < 1e-7
