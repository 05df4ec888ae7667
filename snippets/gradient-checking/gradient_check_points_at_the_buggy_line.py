"""Checking every gradient of a backward pass, intermediate ones included,
finds the line with the bug: the first gradient that fails, going backward.
Here tanh'(Z1) is written 1 - Z1**2 instead of 1 - A1**2 (a classic slip):
dZ2, dW2, db2 and dA1 pass, and dZ1, dW1, db1 fail. Fixed, all pass."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error
from network import (
    cost,
    cost_as_function_of,
    example,
    sigmoid,
    two_layer_forward,
)


def backward(X, Y, params, cache, buggy):
    """The two-layer backward pass, returning the intermediate gradients
    too, so that each can be checked; `buggy` picks the wrong tanh'."""
    m = X.shape[1]
    Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = params["W2"].T @ dZ2
    dZ1 = dA1 * (1 - Z1**2) if buggy else dA1 * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {
        "dZ2": dZ2,
        "dW2": dW2,
        "db2": db2,
        "dA1": dA1,
        "dZ1": dZ1,
        "dW1": dW1,
        "db1": db1,
    }


# 1. Small random shapes, all different, so that a transpose cannot hide;
#    float64; random biases; tanh and sigmoid, so no kinks.
X, Y, params = example(n0=3, n1=4, n2=2, m=5, seed=0)
m = X.shape[1]
A2, cache = two_layer_forward(X, params)
W2, b2 = params["W2"], params["b2"]

# 2. J as a function of each variable, everything else held fixed: the
#    parameters, and the intermediates with the forward pass resumed there.
J_of = {name: cost_as_function_of(name, X, Y, params) for name in params}
J_of["Z2"] = lambda Z2: cost(sigmoid(Z2), Y)
J_of["A1"] = lambda A1: cost(sigmoid(W2 @ A1 + b2), Y)
J_of["Z1"] = lambda Z1: cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y)


# 3. Finite differences of J for every gradient, times m for dZ and dA
#    (gradients of the summed loss m J), compared one gradient at a time.
def check(grads):
    failed = []
    for name, grad in grads.items():
        variable = name[1:]  # "dW1" -> "W1"
        at = params[variable] if variable in params else cache[variable]
        numeric = numerical_gradient(J_of[variable], at)
        if name.startswith(("dZ", "dA")):
            numeric = m * numeric
        error = relative_error(grad, numeric)
        if error < 1e-7:
            verdict = f"{bound(error):8} ok"
        else:
            verdict = f"{digits(error, '.2f'):8} FAIL"  # a bug's: not noise
            failed.append(name)
        print(f"  {name} {grad.shape!s:7} relative error {verdict}")
    return failed


print("buggy backward pass:")
failed = check(backward(X, Y, params, cache, buggy=True))
print("fixed backward pass:")
assert check(backward(X, Y, params, cache, buggy=False)) == []
assert failed == ["dZ1", "dW1", "db1"]
