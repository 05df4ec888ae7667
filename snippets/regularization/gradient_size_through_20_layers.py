"""Through 20 layers of width n, each ReLU layer multiplies the mean square of
the activations (forward) and of dA (backward) by about n Var(W) / 2:
0.01 * randn (the course's week-3 start) shrinks both, unscaled randn grows
both, and He's Var(W) = 2/n keeps both steady. tanh with Var(W) = 1/n
shrinks both slowly: the forward mean square falls like 1/(2 l), not
exponentially. With sigmoid and Var(W) = 1/n, sigmoid' <= 1/4 shrinks the
mean square of dA by 16 or more per layer."""

from fractions import Fraction

import numpy as np
from gradcheck import digits
from network import relu, sigmoid

n, m, depth = 200, 100, 20
rng = np.random.default_rng(0)


def mean_square_ratios(variance, g, g_prime):
    """Mean square of A[20] over that of X, and of dA[0] over dA[20]."""
    A = rng.standard_normal((n, m))  # X, mean square about 1
    start, Ws, Zs = np.mean(A**2), [], []
    for _ in range(depth):
        Ws.append(np.sqrt(float(variance)) * rng.standard_normal((n, n)))
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


def relu_prime(Z):
    return (Z > 0).astype(float)


def tanh_prime(Z):
    return 1 - np.tanh(Z) ** 2


def sigmoid_prime(Z):
    return sigmoid(Z) * (1 - sigmoid(Z))


def row(w, g, predicted="", forward="", backward=""):
    print(f"{w:21} {g:8} {predicted:17} {forward:9} {backward}")


print(f"mean square after {depth} layers of width {n} over its start")
print("(forward: A[20] over X; backward: dA[0] over dA[20]), 2 digits")
row("W", "g", "(n Var(W)/2)**20", "forward", "backward")
for label, variance in [
    ("0.01 * randn", Fraction(1, 100**2)),
    ("randn", Fraction(1)),
    ("He: randn*sqrt(2/n)", Fraction(2, n)),
]:
    forward, backward = mean_square_ratios(variance, relu, relu_prime)
    predicted = float((n * variance / 2) ** depth)  # from exact fractions
    row(label, "relu", f"{predicted:.1e}", digits(forward), digits(backward))
    for measured in forward, backward:  # within a factor 3 of the theory
        assert abs(np.log(measured / predicted)) < np.log(3)

forward, backward = mean_square_ratios(Fraction(1, n), np.tanh, tanh_prime)
row("randn*sqrt(1/n)", "tanh", "", digits(forward), digits(backward))
assert abs(np.log(forward * 2 * depth)) < np.log(1.25)  # about 1 / (2 l)
assert 1 / 100 < backward < 1 / 10  # slowly: 10 to 100 times over 20 layers

_, backward = mean_square_ratios(Fraction(1, n), sigmoid, sigmoid_prime)
row("randn*sqrt(1/n)", "sigmoid", backward=digits(backward))
bound = float(Fraction(1, 16) ** depth)  # each layer: sigmoid'**2 <= 1/16
print(f"sigmoid, backward < 16**-20 = {bound:.1e}: {backward < bound}")
assert backward < bound
