"""The course's week-3 network, forward and backward, columns as examples.

    X (n0, m) -> Z1 = W1 X + b1 -> A1 = tanh(Z1)      (n1, m)
              -> Z2 = W2 A1 + b2 -> A2 = sigmoid(Z2)  (n2, m)
    J = (1/m) sum_j sum_i L(A2[i, j], Y[i, j]), L the binary cross-entropy:
    each example's loss sums over its n2 output units, J averages over the
    m examples.

dZ and dA are gradients of the summed loss m J (column j is example j's own
gradient: the examples do not interact); dW and db are gradients of the
mean cost J, so the 1/m appears there.
"""

import numpy as np


def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


# --8<-- [start:example]
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


# --8<-- [end:example]
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
    """J = (1/m) sum_j sum_i L(A2[i, j], Y[i, j]): binary cross-entropy summed
    over the n2 output units of each example, averaged over the m examples."""
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


# The general network: L layers, any mix of hidden activations.
#
#     A0 = X (n0, m) -> Z[l] = W[l] A[l-1] + b[l] -> A[l] = g[l](Z[l])  (n_l, m)
#     for l = 1, ..., L; g[L] is sigmoid (binary labels) or softmax (one-hot
#     columns), and J is the mean cross-entropy over the m columns.
# --8<-- [start:deep_activations]
def relu(Z):
    return np.maximum(Z, 0)


def softmax(Z):
    """Each column of Z (n, m) turned into probabilities that sum to 1."""
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))  # (n, m); exp(<= 0) <= 1
    return E / np.sum(E, axis=0, keepdims=True)  # (n, m) / (1, m)


ACTIVATIONS = {"relu": relu, "tanh": np.tanh, "sigmoid": sigmoid}
OUTPUTS = {"sigmoid": sigmoid, "softmax": softmax}


def derivative_from_output(name, A):
    """g'(Z), entry by entry, from A = g(Z) alone; (n, m) like A."""
    if name == "relu":
        return (A > 0).astype(float)  # A > 0 exactly where Z > 0; 0 at Z = 0
    if name == "tanh":
        return 1 - A**2
    if name == "sigmoid":
        return A * (1 - A)
    raise ValueError(f"{name!r} is not an elementwise hidden activation")


# --8<-- [end:deep_activations]
# --8<-- [start:deep_example]
def random_deep_params(layer_sizes, rng):
    """W1, b1, ..., WL, bL for layer_sizes = [n0, n1, ..., nL].

    W[l] is scaled by 1/sqrt(n[l-1]) so that Z[l] stays of order 1 in every
    layer: activations neither blow up nor saturate as the network deepens.
    """
    params = {}
    for l in range(1, len(layer_sizes)):
        n, n_prev = layer_sizes[l], layer_sizes[l - 1]
        params[f"W{l}"] = rng.standard_normal((n, n_prev)) / np.sqrt(n_prev)
        params[f"b{l}"] = 0.1 * rng.standard_normal((n, 1))
    return params


def deep_example(layer_sizes, activations, m, seed=0):
    """Inputs X (n0, m), labels Y (nL, m) for the output layer, params."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((layer_sizes[0], m))
    nL = layer_sizes[-1]
    if activations[-1] == "softmax":
        Y = np.eye(nL)[:, rng.integers(nL, size=m)]  # one-hot columns
    else:
        Y = (rng.random((nL, m)) < 0.5).astype(float)  # 0/1 labels
    return X, Y, random_deep_params(layer_sizes, rng)


# --8<-- [end:deep_example]
# --8<-- [start:deep_forward]
def deep_forward(X, params, activations):
    """AL (nL, m) and the caches Z1, A1, ..., ZL, AL, each (n_l, m).

    activations lists the L names: relu, tanh or sigmoid for the hidden
    layers, sigmoid or softmax for the last. For L = 2 the caches have the
    same keys as two_layer_forward's cache.
    """
    caches = {}
    A = X  # A0 (n0, m)
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]  # (n_l, n_{l-1}), (n_l, 1)
        Z = W @ A + b  # (n_l, m); b is added to every column
        g = OUTPUTS[name] if l == len(activations) else ACTIVATIONS[name]
        A = g(Z)  # (n_l, m)
        caches[f"Z{l}"], caches[f"A{l}"] = Z, A
    return A, caches


# --8<-- [end:deep_forward]
# --8<-- [start:deep_cost]
def deep_cost(ZL, Y, output):
    """J: mean cross-entropy over the m columns, from ZL (nL, m), not AL.

    log(sigmoid(z)) and log(softmax(z)) are rewritten so that no exp can
    overflow and no log meets 0: the cost stays finite where log(AL) is -inf.
    Nothing is subtracted from the sigmoid's loss either, so a confident
    right answer keeps its tiny cost (4.2e-18 at z = 40, y = 1), not 0.
    """
    m = Y.shape[1]
    if output == "sigmoid":  # -log a = logaddexp(0, -z), -log(1-a) = ...(0, z)
        losses = Y * np.logaddexp(0, -ZL) + (1 - Y) * np.logaddexp(0, ZL)
        return np.sum(losses) / m
    if output == "softmax":  # -sum_i y_i log s_i, log s = z - log sum_i e^z_i
        shift = np.max(ZL, axis=0, keepdims=True)  # (1, m)
        lse = shift + np.log(np.sum(np.exp(ZL - shift), axis=0, keepdims=True))
        return -np.sum(Y * (ZL - lse)) / m
    raise ValueError(f"{output!r} is not an output activation")


# --8<-- [end:deep_cost]
# --8<-- [start:deep_backward]
def deep_backward(X, Y, params, caches, activations):
    """dW1, db1, ..., dWL, dbL: gradients of J, each the shape of its parameter.

    From the caches it reads A1, ..., AL (and X = A0), never a Z.
    """
    m, L = X.shape[1], len(activations)
    grads = {}
    AL = caches[f"A{L}"]  # (nL, m); the output layer and its matched loss:
    if activations[-1] == "softmax":  # S (1 1^T Y) - Y, which is S - Y only
        dZ = AL * np.sum(Y, axis=0, keepdims=True) - Y  # if columns sum to 1
    else:  # sigmoid and binary cross-entropy: A - Y for any y in [0, 1]
        dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev = caches[f"A{l - 1}"] if l > 1 else X  # (n_{l-1}, m)
        grads[f"dW{l}"] = dZ @ A_prev.T / m  # (n_l, n_{l-1})
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m  # (n_l, 1)
        if l > 1:  # on to layer l - 1 (dA0 = dX is not needed)
            dA_prev = params[f"W{l}"].T @ dZ  # (n_{l-1}, m)
            g_prime = derivative_from_output(activations[l - 2], A_prev)
            dZ = dA_prev * g_prime  # (n_{l-1}, m)
    return {"d" + name: grads["d" + name] for name in params}  # dW1, db1, ...


# --8<-- [end:deep_backward]
# --8<-- [start:deep_cost_as_function_of]
def deep_cost_as_function_of(name, X, Y, params, activations):
    """J as a function of one parameter, the others held fixed."""

    def J(value):
        _, caches = deep_forward(X, params | {name: value}, activations)
        return deep_cost(caches[f"Z{len(activations)}"], Y, activations[-1])

    return J


# --8<-- [end:deep_cost_as_function_of]
