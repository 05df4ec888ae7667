"""J = (1/m) sum_j sum_i L(A2[i, j], Y[i, j]): the loss of example j sums
the binary cross-entropy over its n2 output units; J averages over the m
examples. network.cost computes exactly this, for any n2."""

import numpy as np
from gradcheck import digits, rounded
from network import cost

np.set_printoptions(precision=4, suppress=True)

A2 = np.array(
    [[0.9, 0.2, 0.6, 0.7], [0.3, 0.8, 0.5, 0.1], [0.5, 0.5, 0.9, 0.2]]
)
Y = np.array([[1.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 1.0, 0.0]])
n2, m = A2.shape  # 3 output units, 4 examples


def bce(a, y):
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))


# --8<-- [start:formula]
losses = [sum(bce(A2[i, j], Y[i, j]) for i in range(n2)) for j in range(m)]
J = sum(losses) / m
# --8<-- [end:formula]
print("loss of each example j:", rounded(losses))
print(f"J, their mean:          {digits(J, '.4f')}")
print(f"network.cost(A2, Y):    {digits(cost(A2, Y), '.4f')}")
assert np.isclose(cost(A2, Y), J)
