"""With mini-batches of equal size, the batches' costs average to the
full-batch J_reg = J + lambda / (2 m) ||W||^2 exactly when each batch's
penalty also divides by the training-set size m; dividing by the batch
size B gives the full-batch cost of a lambda m / B times larger."""

import numpy as np
from network import cost, example, two_layer_forward

X, Y, params = example(n0=2, n1=4, n2=1, m=6)
m, batch_size, lambd = X.shape[1], 2, 0.7  # 6 examples, batches of 2
squares = np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2)


def regularized_cost(X, Y, lambd, size_in_penalty):
    A2, _ = two_layer_forward(X, params)
    return cost(A2, Y) + lambd / (2 * size_in_penalty) * squares


full = regularized_cost(X, Y, lambd, m)
starts = range(0, m, batch_size)
batches = [slice(start, start + batch_size) for start in starts]
for size, name in [(m, "training-set size m"), (batch_size, "batch size B")]:
    average = np.mean(
        [regularized_cost(X[:, s], Y[:, s], lambd, size) for s in batches]
    )
    same = np.isclose(average, full, rtol=1e-12, atol=0)
    print(f"penalty divided by the {name}:")
    print(f"    the batches' costs average to J_reg: {same}")
    # Independent of the formula: per-example losses, summed by a loop.
    A2, _ = two_layer_forward(X, params)
    losses = [cost(A2[:, [j]], Y[:, [j]]) for j in range(m)]
    expected = sum(losses) / m + lambd / (2 * size) * squares
    assert np.isclose(average, expected, rtol=1e-12, atol=0)
    assert same == (size == m)
# Dividing by B is the full-batch cost with lambda m / B in place of lambda.
stronger = regularized_cost(X, Y, lambd * m / batch_size, m)
average_B = np.mean(
    [regularized_cost(X[:, s], Y[:, s], lambd, batch_size) for s in batches]
)
assert np.isclose(average_B, stronger, rtol=1e-12, atol=0)
