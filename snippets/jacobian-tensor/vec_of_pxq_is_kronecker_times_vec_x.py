"""vec(P X Q) = (Q.T ⊗ P) vec X, with vec stacking columns: column j of
P X Q is the sum over l of Q[l, j] P X[:, l], and entry (i, k) of block
(j, l) is d(P X Q)[i,j] / dX[k,l] = P[i,k] Q[l,j]."""

import numpy as np
from gradcheck import bound, numerical_jacobian, relative_error

rng = np.random.default_rng(0)
# Every size differs, so a wrong transpose or factor order cannot fit.
P, X, Q = (rng.standard_normal(s) for s in [(2, 3), (3, 4), (4, 5)])


def vec(M):
    return M.reshape(-1, order="F")  # stack the columns


# Step 1 of the derivation: column j, one column l of X at a time.
for j in range(Q.shape[1]):
    column = sum(Q[l, j] * P @ X[:, l] for l in range(X.shape[1]))
    assert np.allclose(column, (P @ X @ Q)[:, j])

# Step 2: the map vec X -> vec(P X Q), nudged entry by entry.
numeric = numerical_jacobian(
    lambda x: vec(P @ x.reshape(X.shape, order="F") @ Q), vec(X)
)
kron = np.kron(Q.T, P)
error = relative_error(kron, numeric)
print(f"d vec(P X Q) / d vec(X) has shape {numeric.shape}")
print(f"against np.kron(Q.T, P): relative error {bound(error)}")
assert error < 1e-8  # linear in X: only rounding error

# The index form d(P X Q)[i,j] / dX[k,l] = P[i,k] Q[l,j], flattened the same
# way (rows vec(P X Q), columns vec X), is that Jacobian too.
tensor = np.einsum("ik,lj->ijkl", P, Q)  # (2, 5, 3, 4)
assert relative_error(tensor.reshape(numeric.shape, order="F"), numeric) < 1e-8
