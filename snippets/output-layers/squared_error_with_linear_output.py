"""A linear output layer (A = Z) with squared error: dZ = dA = A - Y for the
loss 1/2 ||a - y||^2, 2 (A - Y) without the 1/2, and 2 (A - Y) / n_L when
the squares are also averaged over the n_L units (a framework's "mean")."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(4)
n_L, m = 4, 3
ZL = rng.standard_normal((n_L, m))
Y = rng.standard_normal((n_L, m))  # real-valued targets
AL = ZL  # linear output: g(z) = z, g'(z) = 1
# --8<-- [start:formula]
dAL = AL - Y  # (n_L, m): the derivative of 1/2 ||a - y||^2 by a
dZL = dAL  # times g'(Z) = 1
# --8<-- [end:formula]

# name: (J as a function of ZL, always a mean over the m columns;
#        the constant c in dZ = m dJ/dZ = c (A - Y) = c dZL)
costs = {
    "sum of 1/2 (a_i - y_i)^2": (
        lambda ZL: np.sum((ZL - Y) ** 2) / 2 / m,
        1.0,
    ),
    "sum of (a_i - y_i)^2": (lambda ZL: np.sum((ZL - Y) ** 2) / m, 2.0),
    "mean of (a_i - y_i)^2": (
        lambda ZL: np.sum((ZL - Y) ** 2) / (n_L * m),
        2.0 / n_L,
    ),
}
print("A - Y =", AL - Y, sep="\n")
print(f"n_L = {n_L}; per example, over the units:")
for name, (cost, c) in costs.items():
    numeric = m * numerical_gradient(cost, ZL)  # m dJ/dZ
    error = relative_error(c * dZL, numeric)
    print(f"  {name:25} dZ = {c:.1f} (A - Y): relative error {bound(error)}")
    assert error < 1e-7, name
