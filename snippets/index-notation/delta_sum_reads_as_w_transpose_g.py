"""sum over i, j of G[i,j] W[i,k] δ[j,l] is (W.T @ G)[k, l]: the gradient of
L = sum of G * (W A) by A, for Z = W A with upstream gradient G."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(3)
n, p, m = 3, 4, 5
W = rng.standard_normal((n, p))  # W[i, k]
A = rng.standard_normal((p, m))  # A[k, l], the variable
G = rng.standard_normal((n, m))  # G[i, j] = dL/dZ[i, j]

as_written = np.einsum("ij,ik,jl->kl", G, W, np.eye(m))  # the sum, verbatim
numeric = numerical_gradient(lambda A: np.sum(G * (W @ A)), A)
print(f"the sum equals W.T @ G: {np.allclose(as_written, W.T @ G)}")
error = relative_error(W.T @ G, numeric)
print(f"W.T @ G vs dL/dA: relative error {bound(error)}")

assert np.allclose(as_written, W.T @ G)
assert (W.T @ G).shape == A.shape  # (p, m)
assert error < 1e-8  # L is linear in A: only rounding error remains
