"""Drill: dZ (the gradient of m J) for three output layers and losses, each
checked against finite differences of J:
sigmoid + cross-entropy averaged over the units too: (A - Y) / n_L;
tanh + 1/2 squared error: (A - Y) * (1 - A**2);
linear + 1/2 squared error: A - Y."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import sigmoid

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(7)
n_L, m = 3, 4
ZL = rng.standard_normal((n_L, m))
Y01 = (rng.random((n_L, m)) < 0.5).astype(float)  # 0/1 labels
Yreal = rng.standard_normal((n_L, m))  # real-valued targets


def bce_mean_over_units(ZL):
    A = sigmoid(ZL)
    losses = -(Y01 * np.log(A) + (1 - Y01) * np.log(1 - A))
    return np.sum(losses) / (n_L * m)  # mean over units and examples


# name: (J as a function of ZL, the answer for dZ)
answers = {
    "(a) sigmoid, BCE mean over units": (
        bce_mean_over_units,
        (sigmoid(ZL) - Y01) / n_L,
    ),
    "(b) tanh, 1/2 squared error": (
        lambda ZL: np.sum((np.tanh(ZL) - Yreal) ** 2) / 2 / m,
        (np.tanh(ZL) - Yreal) * (1 - np.tanh(ZL) ** 2),
    ),
    "(c) linear, 1/2 squared error": (
        lambda ZL: np.sum((ZL - Yreal) ** 2) / 2 / m,
        ZL - Yreal,
    ),
}
for name, (cost, dZL) in answers.items():
    numeric = m * numerical_gradient(cost, ZL)
    error = relative_error(dZL, numeric)
    print(f"{name:33} relative error {bound(error)}")
    assert dZL.shape == (n_L, m)
    assert error < 1e-7, name
