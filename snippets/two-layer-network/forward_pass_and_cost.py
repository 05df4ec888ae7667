"""The forward pass, and J as the average of the m per-example losses."""

import numpy as np
from network import cost, example, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
J = cost(A2, Y)

print("Y  =", Y)
print("A2 =", A2)
print(f"J  = {J:.4f}")

# The same cost, one example (column) at a time.
losses = []
for a, y in zip(A2[0], Y[0], strict=True):
    losses.append(-(y * np.log(a) + (1 - y) * np.log(1 - a)))
assert np.isclose(J, sum(losses) / len(losses))
for name, value in cache.items():
    assert value.shape[1] == X.shape[1], name  # one column per example
