"""The course's week-3 network, forward and backward, columns as examples.

    X (n0, m) -> Z1 = W1 X + b1 -> A1 = tanh(Z1)      (n1, m)
              -> Z2 = W2 A1 + b2 -> A2 = sigmoid(Z2)  (n2, m)
    J = mean over the m columns of the binary cross-entropy of A2 and Y.

dZ and dA are gradients of the summed loss (column i belongs to example i);
dW and db are gradients of the mean cost J, so the 1/m appears there.
"""

import numpy as np


def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def random_params(n0, n1, n2, rng):
    """Random weights and biases of the right shapes."""
    return {
        "W1": rng.standard_normal((n1, n0)),
        "b1": rng.standard_normal((n1, 1)),
        "W2": rng.standard_normal((n2, n1)),
        "b2": rng.standard_normal((n2, 1)),
    }


def example(n0=2, n1=4, n2=1, m=5, seed=0):
    """A small problem in week-3 shapes: inputs X, 0/1 labels Y, params."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n0, m))
    Y = (rng.random((n2, m)) < 0.5).astype(float)
    return X, Y, random_params(n0, n1, n2, rng)


# --8<-- [start:forward]
def two_layer_forward(X, params):
    """A2 (n2, m) and the cache the backward pass needs."""
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    Z1 = W1 @ X + b1  # (n1, m); b1 (n1, 1) is added to every column
    A1 = np.tanh(Z1)  # (n1, m)
    Z2 = W2 @ A1 + b2  # (n2, m)
    A2 = sigmoid(Z2)  # (n2, m)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def cost(A2, Y):
    """J: the binary cross-entropy, averaged over the m columns."""
    m = Y.shape[1]
    return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m


# --8<-- [end:forward]
# --8<-- [start:backward]
def two_layer_backward(X, Y, params, cache):
    """dW1, db1, dW2, db2: gradients of J, each the shape of its parameter."""
    m = X.shape[1]
    W2, A1, A2 = params["W2"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y  # (n2, m)
    dW2 = dZ2 @ A1.T / m  # (n2, n1)
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m  # (n2, 1)
    dA1 = W2.T @ dZ2  # (n1, m)
    dZ1 = dA1 * (1 - A1**2)  # (n1, m); tanh'(Z1) = 1 - A1**2
    dW1 = dZ1 @ X.T / m  # (n1, n0)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m  # (n1, 1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


# --8<-- [end:backward]
# --8<-- [start:cost_as_function_of]
def cost_as_function_of(name, X, Y, params):
    """J as a function of one parameter, the others held fixed."""

    def J(value):
        A2, _ = two_layer_forward(X, params | {name: value})
        return cost(A2, Y)

    return J


# --8<-- [end:cost_as_function_of]
