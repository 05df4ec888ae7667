"""dZ/dW for Z = W A (2×2 each) has 16 entries, dZ[i,j]/dW[k,l] = δ_ik A[l,j]:
the 8 with i ≠ k are zero by structure, the other 8 are entries of A."""

import numpy as np
from gradcheck import numerical_jacobian
from running_example import A, W

# --8<-- [start:formula]
# The formula from the index derivation, one entry at a time.
jacobian = np.zeros((2, 2, 2, 2))
for i, j, k, l in np.ndindex(jacobian.shape):
    if i == k:  # δ_ik: W[k, l] only reaches row k of Z
        jacobian[i, j, k, l] = A[l, j]
# --8<-- [end:formula]

print("i j k l   dZ[i,j]/dW[k,l]")
for i, j, k, l in np.ndindex(jacobian.shape):
    print(f"{i} {j} {k} {l}   {jacobian[i, j, k, l]:5.1f}")

i, j, k, l = np.indices(jacobian.shape)  # each entry's own four indices
reach = i == k  # True where W[k, l] can reach Z[i, j]
print(f"entries: {jacobian.size}")
print(f"zero by structure (i ≠ k): {np.sum(~reach)}")
print(f"entries of A (i = k): {np.sum(reach)}, non-zero here: ", end="")
print(np.count_nonzero(jacobian[reach]))

# Nudge each entry of W and watch all four entries of Z move.
numeric = numerical_jacobian(lambda W: W @ A, W)
assert numeric.shape == (2, 2, 2, 2)
assert np.allclose(jacobian, numeric, atol=1e-8)
assert np.sum(~reach) == 8 and np.all(numeric[~reach] == 0)
assert np.allclose(numeric[reach], A[l[reach], j[reach]])  # A[l, j]
