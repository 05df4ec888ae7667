"""For f(x) = x^3 at x = 2 with h = 1e-20, Im f(x + ih) / h = 3x^2 - h^2:
12 to the last digit, while the centered difference gives 0, because
x + h and x - h both round to x."""

from fractions import Fraction


def f(x):
    return x * x * x  # the same code runs on floats and complexes


x, h = 2.0, 1e-20
step = f(complex(x, h)).imag / h
centered = (f(x + h) - f(x - h)) / (2 * h)
print(f"complex step: {step:.12f}")
print(f"centered difference: {centered}")
X, H = Fraction(x), Fraction(h)
exact = 3 * X**2 - H**2  # Im (x + ih)^3 / h, expanded by hand
assert abs(Fraction(step) - exact) <= 8 * Fraction(2.0**-52) * exact
assert centered == 0.0 and x + h == x
