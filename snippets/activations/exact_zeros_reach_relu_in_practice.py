"""Pre-activations that are exactly 0, where ReLU's derivative is a choice,
are rare with dense float inputs but common with sparse inputs and zero
biases, and in low-precision (8-bit integer) arithmetic."""

import numpy as np

rng = np.random.default_rng(0)
n0, n1, m = 20, 8, 100
W1 = rng.standard_normal((n1, n0))
b1 = np.zeros((n1, 1))  # the course initialises biases to zero

dense = rng.standard_normal((n0, m))
# Sparse inputs: most features are 0 (word counts, pixels of a blank area).
sparse = dense * (rng.random((n0, m)) < 0.1)
# 8-bit quantised network: small integers for weights and inputs.
W1_int8 = rng.integers(-3, 4, size=(n1, n0)).astype(np.int8)
inputs_int8 = rng.integers(0, 3, size=(n0, m)).astype(np.int8)
inputs_int8 *= rng.random((n0, m)) < 0.3  # post-ReLU inputs: many zeros

cases = {
    "dense float64 inputs": W1 @ dense + b1,
    "sparse inputs, b1 = 0": W1 @ sparse + b1,
    "8-bit integers": W1_int8.astype(int) @ inputs_int8.astype(int),
}
print(f"exact zeros among the {n1 * m} entries of Z1:")
for name, Z1 in cases.items():
    zeros = int(np.count_nonzero(Z1 == 0))
    print(f"  {name:22} {zeros:4}")
    # Where Z1 == 0, the two valid choices g'(0) = 0 and g'(0) = 1 differ.
    differ = np.count_nonzero((Z1 > 0) != (Z1 >= 0))
    assert differ == zeros

assert np.count_nonzero(cases["dense float64 inputs"] == 0) == 0
# A sparse example with no non-zero feature gives a whole zero column.
empty = np.all(sparse == 0, axis=0)
assert np.all(cases["sparse inputs, b1 = 0"][:, empty] == 0) and empty.any()
assert np.count_nonzero(cases["8-bit integers"] == 0) > 0.05 * n1 * m
