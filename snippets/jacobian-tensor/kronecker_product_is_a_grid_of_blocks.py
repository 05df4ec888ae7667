"""B ⊗ C is a grid of blocks: block (j, l) is B[j, l] C. So entry i, k of
that block is B[j, l] C[i, k]."""

import numpy as np

B = np.array([[1, 2], [3, 4]])  # r × s = 2 × 2
C = np.array([[1, -1], [10, 0]])  # t × u = 2 × 2
kron = np.kron(B, C)  # (r t) × (s u) = 4 × 4
print("B ⊗ C = np.kron(B, C) =", kron, sep="\n")

# The definition, block by block and entry by entry.
r, s = B.shape
t, u = C.shape
blocks = np.zeros((r * t, s * u), dtype=int)
for j, l in np.ndindex(r, s):
    for i, k in np.ndindex(t, u):
        blocks[j * t + i, l * u + k] = B[j, l] * C[i, k]
print(f"equal to the grid of blocks B[j, l] C: {np.array_equal(kron, blocks)}")
assert np.array_equal(kron, blocks)
assert np.array_equal(kron[2:, :2], 3 * C)  # block (1, 0) is B[1, 0] C
