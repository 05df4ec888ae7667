"""Every row of the softmax and losses table against finite differences.
Batch rows are gradients of the summed loss m J, as the course's dZ is, so
they are checked against m times the finite differences of J."""

import numpy as np
from gradcheck import (
    bound,
    numerical_gradient,
    numerical_jacobian,
    relative_error,
)
from network import sigmoid

rng = np.random.default_rng(6)
n, m = 3, 4
z = rng.standard_normal(n)
y = np.array([0.2, 0.5, 0.3])  # any labels that sum to 1
Z = rng.standard_normal((n, m))
Y_onehot = np.eye(n)[:, rng.integers(n, size=m)]  # one-hot columns
Y_binary = (rng.random((n, m)) < 0.5).astype(float)  # 0/1 labels
Y_real = rng.standard_normal((n, m))  # regression targets


def softmax(z):
    """Softmax of each column (or of a vector); shifting by the max is safe."""
    e = np.exp(z - np.max(z, axis=0))
    return e / np.sum(e, axis=0)


def log_sum_exp(z):
    return np.max(z) + np.log(np.sum(np.exp(z - np.max(z))))


def bce(A, Y):
    """Binary cross-entropy, averaged over the m columns."""
    return -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m


s, S, A = softmax(z), softmax(Z), sigmoid(Z)
grad = numerical_gradient  # finite differences, in the shape of the variable
rows = [
    (
        "softmax-jacobian",
        np.diag(s) - np.outer(s, s),
        numerical_jacobian(softmax, z),
    ),
    ("log-sum-exp", s, grad(log_sum_exp, z)),
    (
        "softmax-cross-entropy",
        s - y,
        grad(lambda z: -y @ np.log(softmax(z)), z),
    ),
    (
        "softmax-batch",
        S - Y_onehot,
        m * grad(lambda Z: -np.sum(Y_onehot * np.log(softmax(Z))) / m, Z),
    ),
    (
        "sigmoid-bce",
        A - Y_binary,
        m * grad(lambda Z: bce(sigmoid(Z), Y_binary), Z),
    ),
    (
        "bce-output",
        -Y_binary / A + (1 - Y_binary) / (1 - A),
        m * grad(lambda A: bce(A, Y_binary), A),
    ),
    (
        "squared-linear",
        Z - Y_real,
        m * grad(lambda Z: np.sum((Z - Y_real) ** 2) / (2 * m), Z),
    ),
    (
        "squared-sigmoid",
        (A - Y_real) * A * (1 - A),
        m * grad(lambda Z: np.sum((sigmoid(Z) - Y_real) ** 2) / (2 * m), Z),
    ),
]
print(f"{'row':22} {'shape':8} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-7)
    print(f"{name:22} {formula.shape!s:8} {bound(error, 1e-7)}")

assert all(ok)
