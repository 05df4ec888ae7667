"""With examples in rows, Y = X W + b (X = the course's X.T, W = the
course's W.T), the weight gradient X.T @ dY is the course's dZ @ X.T,
transposed: both match finite differences of the same summed loss."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, sigmoid

rng = np.random.default_rng(2)
n_in, n_out, m = 3, 2, 4
W = rng.standard_normal((n_out, n_in))  # the course's W
X = rng.standard_normal((n_in, m))  # the course's X, examples in columns
b = rng.standard_normal((n_out, 1))
T = (rng.random((n_out, m)) < 0.5).astype(float)

dZ = sigmoid(W @ X + b) - T  # the course's dZ, (n_out, m)
X_rows, dY = X.T, dZ.T  # the rows book's X (m, n_in) and dY (m, n_out)

course = dZ @ X.T  # (n_out, n_in), the shape of W
rows = X_rows.T @ dY  # (n_in, n_out), the shape of the rows book's W = W.T
numeric = m * numerical_gradient(lambda W: cost(sigmoid(W @ X + b), T), W)
ok_course = relative_error(course, numeric) < 1e-7
ok_rows = relative_error(rows, numeric.T) < 1e-7
print(f"course  dZ @ X.T    {course.shape} matches: {ok_course}")
print(f"rows    X.T @ dY    {rows.shape} matches, transposed: {ok_rows}")

assert ok_course and ok_rows
