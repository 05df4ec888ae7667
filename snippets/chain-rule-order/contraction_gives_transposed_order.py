"""Contracting G with the Jacobian over (i, j) gives dL/dW = G @ A.T."""

import numpy as np
from running_example import A, G, W

np.set_printoptions(precision=4, suppress=True)

# --8<-- [start:formula]
# dZ[i,j]/dW[k,l] = δ_ik A[l,j], built with einsum from the identity matrix.
jacobian = np.einsum("ik,lj->ijkl", np.eye(2), A)

# Chain rule: dL/dW[k,l] = sum over i, j of dL/dZ[i,j] * dZ[i,j]/dW[k,l].
dL_dW = np.einsum("ij,ijkl->kl", G, jacobian)
# --8<-- [end:formula]
print("sum_ij G[i,j] dZ[i,j]/dW[k,l] =", dL_dW, sep="\n")
print("G @ A.T =", G @ A.T, sep="\n")

# The same contraction, written as the explicit loops it abbreviates.
loops = np.zeros((2, 2))
for k, l, i, j in np.ndindex(2, 2, 2, 2):
    loops[k, l] += G[i, j] * jacobian[i, j, k, l]

assert np.array_equal(dL_dW, loops)
assert np.array_equal(dL_dW, G @ A.T)
assert W.shape == dL_dW.shape  # a gradient has the shape of its variable
