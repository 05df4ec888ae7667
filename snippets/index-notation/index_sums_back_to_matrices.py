"""Reading an index sum back as a matrix product: line the indices up."""

import numpy as np

rng = np.random.default_rng(1)
G = rng.standard_normal((3, 5))  # G[k, j]
A = rng.standard_normal((4, 5))  # A[l, j]
W = rng.standard_normal((3, 4))  # W[i, k]
H = rng.standard_normal((3, 5))  # H[i, l]

# sum_j G[k,j] A[l,j]: j is the second index of both, so A is transposed.
by_indices = np.einsum("kj,lj->kl", G, A)
print(f"sum_j G[k,j] A[l,j] equals G @ A.T: {np.allclose(by_indices, G @ A.T)}")
assert np.allclose(by_indices, G @ A.T)

# sum_i W[i,k] H[i,l]: i is the first index of both, so W is transposed.
by_indices = np.einsum("ik,il->kl", W, H)
print(f"sum_i W[i,k] H[i,l] equals W.T @ H: {np.allclose(by_indices, W.T @ H)}")
assert np.allclose(by_indices, W.T @ H)

# The same sums, entry by entry with loops.
for k, l in np.ndindex(3, 4):
    assert np.isclose(sum(G[k, j] * A[l, j] for j in range(5)), (G @ A.T)[k, l])
for k, l in np.ndindex(4, 5):
    assert np.isclose(sum(W[i, k] * H[i, l] for i in range(3)), (W.T @ H)[k, l])
