"""One example (m = 1): for z2 = W2 a1 + b2, the Jacobian dz2/da1 is W2, an
n2 × n1 matrix whose row i holds the derivatives of the output z2[i]."""

import numpy as np
from gradcheck import bound, numerical_jacobian, relative_error, rounded
from network import example, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=3, n2=2, m=1)  # one example
W2, b2 = params["W2"], params["b2"]  # (2, 3), (2, 1)
_, cache = two_layer_forward(X, params)
a1 = cache["A1"]  # (3, 1): the example's hidden activations, a column

# --8<-- [start:formula]
# Entry [i, k] is dz2[i]/da1[k]: the outputs index the rows.
jacobian = numerical_jacobian(lambda a1: W2 @ a1 + b2, a1)  # (2, 1, 3, 1)
jacobian = jacobian.reshape(2, 3)  # drop the two axes of length 1
# --8<-- [end:formula]
error = relative_error(jacobian, W2)
print(
    "W2 =", W2, "finite differences of z2 by a1 =", rounded(jacobian), sep="\n"
)
print(f"relative error of W2: {bound(error)}")

assert jacobian.shape == W2.shape  # n2 × n1: one row per output
assert error < 1e-8  # z2 is linear in a1: only rounding error remains
