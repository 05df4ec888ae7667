"""b is a column (n1 × 1): NumPy adds it to every column of W X."""

import numpy as np

np.set_printoptions(precision=4, suppress=True)

W = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])  # n1 × n0 = 3 × 2
X = np.array([[1.0, 0.0, 2.0, -1.0], [0.0, 1.0, 1.0, 3.0]])  # n0 × m = 2 × 4
b = np.array([[10.0], [20.0], [30.0]])  # n1 × 1

# --8<-- [start:formula]
Z = W @ X + b
# --8<-- [end:formula]
print("Z = W @ X + b =", Z, sep="\n")

# What the formula means, entry by entry: b[i] joins every column j.
loops = np.zeros((3, 4))
for i in range(3):
    for j in range(4):
        loops[i, j] = sum(W[i, p] * X[p, j] for p in range(2)) + b[i, 0]
assert np.array_equal(Z, loops)
# As a matrix product: b 1.T puts a copy of b in each of the m columns.
assert np.array_equal(Z, W @ X + b @ np.ones((1, 4)))

# A flat bias of shape (3,) lines up with the last axis, the examples.
b_flat = b.ravel()
try:
    W @ X + b_flat
except ValueError as error:
    print(f"\nW @ X + b.ravel() with m = 4 fails:\n  {str(error).strip()}")

# With m = n1 = 3 it runs, and adds b[j] to column j: not the formula.
X3 = X[:, :3]
wrong = W @ X3 + b_flat
print("with m = 3 it runs:", wrong, sep="\n")
print(f"equal to the formula: {np.array_equal(wrong, W @ X3 + b)}")
assert not np.array_equal(wrong, W @ X3 + b)

# With one example (m = 1) it runs too: (3, 1) + (3,) broadcasts to 3 × 3.
X1 = X[:, :1]
single = W @ X1 + b_flat
print(f"with m = 1 it runs: W @ x + b.ravel() has shape {single.shape}")
assert single.shape == (3, 3) and (W @ X1 + b).shape == (3, 1)
