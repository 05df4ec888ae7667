"""The differentials page's exercise: a tied autoencoder, where W is used
twice and its gradient adds one term for each use.

    from practice_autoencoder import check
    check("tied-autoencoder-backward", tied_autoencoder_backward)
"""

import numpy as np
from clues import Clues, Slope
from gradcheck import numerical_gradient
from practice import check, exercise

__all__ = ["check"]


def _tied_cost(X, W):
    return np.sum((W.T @ np.tanh(W @ X) - X) ** 2) / 2


# --8<-- [start:tied_clues]
def _tied_clues(inputs):
    X, W = inputs.values()
    H = np.tanh(W @ X)
    R = W.T @ H - X  # the gradient of L by the reconstruction
    encoder = (W @ R) * (1 - H**2) @ X.T
    decoder = H @ R.T

    def rebuild(local):  # dW with `local` where tanh'(W X) belongs
        return {"dW": ((W @ R) * local) @ X.T + decoder}

    return Clues(
        mistakes={
            "only the encoder's use of W (gradients add where W is used "
            "twice)": {"dW": encoder},
            "only the decoder's use of W (gradients add where W is used "
            "twice)": {"dW": decoder},
            "the decoder's term not transposed (R H.T is the gradient by "
            "W.T)": {"dW": encoder + R @ H.T if R.shape == H.shape else None},
            "tanh's derivative missing from the encoder's term": {
                "dW": (W @ R) @ X.T + decoder
            },
        },
        terms={
            "dW": {
                "the decoder's term H R.T": decoder,
                "the encoder's term ((W R) * (1 - H**2)) X.T": encoder,
            }
        },
        slope=Slope(
            "tanh' = 1 - tanh^2", "W X", {"W X": W @ X, "H": H}, rebuild
        ),
    )


# --8<-- [end:tied_clues]


@exercise(
    "tied-autoencoder-backward",
    starter='''def tied_autoencoder_backward(X, W):
    """dL/dW for an autoencoder whose decoder reuses the encoder's weights:
    H = tanh(W X), X_hat = W.T H, L = 1/2 * (sum of the squares of X_hat - X).

    X is (n, m), W is (k, n). Return dW, of shape (k, n).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dW": numerical_gradient(
            lambda W: _tied_cost(inputs["X"], W), inputs["W"]
        )
    },
    clues=_tied_clues,
    returns=("dW",),
    cases=[
        {"n": 4, "k": 2, "m": 5},
        {"n": 3, "k": 5, "m": 6},
        {"n": 2, "k": 4, "m": 7},
        {"n": 3, "k": 3, "m": 3},
    ],
)
def _tied_inputs(case, rng):
    return {
        "X": rng.standard_normal((case["n"], case["m"])),
        "W": rng.standard_normal((case["k"], case["n"])) / 2,
    }
