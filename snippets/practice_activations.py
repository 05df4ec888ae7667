"""The activations page's exercises: leaky ReLU's and softplus' backward
steps, dZ = dA * g'(Z), entry by entry.

    from practice_activations import check
    check("softplus-backward", softplus_backward)
"""

import numpy as np
from clues import (
    Clues,
    Slope,
    away_from_zero,
    sigmoid,
    signs_of,
    upstream_cost,
)
from gradcheck import numerical_gradient
from practice import check, exercise

__all__ = ["check"]

SHAPES = [(3, 5), (4, 2), (2, 6), (3, 3)]


def leaky_relu(Z, alpha):
    return np.where(Z > 0, Z, alpha * Z)


def softplus(Z):
    return np.logaddexp(0, Z)


def elementwise_clues(dA, Z, slope, right, places, alpha=None):
    """What a backward step dZ = dA * g'(Z) can get wrong."""
    return Clues(
        mistakes={
            "@ instead of *: the derivative enters entry by entry": {
                "dZ": dA @ slope if dA.shape[1] == slope.shape[0] else None
            },
            "dA is missing: the derivative alone is not dZ": {"dZ": slope},
        },
        regions=signs_of(Z),
        slope=Slope(
            right, "Z", places, lambda local: {"dZ": dA * local}, alpha
        ),
    )


# --8<-- [start:leaky_relu_clues]
def _leaky_relu_clues(inputs):
    dA, Z, alpha = inputs.values()
    clues = elementwise_clues(
        dA,
        Z,
        np.where(Z > 0, 1.0, alpha),
        "leaky ReLU' (1 where > 0, else alpha)",
        {"Z": Z},
        alpha,
    )
    clues.mistakes |= {
        "ReLU's derivative: the slope alpha for z < 0 is missing": {
            "dZ": dA * (Z > 0)
        },
        "the slopes swapped (alpha where z > 0, 1 where z < 0)": {
            "dZ": dA * np.where(Z > 0, alpha, 1.0)
        },
    }
    clues.factors = {"alpha": (alpha, "alpha everywhere")}
    return clues


# --8<-- [end:leaky_relu_clues]


@exercise(
    "leaky-relu-backward",
    starter='''def leaky_relu_backward(dA, Z, alpha):
    """dZ for A = leaky_relu(Z) = Z where Z > 0, alpha * Z elsewhere.

    dA and Z have shape (n, m); return dZ, of shape (n, m).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": numerical_gradient(
            upstream_cost(
                inputs["dA"], lambda Z: leaky_relu(Z, inputs["alpha"])
            ),
            inputs["Z"],
        )
    },
    clues=_leaky_relu_clues,
    returns=("dZ",),
    cases=[
        {"n": n, "m": m, "alpha": alpha}
        for (n, m), alpha in zip(SHAPES, (0.1, 0.2, 0.05, 0.3), strict=True)
    ],
)
def _leaky_relu_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {
        "dA": rng.standard_normal(shape),
        "Z": away_from_zero(rng, shape),
        "alpha": case["alpha"],
    }


# --8<-- [start:softplus_clues]
def _softplus_clues(inputs):
    dA, Z = inputs.values()
    s = sigmoid(Z)
    clues = elementwise_clues(
        dA, Z, s, "sigmoid (softplus' = sigmoid)", {"Z": Z, "A": softplus(Z)}
    )
    clues.mistakes |= {
        "sigmoid's own derivative s(1 - s): softplus' = sigmoid": {
            "dZ": dA * s * (1 - s)
        },
        "the derivative at A = softplus(Z) instead of at Z": {
            "dZ": dA * sigmoid(softplus(Z))
        },
    }
    return clues


# --8<-- [end:softplus_clues]


@exercise(
    "softplus-backward",
    starter='''def softplus_backward(dA, Z):
    """dZ for A = softplus(Z) = log(1 + exp(Z)), entry by entry.

    dA and Z have shape (n, m); return dZ, of shape (n, m).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": numerical_gradient(
            upstream_cost(inputs["dA"], softplus), inputs["Z"]
        )
    },
    clues=_softplus_clues,
    returns=("dZ",),
    cases=[{"n": n, "m": m} for n, m in SHAPES],
)
def _softplus_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {"dA": rng.standard_normal(shape), "Z": rng.standard_normal(shape)}
