"""The softmax of one column has the Jacobian ds_i/dz_k = s_i (δ_ik - s_k),
the full matrix diag(s) - s s.T; for a batch, column j of S depends on
column j of Z only: dS_ij/dZ_kl = S_ij (δ_ik - S_kj) δ_jl. For softmax(M x)
the Jacobian (diag(u) - u u.T) M is not symmetric: its transpose fails."""

import numpy as np
from gradcheck import bound, numerical_jacobian, relative_error, rounded


def softmax(Z):
    """Softmax of every column of Z (a 1-D z is one column)."""
    # Shifted by the column maximum: see the section on overflow.
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


np.set_printoptions(precision=4, suppress=True)
z = np.array([1.0, 2.0, 0.5, -1.0])  # one example, n_L = 4
s = softmax(z)
# --8<-- [start:jacobian]
jacobian = np.diag(s) - np.outer(s, s)  # (n_L, n_L): row i, column k
# --8<-- [end:jacobian]
numeric = numerical_jacobian(softmax, z)  # entry [i, k] is ds_i / dz_k
print(f"s = {rounded(s)}")
print("diag(s) - s s.T =", rounded(jacobian), sep="\n")
print("finite differences =", rounded(numeric), sep="\n")
error = relative_error(jacobian, numeric)
print(f"relative error: {bound(error)}")
print(f"symmetric: {np.array_equal(jacobian, jacobian.T)}")
print(f"rows sum to 0: {np.allclose(jacobian.sum(axis=1), 0)}")
assert error < 1e-8

# The batch: Z is (n_L, m) = (4, 3), the tensor dS_ij/dZ_kl is (4, 3, 4, 3).
rng = np.random.default_rng(0)
Z = rng.standard_normal((4, 3))
S = softmax(Z)
n_L, m = Z.shape
I_n, I_m = np.eye(n_L), np.eye(m)
diagonal_part = np.einsum("ij,ik,jl->ijkl", S, I_n, I_m)  # S_ij δ_ik δ_jl
outer_part = np.einsum("ij,kj,jl->ijkl", S, S, I_m)  # S_ij S_kj δ_jl
index_form = diagonal_part - outer_part  # (n_L, m, n_L, m)
batch_numeric = numerical_jacobian(softmax, Z)
batch_error = relative_error(index_form, batch_numeric)
print(f"batch tensor {index_form.shape}: {bound(batch_error)}")
across = [
    np.abs(batch_numeric[:, j, :, l]).max()
    for j in range(m)
    for l in range(m)
    if j != l
]
print(f"largest dS_ij/dZ_kl with j != l: {max(across):.1f}")
assert batch_error < 1e-8
assert max(across) == 0.0

# A case that catches a dropped transpose: M square, not symmetric.
M, x = rng.standard_normal((4, 4)), rng.standard_normal(4)
u = softmax(M @ x)
chained = (np.diag(u) - np.outer(u, u)) @ M
numeric_Mx = numerical_jacobian(lambda x: softmax(M @ x), x)
right = relative_error(chained, numeric_Mx) < 1e-8
transposed = relative_error(chained.T, numeric_Mx) < 1e-8
print(f"softmax(M x): matches {right}, transposed matches {transposed}")
assert right and not transposed
