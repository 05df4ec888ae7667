"""The error of one-sided and centered differences against the step h, on
log scales: straight lines (error proportional to h and to h^2) while
truncation dominates, a noisy climb (proportional to 1/h) once rounding
does, and the lowest point in between.

The data are those of step_size_trades_truncation_for_rounding.py, at
three steps per decade (1, 2 and 5 times a power of ten), and the same on
every machine: f uses only + and / on Python floats, and the errors are
measured exactly with fractions.
"""

import math
import sys
from fractions import Fraction

from figures import circle, line, polyline, svg, text, ticks
from gradcheck import digits

EPS = sys.float_info.epsilon


def f(x):
    return x / (1 + x * x)


x = 0.5
X, t = Fraction(x), Fraction(1, 10**30)
d1 = (f(X + t) - f(X - t)) / (2 * t)  # exact to 60 digits
d2 = (f(X + t) - 2 * f(X) + f(X - t)) / t**2
d3 = (f(X + 2 * t) - 2 * f(X + t) + 2 * f(X - t) - f(X - 2 * t)) / (2 * t**3)


def errors(h):
    one_sided = (f(x + h) - f(x)) / h
    centered = (f(x + h) - f(x - h)) / (2 * h)
    return [
        float(abs(Fraction(d) - d1) / abs(d1)) for d in (one_sided, centered)
    ]


def predicted(h):
    rounding = EPS * abs(f(x)) / h
    one_sided = h * abs(float(d2)) / 2 + rounding
    centered = h**2 * abs(float(d3)) / 6 + rounding
    return [e / abs(float(d1)) for e in (one_sided, centered)]


# Steps 5e-1, 2e-1, 1e-1, 5e-2, ..., 1e-16 (each parsed from its decimal
# string, so exactly the same double everywhere), with log10 h.
steps = [
    (float(f"{digit}e-{k}"), math.log10(digit) - k)
    for k in range(1, 17)
    for digit in (5, 2, 1)
]
measured = [errors(h) for h, _ in steps]
model = [predicted(h) for h, _ in steps]

# Plot area: log10 h from 0 (left) to -16 (right), log10 error from 0 (top)
# to -12 (bottom). Coordinates are rounded to 0.01 px: decades land on exact
# quarters, which 0.1 px would round at a tie.
left, right, top, bottom = 56, 468, 34, 274  # in a 490 x 328 picture


def px(log_h, log_error):
    x = left + (0 - log_h) / 16 * (right - left)
    y = top + (0 - log_error) / 12 * (bottom - top)
    return float(digits(x, ".2f")), float(digits(y, ".2f"))


parts = [text(left, 20, "relative error of f'(x)", "label", "start")]
for decade in range(0, 13, 2):  # light horizontal grid lines
    y = px(0, -decade)[1]
    parts.append(line(left, y, right, y, "grid"))
parts += ticks(
    "y",
    (left, top),
    (left, bottom),
    [px(0, -d)[1] for d in range(0, 13, 2)],
    ["1" if d == 0 else f"1e-{d}" for d in range(0, 13, 2)],
)
parts += ticks(
    "x",
    (left, bottom),
    (right, bottom),
    [px(-d, 0)[0] for d in range(0, 17, 2)],
    ["1" if d == 0 else f"1e-{d}" for d in range(0, 17, 2)],
)
parts.append(
    text(
        (left + right) / 2, bottom + 36, "step h, smaller to the right", "label"
    )
)

# The predicted curves (truncation + eps |f| / h), dotted.
for series in (0, 1):
    points = [
        px(log_h, math.log10(errors_[series]))
        for (_, log_h), errors_ in zip(steps, model, strict=True)
        if errors_[series] >= 1e-12
    ]
    parts.append(polyline(points, "curve model"))
# The measured errors, one line and one dot per step.
for series, kind in ((0, "one-sided"), (1, "centered")):
    points = [
        px(log_h, max(math.log10(errors_[series]), -12))
        for (_, log_h), errors_ in zip(steps, measured, strict=True)
    ]
    parts.append(polyline(points, f"curve {kind}"))
    parts += [circle(x_, y_, 2.5, f"dot {kind}") for x_, y_ in points]

# Where theory puts the best step: eps^(1/2) and eps^(1/3).
for power, label in ((1 / 2, "ε^(1/2)"), (1 / 3, "ε^(1/3)")):
    x_ = px(math.log10(EPS**power), 0)[0]
    parts.append(line(x_, bottom - 40, x_, bottom, "guide"))
    parts.append(text(x_, bottom - 44, label, "note"))

# Legend, in the empty upper middle.
for row, kind in enumerate(("centered", "one-sided", "predicted")):
    y = 52 + 18 * row
    style = "model" if kind == "predicted" else kind
    parts.append(line(196, y, 220, y, f"curve {style}"))
    if kind != "predicted":
        parts.append(circle(208, y, 2.5, f"dot {style}"))
    parts.append(text(226, y + 4, kind, "note", "start"))

print(
    svg(
        490,
        328,
        "Error of finite differences against the step h",
        parts,
        "Log-log plot of the relative error of one-sided and centered "
        "differences of f(x) = x / (1 + x^2) at x = 0.5, for steps h from "
        "0.5 down to 1e-16. As h shrinks, the one-sided error falls along a "
        "line of slope 1 and the centered error along a line of slope 2, "
        "down to about 1e-9 near h = 1e-8 and about 1e-11 near h = 1e-5. "
        "For smaller h both errors climb back, noisily, with slope -1, "
        "reaching 1e-2 to 1e-1 at h = 1e-15. Dotted curves show the "
        "prediction, truncation plus eps |f| / h, which the measured errors "
        "follow or stay under.",
    )
)

# What the picture claims, from the measured errors: log-log slopes 1 and 2
# while truncation dominates, -1 for the rounding envelope, minima near
# eps^(1/2) and eps^(1/3), and the prediction as an upper envelope.
error_at = {h: e for (h, _), e in zip(steps, measured, strict=True)}
slope_one = math.log10(error_at[1e-2][0] / error_at[1e-4][0]) / 2
slope_cen = math.log10(error_at[1e-2][1] / error_at[1e-3][1]) / 1
assert abs(slope_one - 1) < 0.01 and abs(slope_cen - 2) < 0.01
envelope = [max(error_at[float(f"{d}e-{k}")]) for k in (10, 14) for d in (5,)]
assert 3 < math.log10(envelope[1] / envelope[0]) < 5  # 4 decades, slope -1
best = [min(steps, key=lambda s: errors(s[0])[i])[0] for i in (0, 1)]
assert 0.1 < best[0] / EPS ** (1 / 2) < 10
assert 0.1 < best[1] / EPS ** (1 / 3) < 10
for (h, _), m, p in zip(steps, measured, model, strict=True):
    assert m[0] < 1.2 * p[0] and m[1] < 1.2 * p[1], h
