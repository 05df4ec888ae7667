"""dZ[i,j]/dA[k,l] = W[i,k] δ_jl for Z = W A: entry A[k, l] reaches only
column l of Z, weighted by column k of W."""

import numpy as np
from gradcheck import numerical_jacobian, rounded

np.set_printoptions(precision=4, suppress=True)

W = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # n × q = 2 × 3
A = np.array([[1.0, -1.0], [0.5, 2.0], [-2.0, 1.0]])  # q × m = 3 × 2
n, q = W.shape
m = A.shape[1]

numeric = numerical_jacobian(lambda A: W @ A, A)  # (n, m, q, m)
print(f"dZ/dA has shape {numeric.shape}: the shape of Z, then that of A")

# The formula, entry by entry, against finite differences.
structural_zeros = 0
for i, j, k, l in np.ndindex(n, m, q, m):
    formula = W[i, k] * (j == l)
    assert abs(numeric[i, j, k, l] - formula) < 1e-8, (i, j, k, l)
    structural_zeros += j != l
non_zero = np.count_nonzero(numeric)
print(f"entries: {numeric.size}, zero because j != l: {structural_zeros}")
print(f"non-zero here: {non_zero} (at most n q m = {n * q * m})")
print("dZ[i,0]/dA[k,0] (column 0 of Z by column 0 of A) =")
print(rounded(numeric[:, 0, :, 0]))
assert non_zero <= numeric.size - structural_zeros == n * q * m
