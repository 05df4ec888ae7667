"""With examples as rows, Y = X W, the same index rule gives dX = dY W.T:
the order the scalar habit suggests, right in the other layout."""

import numpy as np
from gradcheck import numerical_gradient, relative_error

rng = np.random.default_rng(0)
m, n1, n2 = 5, 4, 3
X = rng.standard_normal((m, n1))  # one example per row
W = rng.standard_normal((n1, n2))
dY = rng.standard_normal((m, n2))  # upstream gradient, shaped like Y = X W

numeric = numerical_gradient(lambda X: np.sum(dY * (X @ W)), X)
rows_rule = dY @ W.T
print(f"rows as examples, dX = dY @ W.T: {np.allclose(rows_rule, numeric)}")

# Transposed, Y.T = W.T X.T is the course's layout with weights W.T, and
# its rule dA = (weights).T @ dZ reads dX.T = W @ dY.T.
columns_rule = W @ dY.T
matches = np.allclose(columns_rule, numeric.T)
print(f"columns as examples, dX.T = W @ dY.T: {matches}")

assert relative_error(rows_rule, numeric) < 1e-8
assert relative_error(columns_rule, numeric.T) < 1e-8
