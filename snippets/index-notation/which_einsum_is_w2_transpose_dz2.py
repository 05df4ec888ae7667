"""Four einsum candidates for dA1 = W2ᵀ dZ2: two are right, whatever the
order of their operands; one fails when the sizes differ and runs, wrong,
on square ones; one always runs and returns the transpose."""

import numpy as np

candidates = {
    '"ik,il->kl", W2, dZ2': lambda W2, dZ2: np.einsum("ik,il->kl", W2, dZ2),
    '"ki,il->kl", W2, dZ2': lambda W2, dZ2: np.einsum("ki,il->kl", W2, dZ2),
    '"ik,il->lk", W2, dZ2': lambda W2, dZ2: np.einsum("ik,il->lk", W2, dZ2),
    '"il,ik->kl", dZ2, W2': lambda W2, dZ2: np.einsum("il,ik->kl", dZ2, W2),
}
rng = np.random.default_rng(4)
for n1, n2, m in [(4, 2, 5), (3, 3, 3)]:  # all different, then square
    W2 = rng.standard_normal((n2, n1))
    dZ2 = rng.standard_normal((n2, m))
    right = W2.T @ dZ2  # (n1, m), the shape of A1
    print(f"n1, n2, m = {n1}, {n2}, {m}:")
    verdicts, results = [], []
    for name, compute in candidates.items():
        try:
            result = compute(W2, dZ2)
        except ValueError:
            verdicts.append("ValueError")
            results.append(None)
        else:
            results.append(result)
            right_shape = result.shape == right.shape
            verdicts.append(
                "right"
                if right_shape and np.allclose(result, right)
                else f"wrong, shape {result.shape}"
            )
        print(f"    np.einsum({name})  {verdicts[-1]}")
    assert verdicts[0] == verdicts[3] == "right"
    assert verdicts[1] == ("ValueError" if n1 != n2 else "wrong, shape (3, 3)")
    assert verdicts[2] == f"wrong, shape {(m, n1)}"
    assert np.allclose(results[2], dZ2.T @ W2)  # (W2ᵀ dZ2)ᵀ = dA1ᵀ
    if n1 == n2:
        assert np.allclose(results[1], W2 @ dZ2)  # W2 dZ2, no transpose
