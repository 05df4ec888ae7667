"""The Kronecker delta is the identity matrix: in a sum, it keeps one term."""

import numpy as np
from gradcheck import bound, numerical_jacobian, relative_error

np.set_printoptions(precision=4, suppress=True)

delta = np.eye(3)  # delta[i, p] = 1 if i == p else 0
x = np.array([5.0, -2.0, 7.0])
B = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])

# --8<-- [start:formula]
picked = np.einsum("ip,p->i", delta, x)  # sum over p of δ_ip x_p
renamed = np.einsum("ip,pj->ij", delta, B)  # sum over p of δ_ip B_pj
trace = np.einsum("pp->", delta)  # sum over p of δ_pp
# --8<-- [end:formula]
print("sum_p δ[i,p] x[p]   =", picked)
print("sum_p δ[i,p] B[p,j] = B[i,j]:", np.array_equal(renamed, B))
print(f"sum_p δ[p,p]        = {trace:g}")
assert np.array_equal(picked, x) and np.array_equal(renamed, B) and trace == 3

# The deltas' origin: dW[i,j]/dW[k,l] = δ_ik δ_jl, by finite differences.
W = np.arange(6.0).reshape(2, 3)
numeric = numerical_jacobian(lambda W: W, W)  # (2, 3, 2, 3)
deltas = np.einsum("ik,jl->ijkl", np.eye(2), np.eye(3))
error = relative_error(deltas, numeric)
print(f"dW[i,j]/dW[k,l] vs δ_ik δ_jl: relative error {bound(error)}")
assert error < 1e-8  # W is linear in W: only rounding error remains
