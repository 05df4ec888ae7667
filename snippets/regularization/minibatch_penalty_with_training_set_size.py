"""With mini-batches, the penalty's m is a choice. Written with the training
set's size m, lambda / (2m) * ||W||^2 gives every batch the term
(lambda / m) W, and at fixed weights the mean of the gradients of equal
batches covering the training set once is the full-batch gradient. Written
with the batch size B, the term is (lambda / B) W: the full-batch gradient
with lambda * m / B."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import deep_backward, deep_cost, deep_example, deep_forward

NAMES = ["tanh", "sigmoid"]
X, Y, params = deep_example([3, 4, 1], NAMES, m=6, seed=5)
m, batch_size, lambd = X.shape[1], 2, 0.5  # 6 examples, 3 batches of 2


def full_batch_cost(W1, lambd):
    """J over all m examples + (lambda / 2m) ||W1||^2 (W2 held fixed and
    left out of the penalty, to keep one gradient to look at)."""
    _, caches = deep_forward(X, params | {"W1": W1}, NAMES)
    J = deep_cost(caches["Z2"], Y, "sigmoid")
    return J + lambd / (2 * m) * np.sum(np.square(W1))


def mean_batch_gradient(size_in_penalty):
    """dW1 of each batch's cost, penalty over size_in_penalty, averaged;
    every batch at the same weights."""
    W1, total = params["W1"], 0
    for start in range(0, m, batch_size):
        batch = slice(start, start + batch_size)
        Xb, Yb = X[:, batch], Y[:, batch]
        _, caches = deep_forward(Xb, params, NAMES)
        dW1 = deep_backward(Xb, Yb, params, caches, NAMES)["dW1"]
        total = total + dW1 + lambd / size_in_penalty * W1
    return total / (m // batch_size)


def matches(gradient, reference):
    # bound refuses an error within a factor 3 of 1e-7, where rounding on
    # another machine could move it across
    return bound(relative_error(gradient, reference)) == "< 1e-7"


W1 = params["W1"]
full = numerical_gradient(lambda W: full_batch_cost(W, lambd), W1)
full_scaled = numerical_gradient(
    lambda W: full_batch_cost(W, lambd * m / batch_size), W1
)
print("penalty lambda / (2m), mean over the batches")
print(
    "  = full-batch gradient with lambda:",
    matches(mean_batch_gradient(m), full),
)
print("penalty lambda / (2B), mean over the batches")
print(
    "  = full-batch gradient with lambda:",
    matches(mean_batch_gradient(batch_size), full),
)
print(
    "  = full-batch gradient with lambda * m / B:",
    matches(mean_batch_gradient(batch_size), full_scaled),
)
assert matches(mean_batch_gradient(m), full)
assert matches(mean_batch_gradient(batch_size), full_scaled)
assert not matches(mean_batch_gradient(batch_size), full)
