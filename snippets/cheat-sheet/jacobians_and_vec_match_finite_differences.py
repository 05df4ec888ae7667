"""Every row of the Jacobians table against finite differences: the
vector-Jacobian product, the four-index Jacobians of Z = W A, their
column-major vec forms, and vec(P X Q) = (Q.T kron P) vec(X)."""

import numpy as np
from gradcheck import (
    bound,
    numerical_gradient,
    numerical_jacobian,
    relative_error,
)

rng = np.random.default_rng(1)
n, q, m = 3, 4, 2
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
B = rng.standard_normal((n, q))
x = rng.standard_normal(q)
g = rng.standard_normal(n)  # upstream gradient of y = tanh(B x)
P, X, Q = (rng.standard_normal(s) for s in [(2, n), (n, q), (q, 3)])


def vec(M):
    """Stack the columns: the vec of the math (NumPy's order="F")."""
    return M.reshape(-1, order="F")


# Vector-Jacobian product: y = tanh(B x), J = dy/dx (numerator layout).
J = (1 - np.tanh(B @ x) ** 2)[:, None] * B  # dy_i/dx_j, (n, q)
vjp = J.T @ g
numeric_vjp = numerical_gradient(lambda x: g @ np.tanh(B @ x), x)

# Four-index Jacobians of Z = W A from their index formulas.
eye_n, eye_m = np.eye(n), np.eye(m)
dZ_dW = np.einsum("ik,lj->ijkl", eye_n, A)  # delta_ik A_lj, (n, m, n, q)
dZ_dA = np.einsum("ik,jl->ijkl", W, eye_m)  # W_ik delta_jl, (n, m, q, m)

# The same derivatives, flattened with column-major vec.
vec_dW = numerical_jacobian(
    lambda w: vec(w.reshape((n, q), order="F") @ A), vec(W)
)
vec_dA = numerical_jacobian(
    lambda a: vec(W @ a.reshape((q, m), order="F")), vec(A)
)
vec_PXQ = numerical_jacobian(
    lambda v: vec(P @ v.reshape((n, q), order="F") @ Q), vec(X)
)

rows = [
    ("vjp", vjp, numeric_vjp),
    ("jacobian-weight", dZ_dW, numerical_jacobian(lambda W: W @ A, W)),
    ("jacobian-input", dZ_dA, numerical_jacobian(lambda A: W @ A, A)),
    ("vec-weight", np.kron(A.T, eye_n), vec_dW),
    ("vec-input", np.kron(eye_m, W), vec_dA),
    ("vec-product", np.kron(Q.T, P), vec_PXQ),
]
print(f"{'row':16} {'shape':14} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-8)
    print(f"{name:16} {formula.shape!s:14} {bound(error, 1e-8)}")

assert all(ok)
