"""The same partial derivatives, arranged two ways. For y = A x the numerator
layout is the n_y × n_x Jacobian, A; the denominator layout is its transpose.
For the scalar L = tr(A X), the gradient in the shape of X is A.T; the
numerator layout has the shape of X.T and is A."""

import numpy as np
from gradcheck import numerical_gradient, numerical_jacobian, relative_error

rng = np.random.default_rng(0)
A = rng.standard_normal((3, 2))


def report(layout, array, name, expected):
    """Print and return whether array equals the expected matrix."""
    equal = relative_error(array, expected) < 1e-8
    print(f"  {layout:19} {array.shape!s:7} equals {name + ':':4} {equal}")
    return equal


# Vector by vector: y = A x, with x in R^2 and y in R^3.
x = rng.standard_normal(2)
partials = numerical_jacobian(lambda x: A @ x, x)  # [i, j] = dy_i / dx_j
print(f"y = A x, A {A.shape}: {partials.size} partials dy_i/dx_j")
numerator = partials  # one row per entry of y: (n_y, n_x)
denominator = partials.T  # one row per entry of x: (n_x, n_y)
ok_numerator = report("numerator layout", numerator, "A", A)
ok_denominator = report("denominator layout", denominator, "A.T", A.T)

# Scalar by matrix: L = tr(A X), with X of shape (2, 3).
X = rng.standard_normal((2, 3))
same_shape = numerical_gradient(lambda X: np.trace(A @ X), X)  # [k, l]
print(f"L = tr(A X), X {X.shape}: {same_shape.size} partials dL/dX_kl")
numerator_of_L = same_shape.T  # row l, column k holds dL / dX_kl
ok_same_shape = report("same shape as X", same_shape, "A.T", A.T)
ok_numerator_of_L = report("numerator layout", numerator_of_L, "A", A)

assert ok_numerator and ok_denominator
assert ok_same_shape and ok_numerator_of_L
