"""For a sigmoid output layer with n_L units and binary cross-entropy summed
over the units, dZ = dA * A * (1 - A) = A - Y, for any labels in [0, 1]."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import sigmoid

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)
n_L, m = 3, 4
ZL = rng.standard_normal((n_L, m))  # the output layer's pre-activations
Y = np.array(
    [[1.0, 0.0, 0.0, 1.0], [0.0, 0.0, 1.0, 1.0], [0.2, 0.9, 1.0, 0.0]]
)  # one independent label per unit; the last row holds soft labels


def cost(ZL):
    """J: binary cross-entropy summed over the units, mean over columns."""
    AL = sigmoid(ZL)
    return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m


AL = sigmoid(ZL)
# --8<-- [start:formula]
dAL = -Y / AL + (1 - Y) / (1 - AL)  # (n_L, m), entry by entry
dZL = dAL * AL * (1 - AL)  # times sigmoid'(ZL): the fractions cancel
# --8<-- [end:formula]
numeric = m * numerical_gradient(cost, ZL)  # dZ is the gradient of m J
print("dA * A * (1 - A) =", dZL, sep="\n")
print("A - Y            =", AL - Y, sep="\n")
print("m × finite differences of J =", numeric.round(4), sep="\n")
error = relative_error(AL - Y, numeric)
print(f"relative error of A - Y: {bound(error)}")

assert np.allclose(dZL, AL - Y)
assert error < 1e-7
