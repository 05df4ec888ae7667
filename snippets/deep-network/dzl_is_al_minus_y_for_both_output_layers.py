"""dZ[L] = A[L] - Y for a sigmoid output with binary cross-entropy and for a
softmax output with categorical cross-entropy (one-hot columns): in both
cases it is m times the gradient of J by Z[L]."""

from functools import partial

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import deep_cost, sigmoid, softmax

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)
m = 4
ZL = rng.standard_normal((3, m))  # nL = 3 output units, m = 4 examples

heads = {
    "sigmoid": (sigmoid, (rng.random((3, m)) < 0.5).astype(float)),
    "softmax": (softmax, np.eye(3)[:, [2, 0, 1, 2]]),  # one-hot columns
}
for head, (g, Y) in heads.items():
    dZL = g(ZL) - Y  # (3, 4)
    J = partial(deep_cost, Y=Y, output=head)  # J as a function of ZL
    numeric = m * numerical_gradient(J, ZL)
    error = relative_error(dZL, numeric)
    print(f"{head}: dZL = AL - Y =", rounded(dZL), sep="\n")
    print("m * dJ/dZL (finite differences) =", rounded(numeric), sep="\n")
    print(f"relative error {bound(error)}")
    assert error < 1e-8, head
