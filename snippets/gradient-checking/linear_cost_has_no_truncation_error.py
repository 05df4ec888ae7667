"""A cost that is linear in the variable has no truncation error: its
centered difference is exact for every h, up to rounding, so its check can
demand more (< 1e-8) than a network's (< 1e-7), whatever h. A network's
cost is curved, and a large h shows it."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import (
    cost_as_function_of,
    example,
    two_layer_backward,
    two_layer_forward,
)

rng = np.random.default_rng(0)
W = rng.standard_normal((3, 4))
A = rng.standard_normal((4, 5))
G = rng.standard_normal((3, 5))


def L(W):
    """Linear in W: the sum of G * (W A), whose gradient is G A^T."""
    return np.sum(G * (W @ A))


X, Y, params = example(n0=3, n1=4, n2=2, m=5, seed=0)
A2, cache = two_layer_forward(X, params)
dW1 = two_layer_backward(X, Y, params, cache)["dW1"]
J = cost_as_function_of("W1", X, Y, params)

print("linear L, dW = G A^T:")
for name, h in (("1e-6", 1e-6), ("1e-1", 1e-1)):
    linear = relative_error(G @ A.T, numerical_gradient(L, W, h))
    print(f"  h = {name}: relative error {bound(linear, 1e-8)}")
    assert linear < 1e-8
print("network J, dW1:")
small = relative_error(dW1, numerical_gradient(J, params["W1"], 1e-6))
print(f"  h = 1e-6: relative error {bound(small)}")
large = relative_error(dW1, numerical_gradient(J, params["W1"], 1e-1))
print(f"  h = 1e-1: relative error {bound(large, 1e-3)}")
assert small < 1e-7 and large > 1e-3
