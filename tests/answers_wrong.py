"""Wrong answers as learners write them to the activations, Jacobian and
deep-network pages' exercises, each with what the checker must say of each
wrong gradient (a part of its line); answers_wrong_networks.py has the
others, answers_reviewer.py the reviewer's cases."""

import numpy as np
from answers_right import linear_backward, sigmoid


def changed(answer, **changes):
    """`answer` with some of its returned gradients changed."""

    def backward(*arguments):
        result = answer(*arguments)
        names = list(changes) if isinstance(result, dict) else None
        values = dict(result) if names else dict(enumerate(result))
        for name, change in changes.items():
            key = name if names else int(name.removeprefix("_"))
            values[key] = change(values[key], *arguments)
        return values if names else tuple(values.values())

    return backward


def named(doc, function):
    function.__doc__ = doc
    return function


def db_summed_over_axis0(dZ, A, W):
    m = A.shape[1]
    return dZ @ A.T / m, np.sum(dZ, axis=0, keepdims=True) / m, W.T @ dZ


def _dropout_half(dA, mask, keep_prob):
    """keep_prob typed as 0.5"""
    return dA * mask / 0.5


def _dropout_inverted(dA, mask, keep_prob):
    """1 - mask"""
    return dA * (1 - mask) / keep_prob


def _decay_on_b(dZ, A, W, lambd):
    """the decay added to db too"""
    m = A.shape[1]
    dW, db, _ = linear_backward(dZ, A, W)
    return dW + lambd / m * W, db + lambd / m


WRONG = [
    (
        "leaky-relu-backward",
        {"dZ": "ReLU's derivative"},
        named("ReLU's derivative", lambda dA, Z, a: dA * (Z > 0)),
    ),
    (
        "leaky-relu-backward",
        {"dZ": "alpha hard-coded"},
        named("alpha typed in", lambda dA, Z, a: dA * np.where(Z > 0, 1, 0.1)),
    ),
    (
        "leaky-relu-backward",
        {"dZ": "wrong exactly where Z < 0"},
        named("alpha squared", lambda dA, Z, a: dA * np.where(Z > 0, 1, a * a)),
    ),
    (
        "leaky-relu-backward",
        {"dZ": "slopes swapped"},
        named("slopes swapped", lambda dA, Z, a: dA * np.where(Z > 0, a, 1)),
    ),
    (
        "softplus-backward",
        {"dZ": "sigmoid's own derivative"},
        named("sigmoid'", lambda dA, Z: dA * sigmoid(Z) * (1 - sigmoid(Z))),
    ),
    (
        "softplus-backward",
        {"dZ": "tanh' = 1 - tanh^2 at Z"},
        named("tanh'", lambda dA, Z: dA * (1 - np.tanh(Z) ** 2)),
    ),
    (
        "softplus-backward",
        {"dZ": "exp at Z"},
        named("exp", lambda dA, Z: dA * np.exp(Z)),
    ),
    (
        "softplus-backward",
        {"dZ": "@ instead of *"},
        named("@", lambda dA, Z: dA @ sigmoid(Z)),
    ),
    (
        "linear-backward",
        {"db": "a sum over axis 0"},
        named("db over axis 0", db_summed_over_axis0),
    ),
    (
        "linear-backward",
        {"dA": "scalar chain rule's order"},
        named(
            "dZ @ W.T",
            changed(linear_backward, _2=lambda g, dZ, A, W: dZ @ W.T),
        ),
    ),
    (
        "linear-backward",
        {"dW": "m times", "db": "m times"},
        named(
            "no 1/m",
            lambda dZ, A, W: (dZ @ A.T, dZ.sum(1, keepdims=True), W.T @ dZ),
        ),
    ),
    (
        "linear-backward",
        {"dW": "transposed"},
        named(
            "A @ dZ.T",
            changed(
                linear_backward, _0=lambda g, dZ, A, W: A @ dZ.T / A.shape[1]
            ),
        ),
    ),
    (
        "l2-weight-decay",
        {"dW": "decay term is missing"},
        named("no decay", lambda dZ, A, W, l: linear_backward(dZ, A, W)[:2]),
    ),
    (
        "l2-weight-decay",
        {"dW": "decay twice"},
        named(
            "2 lambda/m",
            lambda dZ, A, W, l: (
                linear_backward(dZ, A, W)[0] + 2 * l / A.shape[1] * W,
                linear_backward(dZ, A, W)[1],
            ),
        ),
    ),
    (
        "l2-weight-decay",
        {"dW": "the decay term (lambd / m) W enters 1/2 times"},
        named(
            "lambda/(2m)",
            lambda dZ, A, W, l: (
                linear_backward(dZ, A, W)[0] + l / (2 * A.shape[1]) * W,
                linear_backward(dZ, A, W)[1],
            ),
        ),
    ),
    (
        "dropout-backward",
        {"dA_unmasked": "scaling is missing"},
        named("no 1/keep_prob", lambda dA, mask, p: dA * mask),
    ),
    (
        "dropout-backward",
        {"dA_unmasked": "multiplied by keep_prob instead"},
        named("times keep_prob", lambda dA, mask, p: dA * mask * p),
    ),
    (
        "dropout-backward",
        {"dA_unmasked": "wrong exactly where the mask is 0"},
        named(
            "dropped units pass dA",
            lambda dA, mask, p: np.where(mask == 1, dA / p, dA),
        ),
    ),
    (
        "dropout-backward",
        {"dA_unmasked": "keep_prob hard-coded as 0.5"},
        _dropout_half,
    ),
    (
        "dropout-backward",
        {"dA_unmasked": "the mask inverted"},
        _dropout_inverted,
    ),
    ("l2-weight-decay", {"db": "lambd/m added to every entry"}, _decay_on_b),
]
