"""In float32 (eps = 1.2e-7) the centered difference of f(x) = x^3 at
x = 0.7 is swamped by rounding at h = 1e-6 (error near eps |f| / (h |f'|),
1e-2) and is best near h = eps^(1/3), 1e-2 to 1e-3, where it reaches only
1e-5; in float64 the same h = 1e-6 gives 1e-11. np.float32 scalars round
every +, * and / the same way on every machine, and the errors are
measured exactly."""

from fractions import Fraction

import numpy as np
from gradcheck import digits, order_of_magnitude


def f(x):
    return x * x * x


def centered_error(x, h):
    """Relative error of the centered difference, exactly: f'(x) = 3 x^2
    at the x actually stored (0.7 rounds differently in each precision)."""
    estimate = (f(x + h) - f(x - h)) / (2 * h)
    exact = 3 * Fraction(float(x)) ** 2
    return float(abs(Fraction(float(estimate)) - exact) / exact)


eps32 = np.finfo(np.float32).eps
print(f"float32 eps = {eps32:.1e}, eps^(1/3) = {digits(eps32 ** (1 / 3))}")
print("h      float32  float64")
errors = {}
for k in range(1, 8):
    h = float(f"1e-{k}")
    errors[k] = centered_error(np.float32(0.7), np.float32(h))
    e64 = centered_error(0.7, h)
    print(
        f"1e-{k}   {order_of_magnitude(errors[k]):8} {order_of_magnitude(e64)}"
    )
best = min(errors, key=errors.get)
print(f"best float32 step: 1e-{best}, error {order_of_magnitude(errors[best])}")

# The best float32 step is within 10 times eps^(1/3), its error above 1e-6;
# at h = 1e-6 the error is the rounding term eps |f| / (h |f'|), in size.
rounding = eps32 * 0.7**3 / (1e-6 * 3 * 0.7**2)
assert 0.1 < float(f"1e-{best}") / eps32 ** (1 / 3) < 10
assert errors[best] > 1e-6 and 0.1 < errors[6] / rounding < 10
assert centered_error(0.7, 1e-6) < 1e-10
