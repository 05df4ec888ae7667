"""For L = ½ ||W A - Y||² (Frobenius norm) and R = W A - Y, the
differential dL = <R, d(W) A + W d(A)> gives grad_W = R A.T and
grad_A = W.T R."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)
n, q, m = 2, 3, 5
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
Y = rng.standard_normal((n, m))


def L(W, A):
    return 0.5 * np.sum((W @ A - Y) ** 2)


R = W @ A - Y  # the residual, (n, m)
grad_W = R @ A.T  # (n, m) @ (m, q) -> (n, q), the shape of W
grad_A = W.T @ R  # (q, n) @ (n, m) -> (q, m), the shape of A
numeric_W = numerical_gradient(lambda W: L(W, A), W)
numeric_A = numerical_gradient(lambda A: L(W, A), A)
for name, gradient, numeric in [
    ("R @ A.T", grad_W, numeric_W),
    ("W.T @ R", grad_A, numeric_A),
]:
    error = relative_error(gradient, numeric)
    print(f"{name} {gradient.shape} relative error {bound(error)}")
    assert error < 1e-7, name
