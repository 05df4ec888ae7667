"""Through 20 ReLU layers of width n, each layer multiplies the mean square
of the activations (forward) and of dA (backward) by about n Var(W) / 2.
0.01 * randn (the course's week-3 start) shrinks both, unscaled randn grows
both, and He's Var(W) = 2/n keeps both steady. With sigmoid and
Var(W) = 1/n, sigmoid' <= 1/4 shrinks dA by 16 or more per layer."""

import numpy as np
from network import relu, sigmoid

n, m, depth = 500, 100, 20
rng = np.random.default_rng(0)


def mean_square_ratios(scale, g, g_prime):
    """Mean square of A[20] over that of X, and of dA[0] over dA[20]."""
    A = rng.standard_normal((n, m))  # X, mean square about 1
    start, Ws, Zs = np.mean(A**2), [], []
    for _ in range(depth):
        Ws.append(scale * rng.standard_normal((n, n)))
        Zs.append(Ws[-1] @ A)  # biases 0, as at initialization
        A = g(Zs[-1])
    forward = np.mean(A**2) / start
    dA = rng.standard_normal((n, m))  # a gradient arriving at A[20]
    end = np.mean(dA**2)
    for W, Z in zip(reversed(Ws), reversed(Zs), strict=True):
        # --8<-- [start:formula]
        dZ = dA * g_prime(Z)  # (n, m)
        dA = W.T @ dZ  # (n, m): one more W.T factor per layer
        # --8<-- [end:formula]
    return forward, np.mean(dA**2) / end


def verdict(ratio):
    """The ratio on a grid of powers of ten that no rounding can cross."""
    exponent, margin = np.log10(ratio), np.log10(3)  # at least a factor 3
    if abs(exponent) < 1 - margin:
        return "stays within a factor 10"
    k = 10 * int(abs(exponent) // 10)  # the grid: 10, 20, 30, ...
    assert k >= 10 and margin < abs(exponent) - k < 10 - margin, ratio
    return f"{'grows' if exponent > 0 else 'shrinks'} by more than 1e{k}"


def relu_prime(Z):
    return (Z > 0).astype(float)


def sigmoid_prime(Z):
    return sigmoid(Z) * (1 - sigmoid(Z))


for label, scale in [
    ("0.01 * randn", 0.01),
    ("randn", 1.0),
    ("He: randn * sqrt(2 / n)", np.sqrt(2 / n)),
]:
    forward, backward = mean_square_ratios(scale, relu, relu_prime)
    per_layer = n * scale**2 / 2  # the predicted factor per layer
    print(f"relu, W = {label}; n Var(W) / 2 = {per_layer:g}")
    print(f"  forward,  A[20] against X:      {verdict(forward)}")
    print(f"  backward, dA[0] against dA[20]: {verdict(backward)}")
    for measured in forward, backward:  # within 10 % a layer of the theory
        assert abs(np.log(measured) / depth - np.log(per_layer)) < 0.1

_, backward = mean_square_ratios(np.sqrt(1 / n), sigmoid, sigmoid_prime)
print("sigmoid, W = randn * sqrt(1 / n)")
print(f"  backward, dA[0] against dA[20]: {verdict(backward)}")
assert backward < (1 / 16) ** depth  # each layer: sigmoid'**2 <= 1/16
