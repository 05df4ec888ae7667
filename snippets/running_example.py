"""The 2×2 running example of the chain-rule page: Z = W A, and a loss L of Z.

Hand-written numbers, so that every result can be checked by hand. The loss
is L = sum of G * Z, chosen so that its gradient by Z is exactly G: the
snippet loss_of_z_has_gradient_g.py checks this by finite differences.
"""

import numpy as np

W = np.array([[1.0, 2.0], [3.0, 4.0]])  # 2×2, the weights
A = np.array([[2.0, -2.0], [3.0, 2.0]])  # 2×2, the layer's input
G = np.array([[1.0, 2.0], [-1.0, 1.0]])  # 2×2, the upstream gradient dL/dZ


def loss(Z):
    """L = sum over i, j of G[i, j] * Z[i, j], a scalar."""
    return np.sum(G * Z)
