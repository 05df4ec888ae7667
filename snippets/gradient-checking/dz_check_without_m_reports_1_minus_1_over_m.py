"""dZ1 is a gradient of the summed loss m J. Compared with finite
differences of the mean cost J itself, a correct dZ1 is off by the factor
m in every entry, so the check reports 1 - 1/m (0.80 for m = 5) everywhere;
multiplied by m, the same finite differences pass."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error
from network import cost, example, sigmoid, two_layer_forward

X, Y, params = example(n0=3, n1=4, n2=2, m=5, seed=0)
m = X.shape[1]
A2, cache = two_layer_forward(X, params)
W2, b2 = params["W2"], params["b2"]
dZ1 = (W2.T @ (A2 - Y)) * (1 - cache["A1"] ** 2)


def J_of_Z1(Z1):
    """The mean cost J, with the forward pass resumed at Z1."""
    return cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y)


numeric = numerical_gradient(J_of_Z1, cache["Z1"])
entrywise = np.abs(dZ1 - numeric) / np.maximum(np.abs(dZ1), np.abs(numeric))
without_m = relative_error(dZ1, numeric)
with_m = relative_error(dZ1, m * numeric)
print(f"without m: relative error {digits(without_m, '.2f')}")
every_entry = np.all(abs(entrywise - 0.8) < 0.01)
print(f"  in every entry between 0.79 and 0.81: {every_entry}")
print(f"with m:    relative error {bound(with_m)}")
assert abs(without_m - (1 - 1 / m)) < 1e-6 and with_m < 1e-7
assert every_entry
