"""Minimising h^2 |f'''| / 6 + eps |f| / h over h gives the best centered
step h* = (3 eps |f| / |f'''|)^(1/3) and the error (3/2) eps |f| / h*.
For f(x) = x^3 at x = 1 (f = 1, f' = 3, f''' = 6): h* = (eps / 2)^(1/3),
about 5e-6, relative error about 2e-11. A sweep over h, in Python floats
and measured exactly, finds its best step and error close to these."""

import sys
from fractions import Fraction

from gradcheck import digits, order_of_magnitude

EPS = sys.float_info.epsilon


def f(x):
    return x * x * x


def relative_error_at(h, x=1.0):
    estimate = (f(x + h) - f(x - h)) / (2 * h)
    return float(abs(Fraction(estimate) - 3) / 3)


h_star = (3 * EPS * 1 / 6) ** (1 / 3)
error_star = 1.5 * EPS * 1 / h_star / 3  # relative: divided by |f'| = 3
shown = digits(h_star, ".1e"), digits(error_star, ".0e")  # ** calls libm
print(f"predicted: h* = {shown[0]}, relative error {shown[1]}")

steps = [float(f"{d}e-{k}") for k in range(1, 13) for d in (5, 2, 1)]
best = min(steps, key=relative_error_at)
measured = relative_error_at(best)
print(f"measured on 1, 2, 5 x 10^-k: best h = {best:.0e}, ", end="")
print(f"relative error {order_of_magnitude(measured)}")
assert 1 / 3 < best / h_star < 3 and error_star / 100 < measured < error_star
