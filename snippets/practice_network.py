"""The two-layer page's exercise: the backward pass of the week-3 network
(tanh hidden layer, sigmoid output, mean binary cross-entropy).

    from practice_network import check
    check("two-layer-backward", two_layer_backward)
"""

import numpy as np
from clues import Clues, Slope
from gradcheck import numerical_gradient
from network import cost_as_function_of, example, two_layer_forward
from practice import check, exercise

__all__ = ["check"]


def _two_layer_gradients(inputs):
    X, Y, params, _ = inputs.values()
    return {
        "d" + name: numerical_gradient(
            cost_as_function_of(name, X, Y, params), value
        )
        for name, value in params.items()
    }


# --8<-- [start:two_layer_clues]
def _two_layer_clues(inputs):
    X, Y, params, cache = inputs.values()
    m = X.shape[1]
    W2, Z1, A1 = params["W2"], cache["Z1"], cache["A1"]
    dZ2 = cache["A2"] - Y

    def rebuild(local, dA1=W2.T @ dZ2):
        """dW1 and db1 with `local` where tanh'(Z1) belongs."""
        dZ1 = dA1 * local
        return {
            "dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        }

    square = X.shape[1] == W2.shape[0] == W2.shape[1]
    mistakes = {
        "sigmoid's derivative A1 (1 - A1) where tanh's belongs": rebuild(
            A1 * (1 - A1)
        ),
        "tanh's derivative at A1 instead of at Z1 (1 - tanh(A1)**2)": rebuild(
            1 - np.tanh(A1) ** 2
        ),
        "1 - Z1**2: tanh' written with Z1 where A1 belongs": rebuild(1 - Z1**2),
    }
    if square:
        mistakes["the scalar chain rule's order (dZ2 @ W2.T for dA1)"] = (
            rebuild(1 - A1**2, dZ2 @ W2.T)
        )
    return Clues(
        mistakes=mistakes,
        summands={
            "db2": dZ2 / m,
            "db1": (W2.T @ dZ2) * (1 - A1**2) / m,
        },
        slope=Slope("tanh' = 1 - tanh^2", "Z1", {"Z1": Z1, "A1": A1}, rebuild),
    )


# --8<-- [end:two_layer_clues]


@exercise(
    "two-layer-backward",
    starter='''def two_layer_backward(X, Y, params, cache):
    """The backward pass of the week-3 network (tanh hidden layer, sigmoid
    output, mean binary cross-entropy), as in snippets/network.py.

    X (n0, m), Y (n2, m); params has W1 (n1, n0), b1 (n1, 1), W2 (n2, n1),
    b2 (n2, 1); cache has Z1, A1 (n1, m) and Z2, A2 (n2, m). Return a dict
    with dW1, db1, dW2, db2: gradients of the mean cost J.
    """
    ...  # your code here: return {"dW1": dW1, "db1": db1, ...}''',
    gradients=_two_layer_gradients,
    clues=_two_layer_clues,
    returns=("dW1", "db1", "dW2", "db2"),
    cases=[
        {"n0": 3, "n1": 5, "n2": 2, "m": 7},
        {"n0": 4, "n1": 2, "n2": 3, "m": 6},
        {"n0": 2, "n1": 4, "n2": 3, "m": 5},
        {"n0": 3, "n1": 3, "n2": 3, "m": 3},
    ],
    chain=(
        (("dW2", "db2"), "dZ2 = A2 - Y"),
        (("dW1", "db1"), "dZ1 = (W2.T @ dZ2) * g'(Z1)"),
    ),
)
def _two_layer_inputs(case, rng):
    X, Y, params = example(
        case["n0"],
        case["n1"],
        case["n2"],
        case["m"],
        seed=int(rng.integers(1000)),
    )
    _, cache = two_layer_forward(X, params)
    return {"X": X, "Y": Y, "params": params, "cache": cache}
