"""Flattened column by column, dZ/dW for Z = W A is the 4×4 matrix A.T ⊗ I."""

import numpy as np
from gradcheck import numerical_jacobian, rounded

np.set_printoptions(precision=4, suppress=True)
W = np.array([[1.0, 2.0], [3.0, 4.0]])
A = np.array([[2.0, -2.0], [3.0, 2.0]])


def vec(M):
    """The columns of M stacked into one vector, as vec is defined in math."""
    return M.reshape(-1, order="F")


def unvec(v):
    return v.reshape(2, 2, order="F")


# Nudge each entry of vec(W) and watch all of vec(Z) = vec(W A) move.
numeric = numerical_jacobian(lambda w: vec(unvec(w) @ A), vec(W))
kronecker = np.kron(A.T, np.eye(2))
print("d vec(Z) / d vec(W), finite differences =", rounded(numeric), sep="\n")
matches = np.allclose(numeric, kronecker, atol=1e-8)
print(f"equal to np.kron(A.T, np.eye(2)): {matches}")
assert matches

# The four-index tensor δ_ik A[l,j], flattened the same way, is that matrix.
tensor = np.einsum("ik,lj->ijkl", np.eye(2), A)
assert np.array_equal(tensor.reshape(4, 4, order="F"), kronecker)
