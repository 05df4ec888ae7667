"""A correct ReLU backward pass fails a gradient check when pre-activations
sit exactly at the kink: biases initialised to 0 and an input column of
zeros put Z1[:, j] = 0. Nudging b1 moves those entries across the kink, so
the finite difference counts half of example j's slope, while the backward
pass, with ReLU'(0) = 0, counts none. Nudging W1 does not move them
(X[:, j] = 0), so dW1 passes. Random biases keep Z1 away from 0: all pass."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)

np.set_printoptions(precision=4, suppress=True)


def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def forward(X, params):
    Z1 = params["W1"] @ X + params["b1"]  # (n1, m)
    A1 = np.maximum(Z1, 0)  # ReLU
    A2 = sigmoid(params["W2"] @ A1 + params["b2"])  # (n2, m)
    return A2, {"Z1": Z1, "A1": A1}


def cost(A2, Y):
    m = Y.shape[1]
    return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m


def backward(X, Y, params, A2, cache):
    m = X.shape[1]
    dZ2 = A2 - Y
    dA1 = params["W2"].T @ dZ2
    dZ1 = dA1 * (cache["Z1"] > 0)  # ReLU'(0) taken as 0
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        "dW2": dZ2 @ cache["A1"].T / m,
        "db2": np.sum(dZ2, axis=1, keepdims=True) / m,
        "dA1": dA1,
    }


rng = np.random.default_rng(3)
n0, n1, n2, m = 3, 4, 2, 5
X = rng.standard_normal((n0, m))
X[:, 2] = 0.0  # example 2 is all zeros (a blank input, say)
Y = (rng.random((n2, m)) < 0.5).astype(float)
params = {
    "W1": rng.standard_normal((n1, n0)),
    "b1": np.zeros((n1, 1)),  # as the course initialises biases
    "W2": rng.standard_normal((n2, n1)),
    "b2": np.zeros((n2, 1)),
}


def check(params):
    A2, cache = forward(X, params)
    grads = backward(X, Y, params, A2, cache)
    numeric = {}
    for name, value in params.items():

        def J(v, name=name):
            return cost(forward(X, params | {name: v})[0], Y)

        numeric[name] = numerical_gradient(J, value)
        error = relative_error(grads["d" + name], numeric[name])
        # A failure here is the kink's doing, not noise: show two digits.
        verdict = bound(error) if error < 1e-7 else digits(error, ".2f")
        print(f"  d{name} {value.shape!s:7} relative error {verdict}")
    return cache, grads, numeric


print("biases 0, example 2 all zeros:")
cache, grads, numeric = check(params)
print(f"  every entry of Z1[:, 2] is 0: {np.all(cache['Z1'][:, 2] == 0)}")
print("  db1 backward:", rounded(grads["db1"].ravel()))
print("  db1 numeric: ", rounded(numeric["b1"].ravel()))
# The gap is half of example 2's upstream gradient, divided by m.
gap = numeric["b1"] - grads["db1"]
assert np.all(cache["Z1"][:, 2] == 0)
assert np.allclose(gap, grads["dA1"][:, [2]] / 2 / m, atol=1e-8)
assert relative_error(grads["db1"], numeric["b1"]) > 1e-2
assert relative_error(grads["dW1"], numeric["W1"]) < 1e-7

print("random biases:")
params |= {
    "b1": rng.standard_normal((n1, 1)),
    "b2": rng.standard_normal((n2, 1)),
}
cache, grads, numeric = check(params)
distance = np.min(np.abs(cache["Z1"]))
print(f"  smallest |Z1| > 1e-3, far more than h = 1e-6: {distance > 1e-3}")
assert distance > 1e-3
for name in params:
    assert relative_error(grads["d" + name], numeric[name]) < 1e-7
