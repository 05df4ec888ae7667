"""A sigmoid output with squared error 1/2 ||a - y||^2: dA = A - Y, and
sigmoid' does not cancel, so dZ = (A - Y) * A * (1 - A), not A - Y. Where
the sigmoid saturates on the wrong side, this dZ almost vanishes, while
cross-entropy's A - Y stays near -1."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)
from network import sigmoid

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(5)
n_L, m = 2, 4
ZL = rng.standard_normal((n_L, m))
ZL[0, 3] = -8.0  # a confident, wrong output for the label below
Y = np.array([[1.0, 0.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0]])


def cost(ZL):
    """J: 1/2 the squared error summed over the units, mean over columns."""
    return np.sum((sigmoid(ZL) - Y) ** 2) / 2 / m


AL = sigmoid(ZL)
# --8<-- [start:formula]
dAL = AL - Y  # (n_L, m): the squared error's derivative by A
dZL = dAL * AL * (1 - AL)  # times sigmoid'(ZL): nothing cancels
# --8<-- [end:formula]
numeric = m * numerical_gradient(cost, ZL)
print("(A - Y) * A * (1 - A) =", rounded(dZL), sep="\n")
print("m × finite differences =", rounded(numeric), sep="\n")
print("A - Y =", rounded(AL - Y), sep="\n")
error = relative_error(dZL, numeric)
wrong = relative_error(AL - Y, numeric)
print(f"relative error of (A - Y) * A * (1 - A): {bound(error)}")
print(f"relative error of A - Y: {digits(wrong, '.2f')}")
squared, cross = digits(dZL[0, 3], ".4f"), digits((AL - Y)[0, 3], ".4f")
print(f"z = {ZL[0, 3]:.0f}, y = 1: squared error dZ = {squared}, ", end="")
print(f"cross-entropy dZ = {cross}")

assert error < 1e-7
assert wrong > 0.1
assert abs(numeric[0, 3]) < 1e-3  # the confident mistake barely moves
