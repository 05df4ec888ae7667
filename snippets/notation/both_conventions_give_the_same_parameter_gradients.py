"""If every d is a gradient of the mean cost J, then dZ2 = (A2 - Y) / m,
dA1 = W2.T dZ2 is dJ/dA1, and dW2 = dZ2 A1.T, db2 = row sums of dZ2 carry
no 1/m: the parameter gradients come out the same as the course's."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import (
    cost,
    example,
    sigmoid,
    two_layer_backward,
    two_layer_forward,
)

X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
W2, b2, A1, m = params["W2"], params["b2"], cache["A1"], X.shape[1]
course = two_layer_backward(X, Y, params, cache)  # the 1/m in dW and db

# Every d a gradient of J: the 1/m moves into dZ2 and is never applied again.
dZ2_J = (A2 - Y) / m
dW2_J = dZ2_J @ A1.T
db2_J = np.sum(dZ2_J, axis=1, keepdims=True)
dA1_J = W2.T @ dZ2_J

same_W2 = np.allclose(dW2_J, course["dW2"])
same_b2 = np.allclose(db2_J, course["db2"])
print(f"dW2 the same in both conventions: {same_W2}")
print(f"db2 the same in both conventions: {same_b2}")
numeric = numerical_gradient(lambda A1: cost(sigmoid(W2 @ A1 + b2), Y), A1)
error = relative_error(dA1_J, numeric)
print(f"W2.T @ dZ2_J vs dJ/dA1: relative error {bound(error)}")
assert same_W2 and same_b2
assert error < 1e-7
