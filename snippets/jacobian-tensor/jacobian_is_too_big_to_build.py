"""For Z = W A with n = q = 1024, m = 256, d vec(Z) / d vec(W) has
(n m)(n q) ≈ 2.7e11 entries, 2.2 TB in float64, while the gradient it
encodes, G A.T, costs about 2 n q m ≈ 5e8 flops."""

import numpy as np
from gradcheck import bound, numerical_jacobian, relative_error


def jacobian_entries(n, q, m):
    return (n * m) * (n * q)  # one row per entry of Z, one column per W


def product_flops(n, q, m):
    return 2 * n * q * m  # n q entries of G A.T, m multiply-adds each


n, q, m = 1024, 1024, 256  # counted, never allocated
entries = jacobian_entries(n, q, m)
print(f"W {n}×{q}, A {q}×{m}, Z {n}×{m}")
print(f"entries of d vec(Z) / d vec(W): {entries:.1e}")
print(f"bytes in float64:               {8 * entries:.1e}", end=" ")
print(f"({8 * entries / 1e12:.1f} TB)")
print(f"flops of G @ A.T:               {product_flops(n, q, m):.1e}")
print(f"flops of vec(G) @ Jacobian:     {2 * entries:.1e}")

# The counting formulas, on a small case where the Jacobian is built.
rng = np.random.default_rng(0)
n, q, m = 2, 3, 4
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
G = rng.standard_normal((n, m))  # the upstream gradient, shaped like Z
jacobian = numerical_jacobian(lambda W: W @ A, W)  # (n, m, n, q)
assert jacobian.size == jacobian_entries(n, q, m)

multiplies = adds = 0
dW = np.zeros((n, q))
for k, l in np.ndindex(n, q):  # G A.T, one multiply-add at a time
    for j in range(m):
        dW[k, l] += G[k, j] * A[l, j]
        multiplies += 1
        adds += j > 0  # the first product starts the sum
assert multiplies + adds <= product_flops(n, q, m) == 2 * multiplies

# Both routes give the same gradient; only one builds the Jacobian.
through_jacobian = np.einsum("ij,ijkl->kl", G, jacobian)
error = relative_error(through_jacobian, dW)
print(f"n, q, m = 2, 3, 4: Jacobian of {jacobian.size} entries built")
print(f"Jacobian route vs G A.T: relative error {bound(error)}")
assert error < 1e-8  # linear in W: only rounding error
assert np.allclose(dW, G @ A.T)
