"""The Jacobian page's exercise: the backward step of a layer Z = W A + b.

from practice_linear import check
check("linear-backward", linear_backward)
"""

import numpy as np
from clues import Clues
from gradcheck import numerical_gradient
from practice import check, exercise

__all__ = ["LAYER_SHAPES", "check", "linear_cost", "linear_inputs"]

LAYER_SHAPES = [(3, 5, 7), (4, 2, 6), (2, 4, 5), (3, 3, 3)]


def linear_cost(dZ, A, W, b):
    """J with dJ/dZ = dZ / m: dZ is the gradient of the summed loss."""
    return np.sum(dZ * (W @ A + b)) / A.shape[1]


def _linear_gradients(inputs):
    dZ, A, W = inputs.values()
    b = np.zeros((W.shape[0], 1))
    m = A.shape[1]
    return {
        "dW": numerical_gradient(lambda W: linear_cost(dZ, A, W, b), W),
        "db": numerical_gradient(lambda b: linear_cost(dZ, A, W, b), b),
        "dA": m * numerical_gradient(lambda A: linear_cost(dZ, A, W, b), A),
    }


# --8<-- [start:linear_clues]
def _linear_clues(inputs):
    dZ, A, W = inputs.values()
    m = A.shape[1]
    square = dZ.shape == A.shape == W.shape
    return Clues(
        mistakes={
            "the scalar chain rule's order (dZ @ W.T for dA)": {
                "dA": dZ @ W.T if square else None
            },
            "the scalar chain rule's order (dZ @ A / m for dW)": {
                "dW": dZ @ A / m if square else None
            },
            "W without its transpose (W @ dZ for dA)": {
                "dA": W @ dZ if square else None
            },
        },
        summands={"db": dZ / m},
    )


# --8<-- [end:linear_clues]


@exercise(
    "linear-backward",
    starter='''def linear_backward(dZ, A, W):
    """The gradients of a layer Z = W A + b.

    dZ (n, m) is the gradient of the summed loss by Z; A is (q, m) and W is
    (n, q). Return dW (n, q) and db (n, 1), gradients of the mean cost J, and
    dA (q, m), a gradient of the summed loss.
    """
    ...  # your code here: return dW, db, dA''',
    gradients=_linear_gradients,
    clues=_linear_clues,
    returns=("dW", "db", "dA"),
    cases=[{"n": n, "q": q, "m": m} for n, q, m in LAYER_SHAPES],
)
def linear_inputs(case, rng):
    n, q, m = case["n"], case["q"], case["m"]
    return {
        "dZ": rng.standard_normal((n, m)),
        "A": rng.standard_normal((q, m)),
        "W": rng.standard_normal((n, q)),
    }
