"""Inverted dropout, A[l] = g(Z[l]) * D[l] / keep with a fixed 0/1 mask
D[l], puts the same mask and scale into the backward pass:
dZ[l] = (dA[l] * D[l] / keep) * g'(Z[l]). tanh'(Z) must come from Z (or from
tanh(Z) before the mask); 1 - A**2 of the masked A is wrong."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error
from network import deep_cost, deep_example, relu, softmax

SIZES = [3, 6, 5, 2]  # relu, tanh, softmax
X, Y, params = deep_example(SIZES, ["relu", "tanh", "softmax"], m=5, seed=8)
m, keep = X.shape[1], 0.8
rng = np.random.default_rng(1)
D1 = (rng.random((6, m)) < keep).astype(float)  # drawn once, then fixed
D2 = (rng.random((5, m)) < keep).astype(float)


def forward(p):
    Z1 = p["W1"] @ X + p["b1"]
    A1 = relu(Z1) * D1 / keep  # (6, m): dropped units are 0, the rest / 0.8
    Z2 = p["W2"] @ A1 + p["b2"]
    A2 = np.tanh(Z2) * D2 / keep  # (5, m)
    Z3 = p["W3"] @ A2 + p["b3"]
    return {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2, "Z3": Z3}


def backward(p, c, tanh_prime):
    dZ3 = softmax(c["Z3"]) - Y  # (2, m)
    dA2 = p["W3"].T @ dZ3  # (5, m): by the masked A2
    dZ2 = (dA2 * D2 / keep) * tanh_prime  # same mask, same scale, then g'
    dA1 = p["W2"].T @ dZ2  # (6, m)
    dZ1 = (dA1 * D1 / keep) * (c["Z1"] > 0)  # relu'(Z1)
    grads = {}
    for l, dZ, A_prev in [(1, dZ1, X), (2, dZ2, c["A1"]), (3, dZ3, c["A2"])]:
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
    return grads


def cost(p):
    return deep_cost(forward(p)["Z3"], Y, "softmax")


numeric = {
    "d" + name: numerical_gradient(
        lambda v, k=name: cost(params | {k: v}), value
    )
    for name, value in params.items()
}
c = forward(params)
candidates = {
    "1 - tanh(Z2)**2": 1 - np.tanh(c["Z2"]) ** 2,
    "1 - A2**2, A2 masked": 1 - c["A2"] ** 2,
}
for label, tanh_prime in candidates.items():
    grads = backward(params, c, tanh_prime)
    worst = max(relative_error(grads[k], numeric[k]) for k in grads)
    shown = bound(worst) if worst < 1e-2 else digits(worst, ".2f")
    print(f"tanh' as {label:21} worst relative error {shown}")
    assert (worst < 1e-7) == (label == "1 - tanh(Z2)**2"), label
