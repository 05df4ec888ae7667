"""The deep-network page's exercises: L2 weight decay, inverted dropout and
batch normalisation, backward.

    from practice_regularization import check
    check("dropout-backward", dropout_backward)
"""

import functools

import numpy as np
from clues import Clues, upstream_cost
from gradcheck import numerical_gradient
from practice import check, exercise
from practice_linear import LAYER_SHAPES, linear_cost, linear_inputs

__all__ = ["check"]


# L2 weight decay ------------------------------------------------------------


def _decay_gradients(inputs):
    dZ, A, W, lambd = inputs.values()
    b = np.zeros((W.shape[0], 1))
    m = A.shape[1]

    def cost(W, b):
        return linear_cost(dZ, A, W, b) + lambd / (2 * m) * np.sum(W**2)

    return {
        "dW": numerical_gradient(lambda W: cost(W, b), W),
        "db": numerical_gradient(lambda b: cost(W, b), b),
    }


def _decay_clues(inputs):
    dZ, A, W, lambd = inputs.values()
    m = A.shape[1]
    data = dZ @ A.T / m
    return Clues(
        mistakes={
            "the decay term is missing": {"dW": data},
            "the decay without its 1/m (lambda W)": {"dW": data + lambd * W},
            "the decay twice (2 lambda / m W: the 1/2 in the cost cancels "
            "the 2)": {"dW": data + 2 * lambd / m * W},
            "the decay subtracted": {"dW": data - lambd / m * W},
        },
        factors={
            "lambd": (lambd, "a factor lambd"),
            "lambd/m": (lambd / m, "the decay's factor, which b does not get"),
        },
        terms={"dW": {"the decay term (lambd / m) W": lambd / m * W}},
        summands={"db": dZ / m},
    )


@exercise(
    "l2-weight-decay",
    starter='''def linear_backward_with_decay(dZ, A, W, lambd):
    """dW and db of a layer Z = W A + b when the cost has an L2 penalty:
    J = (data cost) + lambd / (2 m) * (sum of the squares of W's entries).

    dZ (n, m) is the gradient of the summed data loss by Z; A is (q, m),
    W is (n, q). Return dW (n, q) and db (n, 1), gradients of J.
    """
    ...  # your code here: return dW, db''',
    gradients=_decay_gradients,
    clues=_decay_clues,
    returns=("dW", "db"),
    cases=[
        {"n": n, "q": q, "m": m, "lambd": lambd}
        for (n, q, m), lambd in zip(
            LAYER_SHAPES, (0.7, 0.3, 1.1, 0.45), strict=True
        )
    ],
)
def _decay_inputs(case, rng):
    return linear_inputs(case, rng) | {"lambd": case["lambd"]}


# Inverted dropout -----------------------------------------------------------


# --8<-- [start:dropout_clues]
def _dropout_clues(inputs):
    dA, mask, keep_prob = inputs.values()
    return Clues(
        mistakes={
            "the 1/keep_prob scaling is missing": {"dA_unmasked": dA * mask},
            "the mask is missing": {"dA_unmasked": dA / keep_prob},
            "multiplied by keep_prob instead of divided": {
                "dA_unmasked": dA * mask * keep_prob
            },
            "divided by 1 - keep_prob, the drop rate, not by keep_prob": {
                "dA_unmasked": dA * mask / (1 - keep_prob)
            },
            "the mask inverted (1 - mask keeps the dropped units)": {
                "dA_unmasked": dA * (1 - mask) / keep_prob
            },
            "dA is missing: the mask and the scale alone": {
                "dA_unmasked": mask / keep_prob
            },
        },
        factors={
            "keep_prob": (keep_prob, "the 1/keep_prob scaling missing"),
            "1/keep_prob": (1 / keep_prob, "divided by keep_prob twice"),
        },
        regions={
            "where the mask is 0": mask == 0,
            "where the mask is 1": mask == 1,
        },
        zeros="where the mask is 0: use the mask the forward pass drew",
    )


# --8<-- [end:dropout_clues]


@exercise(
    "dropout-backward",
    starter='''def dropout_backward(dA, mask, keep_prob):
    """dA_unmasked for inverted dropout: A = A_unmasked * mask / keep_prob.

    dA (n, m) is the gradient by A; mask (n, m) holds 0s and 1s. Return
    dA_unmasked, of shape (n, m).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dA_unmasked": numerical_gradient(
            upstream_cost(
                inputs["dA"],
                lambda A: A * inputs["mask"] / inputs["keep_prob"],
            ),
            np.ones_like(inputs["dA"]),
        )
    },
    clues=_dropout_clues,
    returns=("dA_unmasked",),
    cases=[
        {"n": n, "m": m, "keep_prob": keep_prob}
        for (n, m), keep_prob in zip(
            [(3, 5), (4, 2), (2, 6), (3, 3)], (0.8, 0.6, 0.9, 0.7), strict=True
        )
    ],
)
def _dropout_inputs(case, rng):
    shape = (case["n"], case["m"])
    mask = (rng.random(shape) < case["keep_prob"]).astype(float)
    mask.flat[0], mask.flat[-1] = 0.0, 1.0  # both kinds, whatever the seed
    return {
        "dA": rng.standard_normal(shape),
        "mask": mask,
        "keep_prob": case["keep_prob"],
    }


# Batch normalisation: the examples interact -----------------------------------


def _normalised(Z, eps, axis=1, ddof=0):
    """Z_hat and sqrt(variance + eps), statistics taken along `axis`."""
    mean = Z.mean(axis=axis, keepdims=True)
    scale = np.sqrt(Z.var(axis=axis, keepdims=True, ddof=ddof) + eps)
    return (Z - mean) / scale, scale


def _batchnorm_gradients(inputs):
    dY, Z, gamma, eps = inputs.values()
    beta = np.zeros_like(gamma)
    m = Z.shape[1]

    def cost(Z, gamma, beta):  # dJ/dY = dY / m
        return np.sum(dY * (gamma * _normalised(Z, eps)[0] + beta)) / m

    return {
        "dZ": m * numerical_gradient(lambda Z: cost(Z, gamma, beta), Z),
        "dgamma": numerical_gradient(lambda g: cost(Z, g, beta), gamma),
        "dbeta": numerical_gradient(lambda b: cost(Z, gamma, b), beta),
    }


def _batchnorm_clues(inputs):
    dY, Z, gamma, eps = inputs.values()
    m = Z.shape[1]
    Z_hat, scale = _normalised(Z, eps)
    dZ_hat = gamma * dY

    def answer(Z_hat, scale, axis=1):  # dZ and dgamma from these statistics
        mean = functools.partial(np.mean, axis=axis, keepdims=True)
        return {
            "dZ": (dZ_hat - mean(dZ_hat) - Z_hat * mean(dZ_hat * Z_hat))
            / scale,
            "dgamma": np.sum(dY * Z_hat, axis=1, keepdims=True) / m,
        }

    return Clues(
        mistakes={
            "the mean and variance held constant (they depend on every "
            "example)": {"dZ": dZ_hat / scale},
            "statistics over the wrong axis (axis=0 averages the units)": {
                "dZ": answer(*_normalised(Z, eps, axis=0), axis=0)["dZ"]
            },
            "eps left out of the square root": answer(*_normalised(Z, 0)),
            "the variance divided by m - 1 (ddof=1), where batch norm "
            "divides by m": answer(*_normalised(Z, eps, ddof=1)),
            "dgamma from the raw Z, where Z_hat belongs": {
                "dgamma": np.sum(dY * Z, axis=1, keepdims=True) / m
            },
            "dgamma from Z - mean, not divided by sqrt(variance + eps)": {
                "dgamma": np.sum(dY * Z_hat * scale, axis=1, keepdims=True) / m
            },
        },
        terms={
            "dZ": {
                "the term through the mean": np.broadcast_to(
                    -dZ_hat.mean(axis=1, keepdims=True) / scale, Z.shape
                ),
                "the term through the variance": -Z_hat
                * (dZ_hat * Z_hat).mean(axis=1, keepdims=True)
                / scale,
            }
        },
        per_unit={
            "1/gamma (gamma left out)": 1 / gamma,
            "gamma (gamma twice)": gamma,
            "sqrt(variance + eps) (the division by it left out)": scale,
            "1/sqrt(variance + eps) (divided by it twice)": 1 / scale,
        },
        summands={"dgamma": dY * Z_hat / m, "dbeta": dY / m},
    )


@exercise(
    "batchnorm-backward",
    starter='''def batchnorm_backward(dY, Z, gamma, eps):
    """The gradients of batch normalisation, Y = gamma * Z_hat + beta, where
    Z_hat = (Z - mean) / sqrt(variance + eps) and the mean and variance of
    each unit (row) are taken over the m examples (columns).

    dY and Z are (n, m), gamma is (n, 1). Return dZ (n, m), a gradient of the
    summed loss, and dgamma, dbeta (n, 1), gradients of the mean cost J.
    """
    ...  # your code here: return dZ, dgamma, dbeta''',
    gradients=_batchnorm_gradients,
    clues=_batchnorm_clues,
    returns=("dZ", "dgamma", "dbeta"),
    cases=[
        {"n": n, "m": m, "eps": eps}
        for (n, m), eps in zip(
            [(3, 5), (4, 6), (2, 7), (3, 3)],
            (1e-3, 0.1, 1e-5, 0.5),
            strict=True,
        )
    ],
)
def _batchnorm_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {
        "dY": rng.standard_normal(shape),
        "Z": 2 * rng.standard_normal(shape) + 1,
        "gamma": 1 + rng.random((case["n"], 1)),
        "eps": case["eps"],
    }
