"""Every row of the log-det and inverse table against finite differences.
X is square and safely invertible (its smallest singular value is printed)."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    numerical_jacobian,
    relative_error,
)

rng = np.random.default_rng(4)
n = 3
X = rng.standard_normal((n, n)) + 3 * np.eye(n)
E = rng.standard_normal((n, n))  # a direction in which to move X
a, c = rng.standard_normal((n, 1)), rng.standard_normal((n, 1))
B = rng.standard_normal((n, n))
inv = np.linalg.inv
Xinv = inv(X)
smallest = digits(np.linalg.svd(X)[1].min(), ".2f")
print(f"smallest singular value of X: {smallest}")


def log_abs_det(X):
    return np.linalg.slogdet(X)[1]  # log |det X|, stable


def along_E(t):
    """X^-1 after moving X by t E: its derivative at t = 0 is d(X^-1)."""
    return inv(X + t[0] * E)


grad = numerical_gradient  # finite differences, in the shape of the variable
rows = [
    ("log-det", Xinv.T, grad(log_abs_det, X)),
    ("det", np.linalg.det(X) * Xinv.T, grad(np.linalg.det, X)),
    (
        "inverse-differential",
        -Xinv @ E @ Xinv,
        numerical_jacobian(along_E, np.zeros(1))[..., 0],
    ),
    (
        "inverse-bilinear",
        -Xinv.T @ a @ c.T @ Xinv.T,
        grad(lambda X: (a.T @ inv(X) @ c).item(), X),
    ),
    (
        "trace-inverse",
        -(Xinv @ B @ Xinv).T,
        grad(lambda X: np.trace(B @ inv(X)), X),
    ),
]
print(f"{'row':22} {'shape':8} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-7)
    print(f"{name:22} {formula.shape!s:8} {bound(error, 1e-7)}")

assert all(ok)
