"""d(X²) = d(X) X + X d(X), not 2 X d(X): the product rule keeps the order
of the factors, and the two sides agree only when X and d(X) commute."""

import numpy as np
from gradcheck import bound, relative_error, rounded

np.set_printoptions(precision=4, suppress=True)
X = np.array([[1.0, 2.0], [3.0, 4.0]])
change_X = np.array([[0.0, 1.0], [0.0, 0.0]])

product_rule = change_X @ X + X @ change_X  # d(X) X + X d(X)
scalar_copy = 2 * X @ change_X  # 2 X d(X), copied from d(x²) = 2x dx
eps = 1e-6
numeric = ((X + eps * change_X) @ (X + eps * change_X) - X @ X) / eps
print("d(X) X + X d(X) =", product_rule, sep="\n")
print("2 X d(X) =", scalar_copy, sep="\n")
print("((X + eps d(X))² - X²) / eps, eps = 1e-6:", rounded(numeric), sep="\n")
commute = np.array_equal(X @ change_X, change_X @ X)
print(f"X d(X) equals d(X) X: {commute}")
assert relative_error(product_rule, numeric) < 1e-5
assert relative_error(scalar_copy, numeric) > 0.5
assert not commute

# Random 3 × 3 matrices: the same; the one-sided difference is off by O(eps).
rng = np.random.default_rng(0)
X, change_X = rng.standard_normal((3, 3)), rng.standard_normal((3, 3))
numeric = ((X + eps * change_X) @ (X + eps * change_X) - X @ X) / eps
right = relative_error(change_X @ X + X @ change_X, numeric)
wrong = relative_error(2 * X @ change_X, numeric)
print("random 3 × 3, relative error against the difference quotient:")
print(f"  d(X) X + X d(X): {bound(right, 1e-5)}")
print(f"  2 X d(X):        {bound(wrong, 0.1)}")
assert right < 1e-5 and wrong > 0.1

# A change that commutes with X, such as a polynomial in X: the rules agree.
change_X = X @ X - 2 * X
same = np.allclose(change_X @ X + X @ change_X, 2 * X @ change_X)
print(f"for d(X) = X² - 2X, d(X) X + X d(X) equals 2 X d(X): {same}")
assert same
