"""Flattened column by column, dZ/dA for Z = W A is I_m ⊗ W: one copy of W
per example, on the diagonal."""

import numpy as np
from gradcheck import numerical_jacobian, rounded

np.set_printoptions(precision=4, suppress=True)
W = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # n × q = 2 × 3
A = np.array([[1.0, -1.0], [0.5, 2.0], [-2.0, 1.0]])  # q × m = 3 × 2
m = A.shape[1]


def vec(M):
    return M.reshape(-1, order="F")  # stack the columns


numeric = numerical_jacobian(
    lambda a: vec(W @ a.reshape(A.shape, order="F")), vec(A)
)
kron = np.kron(np.eye(m), W)
print("d vec(Z) / d vec(A), finite differences =", rounded(numeric), sep="\n")
print(f"equal to np.kron(np.eye(m), W): {np.allclose(numeric, kron)}")
assert np.allclose(numeric, kron, atol=1e-8)
# The four-index tensor W[i,k] δ_jl, flattened the same way, is that matrix.
tensor = np.einsum("ik,jl->ijkl", W, np.eye(m))
assert np.array_equal(tensor.reshape(numeric.shape, order="F"), kron)
