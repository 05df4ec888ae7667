"""A check of dZ1 in a ReLU layer nudges one entry of Z1 at a time, so a
kink spoils exactly the entries with |Z1| <= h, and only those: leave them
out and the rest passes. (dZ1 is a gradient of the summed loss m J, so the
finite differences of J are multiplied by m.)"""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error

rng = np.random.default_rng(6)
n1, n2, m, h = 4, 2, 6, 1e-6
Z1 = rng.standard_normal((n1, m))
Z1[[0, 2, 3], [1, 4, 4]] = 0.0  # three pre-activations exactly at the kink
Z1[1, 0] = 0.5 * h  # and one within h of it
W2 = rng.standard_normal((n2, n1))
b2 = rng.standard_normal((n2, 1))
Y = (rng.random((n2, m)) < 0.5).astype(float)


def J(Z1):
    """The mean cost as a function of Z1: ReLU, then a sigmoid layer."""
    A2 = 1 / (1 + np.exp(-(W2 @ np.maximum(Z1, 0) + b2)))
    return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m


A2 = 1 / (1 + np.exp(-(W2 @ np.maximum(Z1, 0) + b2)))
dZ1 = (W2.T @ (A2 - Y)) * (Z1 > 0)  # ReLU'(0) taken as 0
numeric = m * numerical_gradient(J, Z1, h)

near_kink = np.abs(Z1) <= h
print("entries within h of the kink:", np.argwhere(near_kink).tolist())
every = relative_error(dZ1, numeric)
print(f"all entries:        relative error {bound(every, 1e-2)}")
away = relative_error(dZ1[~near_kink], numeric[~near_kink])
print(f"the other entries:  relative error {bound(away)}")

print("entries whose own relative error is > 1e-4:")
failing = []
for k, j in np.ndindex(Z1.shape):
    error = relative_error(dZ1[k, j], numeric[k, j])
    if error > 1e-4:
        failing.append([k, j])
        where = f"[{k}, {j}]  Z1 = {Z1[k, j] / h:.1f} h"
        print(f"  {where}  relative error {digits(error, '.2f')}")
        # At 0 the backward pass says 0 and the difference half the slope;
        # at h / 2 the difference sees 3/4 of the slope.
        assert abs(error - (1.0 if Z1[k, j] == 0 else 0.25)) < 1e-3
assert every > 1e-2 and away < 1e-7
assert failing == np.argwhere(near_kink).tolist()
