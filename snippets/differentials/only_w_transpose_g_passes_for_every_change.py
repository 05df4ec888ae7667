"""With square shapes every candidate for the C in <G, W d(A)> = <C, d(A)>
runs; only C = W.T G gives the same number for every change d(A)."""

import numpy as np

rng = np.random.default_rng(0)
G, W = rng.standard_normal((3, 3)), rng.standard_normal((3, 3))
changes = [rng.standard_normal((3, 3)) for _ in range(5)]


def left_side(change_A):
    """<G, W d(A)> by loops: sum over i, j, p of G[i,j] W[i,p] d(A)[p,j]."""
    return sum(
        G[i, j] * sum(W[i, p] * change_A[p, j] for p in range(3))
        for i, j in np.ndindex(3, 3)
    )


candidates = {
    "W.T @ G": W.T @ G,
    "G @ W.T": G @ W.T,
    "W @ G": W @ G,
    "G @ W": G @ W,
    "G.T @ W": G.T @ W,
}
passing = []
for spelling, C in candidates.items():
    agrees = all(
        np.isclose(np.sum(C * change), left_side(change)) for change in changes
    )
    print(f"{spelling:8} shape {C.shape}  matches for 5 random d(A): {agrees}")
    if agrees:
        passing.append(spelling)
assert passing == ["W.T @ G"]
