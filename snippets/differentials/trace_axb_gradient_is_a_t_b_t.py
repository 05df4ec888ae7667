"""d tr(A X B) = tr(B A d(X)) = <A.T B.T, d(X)>, so the gradient of
tr(A X B) by X is A.T B.T, the shape of X."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)
A = rng.standard_normal((2, 3))
X = rng.standard_normal((3, 4))
B = rng.standard_normal((4, 2))  # A X B is 2 × 2

gradient = A.T @ B.T  # (3, 2) @ (2, 4) -> (3, 4), the shape of X
numeric = numerical_gradient(lambda X: np.trace(A @ X @ B), X)
error = relative_error(gradient, numeric)
print(f"A.T @ B.T has shape {gradient.shape}, X has shape {X.shape}")
print(f"relative error against finite differences {bound(error)}")
assert gradient.shape == X.shape and error < 1e-7
