"""Each differential rule of the table, f'(X)[d(X)], equals the derivative
of t -> f(X + t d(X)) at t = 0, computed by central differences."""

import numpy as np
from gradcheck import bound, relative_error

rng = np.random.default_rng(0)
X = 3 * np.eye(3) + rng.standard_normal((3, 3))  # square and invertible
change_X = rng.standard_normal((3, 3))
Y, change_Y = rng.standard_normal((3, 2)), rng.standard_normal((3, 2))
assert np.linalg.det(X) > 0  # so that log det X is defined
X_neg = np.diag([-1.0, 1.0, 1.0]) @ X  # a row of X negated: det < 0
inv = np.linalg.inv


def along(f, h=1e-6):
    """d/dt f(t) at t = 0, by central differences: the definition, no rule."""
    return (np.asarray(f(h)) - np.asarray(f(-h))) / (2 * h)


# (rule, the function along the line through the point, the rule's value)
rules = [
    (
        "d(XY) = d(X) Y + X d(Y)",
        lambda t: (X + t * change_X) @ (Y + t * change_Y),
        change_X @ Y + X @ change_Y,
    ),
    (
        "d(X⁻¹) = -X⁻¹ d(X) X⁻¹",
        lambda t: inv(X + t * change_X),
        -inv(X) @ change_X @ inv(X),
    ),
    (
        "d tr(X) = tr(d(X))",
        lambda t: np.trace(X + t * change_X),
        np.trace(change_X),
    ),
    (
        "d log det X = tr(X⁻¹ d(X))",
        lambda t: np.log(np.linalg.det(X + t * change_X)),
        np.trace(inv(X) @ change_X),
    ),
    (
        "d log|det X|, det X < 0",
        lambda t: np.log(abs(np.linalg.det(X_neg + t * change_X))),
        np.trace(inv(X_neg) @ change_X),
    ),
    (
        "d tanh(X) = tanh'(X) ⊙ d(X)",
        lambda t: np.tanh(X + t * change_X),
        (1 - np.tanh(X) ** 2) * change_X,
    ),
]
for rule, f, claimed in rules:
    error = relative_error(claimed, along(f))
    print(f"{rule:28} relative error {bound(error)}")
    assert error < 1e-7, rule

# The scalar copy of the inverse rule, d(1/x) = -dx / x², fails for matrices.
copy = -inv(X) @ inv(X) @ change_X
error = relative_error(copy, along(lambda t: inv(X + t * change_X)))
print(f"{'scalar copy -X⁻² d(X)':28} relative error {bound(error, 0.1)}")
assert error > 0.1
