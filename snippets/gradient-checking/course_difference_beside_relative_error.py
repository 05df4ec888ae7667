"""Course 2's difference (eps = 1e-7) and this site's relative error
(h = 1e-6), each with its own thresholds, on the gradient of every
parameter of a two-layer network with an L2 penalty, flattened into one
vector: three backward passes, the same verdicts."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import cost, example, two_layer_backward, two_layer_forward

X, Y, params = example(n0=3, n1=4, n2=2, m=5, seed=0)
m, lambd = X.shape[1], 1e-4


def J(p):  # the cost with a small L2 penalty
    squares = np.sum(p["W1"] ** 2) + np.sum(p["W2"] ** 2)
    return cost(two_layer_forward(X, p)[0], Y) + lambd / (2 * m) * squares


def flat(h):  # finite differences of J by every parameter, as one vector
    return np.concatenate(
        [
            numerical_gradient(lambda v, k=k: J(params | {k: v}), x, h).ravel()
            for k, x in params.items()
        ]
    )


# --8<-- [start:formula]
def difference(grad, gradapprox):  # course 2, week 1
    numerator = np.linalg.norm(grad - gradapprox)
    return numerator / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))


# --8<-- [end:formula]
def band(value, edges, words):  # the words for the edges value is above
    return words[sum(bound(value, edge)[0] == ">" for edge in edges)]


right = two_layer_backward(X, Y, params, two_layer_forward(X, params)[1])
for k in "W1", "W2":
    right["d" + k] = right["d" + k] + lambd / m * params[k]
no_decay = right["dW1"] - lambd / m * params["W1"]
passes = {
    "correct": right,
    "L2 term forgotten in dW1": right | {"dW1": no_decay},
    "1/m forgotten in dW1": right | {"dW1": m * right["dW1"]},
}
COURSE = [1e-7, 1e-3], ["< 1e-7 great", "look again", "> 1e-3 bug"]
SITE = [1e-7, 1e-2], ["< 1e-7 right", "look closer", "> 1e-2 wrong"]
gradapprox, numeric = flat(1e-7), flat(1e-6)  # the course's eps, site's h
print(f"{'lambd = 1e-4':32}{'course, eps = 1e-7':22}site, h = 1e-6")
for label, grads in passes.items():
    grad = np.concatenate([grads["d" + k].ravel() for k in params])
    d, r = difference(grad, gradapprox), relative_error(grad, numeric)
    print(f"{label:32}{band(d, *COURSE):22}{band(r, *SITE)}")
    d_site = difference(grad, numeric)  # both measures on the same arrays:
    assert d_site <= r <= 2 * d_site  # max <= sum <= 2 max of the norms
