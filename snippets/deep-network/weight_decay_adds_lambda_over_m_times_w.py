"""With the L2 penalty (lambda / 2m) * (sum over l of ||W[l]||^2) added to
J, each dW[l] gains (lambda / m) W[l] and each db[l] stays as it was."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import deep_backward, deep_cost, deep_example, deep_forward

SIZES = [4, 5, 3, 1]
NAMES = ["relu", "tanh", "sigmoid"]
X, Y, params = deep_example(SIZES, NAMES, m=6, seed=11)
m, lam = X.shape[1], 0.7
L = len(NAMES)


def regularized_cost(p):
    """J + (lambda / 2m) * (sum of the squares of every entry of every W)."""
    _, caches = deep_forward(X, p, NAMES)
    penalty = sum(np.sum(p[f"W{l}"] ** 2) for l in range(1, L + 1))
    return deep_cost(caches[f"Z{L}"], Y, NAMES[-1]) + lam / (2 * m) * penalty


def cost_as_function_of(name):
    """The regularized cost as a function of one parameter."""
    return lambda value: regularized_cost(params | {name: value})


_, caches = deep_forward(X, params, NAMES)
grads = deep_backward(X, Y, params, caches, NAMES)
for l in range(1, L + 1):
    grads[f"dW{l}"] += lam / m * params[f"W{l}"]  # (n_l, n_{l-1})
# db[l] is unchanged: the penalty does not depend on b

errors = []
for name, value in params.items():
    J = cost_as_function_of(name)
    errors.append(
        relative_error(grads["d" + name], numerical_gradient(J, value))
    )
print("gradients:", ", ".join(grads))
print(f"worst relative error {bound(max(errors))}")
assert max(errors) < 1e-7
