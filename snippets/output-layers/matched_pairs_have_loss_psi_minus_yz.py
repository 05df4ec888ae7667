"""For the three matched pairs the loss of one example is psi(z) - y.z plus
a term free of z, where the gradient of psi is the activation g: so
dz = g(z) - y = a - y."""

from functools import partial

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import sigmoid


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


# name: (activation g, loss L(z, y), log-partition psi(z), labels y)
pairs = {
    "sigmoid + binary cross-entropy": (
        sigmoid,
        lambda z, y: (
            -np.sum(y * np.log(sigmoid(z)) + (1 - y) * np.log(1 - sigmoid(z)))
        ),
        lambda z: np.sum(np.logaddexp(0, z)),  # sum of log(1 + e^z_i)
        np.array([1.0, 0.0, 0.3]),
    ),
    "softmax + cross-entropy": (
        softmax,
        lambda z, y: -np.sum(y * np.log(softmax(z))),
        lambda z: np.log(np.sum(np.exp(z))),  # log-sum-exp
        np.array([0.0, 1.0, 0.0]),
    ),
    "linear + 1/2 squared error": (
        lambda z: z,
        lambda z, y: np.sum((z - y) ** 2) / 2,
        lambda z: np.sum(z**2) / 2,
        np.array([0.5, -1.2, 2.0]),
    ),
}
rng = np.random.default_rng(6)
z1, z2 = rng.standard_normal(3), rng.standard_normal(3)  # n_L = 3
for name, (g, L, psi, y) in pairs.items():
    # L - (psi - y.z) is the same at two different z: it is free of z.
    rest_1 = L(z1, y) - (psi(z1) - y @ z1)
    rest_2 = L(z2, y) - (psi(z2) - y @ z2)
    psi_error = relative_error(numerical_gradient(psi, z1), g(z1))
    dz_error = relative_error(
        numerical_gradient(partial(L, y=y), z1), g(z1) - y
    )
    print(name)
    rests = rounded([rest_1, rest_2])  # 0.0, never -0.0
    print(f"  L - (psi - y.z) at two z: {rests[0]:.4f}, {rests[1]:.4f}")
    print(f"  grad psi = g: relative error {bound(psi_error)}")
    print(f"  dz = a - y:   relative error {bound(dz_error)}")
    assert abs(rest_1 - rest_2) < 1e-12
    assert psi_error < 1e-8 and dz_error < 1e-8
