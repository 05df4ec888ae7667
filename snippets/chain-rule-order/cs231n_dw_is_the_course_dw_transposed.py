"""CS231n's weight gradient dW = Xᵀ dY, for Y = X W with X = A1ᵀ, Y = Z2ᵀ and
W = W2ᵀ, is A1 dZ2ᵀ: the transpose of the course's dZ2 A1ᵀ."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)
n1, n2, m = 4, 3, 5
W2 = rng.standard_normal((n2, n1))  # (3, 4), the course's weights
A1 = rng.standard_normal((n1, m))  # (4, 5), one example per column
dZ2 = rng.standard_normal((n2, m))  # (3, 5), the upstream gradient
X, W, dY = A1.T, W2.T, dZ2.T  # CS231n's names: (5, 4), (4, 3), (5, 3)

cs231n = X.T @ dY  # (4, 5)(5, 3) -> (4, 3), the shape of W
course = dZ2 @ A1.T  # (3, 5)(5, 4) -> (3, 4), the shape of W2
# The summed loss L = sum of dZ2 * Z2, differentiated by W and by W2.
by_W = numerical_gradient(lambda W: np.sum(dY * (X @ W)), W)
by_W2 = numerical_gradient(lambda W2: np.sum(dZ2 * (W2 @ A1)), W2)
cs231n_error = relative_error(cs231n, by_W)
course_error = relative_error(course, by_W2)
print(
    f"CS231n: X.T @ dY,   shape {cs231n.shape}, "
    f"relative error {bound(cs231n_error)}"
)
print(
    f"course: dZ2 @ A1.T, shape {course.shape}, "
    f"relative error {bound(course_error)}"
)
print(f"X.T @ dY equals (dZ2 @ A1.T).T: {np.allclose(cs231n, course.T)}")

assert cs231n_error < 1e-8 and course_error < 1e-8  # L is linear in W
assert np.allclose(cs231n, course.T)
