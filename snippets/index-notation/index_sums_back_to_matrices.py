"""Reading an index sum back as a matrix product: line the indices up. Two
more patterns: nothing summed and both indices shared is the entrywise
product; every index summed is a number, a trace."""

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

# sum of nothing, G[k,j] Q[k,j] with the same free k, j: G * Q, not a product.
Q = rng.standard_normal((3, 5))  # Q[k, j]
by_indices = np.einsum("kj,kj->kj", G, Q)
print(f"G[k,j] Q[k,j] equals G * Q:         {np.allclose(by_indices, G * Q)}")
assert np.allclose(by_indices, G * Q)

# sum_k sum_j G[k,j] Q[k,j], every index summed: a number, tr(G.T @ Q).
total = np.einsum("kj,kj->", G, Q)
same = np.isclose(total, np.trace(G.T @ Q))
print(f"sum_kj G[k,j] Q[k,j] equals tr(G.T @ Q): {same}")
assert same
for k, j in np.ndindex(3, 5):
    assert by_indices[k, j] == G[k, j] * Q[k, j]
loop_total = sum(G[k, j] * Q[k, j] for k in range(3) for j in range(5))
assert np.isclose(loop_total, total)
