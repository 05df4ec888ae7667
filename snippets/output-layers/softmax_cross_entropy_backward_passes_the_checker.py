"""Softmax over each column with cross-entropy: dZ = S - Y passes the
exercise's checker (every column of the one-hot Y sums to 1)."""

import numpy as np
from practice_outputs import check


def softmax_cross_entropy_backward(Z, Y):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))  # over the classes: axis 0
    S = E / E.sum(axis=0, keepdims=True)
    return S - Y


assert check("softmax-cross-entropy-backward", softmax_cross_entropy_backward)
