"""The running example of this page: Z = W A, and a scalar loss L of Z."""

import numpy as np

W = np.array([[1.0, 2.0], [3.0, 4.0]])  # 2×2, what we differentiate by
A = np.array([[2.0, -2.0], [3.0, 2.0]])  # 2×2, the input to the layer
G = np.array([[1.0, 2.0], [-1.0, 1.0]])  # 2×2, the upstream gradient dL/dZ


def loss(Z):
    """L = sum of G * Z, so that dL/dZ is exactly G."""
    return np.sum(G * Z)


if __name__ == "__main__":
    np.set_printoptions(precision=4, suppress=True)
    print("W =", W, "A =", A, "Z = W @ A =", W @ A, "G = dL/dZ =", G, sep="\n")
    print(f"L = {loss(W @ A)}")
