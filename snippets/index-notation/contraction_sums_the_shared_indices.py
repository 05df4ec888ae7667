"""To contract G[i, j] with T[i, j, k, l] over i and j is to multiply the
entries that share i and j and sum i and j away; k and l remain."""

import numpy as np

rng = np.random.default_rng(2)
G = rng.standard_normal((2, 3))  # G[i, j]
T = rng.standard_normal((2, 3, 4, 5))  # T[i, j, k, l]

# --8<-- [start:contract]
contracted = np.einsum("ij,ijkl->kl", G, T)  # sum over i, j
# --8<-- [end:contract]
loops = np.zeros((4, 5))
for i, j, k, l in np.ndindex(2, 3, 4, 5):
    loops[k, l] += G[i, j] * T[i, j, k, l]
print(f"G {G.shape} and T {T.shape}, contracted over i, j:", contracted.shape)
print(f"einsum equals the loops: {np.allclose(contracted, loops)}")

# A matrix product is a contraction over one index: W's second, A's first.
W, A = rng.standard_normal((2, 3)), rng.standard_normal((3, 4))
product = np.einsum("ip,pj->ij", W, A)
print(
    f"contracting p in W[i,p] A[p,j] gives W @ A: {np.allclose(product, W @ A)}"
)

assert contracted.shape == (4, 5)  # the free indices k, l
assert np.allclose(contracted, loops)
assert np.allclose(product, W @ A)
