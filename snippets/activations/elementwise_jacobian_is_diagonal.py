"""A = tanh(Z) acts entry by entry, so dA/dZ is zero off the diagonal."""

import numpy as np
from gradcheck import numerical_jacobian, rounded

np.set_printoptions(precision=4, suppress=True)
Z = np.array([[0.5, -1.0], [2.0, 0.0]])

# dA[i,j]/dZ[k,l] for all 16 (i, j, k, l), by finite differences.
jacobian = numerical_jacobian(np.tanh, Z)
# One row per entry of A, one column per entry of Z, both row by row.
flat = jacobian.reshape(4, 4)
print("entries of Z, row by row =", Z.reshape(-1))
print("dA/dZ as a 4 x 4 matrix =", rounded(flat), sep="\n")
print("tanh'(Z) = 1 - tanh(Z)**2, row by row =")
print(rounded(1 - np.tanh(Z) ** 2).reshape(-1))

# Only entries with (i, j) == (k, l) are non-zero ...
for i, j, k, l in np.ndindex(jacobian.shape):
    if (i, j) != (k, l):
        assert jacobian[i, j, k, l] == 0.0
# ... and they are the derivative of tanh at that entry.
assert np.allclose(np.diag(flat), (1 - np.tanh(Z) ** 2).reshape(-1))
