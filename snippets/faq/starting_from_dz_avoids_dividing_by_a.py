"""For a sigmoid output with binary cross-entropy, dZ = A - Y needs no
division. Going through dA = -Y/A + (1 - Y)/(1 - A) gives the same numbers
until A rounds to exactly 0 or 1 in float64; then it gives nan."""

import numpy as np
from gradcheck import numerical_gradient, relative_error, rounded
from network import sigmoid

np.set_printoptions(precision=4, suppress=True)
Z = np.array([[-2.0, 0.5, 40.0]])  # sigmoid(40) rounds to exactly 1.0
Y = np.array([[1.0, 0.0, 0.0]])
A = sigmoid(Z)
print(f"A = {rounded(A)}, 1 - A = {rounded(1 - A)}")

direct = A - Y
# Dividing by 1 - A = 0 gives inf, and inf * 0 gives nan: silenced, as that
# failure is what this snippet shows.
with np.errstate(divide="ignore", invalid="ignore"):
    dA = -Y / A + (1 - Y) / (1 - A)
    through_dA = dA * A * (1 - A)
print(f"A - Y                     = {rounded(direct)}")
print(f"dA * A * (1 - A)          = {rounded(through_dA)}")


def summed_loss(Z):
    """Binary cross-entropy from the logit, stable for any Z."""
    return np.sum(np.logaddexp(0, Z) - Y * Z)


numeric = numerical_gradient(summed_loss, Z)
print(f"finite differences        = {rounded(numeric)}")

assert relative_error(direct, numeric) < 1e-8
assert np.allclose(through_dA[:, :2], direct[:, :2])
assert np.isnan(through_dA[0, 2])
