"""Gradients read off differentials, each the shape of its variable:
grad tr(A X) = A.T, grad tr(X²) = 2 X.T, grad log det X = X⁻ᵀ and
grad x.T A x = (A + A.T) x.
Each is checked against finite differences, next to the candidate that
forgets a transpose."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)


def check(function, f, X, right, gradient, wrong, candidate):
    """Compare a gradient and a wrong candidate with finite differences."""
    numeric = numerical_gradient(f, X)
    error = relative_error(gradient, numeric)
    print(f"{function}, variable of shape {X.shape}:")
    print(f"  {right:11} relative error {bound(error)}")
    assert gradient.shape == X.shape and error < 1e-7, right
    if candidate.shape != X.shape:
        print(f"  {wrong:11} has shape {candidate.shape}: wrong")
        return
    wrong_error = relative_error(candidate, numeric)
    print(f"  {wrong:11} relative error {bound(wrong_error, 0.1)}")
    assert wrong_error > 0.1, wrong


# d tr(A X) = tr(A d(X)) = <A.T, d(X)>
A = rng.standard_normal((3, 4))
X = rng.standard_normal((4, 3))  # A X is 3 × 3, so it has a trace
check("tr(A X)", lambda X: np.trace(A @ X), X, "A.T", A.T, "A", A)

# d tr(X²) = tr(d(X) X + X d(X)) = 2 tr(X d(X)) = <2 X.T, d(X)>
X = rng.standard_normal((3, 3))
check("tr(X²)", lambda X: np.trace(X @ X), X, "2 X.T", 2 * X.T, "2 X", 2 * X)

# d log det X = tr(X⁻¹ d(X)) = <X⁻ᵀ, d(X)>
X = 3 * np.eye(3) + rng.standard_normal((3, 3))  # not symmetric
assert np.linalg.det(X) > 0
inverse = np.linalg.inv(X)


def log_det(X):
    return np.log(np.linalg.det(X))


check("log det X", log_det, X, "inv(X).T", inverse.T, "inv(X)", inverse)

# d(x.T A x) = d(x).T A x + x.T A d(x) = <(A + A.T) x, d(x)>
A = rng.standard_normal((3, 3))  # square, not symmetric
x = rng.standard_normal((3, 1))  # a column


def quadratic(x):
    return (x.T @ A @ x).item()  # (1, 3) @ (3, 3) @ (3, 1): a 1 × 1 matrix


check("x.T A x", quadratic, x, "(A + A.T) x", (A + A.T) @ x, "2 A x", 2 * A @ x)
