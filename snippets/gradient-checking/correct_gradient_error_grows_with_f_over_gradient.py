"""The relative error of a correct centered difference (h = 1e-6) is about
eps |f| / (h |f'|): it grows when f is large next to its derivative, and
it means nothing where the derivative is 0. f uses only +, * and / on
Python floats and the errors are measured exactly with fractions, so the
output is the same on every machine.
"""

import sys
from fractions import Fraction

from gradcheck import order_of_magnitude

EPS, h = sys.float_info.epsilon, 1e-6


def f(x, c):
    """x / (1 + x^2), shifted by a constant c (which changes no derivative)."""
    return x / (1 + x * x) + c


def derivative(x):
    """f'(x), by the quotient rule."""
    return (1 - x * x) / (1 + x * x) ** 2


cases = [  # (what changes, x, c)
    ("x = 0.5", 0.5, 0),
    ("x = 0.5, f + 1e4", 0.5, 10**4),
    ("x = 0.5, f + 1e8", 0.5, 10**8),
    ("x = 0.999, near f' = 0", 0.999, 0),
    ("x = 1, where f' = 0", 1.0, 0),
]
print("case                    |f|/|f'|  relative error  eps|f|/(h|f'|)")
for name, x, c in cases:
    exact = derivative(Fraction(x))  # fractions do not round
    numeric = Fraction((f(x + h, c) - f(x - h, c)) / (2 * h))
    error = float(abs(numeric - exact) / max(abs(numeric), abs(exact)))
    if exact == 0:
        print(f"{name:23} {'inf':9} {order_of_magnitude(error):15} inf")
        absolute = float(abs(numeric))
        print(f"  absolute error {order_of_magnitude(absolute)}")
        # Next to 0, any nonzero estimate is 100 % off; the absolute error
        # is still only a rounding error, below eps |f| / h.
        assert error == 1 and absolute < EPS * abs(f(x, c)) / h
        continue
    ratio = float(abs(f(Fraction(x), c) / exact))
    predicted = EPS * ratio / h
    print(
        f"{name:23} {ratio:<9.1e} {order_of_magnitude(error):15} "
        f"{order_of_magnitude(predicted)}"
    )
    # The error follows the prediction: below it, by less than 100 times.
    assert 0.01 * predicted < error < predicted

# The quotient rule's f', against an exact difference of fractions.
t = Fraction(1, 10**30)
for x in (0.5, 0.999, 1.0):
    x = Fraction(x)
    difference = f(x + t, 0) - f(x - t, 0)
    assert abs(difference - 2 * t * derivative(x)) < t**2
