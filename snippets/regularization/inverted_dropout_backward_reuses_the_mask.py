"""Inverted dropout on the hidden layer of a two-layer network: the forward
pass replaces A1 by A1 * D1 / keep_prob, and the backward pass multiplies
dA1 = W2.T @ dZ2 by the same D1 / keep_prob. W2.T @ dZ2 is the gradient by
the masked A1; the factor D1 / keep_prob is the derivative of the mask step.
With the mask held fixed, finite differences check both; a fresh mask in the
backward pass, or a missing step, fails."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import relu, sigmoid

rng = np.random.default_rng(4)
n0, n1, m, keep_prob = 3, 6, 5, 0.8
X = rng.standard_normal((n0, m))
Y = (rng.random((1, m)) < 0.5).astype(float)
W1, b1 = rng.standard_normal((n1, n0)), rng.standard_normal((n1, 1))
W2, b2 = rng.standard_normal((1, n1)), rng.standard_normal((1, 1))
D1 = (rng.random((n1, m)) < keep_prob).astype(float)  # drawn once, then fixed


def cost_from_masked(A1_masked):
    """J from the masked A1 on: layer 2 and the binary cross-entropy."""
    A2 = sigmoid(W2 @ A1_masked + b2)
    return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m


def cost_from_unmasked(A1):
    return cost_from_masked(A1 * D1 / keep_prob)  # the mask step, then on


def cost_from_W1(W1):
    return cost_from_unmasked(relu(W1 @ X + b1))


Z1 = W1 @ X + b1  # (n1, m)
A1 = relu(Z1) * D1 / keep_prob  # the course overwrites A1 with the masked A1
A2 = sigmoid(W2 @ A1 + b2)  # (1, m)
dZ2 = A2 - Y  # (1, m)


def backward(mask, scale):
    """dA1 by the masked A1, dA1 by A1 before the mask, then dW1 (n1, n0)."""
    # --8<-- [start:formula]
    dA1 = W2.T @ dZ2  # (n1, m): the gradient by the masked A1
    dA1_before = dA1 * mask / scale  # the mask step's derivative, D1 / keep
    dZ1 = dA1_before * (Z1 > 0)  # relu'(Z1), then dW1 as without dropout
    # --8<-- [end:formula]
    return dA1, dA1_before, dZ1 @ X.T / m


def agrees(a, b):
    return bound(relative_error(a, b)) == "< 1e-7"  # 3 times away or more


dA1, dA1_before, dW1 = backward(D1, keep_prob)
by_masked = m * numerical_gradient(cost_from_masked, A1)  # dA: of m J
by_unmasked = m * numerical_gradient(cost_from_unmasked, relu(Z1))
print("against m x finite differences of J, by the masked A1 | by A1")
for label, grad in [("W2.T @ dZ2", dA1), ("... * D1 / keep_prob", dA1_before)]:
    masked, unmasked = (
        "matches" if agrees(grad, numeric) else "differs"
        for numeric in (by_masked, by_unmasked)
    )
    print(f"  {label:22} {masked:8} | {unmasked}")
assert agrees(dA1, by_masked) and agrees(dA1_before, by_unmasked)
assert not agrees(dA1, by_unmasked)

numeric_dW1 = numerical_gradient(cost_from_W1, W1)
fresh_mask = (rng.random((n1, m)) < keep_prob).astype(float)
candidates = {
    "D1 / keep_prob, the forward's mask": (D1, keep_prob),
    "a fresh mask / keep_prob": (fresh_mask, keep_prob),
    "D1 without / keep_prob": (D1, 1.0),
    "no mask step ('dA1 is scaled')": (np.ones_like(D1), 1.0),
}
print("dW1 checked by finite differences, with the backward mask step")
for label, (mask, scale) in candidates.items():
    passes = agrees(backward(mask, scale)[2], numeric_dW1)
    print(f"  {label:35} {'passes' if passes else 'fails'}")
    assert passes == (label.startswith("D1 / keep_prob")), label
