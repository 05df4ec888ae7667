"""Contracting G = dL/dZ with the Jacobians of Z = W A gives
dL/dW = G A.T and dL/dA = W.T G, for any shapes."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)
n, q, m = 3, 4, 5
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
G = rng.standard_normal((n, m))  # the upstream gradient, shaped like Z


def loss(Z):
    return np.sum(G * Z)  # dL/dZ = G


dZ_dW = np.einsum("ik,lj->ijkl", np.eye(n), A)  # δ_ik A[l,j]: (n, m, n, q)
dZ_dA = np.einsum("ik,jl->ijkl", W, np.eye(m))  # W[i,k] δ_jl: (n, m, q, m)
dL_dW = np.einsum("ij,ijkl->kl", G, dZ_dW)  # sum over the indices of Z
dL_dA = np.einsum("ij,ijkl->kl", G, dZ_dA)
print(f"dZ/dW has shape {dZ_dW.shape}; contracted: {dL_dW.shape}, as W")
print(f"dZ/dA has shape {dZ_dA.shape}; contracted: {dL_dA.shape}, as A")
for_W, for_A = np.allclose(dL_dW, G @ A.T), np.allclose(dL_dA, W.T @ G)
print(f"contraction for W equals G @ A.T: {for_W}")
print(f"contraction for A equals W.T @ G: {for_A}")
assert for_W and for_A

# The vec form: vec(dL/dW) = (A ⊗ I) vec(G), with column-stacking vec.
vec_G = G.reshape(-1, order="F")
assert np.allclose(np.kron(A, np.eye(n)) @ vec_G, dL_dW.reshape(-1, order="F"))

# Against finite differences of L itself, which is linear in W and in A.
numeric_W = numerical_gradient(lambda W: loss(W @ A), W)
numeric_A = numerical_gradient(lambda A: loss(W @ A), A)
for name, formula, numeric in [
    ("G @ A.T", G @ A.T, numeric_W),
    ("W.T @ G", W.T @ G, numeric_A),
]:
    error = relative_error(formula, numeric)
    magnitude = bound(error)
    print(f"{name} vs finite differences: relative error {magnitude}")
    assert error < 1e-8, name  # linear: only rounding error
