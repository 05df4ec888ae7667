"""With the course's week-3 shapes, the naive product does not even run:
dZ2 @ A1 and dZ2 @ W2.T raise ValueError; the transposed orders run."""

import numpy as np

n1, n2, m = 4, 1, 5  # hidden units, output units, examples
rng = np.random.default_rng(0)
W2 = rng.standard_normal((n2, n1))  # (1, 4)
A1 = rng.standard_normal((n1, m))  # (4, 5)
dZ2 = rng.standard_normal((n2, m))  # (1, 5), shaped like Z2 = W2 A1

attempts = {
    "dW2 = dZ2 @ A1  ": lambda: dZ2 @ A1,
    "dW2 = dZ2 @ A1.T": lambda: dZ2 @ A1.T,
    "dA1 = dZ2 @ W2.T": lambda: dZ2 @ W2.T,
    "dA1 = W2.T @ dZ2": lambda: W2.T @ dZ2,
}
failed = []
for formula, compute in attempts.items():
    try:
        print(f"{formula}  runs: shape {compute().shape}")
    except ValueError as error:
        print(f"{formula}  ValueError:\n    {error}")
        failed.append(formula.strip())

assert failed == ["dW2 = dZ2 @ A1", "dA1 = dZ2 @ W2.T"]  # the naive products
assert (dZ2 @ A1.T).shape == W2.shape  # each gradient has the shape
assert (W2.T @ dZ2).shape == A1.shape  # of its variable
