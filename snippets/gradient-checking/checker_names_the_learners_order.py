"""The exercise checker runs a backward pass with the learner's order,
dA1 = dZ2 @ W2.T: on shapes that differ it raises, on the square one it
runs and the numbers fit the named mistake."""

import contextlib
import io

import numpy as np
from practice_network import check


def two_layer_backward(X, Y, params, cache):
    m = X.shape[1]
    W2, A1, A2 = params["W2"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dZ1 = (dZ2 @ W2.T) * (1 - A1**2)  # the order of the scalar chain rule
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        "dW2": dZ2 @ A1.T / m,
        "db2": np.sum(dZ2, axis=1, keepdims=True) / m,
    }


report = io.StringIO()
with contextlib.redirect_stdout(report):
    passed = check("two-layer-backward", two_layer_backward)
print(report.getvalue(), end="")

assert not passed
assert report.getvalue().count("the scalar chain rule's order") == 2
assert "dW2 right" in report.getvalue() and "db2 right" in report.getvalue()
assert "In 3 of 4 cases, your function raised" in report.getvalue()
