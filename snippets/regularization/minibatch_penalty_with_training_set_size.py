"""With mini-batches, the penalty's m is a choice. Written with the training
set's size M, lambda / (2M) * ||W||^2 gives every batch the term
(lambda / M) W, and the mean of the batch gradients over an epoch of equal
batches is the full-batch gradient. Written with the batch's size b, the
term is (lambda / b) W: the full-batch gradient with lambda * M / b."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import deep_backward, deep_cost, deep_example, deep_forward

NAMES = ["tanh", "sigmoid"]
X, Y, params = deep_example([3, 4, 1], NAMES, m=6, seed=5)
M, b, lambd = X.shape[1], 2, 0.5  # 6 examples, 3 batches of 2


def full_batch_cost(W1, lambd):
    """J over all M examples + (lambda / 2M) ||W1||^2 (W2 held fixed and
    left out of the penalty, to keep one gradient to look at)."""
    _, caches = deep_forward(X, params | {"W1": W1}, NAMES)
    J = deep_cost(caches["Z2"], Y, "sigmoid")
    return J + lambd / (2 * M) * np.sum(np.square(W1))


def mean_batch_gradient(size_in_penalty):
    """dW1 of each batch's cost, penalty over size_in_penalty, averaged."""
    W1, total = params["W1"], 0
    for start in range(0, M, b):
        Xb, Yb = X[:, start : start + b], Y[:, start : start + b]
        _, caches = deep_forward(Xb, params, NAMES)
        dW1 = deep_backward(Xb, Yb, params, caches, NAMES)["dW1"]
        total = total + dW1 + lambd / size_in_penalty * W1
    return total / (M // b)


def matches(a, b):
    return bound(relative_error(a, b)) == "< 1e-7"  # 3 times away or more


W1 = params["W1"]
full = numerical_gradient(lambda W: full_batch_cost(W, lambd), W1)
full_scaled = numerical_gradient(
    lambda W: full_batch_cost(W, lambd * M / b), W1
)
print("penalty lambda / (2M), mean over the epoch")
print(
    "  = full-batch gradient with lambda:",
    matches(mean_batch_gradient(M), full),
)
print("penalty lambda / (2b), mean over the epoch")
print(
    "  = full-batch gradient with lambda:",
    matches(mean_batch_gradient(b), full),
)
print(
    "  = full-batch gradient with lambda * M / b:",
    matches(mean_batch_gradient(b), full_scaled),
)
assert matches(mean_batch_gradient(M), full)
assert matches(mean_batch_gradient(b), full_scaled)
assert not matches(mean_batch_gradient(b), full)
