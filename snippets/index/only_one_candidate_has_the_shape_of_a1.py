"""With n1 = 4, n2 = 3, m = 5, of four candidates for dA1 only W2.T @ dZ2
has the shape of A1 (4 × 5); dZ2.T @ W2 runs too, and is dA1 transposed."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

n1, n2, m = 4, 3, 5  # all different, so every shape mistake shows
rng = np.random.default_rng(0)
W2 = rng.standard_normal((n2, n1))  # (3, 4)
A1 = rng.standard_normal((n1, m))  # (4, 5)
dZ2 = rng.standard_normal((n2, m))  # (3, 5), the upstream gradient

candidates = {
    "dZ2 @ W2.T": lambda: dZ2 @ W2.T,
    "W2.T @ dZ2": lambda: W2.T @ dZ2,
    "W2 @ dZ2  ": lambda: W2 @ dZ2,
    "dZ2.T @ W2": lambda: dZ2.T @ W2,
}
shapes = {}
for name, compute in candidates.items():
    try:
        shapes[name.strip()] = compute().shape
        print(f"{name}  runs: shape {shapes[name.strip()]}")
    except ValueError:
        print(f"{name}  ValueError")

# The one with the shape of A1, against finite differences of a loss whose
# gradient by Z2 = W2 A1 is dZ2; the other one that runs is its transpose.
numeric = numerical_gradient(lambda A1: np.sum(dZ2 * (W2 @ A1)), A1)
error = relative_error(W2.T @ dZ2, numeric)
print(f"relative error of W2.T @ dZ2: {bound(error)}")

assert shapes == {"W2.T @ dZ2": (4, 5), "dZ2.T @ W2": (5, 4)}  # only these run
assert error < 1e-8  # the loss is linear in A1: only rounding error
assert np.allclose(dZ2.T @ W2, numeric.T)
