"""Every row of the elementwise table against finite differences: the
Hadamard chain rule, the diagonal Jacobian, and the derivatives of sigmoid,
tanh and ReLU written with the activation's output A = g(Z)."""

import numpy as np
from gradcheck import (
    bound,
    numerical_gradient,
    numerical_jacobian,
    relative_error,
)
from network import sigmoid

rng = np.random.default_rng(5)
n, m = 3, 4
Z = rng.standard_normal((n, m))
Z[np.abs(Z) < 0.01] = 0.5  # keep every entry far (> h) from ReLU's kink
dA = rng.standard_normal((n, m))  # upstream gradient, the shape of A = g(Z)


def relu(Z):
    return np.maximum(Z, 0)


def jacobian_from_formula(g_prime):
    """dA_ij / dZ_kl = g'(Z_ij) delta_ik delta_jl, shape (n, m, n, m)."""
    return np.einsum("ij,ik,jl->ijkl", g_prime, np.eye(n), np.eye(m))


A_sigmoid, A_tanh, A_relu = sigmoid(Z), np.tanh(Z), relu(Z)
grad = numerical_gradient  # finite differences, in the shape of the variable
rows = [
    (
        "elementwise-chain",
        dA * (1 - A_tanh**2),
        grad(lambda Z: np.sum(dA * np.tanh(Z)), Z),
    ),
    (
        "elementwise-jacobian",
        jacobian_from_formula(1 - A_tanh**2),
        numerical_jacobian(np.tanh, Z),
    ),
    (
        "sigmoid",
        A_sigmoid * (1 - A_sigmoid),
        grad(lambda Z: np.sum(sigmoid(Z)), Z),
    ),
    ("tanh", 1 - A_tanh**2, grad(lambda Z: np.sum(np.tanh(Z)), Z)),
    ("relu", (A_relu > 0).astype(float), grad(lambda Z: np.sum(relu(Z)), Z)),
]
print(f"{'row':22} {'shape':14} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-8)
    print(f"{name:22} {formula.shape!s:14} {bound(error, 1e-8)}")

assert all(ok)
