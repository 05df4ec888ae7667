"""x reaches L through y1 = sin(x) and y2 = x**2: dL/dx is the sum of the
two paths' products, and either path alone is wrong."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error


def loss(y1, y2):
    return y1 * y2 + y2**2


x = 0.5
y1, y2 = np.sin(x), x**2
# --8<-- [start:formula]
dL_dy1, dL_dy2 = y2, y1 + 2 * y2  # partial derivatives of the loss
through_y1 = dL_dy1 * np.cos(x)  # dy1/dx = cos(x)
through_y2 = dL_dy2 * 2 * x  # dy2/dx = 2x
dL_dx = through_y1 + through_y2
# --8<-- [end:formula]
numeric = numerical_gradient(lambda x: loss(np.sin(x), x**2), x)
print(f"through y1: {digits(through_y1, '.4f')}")
print(f"through y2: {digits(through_y2, '.4f')}")
print(f"sum:        {digits(dL_dx, '.4f')}")
print(f"finite differences: {digits(numeric, '.4f')}")
error = relative_error(dL_dx, numeric)
print(f"relative error of the sum: {bound(error)}")

assert error < 1e-7
assert relative_error(through_y1, numeric) > 0.1  # one path is not enough
assert relative_error(through_y2, numeric) > 0.1
