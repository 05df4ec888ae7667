"""dA2 = -Y/A2 + (1 - Y)/(1 - A2): the derivative of the summed loss by A2."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from network import cost, example, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
m = X.shape[1]

# --8<-- [start:formula]
dA2 = -Y / A2 + (1 - Y) / (1 - A2)
# --8<-- [end:formula]
# dA2 is a gradient of the summed loss m J: scale the differences by m.
numeric = m * numerical_gradient(lambda A2: cost(A2, Y), A2)
print("dA2                    =", rounded(dA2))
print("finite differences × m =", rounded(numeric))
error = relative_error(dA2, numeric)
print(f"relative error {bound(error)}")
assert error < 1e-7
