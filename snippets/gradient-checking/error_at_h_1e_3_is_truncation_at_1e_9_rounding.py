"""For f(x) = x^3 at x = 1 (f = 1, f' = 3, f''' = 6) the centered
difference's error is truncation, h^2 |f'''| / (6 |f'|) = h^2 / 3, at
h = 1e-3, and rounding, at most about eps |f| / (h |f'|), at h = 1e-9.
x^3 is two multiplications of Python floats and the errors are measured
exactly, so the output is the same on every machine."""

import sys
from fractions import Fraction

from gradcheck import order_of_magnitude

EPS = sys.float_info.epsilon


def f(x):
    return x * x * x


x, exact = 1.0, Fraction(3)
for name, h in (("1e-3", 1e-3), ("1e-9", 1e-9)):
    centered = (f(x + h) - f(x - h)) / (2 * h)
    error = float(abs(Fraction(centered) - exact) / exact)
    truncation = h**2 / 3
    rounding = EPS * abs(f(x)) / (h * 3)
    print(
        f"h = {name}: truncation {order_of_magnitude(truncation)}, "
        f"rounding {order_of_magnitude(rounding)}, "
        f"measured {order_of_magnitude(error)}"
    )
    if h == 1e-3:  # truncation only: the prediction to 1 %
        assert abs(error / truncation - 1) < 0.01
    else:  # rounding: under its estimate, and far above truncation
        assert 1000 * truncation < error < rounding
