"""deep_cost computes J from ZL, not from AL. It agrees with the
cross-entropy computed to 50 digits even where an entry of AL has rounded to
0 or 1 and the formula with log(AL) returns inf or nan."""

from decimal import Decimal, getcontext

import numpy as np
from gradcheck import digits
from network import deep_cost, sigmoid, softmax

getcontext().prec = 50  # the reference: 50 significant digits, no overflow


def exact_binary(z, y):
    """-(y log a + (1-y) log(1-a)) for a = sigmoid(z), to 50 digits."""
    e = Decimal(-z).exp()  # e^(-z)
    a, one_minus_a = 1 / (1 + e), e / (1 + e)
    return -(Decimal(y) * a.ln() + Decimal(1 - y) * one_minus_a.ln())


def exact_categorical(z, y):
    """-sum_i y_i log s_i for s = softmax(z), to 50 digits."""
    total = sum(Decimal(zk).exp() for zk in z)
    return -sum(
        Decimal(yi) * (Decimal(zi).exp() / total).ln()
        for zi, yi in zip(z, y, strict=True)
    )


# Sigmoid output, two units and two examples; sigmoid(40) rounds to 1.0.
ZL = np.array([[2.0, 40.0], [-1.0, 0.5]])
Y = np.array([[1.0, 0.0], [0.0, 1.0]])
with np.errstate(divide="ignore"):  # log(0) is the point here: silenced
    A = sigmoid(ZL)
    naive = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / 2
J = deep_cost(ZL, Y, "sigmoid")
pairs = zip(ZL.flat, Y.flat, strict=True)
exact = float(sum(exact_binary(z, y) for z, y in pairs) / 2)
shown = digits(J, ".4f")
print(f"sigmoid: from log(AL) {naive}, deep_cost {shown}, exact {exact:.4f}")
assert np.isclose(J, exact, rtol=1e-12)

# Softmax output, three classes, two examples; e^1000 overflows.
ZL = np.array([[1000.0, 1.0], [0.0, 2.0], [-5.0, 3.0]])
Y = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])  # one-hot columns
with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
    S = np.exp(ZL) / np.sum(np.exp(ZL), axis=0)  # inf / inf: silenced
    naive = -np.sum(Y * np.log(S)) / 2
J = deep_cost(ZL, Y, "softmax")
exact = float(sum(exact_categorical(ZL[:, j], Y[:, j]) for j in range(2)) / 2)
shown = digits(J, ".4f")
print(f"softmax: from log(AL) {naive}, deep_cost {shown}, exact {exact:.4f}")
assert np.isclose(J, exact, rtol=1e-12)
assert np.allclose(softmax(ZL).sum(axis=0), 1)  # max-shifted: no overflow
