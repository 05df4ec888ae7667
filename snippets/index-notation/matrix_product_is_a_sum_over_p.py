"""(W A)[i, j] = sum over p of W[i, p] A[p, j]: three ways, one answer."""

import numpy as np

np.set_printoptions(precision=4, suppress=True)

W = np.array([[1.0, 2.0, 0.0], [-1.0, 3.0, 1.0]])  # 2 × 3
A = np.array([[2.0, 1.0], [0.0, -1.0], [4.0, 2.0]])  # 3 × 2

# The index formula, loop for loop: i and j are free, p is summed.
loops = np.zeros((2, 2))
for i in range(2):
    for j in range(2):
        for p in range(3):
            loops[i, j] += W[i, p] * A[p, j]

# einsum reads the same formula: "ip,pj->ij" sums the p that is not kept.
# --8<-- [start:einsum]
by_einsum = np.einsum("ip,pj->ij", W, A)  # sum over p of W[i,p] A[p,j]
# --8<-- [end:einsum]

print("loops =", loops, "einsum =", by_einsum, "W @ A =", W @ A, sep="\n")
assert np.array_equal(loops, W @ A)
assert np.array_equal(by_einsum, W @ A)
