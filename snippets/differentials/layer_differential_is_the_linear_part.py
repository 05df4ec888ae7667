"""For Z = W A + b 1.T and a loss L(Z) with gradient G, changing W, A, b by
d(W), d(A), d(b) changes L by <G A.T, d(W)> + <W.T G, d(A)> + <G 1, d(b)>,
up to a remainder of second order: ten times smaller changes, a hundred
times smaller remainder."""

import numpy as np
from gradcheck import digits, numerical_gradient
from network import sigmoid

rng = np.random.default_rng(0)
n, q, m = 3, 4, 5
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
b = rng.standard_normal((n, 1))
Y = (rng.random((n, m)) < 0.5).astype(float)
ones = np.ones((m, 1))


def layer(W, A, b):
    return W @ A + b @ ones.T  # b 1.T: b copied into every column


def L(Z):
    """The summed binary cross-entropy of sigmoid(Z) against Y."""
    S = sigmoid(Z)
    return -np.sum(Y * np.log(S) + (1 - Y) * np.log(1 - S))


G = numerical_gradient(L, layer(W, A, b))  # dL/dZ: finite differences
# --8<-- [start:gradients]
grad_W = G @ A.T  # (n, m) @ (m, q) -> (n, q), the shape of W
grad_A = W.T @ G  # (q, n) @ (n, m) -> (q, m), the shape of A
grad_b = G @ ones  # (n, m) @ (m, 1) -> (n, 1), the shape of b
# --8<-- [end:gradients]

# One direction for each variable, scaled down by 10 each time.
direction_W = rng.standard_normal((n, q))
direction_A = rng.standard_normal((q, m))
direction_b = rng.standard_normal((n, 1))
print("  eps  L(after) - L(before)  linear part  |remainder| / eps²")
ratios = []
for eps in [1e-1, 1e-2, 1e-3]:
    change_W, change_A = eps * direction_W, eps * direction_A
    change_b = eps * direction_b
    after = L(layer(W + change_W, A + change_A, b + change_b))
    actual = after - L(layer(W, A, b))
    linear = (
        np.sum(grad_W * change_W)  # <G A.T, d(W)>
        + np.sum(grad_A * change_A)  # <W.T G, d(A)>
        + np.sum(grad_b * change_b)  # <G 1, d(b)>
    )
    ratios.append(abs(actual - linear) / eps**2)
    shown = [digits(actual, "21.7f"), digits(linear, "12.7f")]
    print(f"{eps:5.0e} {shown[0]} {shown[1]} {digits(ratios[-1], '19.2f')}")

# The remainder shrinks like eps²: its ratio to eps² settles to a constant.
assert max(ratios) < 1.1 * min(ratios)
assert abs(actual - linear) < 1e-3 * abs(actual)  # at eps = 1e-3
