"""With mini-batches of equal size, the batches' costs average to the
full-batch J_reg = J + lambda / (2 M) ||W||^2 exactly when each batch's
penalty also divides by the training-set size M; dividing by the batch
size b gives the full-batch cost of a lambda M / b times larger."""

import numpy as np
from network import cost, example, two_layer_forward

X, Y, params = example(n0=2, n1=4, n2=1, m=6)
M, b, lambd = X.shape[1], 2, 0.7  # 6 examples, batches of 2
squares = np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2)


def regularized_cost(X, Y, lambd, m_penalty):
    A2, _ = two_layer_forward(X, params)
    return cost(A2, Y) + lambd / (2 * m_penalty) * squares


full = regularized_cost(X, Y, lambd, M)
batches = [slice(start, start + b) for start in range(0, M, b)]
for m_penalty, name in [(M, "training-set size M"), (b, "batch size b")]:
    average = np.mean(
        [regularized_cost(X[:, s], Y[:, s], lambd, m_penalty) for s in batches]
    )
    same = np.isclose(average, full, rtol=1e-12, atol=0)
    print(f"penalty divided by the {name}:")
    print(f"    the batches' costs average to J_reg: {same}")
    # Independent of the formula: per-example losses, summed by a loop.
    A2, _ = two_layer_forward(X, params)
    losses = [cost(A2[:, [j]], Y[:, [j]]) for j in range(M)]
    expected = sum(losses) / M + lambd / (2 * m_penalty) * squares
    assert np.isclose(average, expected, rtol=1e-12, atol=0)
    assert same == (m_penalty == M)
# Dividing by b is the full-batch cost with lambda M / b in place of lambda.
stronger = regularized_cost(X, Y, lambd * M / b, M)
average_b = np.mean(
    [regularized_cost(X[:, s], Y[:, s], lambd, b) for s in batches]
)
assert np.isclose(average_b, stronger, rtol=1e-12, atol=0)
