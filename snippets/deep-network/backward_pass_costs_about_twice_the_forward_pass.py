"""deep_backward runs two matrix products per layer (one in layer 1) where
deep_forward runs one, each with as many multiply-adds: the backward pass
costs about twice the forward pass. Finite differences cost two forward
passes per parameter."""

import numpy as np
from gradcheck import numerical_gradient
from network import (
    deep_backward,
    deep_cost_as_function_of,
    deep_example,
    deep_forward,
)

products = []  # the shapes of the two factors of every matrix product


class Counted(np.ndarray):
    """An array that records every matrix product it takes part in."""

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        plain = [np.asarray(x) for x in inputs]  # back to ordinary arrays
        if ufunc is np.matmul:
            products.append((plain[0].shape, plain[1].shape))
        result = getattr(ufunc, method)(*plain, **kwargs)
        return np.asarray(result).view(Counted)  # still counted


def count(run):
    """What run() returns, and the matrix products it took."""
    products.clear()
    result = run()
    return result, list(products)


def flops(products):
    """(n, p) @ (p, q): n q entries, each p multiplications and p additions."""
    return sum(2 * n * p * q for (n, p), (_, q) in products)


SIZES = [3, 5, 4, 6, 2]
NAMES = ["relu", "tanh", "sigmoid", "softmax"]
X, Y, params = deep_example(SIZES, NAMES, m=7, seed=2)
X, params = X.view(Counted), {k: v.view(Counted) for k, v in params.items()}

(_, caches), forward = count(lambda: deep_forward(X, params, NAMES))
_, backward = count(lambda: deep_backward(X, Y, params, caches, NAMES))
for title, taken in [("forward", forward), ("backward", backward)]:
    print(f"{title}: {len(taken)} products, {flops(taken)} flops")
    for left, right in taken:
        print(f"    {left!s:6} @ {right!s:6} {flops([(left, right)]):4} flops")
print(f"backward / forward = {flops(backward) / flops(forward):.2f}")

# From the layer sizes: each product of layer l takes 2 n_l n_{l-1} m flops.
m, n = X.shape[1], SIZES
per_layer = [2 * n[l] * n[l - 1] * m for l in range(1, len(n))]
assert flops(forward) == sum(per_layer)
assert flops(backward) == 2 * sum(per_layer) - per_layer[0]  # no dA0

# Finite differences: two forward passes for each of the P parameters.
P = sum(value.size for value in params.values())
_, checking = count(
    lambda: [
        numerical_gradient(deep_cost_as_function_of(k, X, Y, params, NAMES), v)
        for k, v in params.items()
    ]
)
passes = flops(checking) / flops(forward)
print(f"finite differences: {P} parameters, {passes:.0f} forward passes")
assert passes == 2 * P
