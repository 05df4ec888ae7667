"""The three gradients read off the differential of Z = W A + b 1.T,
G A.T, W.T G and G 1, agree with finite differences of the loss."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import sigmoid

rng = np.random.default_rng(0)
n, q, m = 3, 4, 5
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
b = rng.standard_normal((n, 1))
Y = (rng.random((n, m)) < 0.5).astype(float)
ones = np.ones((m, 1))


def L(Z):
    """The summed binary cross-entropy of sigmoid(Z) against Y."""
    S = sigmoid(Z)
    return -np.sum(Y * np.log(S) + (1 - Y) * np.log(1 - S))


G = numerical_gradient(L, W @ A + b)  # dL/dZ, (n, m), by finite differences
formulas = {
    "W": ("G @ A.T", G @ A.T),
    "A": ("W.T @ G", W.T @ G),
    "b": ("G @ ones", G @ ones),
}
numeric = {
    "W": numerical_gradient(lambda W: L(W @ A + b), W),
    "A": numerical_gradient(lambda A: L(W @ A + b), A),
    "b": numerical_gradient(lambda b: L(W @ A + b), b),
}
for name, (spelling, gradient) in formulas.items():
    error = relative_error(gradient, numeric[name])
    print(
        f"dL/d{name} = {spelling:8} shape {gradient.shape!s:6}"
        f" relative error {bound(error)}"
    )
    assert error < 1e-7, name
