"""NumPy's default reshape stacks rows, so the Kronecker factors swap."""

import numpy as np

A = np.array([[2, -2], [3, 2]])  # integers, so that zeros print as 0
I = np.eye(2, dtype=int)
tensor = np.einsum("ik,lj->ijkl", I, A)  # dZ[i,j]/dW[k,l] = δ_ik A[l,j]

by_columns = tensor.reshape(4, 4, order="F")  # vec as in the math
by_rows = tensor.reshape(4, 4)  # NumPy's default, order="C"
print("reshape(4, 4, order='F') =", by_columns, sep="\n")
print("reshape(4, 4)            =", by_rows, sep="\n")
columns_rule = np.array_equal(by_columns, np.kron(A.T, I))
rows_rule = np.array_equal(by_rows, np.kron(I, A.T))
print(f"order='F' gives kron(A.T, I): {columns_rule}")
print(f"order='C' gives kron(I, A.T): {rows_rule}")
assert columns_rule and rows_rule
assert not np.array_equal(by_columns, by_rows)

# The general rule vec(P X Q) = (Q.T ⊗ P) vec(X) holds for column stacking;
# stacking rows turns it into (P ⊗ Q.T).
rng = np.random.default_rng(0)
P, X, Q = (rng.standard_normal(s) for s in [(2, 3), (3, 4), (4, 2)])
columns = np.kron(Q.T, P) @ X.reshape(-1, order="F")
rows = np.kron(P, Q.T) @ X.reshape(-1)
assert np.allclose(columns, (P @ X @ Q).reshape(-1, order="F"))
assert np.allclose(rows, (P @ X @ Q).reshape(-1))
