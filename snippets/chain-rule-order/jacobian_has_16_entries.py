"""dZ/dW for Z = W A (2×2 each) has 16 entries: dZ[i,j]/dW[k,l] = δ_ik A[l,j]"""

import numpy as np
from example import A, W
from gradcheck import numerical_jacobian

# The formula from the index derivation, one entry at a time.
jacobian = np.zeros((2, 2, 2, 2))
for i, j, k, l in np.ndindex(jacobian.shape):
    if i == k:  # δ_ik: W[k, l] only reaches row k of Z
        jacobian[i, j, k, l] = A[l, j]

print("i j k l   dZ[i,j]/dW[k,l]")
for i, j, k, l in np.ndindex(jacobian.shape):
    print(f"{i} {j} {k} {l}   {jacobian[i, j, k, l]:5.1f}")
print(f"entries: {jacobian.size}, non-zero: {np.count_nonzero(jacobian)}")

# Nudge each entry of W and watch all four entries of Z move.
numeric = numerical_jacobian(lambda W: W @ A, W)
assert numeric.shape == (2, 2, 2, 2)
assert np.count_nonzero(jacobian) == 8
assert np.allclose(jacobian, numeric, atol=1e-8)
