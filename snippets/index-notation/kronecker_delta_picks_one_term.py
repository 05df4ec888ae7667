"""The Kronecker delta is the identity matrix: in a sum, it keeps one term."""

import numpy as np

np.set_printoptions(precision=4, suppress=True)
delta = np.eye(3)  # delta[i, k] = 1 if i == k else 0
x = np.array([5.0, -2.0, 7.0])
B = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])

# sum over k of δ_ik x_k = x_i
print("sum_k δ[i,k] x[k]     =", np.einsum("ik,k->i", delta, x))
# sum over k of δ_ik B_kj = B_ij: the delta renames k to i
renamed = np.einsum("ik,kj->ij", delta, B)
print("sum_k δ[i,k] B[k,j]   = B:", np.array_equal(renamed, B))
# sum over i of δ_ii = n, the size of the index range
print("sum_i δ[i,i]          =", np.einsum("ii->", delta))

# The same sums as loops, entry by entry.
for i in range(3):
    assert sum((1.0 if i == k else 0.0) * x[k] for k in range(3)) == x[i]
assert all(
    sum((1.0 if i == k else 0.0) * B[k, j] for k in range(3)) == B[i, j]
    for i, j in np.ndindex(3, 3)
)
assert np.einsum("ii->", delta) == 3
