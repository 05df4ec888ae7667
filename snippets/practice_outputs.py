"""The output-layers page's exercises: dZ of a linear output with the
squared error, and of a softmax with cross-entropy.

    from practice_outputs import check
    check("mse-linear-backward", mse_linear_backward)
"""

import numpy as np
from clues import Clues
from gradcheck import numerical_gradient
from network import softmax
from practice import check, exercise

__all__ = ["check"]

SHAPES = [(3, 5), (4, 2), (2, 6), (3, 3)]


# --8<-- [start:mse_clues]
def _mse_clues(inputs):
    A, Y = inputs.values()
    return Clues(
        mistakes={
            "the loss itself, (A - Y)**2 / 2, not its derivative": {
                "dZ": (A - Y) ** 2 / 2
            },
        },
        factors={"2": (2.0, "the square's derivative without its 1/2")},
    )


# --8<-- [end:mse_clues]


@exercise(
    "mse-linear-backward",
    starter='''def mse_linear_backward(A, Y):
    """dZ of a linear output layer, A = Z, for the cost
    J = (1/m) * sum over examples of (1/2) * ||a - y||^2.

    A and Y have shape (n, m). Return dZ (n, m), the gradient of the summed
    loss m J by Z.
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": inputs["A"].shape[1]
        * numerical_gradient(
            lambda Z: np.sum((Z - inputs["Y"]) ** 2) / 2 / Z.shape[1],
            inputs["A"],
        )
    },
    clues=_mse_clues,
    returns=("dZ",),
    cases=[{"n": n, "m": m} for n, m in SHAPES],
)
def _mse_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {"A": rng.standard_normal(shape), "Y": rng.standard_normal(shape)}


def _softmax_clues(inputs):
    Z, Y = inputs.values()
    S = softmax(Z)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return Clues(
        mistakes={
            "a softmax over the wrong axis (the examples, axis=1)": {
                "dZ": E / E.sum(axis=1, keepdims=True) - Y
            },
            "only the diagonal of the softmax's Jacobian (it is not "
            "elementwise)": {"dZ": -Y * (1 - S)},
            "Y - S: the sign of the cross-entropy's derivative flipped": {
                "dZ": Y - S
            },
            "a sigmoid on each entry where the softmax of each column "
            "belongs": {"dZ": 1 / (1 + np.exp(-Z)) - Y},
            "a softmax over the whole matrix (axis=None), not each column": {
                "dZ": np.exp(Z) / np.exp(Z).sum() - Y
            },
            "dA = -Y / S, the gradient by A: the softmax's Jacobian is "
            "missing": {"dZ": -Y / S},
        },
        regions={
            "where Y is 1 (the true class)": Y == 1,
            "where Y is 0": Y == 0,
        },
        terms={"dZ": {"the -Y of the cross-entropy": -Y, "the softmax S": S}},
    )


@exercise(
    "softmax-cross-entropy-backward",
    starter='''def softmax_cross_entropy_backward(Z, Y):
    """dZ for A = softmax(Z), taken over each column, with the cost
    J = -(1/m) * sum of Y * log(A).

    Z (n, m) holds one example per column; Y (n, m) is one-hot. Return dZ
    (n, m), the gradient of the summed loss m J by Z.
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": numerical_gradient(
            lambda Z: -np.sum(inputs["Y"] * np.log(softmax(Z))), inputs["Z"]
        )
    },
    clues=_softmax_clues,
    returns=("dZ",),
    cases=[{"n": n, "m": m} for n, m in SHAPES],
)
def _softmax_inputs(case, rng):
    n, m = case["n"], case["m"]
    Y = np.eye(n)[:, rng.integers(0, n, m)]  # one class per column
    return {"Z": rng.standard_normal((n, m)), "Y": Y}
