"""With square 2×2 matrices, four Kronecker products have the 4×4 shape of
d vec(Z) / d vec(A) for Z = W A; only I ⊗ W matches finite differences
(with column-stacking vec). Row-major reshape gives W ⊗ I."""

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

assert matches == {
    "I ⊗ W": True,
    "W ⊗ I": False,
    "I ⊗ W.T": False,
    "W.T ⊗ I": False,
}
assert rows_rule
