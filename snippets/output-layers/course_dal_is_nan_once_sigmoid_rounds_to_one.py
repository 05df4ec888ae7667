"""The course's dAL = -(Y / AL - (1 - Y) / (1 - AL)) needs 0 < AL < 1 in
floating point. 1 + e^-z rounds to 1 once e^-z is below 2^-53, half the
spacing of float64 above 1: from z = 37 on, sigmoid(z) is exactly 1.0, and
(1 - Y) / (1 - AL) is 0 / 0 = nan even for the right label Y = 1. So is
dZ = dAL * AL * (1 - AL); A - Y, with no division, is exactly 0."""

import numpy as np
from gradcheck import digits
from network import sigmoid

# --8<-- [start:formula]
ZL = np.array([[36.0, 37.0]])  # (n_L, m) = (1, 2)
Y = np.ones_like(ZL)  # both right, and confident
AL = sigmoid(ZL)
with np.errstate(divide="ignore", invalid="ignore"):  # 0 / 0, on purpose
    dAL = -(Y / AL - (1 - Y) / (1 - AL))  # the course's form
dZ_course = dAL * AL * (1 - AL)
dZ_direct = AL - Y  # no division
# --8<-- [end:formula]
print("z     A == 1.0   dAL        dAL * A * (1 - A)   A - Y")
for z, a, da, course, direct in zip(
    ZL[0], AL[0], dAL[0], dZ_course[0], dZ_direct[0], strict=True
):
    shown = [digits(value, ".1e") for value in (da, course, direct)]
    print(f"{z:<5.0f} {a == 1.0!s:10} {shown[0]:10} {shown[1]:19} {shown[2]}")

assert np.exp(-37.0) < 2.0**-53 < np.exp(-36.0)  # where 1 + e^-z rounds to 1
assert AL[0, 0] < 1 and dZ_course[0, 0] == dZ_direct[0, 0] == -(2.0**-52)
assert AL[0, 1] == 1 and np.isnan(dAL[0, 1]) and np.isnan(dZ_course[0, 1])
assert dZ_direct[0, 1] == 0
