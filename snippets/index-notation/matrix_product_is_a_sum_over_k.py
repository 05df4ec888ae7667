"""(W A)[i, j] = sum over k of W[i, k] A[k, j]: three ways, one answer."""

import numpy as np

W = np.array([[1.0, 2.0, 0.0], [-1.0, 3.0, 1.0]])  # 2 × 3
A = np.array([[2.0, 1.0], [0.0, -1.0], [4.0, 2.0]])  # 3 × 2

# The index formula, loop for loop: i and j are free, k is summed.
loops = np.zeros((2, 2))
for i in range(2):
    for j in range(2):
        for k in range(3):
            loops[i, j] += W[i, k] * A[k, j]

# einsum reads the same formula: "ik,kj->ij" sums the k that is not kept.
# --8<-- [start:einsum]
by_einsum = np.einsum("ik,kj->ij", W, A)  # sum over k of W[i,k] A[k,j]
# --8<-- [end:einsum]

print("loops =", loops, "einsum =", by_einsum, "W @ A =", W @ A, sep="\n")
assert np.array_equal(loops, W @ A)
assert np.array_equal(by_einsum, W @ A)
