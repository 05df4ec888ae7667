"""Wrong answers as learners write them, each with what the checker must
say of each wrong gradient (a part of its line), and the reviewer's cases:
two right answers once rejected, one wrong answer once accepted, and the
mistakes that once went unnamed."""

import numpy as np
from answers_right import (
    batchnorm_backward,
    linear_backward,
    sigmoid,
    softmax,
    tied_autoencoder_backward,
)
from network import two_layer_backward


def with_dZ1(local):
    """The two-layer backward pass with `local(cache)` for tanh'(Z1)."""

    def backward(X, Y, params, cache):
        m = X.shape[1]
        dZ1 = params["W2"].T @ (cache["A2"] - Y) * local(cache)
        return two_layer_backward(X, Y, params, cache) | {
            "dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        }

    backward.__doc__ = local.__doc__
    return backward


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


def _db_axis0(dZ, A, W):
    m = A.shape[1]
    return dZ @ A.T / m, np.sum(dZ, axis=0, keepdims=True) / m, W.T @ dZ


def _bn_no_gamma(dY, Z, gamma, eps):
    return (
        batchnorm_backward(dY, Z, np.ones_like(gamma), eps)[:1]
        + (batchnorm_backward(dY, Z, gamma, eps)[1:])
    )


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
        named("db over axis 0", _db_axis0),
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
        {"dA_prev": "scaling is missing"},
        named("no 1/keep_prob", lambda dA, mask, p: dA * mask),
    ),
    (
        "dropout-backward",
        {"dA_prev": "multiplied by keep_prob instead"},
        named("times keep_prob", lambda dA, mask, p: dA * mask * p),
    ),
    (
        "dropout-backward",
        {"dA_prev": "wrong exactly where the mask is 0"},
        named(
            "dropped units pass dA",
            lambda dA, mask, p: np.where(mask == 1, dA / p, dA),
        ),
    ),
    (
        "mse-linear-backward",
        {"dZ": "without its 1/2"},
        named("2 (A - Y)", lambda A, Y: 2 * (A - Y)),
    ),
    (
        "mse-linear-backward",
        {"dZ": "1/m times"},
        named("(A - Y) / m", lambda A, Y: (A - Y) / A.shape[1]),
    ),
    (
        "softmax-cross-entropy-backward",
        {"dZ": "wrong axis"},
        named(
            "softmax over rows",
            lambda Z, Y: np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True) - Y,
        ),
    ),
    (
        "softmax-cross-entropy-backward",
        {"dZ": "the softmax S is missing"},
        named("only -Y", lambda Z, Y: -Y + 0 * Z),
    ),
    (
        "softmax-cross-entropy-backward",
        {"dZ": "sign"},
        named("Y - S", lambda Z, Y: Y - softmax(Z)),
    ),
    (
        "two-layer-backward",
        {"dW1": "sigmoid's derivative", "db1": "sigmoid"},
        with_dZ1(named("A1 (1 - A1)", lambda c: c["A1"] * (1 - c["A1"]))),
    ),
    (
        "two-layer-backward",
        {"dW1": "(1 - tanh)^2 at Z1"},
        with_dZ1(
            named("(1 - tanh Z1)^2", lambda c: (1 - np.tanh(c["Z1"])) ** 2)
        ),
    ),
    (
        "two-layer-backward",
        {"dW1": "1, no derivative at all"},
        with_dZ1(named("no g'", lambda c: 1.0)),
    ),
    (
        "two-layer-backward",
        {"dW2": "transposed"},
        named("A1 @ dZ2.T", changed(two_layer_backward, dW2=lambda g, *a: g.T)),
    ),
    (
        "tied-autoencoder-backward",
        {"dW": "only the encoder's use"},
        named(
            "encoder only",
            lambda X, W: (
                (W @ (W.T @ np.tanh(W @ X) - X))
                * (1 - np.tanh(W @ X) ** 2)
                @ X.T
            ),
        ),
    ),
    (
        "tied-autoencoder-backward",
        {"dW": "the decoder's term H R.T enters 2"},
        named(
            "decoder twice",
            lambda X, W: (
                tied_autoencoder_backward(X, W)
                + np.tanh(W @ X) @ (W.T @ np.tanh(W @ X) - X).T
            ),
        ),
    ),
    (
        "batchnorm-backward",
        {"dZ": "1/gamma"},
        named("gamma forgotten", _bn_no_gamma),
    ),
    (
        "batchnorm-backward",
        {"dZ": "held constant"},
        named(
            "no statistics",
            changed(
                batchnorm_backward,
                _0=lambda g, dY, Z, ga, e: (
                    ga * dY / np.sqrt(Z.var(axis=1, keepdims=True) + e)
                ),
            ),
        ),
    ),
    (
        "batchnorm-backward",
        {"dZ": "the term through the variance is missing"},
        named(
            "no variance term",
            changed(
                batchnorm_backward,
                _0=lambda g, dY, Z, ga, e: (
                    ga
                    * (dY - dY.mean(1, keepdims=True))
                    / np.sqrt(Z.var(axis=1, keepdims=True) + e)
                ),
            ),
        ),
    ),
    (
        "batchnorm-backward",
        {"dgamma": "raw Z"},
        named(
            "dgamma from Z",
            changed(
                batchnorm_backward,
                _1=lambda g, dY, Z, ga, e: (
                    (dY * Z).sum(1, keepdims=True) / Z.shape[1]
                ),
            ),
        ),
    ),
    (
        "batchnorm-backward",
        {"dbeta": "a sum over axis 0"},
        named(
            "dbeta over axis 0",
            changed(
                batchnorm_backward,
                _2=lambda g, dY, Z, ga, e: dY.sum(axis=0) / Z.shape[1],
            ),
        ),
    ),
]


def _bn_unbiased(dY, Z, gamma, eps):
    """batch norm with np.var(..., ddof=1)"""
    m = Z.shape[1]
    scale = np.sqrt(Z.var(axis=1, keepdims=True, ddof=1) + eps)
    Z_hat = (Z - Z.mean(axis=1, keepdims=True)) / scale
    dZ_hat = gamma * dY
    dZ = (
        dZ_hat
        - dZ_hat.mean(axis=1, keepdims=True)
        - Z_hat * (dZ_hat * Z_hat).mean(axis=1, keepdims=True)
    ) / scale
    return (
        dZ,
        np.sum(dY * Z_hat, 1, keepdims=True) / m,
        dY.mean(1, keepdims=True),
    )


def _bn_no_eps(dY, Z, gamma, eps):
    """eps left out"""
    return batchnorm_backward(dY, Z, gamma, 0.0)


def _bn_dbeta_zero(dY, Z, gamma, eps):
    """dbeta left at zero"""
    dZ, dgamma, dbeta = batchnorm_backward(dY, Z, gamma, eps)
    return dZ, dgamma, np.zeros_like(dbeta)


def _tied_one_minus_h(X, W):
    """1 - H for tanh'"""
    H = np.tanh(W @ X)
    R = W.T @ H - X
    return ((W @ R) * (1 - H)) @ X.T + H @ R.T


def _tied_decoder_twice(X, W):
    """the decoder's term twice, the encoder's left out"""
    H = np.tanh(W @ X)
    return 2 * H @ (W.T @ H - X).T


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


def _mse_loss(A, Y):
    """the loss, not its derivative"""
    return (A - Y) ** 2 / 2


def _softmax_dA(Z, Y):
    """-Y / S"""
    return -Y / softmax(Z)


def _softmax_sigmoid(Z, Y):
    """a sigmoid for the softmax"""
    return sigmoid(Z) - Y


def _db2_axis0(X, Y, params, cache):
    """db2 summed over axis 0"""
    dZ2 = cache["A2"] - Y
    db2 = np.sum(dZ2, axis=0, keepdims=True) / X.shape[1]
    return two_layer_backward(X, Y, params, cache) | {"db2": db2}


WRONG += [
    ("batchnorm-backward", {"dZ": "eps left out", "dgamma": "eps"}, _bn_no_eps),
    ("batchnorm-backward", {"dZ": "ddof=1", "dgamma": "ddof=1"}, _bn_unbiased),
    ("batchnorm-backward", {"dbeta": "0 everywhere"}, _bn_dbeta_zero),
    (
        "tied-autoencoder-backward",
        {"dW": "1 - tanh, the square missing at W X"},
        _tied_one_minus_h,
    ),
    (
        "tied-autoencoder-backward",
        {"dW": "enters 2 times, not once and the encoder's term"},
        _tied_decoder_twice,
    ),
    (
        "dropout-backward",
        {"dA_prev": "keep_prob hard-coded as 0.5"},
        _dropout_half,
    ),
    ("dropout-backward", {"dA_prev": "the mask inverted"}, _dropout_inverted),
    ("l2-weight-decay", {"db": "lambd/m added to every entry"}, _decay_on_b),
    ("mse-linear-backward", {"dZ": "the loss itself"}, _mse_loss),
    (
        "softmax-cross-entropy-backward",
        {"dZ": "Jacobian is missing"},
        _softmax_dA,
    ),
    (
        "softmax-cross-entropy-backward",
        {"dZ": "a sigmoid on each entry"},
        _softmax_sigmoid,
    ),
    (
        "two-layer-backward",
        {"dW1": "1 - tanh, the square missing at Z1"},
        with_dZ1(named("1 - tanh Z1", lambda c: 1 - np.tanh(c["Z1"]))),
    ),
    ("two-layer-backward", {"db2": "a sum over axis 0"}, _db2_axis0),
]


def _dropout_in_place(dA, mask, keep_prob):
    dA *= mask
    dA /= keep_prob
    return dA


def _linear_in_place(dZ, A, W):
    m = A.shape[1]
    dA = W.T @ dZ
    dZ /= m
    return dZ @ A.T, np.sum(dZ, axis=1, keepdims=True), dA


def _new_mask(dA, mask, keep_prob):
    fresh = np.random.default_rng().random(dA.shape) < keep_prob
    return dA * fresh / keep_prob


def _double_m(X, Y, params, cache):
    m = X.shape[1]
    dZ2 = (cache["A2"] - Y) / m  # one course's dZ, with the 1/m in it
    dZ1 = params["W2"].T @ dZ2 * (1 - cache["A1"] ** 2)
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": dZ1.sum(1, keepdims=True) / m,
        "dW2": dZ2 @ cache["A1"].T / m,
        "db2": dZ2.sum(1, keepdims=True) / m,
    }


REVIEWER = [
    ("dropout in place", "dropout-backward", _dropout_in_place, True),
    ("linear-backward with dZ /= m", "linear-backward", _linear_in_place, True),
    (
        "batch norm returning a list",
        "batchnorm-backward",
        lambda *a: list(batchnorm_backward(*a)),
        True,
    ),
    (
        "keep_prob hard-coded as 0.8",
        "dropout-backward",
        lambda dA, mask, p: dA * mask / 0.8,
        "keep_prob hard-coded",
    ),
    ("a mask drawn afresh", "dropout-backward", _new_mask, "zeros are not"),
    (
        "divided by 1 - keep_prob",
        "dropout-backward",
        lambda dA, mask, p: dA * mask / (1 - p),
        "1 - keep_prob",
    ),
    (
        "(1 - tanh Z)^2",
        "two-layer-backward",
        with_dZ1(lambda c: (1 - np.tanh(c["Z1"])) ** 2),
        "(1 - tanh)^2 at Z1",
    ),
    ("a double 1/m", "two-layer-backward", _double_m, "an extra 1/m"),
    ("gamma forgotten", "batchnorm-backward", _bn_no_gamma, "gamma left out"),
    (
        "dgamma from the raw Z",
        "batchnorm-backward",
        changed(
            batchnorm_backward,
            _1=lambda g, dY, Z, ga, e: (
                (dY * Z).sum(1, keepdims=True) / Z.shape[1]
            ),
        ),
        "raw Z",
    ),
    ("db summed over axis=0", "linear-backward", _db_axis0, "axis 0"),
]
