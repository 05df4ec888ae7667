"""Rounding scales with the intermediates of f, not with |f|. One sigmoid
unit at z = 30 with label 1 has a loss of about 1e-13, yet it is computed
from a = sigmoid(z), a number near 1: a's rounding error (about 1e-16) is
larger than the change h |dL/dz| ~ 1e-19 that a centered difference must
see, and the correct gradient a - y fails its check with relative error 1.
The same loss computed from numbers of its own size, log1p(exp(-z)),
passes."""

import numpy as np
from gradcheck import digits, numerical_gradient, relative_error
from network import cost, sigmoid

z, y = np.array([[30.0]]), np.array([[1.0]])  # one confident, right unit
exact = -np.exp(-z) / (1 + np.exp(-z))  # dL/dz = sigmoid(z) - 1, no cancelling
backward = sigmoid(z) - y  # the course's dZ = A - Y

loss = np.log1p(np.exp(-z))  # -log(sigmoid(z)), from numbers of its size
numeric = numerical_gradient(lambda z: cost(sigmoid(z), y), z)
error = relative_error(backward, numeric)
print(f"L = {digits(loss[0, 0])}, dL/dz = {digits(exact[0, 0])}")
shown = digits(numeric[0, 0], ".1f")
print(f"finite differences of cost(sigmoid(z), y): {shown}")
print(f"relative error of the correct dZ = a - y: {digits(error, '.2f')}")

stable = numerical_gradient(lambda z: np.sum(np.log1p(np.exp(-z))), z)
stable_error = relative_error(stable, exact)
print("same loss as log1p(exp(-z)), finite differences against dL/dz:")
print(f"    relative error below 1e-7: {stable_error < 1e-7}")

assert numeric[0, 0] == 0 and error == 1.0  # the check sees nothing
assert stable_error < 1e-7  # the same f, computed from small numbers
assert relative_error(backward, exact) < 1e-2  # a - y: a few digits are left
