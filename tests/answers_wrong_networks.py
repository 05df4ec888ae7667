"""Wrong answers as learners write them to the output-layer, two-layer,
autoencoder and batch-norm exercises, each with what the checker must say
of each wrong gradient (a part of its line)."""

import numpy as np
from answers_right import (
    batchnorm_backward,
    sigmoid,
    softmax,
    tied_autoencoder_backward,
)
from answers_wrong import changed, named
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


def batchnorm_without_gamma(dY, Z, gamma, eps):
    return (
        batchnorm_backward(dY, Z, np.ones_like(gamma), eps)[:1]
        + (batchnorm_backward(dY, Z, gamma, eps)[1:])
    )


def _bn_unbiased(dY, Z, gamma, eps):
    """batch norm with np.var(..., ddof=1)"""
    return batchnorm_backward(dY, Z, gamma, eps, ddof=1)


dgamma_from_raw_z = named(
    "dgamma from Z",
    changed(
        batchnorm_backward,
        _1=lambda g, dY, Z, ga, e: (dY * Z).sum(1, keepdims=True) / Z.shape[1],
    ),
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


WRONG = [
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
        named("gamma forgotten", batchnorm_without_gamma),
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
        dgamma_from_raw_z,
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
