"""Leaky ReLU's backward pass, dZ = dA * (1 where Z > 0, alpha elsewhere),
passes the exercise's checker: finite differences agree on every shape."""

import numpy as np
from practice_activations import check


def leaky_relu_backward(dA, Z, alpha):
    slope = np.where(Z > 0, 1.0, alpha)  # leaky_relu'(Z), entry by entry
    return dA * slope


assert check("leaky-relu-backward", leaky_relu_backward)
