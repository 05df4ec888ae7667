"""Every row of the traces table: the cyclic rule against the index sum, and
each gradient against finite differences."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(2)
n, p = 3, 4
X = rng.standard_normal((n, p))
A = rng.standard_normal((p, n))  # tr(A X) needs A of shape X.T
B = rng.standard_normal((n, p))  # tr(B.T X) needs B of shape X
S = rng.standard_normal((p, p))  # X S X.T is (n, n)
T = rng.standard_normal((n, n))  # X.T T X is (p, p)
P, Q, R = (rng.standard_normal(s) for s in [(n, p), (p, 2), (2, n)])

grad = numerical_gradient  # finite differences, in the shape of the variable
index_sum = np.einsum("ij,jk,ki->", P, Q, R)  # sum of P_ij Q_jk R_ki
rows = [
    ("trace-cyclic", np.trace(Q @ R @ P), index_sum),
    ("trace-cyclic-again", np.trace(R @ P @ Q), index_sum),
    ("trace-transpose", np.trace((P @ Q @ R).T), index_sum),
    ("trace-inner-product", np.trace(B.T @ X), np.einsum("ij,ij->", B, X)),
    ("trace-linear", A.T, grad(lambda X: np.trace(A @ X), X)),
    ("trace-linear-right", A.T, grad(lambda X: np.trace(X @ A), X)),
    ("trace-xsxt", X @ (S + S.T), grad(lambda X: np.trace(X @ S @ X.T), X)),
    ("trace-xttx", (T + T.T) @ X, grad(lambda X: np.trace(X.T @ T @ X), X)),
    ("frobenius-norm", 2 * X, grad(lambda X: np.sum(X**2), X)),
]
print(f"{'row':20} {'shape':8} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-8)
    print(f"{name:20} {np.shape(formula)!s:8} {bound(error, 1e-8)}")

assert all(ok)
