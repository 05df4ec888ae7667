"""The course's L_model_backward, in its own indexing: dAL through
sigmoid_backward first, then l = L-2, ..., 0 handles layer l + 1 and stores
dA[l], its input's gradient. Its dW, db are deep_backward's."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import (
    deep_backward,
    deep_cost_as_function_of,
    deep_example,
    deep_forward,
)

activations = ["relu", "relu", "sigmoid"]  # L = 3, as in the course
X, Y, params = deep_example([3, 4, 3, 1], activations, m=5)
AL, caches = deep_forward(X, params, activations)
L, m = len(activations), X.shape[1]
A = {0: X} | {l: caches[f"A{l}"] for l in range(1, L + 1)}  # A[0] = X


def layer_backward(dA, l, activation):  # linear_activation_backward
    if activation == "sigmoid":  # sigmoid_backward: dA * s * (1 - s)
        dZ = dA * A[l] * (1 - A[l])
    else:  # relu_backward: 0 where Z <= 0
        dZ = dA * (caches[f"Z{l}"] > 0)
    dW = dZ @ A[l - 1].T / m  # linear_backward
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return params[f"W{l}"].T @ dZ, dW, db  # dA_prev, dW, db


grads = {}
# --8<-- [start:formula]
dAL = -(Y / AL - (1 - Y) / (1 - AL))
grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = layer_backward(
    dAL, L, "sigmoid"
)
for l in reversed(range(L - 1)):  # l = L-2, ..., 0 is layer l + 1
    grads[f"dA{l}"], grads[f"dW{l + 1}"], grads[f"db{l + 1}"] = layer_backward(
        grads[f"dA{l + 1}"], l + 1, "relu"
    )
# --8<-- [end:formula]
print(f"before the loop: layer {L} writes dA{L - 1}, dW{L}, db{L}")
for l in reversed(range(L - 1)):
    print(
        f"l = {l}: layer {l + 1} reads dA{l + 1},",
        f"writes dA{l}, dW{l + 1}, db{l + 1}",
    )
site = deep_backward(X, Y, params, caches, activations)
worst = 0.0
for name in params:  # W1, b1, ..., WL, bL
    numeric = numerical_gradient(
        deep_cost_as_function_of(name, X, Y, params, activations), params[name]
    )
    worst = max(worst, relative_error(grads["d" + name], numeric))
    assert np.allclose(grads["d" + name], site["d" + name], rtol=1e-12)
print(f"worst relative error of the course's dW, db: {bound(worst)}")

Z = np.concatenate([caches[f"Z{l}"].ravel() for l in range(1, L)])
assert np.min(np.abs(Z)) > 1e-4  # no ReLU kink within reach of h = 1e-6
assert worst < 1e-7
