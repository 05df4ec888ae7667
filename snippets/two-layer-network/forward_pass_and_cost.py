"""The forward pass, and J as the average of the m per-example losses."""

import numpy as np
from gradcheck import digits, rounded
from network import cost, example, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
J = cost(A2, Y)

print("Y  =", Y)
print("A2 =", rounded(A2))
print(f"J  = {digits(J, '.4f')}")

# The same cost, one example (column j) at a time: the loss of example j
# sums the binary cross-entropy over the output units i.
losses = []
for j in range(X.shape[1]):
    losses.append(
        sum(
            -(Y[i, j] * np.log(A2[i, j]) + (1 - Y[i, j]) * np.log(1 - A2[i, j]))
            for i in range(A2.shape[0])
        )
    )
assert np.isclose(J, sum(losses) / len(losses))
for name, value in cache.items():
    assert value.shape[1] == X.shape[1], name  # one column per example
