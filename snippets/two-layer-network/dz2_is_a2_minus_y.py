"""dZ2 = dA2 * sigmoid'(Z2) = dA2 * A2 (1 - A2), which simplifies to A2 - Y."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
m = X.shape[1]

dA2 = -Y / A2 + (1 - Y) / (1 - A2)
# --8<-- [start:formula]
chain = dA2 * A2 * (1 - A2)  # elementwise: sigmoid acts entry by entry
dZ2 = A2 - Y
# --8<-- [end:formula]
numeric = m * numerical_gradient(lambda Z2: cost(sigmoid(Z2), Y), cache["Z2"])
print("dA2 * A2 * (1 - A2)    =", rounded(chain))
print("A2 - Y                 =", rounded(dZ2))
print("finite differences × m =", rounded(numeric))
error = relative_error(dZ2, numeric)
print(f"relative error {bound(error)}")
assert np.allclose(chain, dZ2)
assert error < 1e-7
