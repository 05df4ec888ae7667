"""With the L2 penalty (lambda / 2m) * sum over l of ||W[l]||_F^2 added to
the cost J, each dW[l] gains (lambda / m) * W[l], a matrix shaped like W[l];
each db[l] stays as it was. Checked against finite differences of the
regularized cost, one parameter at a time."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import deep_backward, deep_cost, deep_example, deep_forward

NAMES = ["relu", "tanh", "sigmoid"]
X, Y, params = deep_example([4, 5, 3, 1], NAMES, m=6, seed=11)
m, lambd = X.shape[1], 0.7  # m: the number of examples in the cost
L = len(NAMES)


def regularized_cost(p):
    """J + (lambda / 2m) * (the squares of every entry of every W, summed)."""
    _, caches = deep_forward(X, p, NAMES)
    squares = sum(np.sum(np.square(p[f"W{l}"])) for l in range(1, L + 1))
    return deep_cost(caches[f"Z{L}"], Y, NAMES[-1]) + lambd / (2 * m) * squares


_, caches = deep_forward(X, params, NAMES)
grads = deep_backward(X, Y, params, caches, NAMES)  # gradients of J alone
for l in range(1, L + 1):
    W = params[f"W{l}"]
    # --8<-- [start:formula]
    grads[f"dW{l}"] = grads[f"dW{l}"] + lambd / m * W  # (n_l, n_{l-1})
    # db[l] is unchanged: the penalty does not depend on b[l]
    # --8<-- [end:formula]

for name, value in params.items():
    numeric = numerical_gradient(
        lambda v, k=name: regularized_cost(params | {k: v}), value
    )
    error = relative_error(grads["d" + name], numeric)
    print(f"d{name:3} {value.shape!s:7} relative error {bound(error)}")
    assert error < 1e-7, name
