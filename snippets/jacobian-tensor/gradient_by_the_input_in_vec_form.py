"""vec(dL/dA) = (I_m ⊗ W).T vec(G) = (I_m ⊗ W.T) vec(G) = vec(W.T G):
the transposed Jacobian times the upstream gradient, for Z = W A."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(2)
n, q, m = 2, 3, 4
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
G = rng.standard_normal((n, m))  # dL/dZ for L = sum(G * Z)


def vec(M):
    return M.reshape(-1, order="F")


jacobian = np.kron(np.eye(m), W)  # d vec(Z) / d vec(A), (n m) × (q m)
transposed = jacobian.T @ vec(G)  # (q m) × (n m) times (n m) -> q m
numeric = numerical_gradient(lambda A: np.sum(G * (W @ A)), A)

kron_rule = np.array_equal(jacobian.T, np.kron(np.eye(m), W.T))
vec_rule = np.allclose(transposed, vec(W.T @ G))
error = relative_error(transposed, vec(numeric))
print(f"(I ⊗ W).T equals I ⊗ W.T:             {kron_rule}")
print(f"(I ⊗ W).T vec(G) equals vec(W.T @ G): {vec_rule}")
print(f"against finite differences: relative error {bound(error)}")

assert kron_rule and vec_rule
assert error < 1e-8  # linear in A: only rounding error
