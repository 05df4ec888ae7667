"""From the sheet: for M = X.T X, the products rows give the gradient by X
of a loss with upstream G = dL/dM as X G.T + X G (X is used twice, and the
two uses add); the log-det row gives G = M^-T. So the gradient of
log det(X.T X) is 2 X (X.T X)^-1, the shape of X."""

import numpy as np
from gradcheck import numerical_gradient, relative_error

rng = np.random.default_rng(9)
X = rng.standard_normal((5, 3))  # tall, so X.T X (3 x 3) is invertible
M = X.T @ X
G = np.linalg.inv(M).T  # log-det row: dL/dM = M^-T
from_the_sheet = X @ G.T + X @ G  # used-twice: both factors of X.T X
closed_form = 2 * X @ np.linalg.inv(M)  # M is symmetric, so G = M^-1
numeric = numerical_gradient(lambda X: np.linalg.slogdet(X.T @ X)[1], X)

ok_sheet = relative_error(from_the_sheet, numeric) < 1e-7
ok_closed = relative_error(closed_form, numeric) < 1e-7
print(f"X {X.shape}, X.T X {M.shape}")
print(f"X G.T + X G      shape {from_the_sheet.shape}  matches: {ok_sheet}")
print(f"2 X (X.T X)^-1   shape {closed_form.shape}  matches: {ok_closed}")

assert ok_sheet and ok_closed
