"""Every row of the products table against finite differences. L is any
scalar whose gradient by Z is G; here L = sum(G * Z), so dL/dZ = G exactly.
The product rule is checked along a line: the derivative of
t -> (X + t d(X)) (Y + t d(Y)) at t = 0."""

import numpy as np
from gradcheck import (
    bound,
    numerical_gradient,
    numerical_jacobian,
    relative_error,
)

rng = np.random.default_rng(0)
n, p, m = 3, 4, 5  # every size different, so a wrong order cannot multiply
W = rng.standard_normal((n, p))
A = rng.standard_normal((p, m))
b = rng.standard_normal((n, 1))
G = rng.standard_normal((n, m))  # upstream gradient, the shape of Z = W A
Ar = rng.standard_normal((m, p))  # rows as examples: Z = Ar Wr is (m, n)
Wr = rng.standard_normal((p, n))
Gr = rng.standard_normal((m, n))
P, Q = rng.standard_normal((n, m)), rng.standard_normal((n, m))
a, x = rng.standard_normal((n, 1)), rng.standard_normal((n, 1))
c = rng.standard_normal((p, 1))
X, V = rng.standard_normal((n, p)), rng.standard_normal((n, p))
S, H = rng.standard_normal((n, n)), rng.standard_normal((n, n))  # Z = S S
Xp, Yp = rng.standard_normal((n, p)), rng.standard_normal((p, m))  # X Y
change_X, change_Y = rng.standard_normal((n, p)), rng.standard_normal((p, m))


def product_along(t):
    """X Y after moving X by t d(X) and Y by t d(Y); t has shape (1,)."""
    return (Xp + t[0] * change_X) @ (Yp + t[0] * change_Y)


grad = numerical_gradient  # finite differences, in the shape of the variable

rows = [
    ("matmul-weight", G @ A.T, grad(lambda W: np.sum(G * (W @ A)), W)),
    ("matmul-input", W.T @ G, grad(lambda A: np.sum(G * (W @ A)), A)),
    ("rows-weight", Ar.T @ Gr, grad(lambda Wr: np.sum(Gr * (Ar @ Wr)), Wr)),
    ("rows-input", Gr @ Wr.T, grad(lambda Ar: np.sum(Gr * (Ar @ Wr)), Ar)),
    (
        "bias-broadcast",
        np.sum(G, axis=1, keepdims=True),
        grad(lambda b: np.sum(G * (W @ A + b)), b),
    ),
    ("used-twice", H @ S.T + S.T @ H, grad(lambda S: np.sum(H * (S @ S)), S)),
    (
        "product-rule",
        change_X @ Yp + Xp @ change_Y,  # d(X) Y + X d(Y), in this order
        numerical_jacobian(product_along, np.zeros(1))[..., 0],
    ),
    ("hadamard", G * Q, grad(lambda P: np.sum(G * (P * Q)), P)),
    ("linear-form", a, grad(lambda x: (a.T @ x).item(), x)),
    ("bilinear", a @ c.T, grad(lambda X: (a.T @ X @ c).item(), X)),
    ("inner-product", V, grad(lambda X: np.trace(V.T @ X), X)),
]
print(f"{'row':16} {'shape':8} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-8)
    print(f"{name:16} {formula.shape!s:8} {bound(error, 1e-8)}")

assert all(ok)
