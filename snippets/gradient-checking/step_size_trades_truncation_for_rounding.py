"""The error of a finite difference is truncation plus rounding.

One-sided differences have truncation error h |f''| / 2 and centered ones
h^2 |f'''| / 6 (Taylor); both carry a rounding error of about eps |f| / h.
So the best h is near eps^(1/2) one-sided and eps^(1/3) centered. f uses
only + and / on Python floats, which IEEE 754 rounds the same everywhere,
and the errors are measured exactly with fractions: the table is the same
on every machine.
"""

import sys
from fractions import Fraction

from gradcheck import digits, order_of_magnitude

EPS = sys.float_info.epsilon  # 2.2e-16: the spacing of floats next to 1.0


def f(x):
    return x / (1 + x * x)


x = 0.5
# Exact derivatives of the rational f at x, from differences of fractions
# (no rounding) with a step of 1e-30: the reference for every error below.
X, t = Fraction(x), Fraction(1, 10**30)
d1 = (f(X + t) - f(X - t)) / (2 * t)
d2 = (f(X + t) - 2 * f(X) + f(X - t)) / t**2
d3 = (f(X + 2 * t) - 2 * f(X + t) + 2 * f(X - t) - f(X - 2 * t)) / (2 * t**3)
print(f"f(x) = x / (1 + x^2) at x = {x}: f = {float(f(X)):.4f}")
print(f"f' = {float(d1):.4f}, f'' = {float(d2):.4f}, f''' = {float(d3):.4f}")


def errors(h):
    """Relative errors of the one-sided and the centered difference."""
    one_sided = (f(x + h) - f(x)) / h
    centered = (f(x + h) - f(x - h)) / (2 * h)
    return [
        float(abs(Fraction(d) - d1) / abs(d1)) for d in (one_sided, centered)
    ]


def predicted(h):
    """Truncation + rounding, relative to |f'|."""
    rounding = EPS * abs(f(x)) / h
    one_sided = h * abs(float(d2)) / 2 + rounding
    centered = h**2 * abs(float(d3)) / 6 + rounding
    return [e / abs(float(d1)) for e in (one_sided, centered)]


steps = {f"1e-{k}": float(f"1e-{k}") for k in range(1, 16)}
print()
print("relative error of f'(x), as a power of ten")
print("        one-sided            centered")
print("h       error  predicted     error  predicted")
for name, h in steps.items():
    (one, cen), (one_pred, cen_pred) = errors(h), predicted(h)
    row = [order_of_magnitude(e) for e in (one, one_pred, cen, cen_pred)]
    print(f"{name:7} {row[0]:6} {row[1]:13} {row[2]:6} {row[3]}")

best_one = min(steps, key=lambda name: errors(steps[name])[0])
best_cen = min(steps, key=lambda name: errors(steps[name])[1])
print()
print(f"best h one-sided: {best_one}   eps^(1/2) = {digits(EPS**0.5)}")
print(f"best h centered:  {best_cen}   eps^(1/3) = {digits(EPS ** (1 / 3))}")
best_one, best_cen = steps[best_one], steps[best_cen]

# Truncation: the error divided by h (one-sided) or h^2 (centered) tends to
# the constant of Taylor's remainder, computed here from the exact f'', f'''.
for h in (1e-3, 1e-4):
    ratio = errors(h)[0] / (h * abs(d2 / d1) / 2)
    assert 0.99 < ratio < 1.01, ratio
for h in (1e-2, 1e-3):
    ratio = errors(h)[1] / (h**2 * abs(d3 / d1) / 6)
    assert 0.99 < ratio < 1.01, ratio
# Rounding: below the best h the error grows as h shrinks, and it stays
# under eps |f| / (h |f'|), the size of a rounding error in f divided by h.
for h in list(steps.values())[9:]:
    assert max(errors(h)) < EPS * abs(f(x)) / (h * abs(float(d1)))
assert errors(1e-12)[1] > 1000 * errors(1e-5)[1]
# The best steps sit at the predicted places, within a factor of 10.
assert 1e-9 <= best_one <= 1e-7 and 1e-6 <= best_cen <= 1e-4
assert errors(best_one)[0] > 10 * errors(best_cen)[1]
