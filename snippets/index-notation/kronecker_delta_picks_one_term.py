"""The Kronecker delta is the identity matrix: in a sum, it keeps one term."""

import numpy as np
from gradcheck import numerical_jacobian

delta = np.eye(3)  # delta[i, k] = 1 if i == k else 0
x = np.array([5.0, -2.0, 7.0])
B = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])

picked = np.einsum("ik,k->i", delta, x)  # sum over k of δ_ik x_k
renamed = np.einsum("ik,kj->ij", delta, B)  # sum over k of δ_ik B_kj
trace = np.einsum("ii->", delta)  # sum over i of δ_ii
print("sum_k δ[i,k] x[k]   =", picked)
print("sum_k δ[i,k] B[k,j] = B[i,j]:", np.array_equal(renamed, B))
print(f"sum_i δ[i,i]        = {trace:g}")
assert np.array_equal(picked, x) and np.array_equal(renamed, B) and trace == 3

# The deltas' origin: dW[i,j]/dW[k,l] = δ_ik δ_jl, by finite differences.
W = np.arange(6.0).reshape(2, 3)
numeric = numerical_jacobian(lambda W: W, W)
deltas = np.einsum("ik,jl->ijkl", np.eye(2), np.eye(3))
print(f"dW[i,j]/dW[k,l] equals δ_ik δ_jl: {np.allclose(numeric, deltas)}")
assert np.allclose(numeric, deltas)
