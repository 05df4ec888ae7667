"""With square 2×2 matrices, four Kronecker products have the 4×4 shape of
d vec(Z) / d vec(A) for Z = W A; only I ⊗ W matches finite differences
(with column-stacking vec). Row-major reshape gives W ⊗ I. The two with W.T
are their transposes, which turn vec(G) into vec(W.T G) in the backward
pass."""

import numpy as np
from gradcheck import numerical_jacobian

W = np.array([[1.0, 2.0], [3.0, 4.0]])
A = np.array([[2.0, -2.0], [3.0, 2.0]])
I = np.eye(2)

tensor = numerical_jacobian(lambda A: W @ A, A)  # dZ[i,j]/dA[k,l]
by_columns = tensor.reshape(4, 4, order="F")  # vec as in the math
by_rows = tensor.reshape(4, 4)  # NumPy's default order="C"
candidates = {
    "I ⊗ W": np.kron(I, W),
    "W ⊗ I": np.kron(W, I),
    "I ⊗ W.T": np.kron(I, W.T),
    "W.T ⊗ I": np.kron(W.T, I),
}
matches = {}
for name, candidate in candidates.items():
    matches[name] = np.allclose(candidate, by_columns, atol=1e-8)
    print(f"{name:8} shape {candidate.shape}  matches: {matches[name]}")
rows_rule = np.allclose(by_rows, np.kron(W, I), atol=1e-8)
print(f"row-major reshape equals W ⊗ I: {rows_rule}")

# The two with W.T are the transposed Jacobians: applied to the upstream
# gradient G, they give W.T G, stacked by columns or by rows.
G = np.array([[1.0, -1.0], [0.5, 2.0]])  # dL/dZ, shaped like Z
backward_columns = np.allclose(
    np.kron(I, W.T) @ G.reshape(-1, order="F"), (W.T @ G).reshape(-1, order="F")
)
backward_rows = np.allclose(
    np.kron(W.T, I) @ G.reshape(-1), (W.T @ G).reshape(-1)
)
print(f"I ⊗ W.T = (I ⊗ W).T maps vec(G) to vec(W.T G): {backward_columns}")
print(f"W.T ⊗ I = (W ⊗ I).T does the same, rows stacked: {backward_rows}")

assert matches == {
    "I ⊗ W": True,
    "W ⊗ I": False,
    "I ⊗ W.T": False,
    "W.T ⊗ I": False,
}
assert rows_rule
assert np.allclose(np.kron(I, W).T, np.kron(I, W.T))
assert np.allclose(np.kron(W, I).T, np.kron(W.T, I))
assert backward_columns and backward_rows
