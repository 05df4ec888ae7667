"""The complex step Im f(x + ih) / h has truncation error h^2 |f'''| / 6,
like the centered difference, but no cancellation: as h shrinks, its error
falls to rounding (a few eps) and stays there, down to h = 1e-200, while
the centered difference's error climbs again below h = 1e-5 and is 100 %
once x + h rounds to x. Here for f(x) = x / (1 + x^2) at x = 0.5, with
Python's complex numbers."""

from fractions import Fraction

from gradcheck import order_of_magnitude


def f(x):
    return x / (1 + x * x)  # the same code runs on floats and complexes


x = 0.5
# Reference derivatives: centered differences in exact fractions (no
# rounding) with a step t = 1e-30, whose truncation error, about
# t^2 |f'''| / 6 ~ 1e-60, lies far below every error printed.
X, t = Fraction(x), Fraction(1, 10**30)
d1 = (f(X + t) - f(X - t)) / (2 * t)
d3 = (f(X + 2 * t) - 2 * f(X + t) + 2 * f(X - t) - f(X - 2 * t)) / (2 * t**3)

print("h        complex step   centered")
for k in (2, 3, 5, 8, 10, 20, 200):
    h = float(f"1e-{k}")
    step = f(complex(x, h)).imag / h
    error = float(abs(Fraction(step) - d1) / abs(d1))
    centered = (f(x + h) - f(x - h)) / (2 * h)
    e_centered = float(abs(Fraction(centered) - d1) / abs(d1))
    # Once truncation is below rounding, the last digits of the complex
    # step's error may differ between machines: show it as a bound.
    shown = order_of_magnitude(error) if k <= 5 else "< 1e-15"
    print(f"1e-{k:<6} {shown:14} {order_of_magnitude(e_centered)}")
    truncation = float(h**2 * abs(d3 / d1) / 6)
    if k <= 5:  # truncation: h^2 |f'''| / (6 |f'|), to 1 %
        assert abs(error / truncation - 1) < 0.01
    else:  # rounding only, and far below the centered difference's
        assert error < 1e-15 and e_centered > 1e6 * error
