"""tr(A X) = sum over i, p of A[i,p] X[p,i], so its gradient by X[k,l] is
A[l,k]: d tr(A X)/dX = A.T, with the shape of X."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded

np.set_printoptions(precision=4, suppress=True)
A = np.array([[1.0, 2.0, 0.0], [-1.0, 3.0, 4.0]])  # 2 × 3
X = np.array([[2.0, 1.0], [0.0, -1.0], [1.0, 5.0]])  # 3 × 2, A X is 2 × 2

numeric = numerical_gradient(lambda X: np.trace(A @ X), X)
error = relative_error(A.T, numeric)
print("A.T =", A.T, "finite differences of tr(A X) by X =", sep="\n")
print(rounded(numeric))
print(f"relative error of A.T: {bound(error)}")

assert np.isclose(np.trace(A @ X), np.einsum("ip,pi->", A, X))  # the sum
assert A.T.shape == X.shape
assert error < 1e-8  # tr(A X) is linear in X: only rounding error remains
