"""Contracting G with dZ/dA over (i, j) gives dL/dA = W.T @ G."""

import numpy as np
from gradcheck import numerical_gradient
from running_example import A, G, W, loss

np.set_printoptions(precision=4, suppress=True)

# --8<-- [start:formula]
# dZ[i,j]/dA[k,l] = W[i,k] δ_jl, built with einsum from the identity matrix.
jacobian = np.einsum("ik,jl->ijkl", W, np.eye(2))

# Chain rule: dL/dA[k,l] = sum over i, j of dL/dZ[i,j] * dZ[i,j]/dA[k,l].
dL_dA = np.einsum("ij,ijkl->kl", G, jacobian)
# --8<-- [end:formula]
print("sum_ij G[i,j] dZ[i,j]/dA[k,l] =", dL_dA, sep="\n")
print("W.T @ G =", W.T @ G, sep="\n")

loops = np.zeros((2, 2))  # the same contraction as explicit loops
for k, l, i, j in np.ndindex(2, 2, 2, 2):
    loops[k, l] += G[i, j] * jacobian[i, j, k, l]
numeric = numerical_gradient(lambda A: loss(W @ A), A)

assert np.array_equal(dL_dA, loops)
assert np.array_equal(dL_dA, W.T @ G)
assert np.allclose(dL_dA, numeric, rtol=0, atol=1e-6)  # L is linear in A
assert not np.allclose(G @ W, numeric)  # the naive order is wrong here
