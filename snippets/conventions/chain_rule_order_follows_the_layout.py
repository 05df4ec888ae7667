"""The chain rule keeps the scalar order in numerator layout,
dz/dx = (dz/dy)(dy/dx), and reverses it in denominator layout,
dz/dx = (dy/dx)(dz/dy). Checked on x -> y = tanh(A x) -> z = B y, with
every size different so that only the right order multiplies."""

import numpy as np
from gradcheck import numerical_gradient, numerical_jacobian, relative_error

rng = np.random.default_rng(1)
A = rng.standard_normal((3, 2))  # x in R^2 -> y in R^3
B = rng.standard_normal((4, 3))  # y in R^3 -> z in R^4
x = rng.standard_normal(2)


def forward(x):
    return B @ np.tanh(A @ x)


def loss(x):
    return 0.5 * np.sum(forward(x) ** 2)  # a scalar; dL/dz = z


y = np.tanh(A @ x)
z = B @ y
J_yx = (1 - y**2)[:, None] * A  # Jacobian dy_i/dx_j: (3, 2)
J_zy = B  # Jacobian dz_i/dy_j: (4, 3)

# Numerator layout: factors in the scalar order.
numerator = J_zy @ J_yx  # (4, 3) @ (3, 2) -> (4, 2)
# Denominator layout: each factor transposed, so the order reverses.
denominator = J_yx.T @ J_zy.T  # (2, 3) @ (3, 4) -> (2, 4)
# A scalar at the end: a row vector in front, or a column vector behind.
row = z[None, :] @ J_zy @ J_yx  # (1, 4) @ (4, 3) @ (3, 2) -> (1, 2)
column = J_yx.T @ J_zy.T @ z[:, None]  # (2, 3) @ (3, 4) @ (4, 1) -> (2, 1)

jacobian = numerical_jacobian(forward, x)  # [i, j] = dz_i / dx_j
gradient = numerical_gradient(loss, x)  # [j] = dL / dx_j
checks = [
    ("numerator   dz/dx = (dz/dy)(dy/dx)", numerator, jacobian),
    ("denominator dz/dx = (dy/dx)(dz/dy)", denominator, jacobian.T),
    ("numerator   dL/dx, a row", row, gradient[None, :]),
    ("denominator dL/dx, a column", column, gradient[:, None]),
]
results = []
for label, formula, numeric in checks:
    results.append(relative_error(formula, numeric) < 1e-8)
    print(f"{label:36} {formula.shape!s:7} {results[-1]}")

assert all(results)
