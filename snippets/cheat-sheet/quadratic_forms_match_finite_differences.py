"""Every row of the quadratic forms table against finite differences."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(3)
n, q = 3, 5
x = rng.standard_normal((n, 1))
A = rng.standard_normal((n, n))  # not symmetric
S = A + A.T  # symmetric
M = rng.standard_normal((q, n))  # least squares: M x ~ y, M (q, n)
y = rng.standard_normal((q, 1))

grad = numerical_gradient  # finite differences, in the shape of the variable
rows = [
    ("quadratic-form", (A + A.T) @ x, grad(lambda x: (x.T @ A @ x).item(), x)),
    ("quadratic-symmetric", 2 * S @ x, grad(lambda x: (x.T @ S @ x).item(), x)),
    ("squared-norm", 2 * x, grad(lambda x: np.sum(x**2), x)),
    (
        "least-squares",
        2 * M.T @ (M @ x - y),
        grad(lambda x: np.sum((M @ x - y) ** 2), x),
    ),
]
print(f"{'row':20} {'shape':8} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-8)
    print(f"{name:20} {formula.shape!s:8} {bound(error, 1e-8)}")

assert all(ok)
