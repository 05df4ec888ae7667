"""A ReLU backward pass written with (Z1 >= 0) takes ReLU'(0) = 1. Where
Z1 is exactly 0, the centered difference reports half the slope, so the
check of dZ1 reports relative error |1 - 1/2| / 1 = 0.5 in exactly those
entries; with (Z1 > 0), ReLU'(0) = 0, it reports 1.0 there. Elsewhere both
pass: neither pass is wrong, the entries sit on the kink."""

import numpy as np
from gradcheck import digits, numerical_gradient, relative_error

rng = np.random.default_rng(6)
n1, n2, m = 4, 2, 6
Z1 = rng.standard_normal((n1, m))
Z1[[0, 2, 3], [1, 4, 4]] = 0.0  # three pre-activations exactly at the kink
W2 = rng.standard_normal((n2, n1))
b2 = rng.standard_normal((n2, 1))
Y = (rng.random((n2, m)) < 0.5).astype(float)


def J(Z1):
    """The mean cost as a function of Z1: ReLU, then a sigmoid layer."""
    A2 = 1 / (1 + np.exp(-(W2 @ np.maximum(Z1, 0) + b2)))
    return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m


A2 = 1 / (1 + np.exp(-(W2 @ np.maximum(Z1, 0) + b2)))
dA1 = W2.T @ (A2 - Y)
numeric = m * numerical_gradient(J, Z1)  # dZ1 belongs to the summed loss

for mask in ("Z1 >= 0", "Z1 > 0"):
    dZ1 = dA1 * (Z1 >= 0 if mask == "Z1 >= 0" else Z1 > 0)
    # One relative error per entry (0 where both are 0, as below the kink).
    entrywise = np.zeros(Z1.shape)
    for index in np.ndindex(Z1.shape):
        entrywise[index] = relative_error(dZ1[index], numeric[index])
    failing = np.argwhere(entrywise > 1e-4).tolist()
    values = sorted({digits(e, ".2f") for e in entrywise[entrywise > 1e-4]})
    print(f"dA1 * ({mask}):")
    print(f"  entries with relative error > 1e-4: {failing}")
    print(f"  their relative errors: {', '.join(values)}")
    assert failing == np.argwhere(Z1 == 0).tolist()
    assert values == (["0.50"] if mask == "Z1 >= 0" else ["1.00"])
    assert np.all(entrywise[Z1 != 0] < 1e-7)
