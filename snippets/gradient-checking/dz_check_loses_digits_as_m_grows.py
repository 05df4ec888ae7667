"""A check of dZ multiplies finite differences of the mean cost J by m, and
multiplies their rounding error with it: with m examples the relative error
of a correct dZ grows about m-fold, because J still sums all m losses while
one entry of Z moves only one of them.

The cost is a mean squared error, (1 / 2m) sum (Z - Y)^2, so the check has
no truncation error at all; NumPy computes it with +, -, * and / and a sum
in a fixed order, without BLAS, so its rounding is the same everywhere.
"""

import numpy as np
from gradcheck import numerical_gradient, order_of_magnitude, relative_error

rng = np.random.default_rng(0)
errors = {}
for m in (10, 1_000, 100_000):
    Z = rng.standard_normal((1, m))
    Y = rng.standard_normal((1, m))

    def J(Z, Y=Y, m=m):
        return np.sum((Z - Y) ** 2) / (2 * m)

    dZ = Z - Y  # gradient of the summed loss m J: column j is example j's
    # Check the first five columns only (each costs two passes over m).
    rest = Z[:, 5:]
    numeric = m * numerical_gradient(
        lambda first, rest=rest, J=J: J(np.concatenate([first, rest], axis=1)),
        Z[:, :5],
    )
    errors[m] = relative_error(dZ[:, :5], numeric)
    print(f"m = {m:7,}: relative error {order_of_magnitude(errors[m])}")

# Correct at every m, but about m times less precise.
assert errors[10] < 1e-8 and errors[100_000] > 1e-7
assert errors[10] < errors[1_000] < errors[100_000]
assert 1e3 < errors[100_000] / errors[10] < 1e5  # m grew 1e4-fold
