"""Finite-difference checks for gradients and Jacobians.

Every formula on the site is checked against these: they know nothing about
matrix calculus, only the definition of a derivative.
"""

import math
from fractions import Fraction

import numpy as np


# --8<-- [start:numerical_gradient]
def numerical_gradient(f, X, h=1e-6):
    """Central differences of a scalar-valued f at X; same shape as X."""
    X = np.array(X, dtype=float)  # a copy: the caller's X is never touched
    grad = np.zeros_like(X)
    for index in np.ndindex(X.shape):
        original = X[index]
        X[index] = original + h
        f_plus = f(X)
        X[index] = original - h
        f_minus = f(X)
        X[index] = original
        grad[index] = (f_plus - f_minus) / (2 * h)
    return grad


# --8<-- [end:numerical_gradient]
# --8<-- [start:numerical_jacobian]
def numerical_jacobian(f, X, h=1e-6):
    """Central differences of an array-valued f at X.

    The result has shape f(X).shape + X.shape: entry [i, j, k, l] is
    d f(X)[i, j] / d X[k, l].
    """
    X = np.array(X, dtype=float)
    out_shape = np.shape(f(X))
    jacobian = np.zeros(out_shape + X.shape)
    for index in np.ndindex(X.shape):
        original = X[index]
        X[index] = original + h
        f_plus = np.array(f(X), dtype=float)
        X[index] = original - h
        f_minus = np.array(f(X), dtype=float)
        X[index] = original
        jacobian[(..., *index)] = (f_plus - f_minus) / (2 * h)
    return jacobian


# --8<-- [end:numerical_jacobian]
# --8<-- [start:relative_error]
def relative_error(a, b):
    """||a - b|| / max(||a||, ||b||), Frobenius norms; 0.0 if both are 0."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.shape != b.shape:  # broadcasting would hide a wrong shape
        raise ValueError(f"shapes differ: {a.shape} and {b.shape}")
    scale = max(np.linalg.norm(a), np.linalg.norm(b))
    if scale == 0.0:
        return 0.0
    return float(np.linalg.norm(a - b) / scale)


# --8<-- [end:relative_error]
# --8<-- [start:bound]
def bound(error, threshold=1e-7):
    """'< 1e-7' or '> 1e-7': which side of `threshold` an error is on.

    Rounding differs between machines (BLAS kernel, threads, SIMD), and so
    do a rounding-level error's digits, even its power of ten; its side of
    a threshold 3 times away or more does not. Closer, this refuses.
    """
    shown = f"{threshold:g}".replace("e-0", "e-")
    if error <= threshold / 3:
        return f"< {shown}"
    if error >= threshold * 3:
        return f"> {shown}"
    raise ValueError(
        f"error {error:.1e} is within a factor of 3 of {shown}: compare it "
        "with a threshold further away, which rounding cannot cross."
    )


# --8<-- [end:bound]
# --8<-- [start:digits]
def digits(value, spec=".1e"):
    """`value` formatted with `spec`, refused where rounding could show.

    A result of NumPy carries rounding noise of about 1e-15 of its size,
    different on another machine; its leading digits are facts as long as
    no such change reaches them. This refuses a value that a relative
    change of 1e-9 would print differently (one that sits next to a
    rounding boundary of its last digit). A value shown as 0 is shown
    without a sign, which for a value that is 0 in theory is noise.
    """

    def formatted(value):
        shown = format(value, spec)
        return format(0.0, spec) if float(shown) == 0 else shown

    shown = formatted(value)
    for nudged in (value * (1 - 1e-9), value * (1 + 1e-9)):
        if formatted(nudged) != shown:
            raise ValueError(
                f"{value!r} sits next to a rounding boundary of {shown}: "
                "print fewer digits, or a bound, which rounding cannot cross."
            )
    return shown


# --8<-- [end:digits]
# --8<-- [start:rounded]
def rounded(array, decimals=4):
    """`array` rounded to `decimals`, refused where rounding could show.

    digits() for arrays: refuses an entry that a change of 1e-9 of the
    largest entry would round differently (a finite difference's noise
    is relative to the function, not to the entry). -0.0 becomes 0.0.
    """
    array = np.asarray(array, dtype=float)
    finite = np.isfinite(array)  # nan and inf print as they are
    largest = np.max(np.abs(array), where=finite, initial=0.0)
    step = 1e-9 * largest * (array != 0) * finite
    near = np.round(array - step, decimals) != np.round(array + step, decimals)
    if (near & finite).any():
        index = tuple(int(i) for i in np.argwhere(near & finite)[0])
        raise ValueError(
            f"entry {index}, {array[index]!r}, sits next to a rounding "
            f"boundary of {decimals} decimals: print fewer decimals."
        )
    return np.round(array, decimals) + 0.0  # + 0.0 turns -0.0 into 0.0


# --8<-- [end:rounded]
# --8<-- [start:order_of_magnitude]
def order_of_magnitude(error):
    """'1e-10' for any error in [1e-10, 1e-9), found exactly.

    Only for an error computed exactly (with fractions, from Python floats
    whose +, -, * and / round the same everywhere): the power of ten of an
    error computed with NumPy is rounding noise near a decade boundary, and
    differs between machines. Print bound(error) for that.
    """
    if error == 0:
        return "0"
    power = math.floor(math.log10(error))  # may be one off next to 10^power
    if Fraction(error) < Fraction(10) ** power:
        power -= 1
    elif Fraction(error) >= Fraction(10) ** (power + 1):
        power += 1
    return f"1e{power}"


# --8<-- [end:order_of_magnitude]
