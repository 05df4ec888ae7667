"""relu(x) - relu(-x) = x for every x, so its derivative is 1 everywhere,
at 0 too. Backpropagation computes it as s(x) + s(-x), where s is the
slope the code picks for relu at its kink: at x = 0 that is 2 s, which
gives 0 for s = 0 and 2 for s = 1. Each slope in [0, 1] is a subgradient of
relu alone; after the chain rule it can be wrong."""

import numpy as np
from gradcheck import numerical_gradient, rounded


def relu(x):
    return np.maximum(x, 0)


def relu_slope(x, s):
    """relu'(x), with s at the kink x = 0."""
    return np.where(x > 0, 1.0, np.where(x < 0, 0.0, s))


def f(x):
    return relu(x) - relu(-x)


np.set_printoptions(precision=4, suppress=True)
x = np.array([-1.5, 0.0, 2.0])
assert np.array_equal(f(x), x)  # f is the identity
numeric = numerical_gradient(lambda x: np.sum(f(x)), x)
print(f"x                       {x}")
print(f"finite differences      {rounded(numeric)}")
for s in (0.0, 0.5, 1.0):
    # chain rule: d relu(-x) / dx = -relu'(-x), so the two slopes add up
    backward = relu_slope(x, s) + relu_slope(-x, s)
    print(f"backprop with s = {s:.1f}   {backward}")
    assert backward[1] == 2 * s  # only s = 1/2 gives the true 1 at x = 0
    assert np.allclose(backward[[0, 2]], numeric[[0, 2]], rtol=0, atol=1e-9)
assert np.allclose(numeric, 1, rtol=0, atol=1e-9)  # f = x: the slope is 1
