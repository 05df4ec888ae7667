"""dZ1 has the shape of Z1 because it holds one number per entry of Z1: the
gradient of the loss. The Jacobian of A1 = tanh(Z1) by Z1 has a number per
pair of entries; backprop only ever contracts dA1 with it, which gives
dA1 * (1 - A1**2) with the shape of Z1."""

import numpy as np
from gradcheck import numerical_jacobian, relative_error

rng = np.random.default_rng(0)
n1, m = 4, 5
Z1 = rng.standard_normal((n1, m))
dA1 = rng.standard_normal((n1, m))  # upstream gradient, the shape of A1
A1 = np.tanh(Z1)

jacobian = numerical_jacobian(np.tanh, Z1)  # [i, j, k, l] = dA1_ij / dZ1_kl
contracted = np.einsum("ij,ijkl->kl", dA1, jacobian)  # sum over i, j
dZ1 = dA1 * (1 - A1**2)
matches = relative_error(dZ1, contracted) < 1e-8
print(
    f"Z1 {Z1.shape}: Jacobian dA1/dZ1 {jacobian.shape}, {jacobian.size} numbers"
)
print(f"dZ1 {dZ1.shape}: {dZ1.size} numbers, the contraction: {matches}")

assert dZ1.shape == Z1.shape
assert matches
