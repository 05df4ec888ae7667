"""From the sheet: tr(A X B) = tr(B A X) (trace-cyclic), and the gradient of
tr(M X) is M.T (trace-linear), so the gradient of tr(A X B) by X is
(B A).T = A.T B.T. With square matrices every candidate runs; only the
finite differences pick the right one."""

import numpy as np
from gradcheck import numerical_gradient, relative_error

rng = np.random.default_rng(8)
A, X, B = (rng.standard_normal((3, 3)) for _ in range(3))
numeric = numerical_gradient(lambda X: np.trace(A @ X @ B), X)
candidates = {
    "A @ B": A @ B,
    "B @ A": B @ A,
    "A.T @ B.T": A.T @ B.T,
    "B.T @ A.T": B.T @ A.T,
}
matches = {}
for name, value in candidates.items():
    matches[name] = relative_error(value, numeric) < 1e-8
    print(f"{name:10} shape {value.shape}  matches: {matches[name]}")

assert [name for name, ok in matches.items() if ok] == ["A.T @ B.T"]
