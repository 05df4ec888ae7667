"""A = tanh(Z) acts entry by entry, so dA/dZ is zero off the diagonal."""

import numpy as np
from gradcheck import numerical_jacobian

np.set_printoptions(precision=4, suppress=True)
Z = np.array([[0.5, -1.0], [2.0, 0.0]])

# dA[i,j]/dZ[k,l] for all 16 (i, j, k, l), by finite differences.
jacobian = numerical_jacobian(np.tanh, Z)
flat = jacobian.reshape(4, 4, order="F")  # rows vec(A), columns vec(Z)
print("vec(Z), columns stacked =", Z.reshape(-1, order="F"))
print("d vec(A) / d vec(Z) =", flat.round(4), sep="\n")
print("tanh'(vec(Z)) = 1 - tanh(vec(Z))**2 =")
print((1 - np.tanh(Z) ** 2).reshape(-1, order="F").round(4))

# Only entries with (i, j) == (k, l) are non-zero ...
for i, j, k, l in np.ndindex(jacobian.shape):
    if (i, j) != (k, l):
        assert jacobian[i, j, k, l] == 0.0
# ... and they are the derivative of tanh at that entry.
assert np.allclose(np.diag(flat), (1 - np.tanh(Z) ** 2).reshape(-1, order="F"))
