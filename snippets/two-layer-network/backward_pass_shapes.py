"""Every line of the backward pass, drawn to scale: one square per entry.
The shapes come from running the pass on week-3 sizes (n0, n1, n2, m)."""

import numpy as np
from figures import rect, svg, text
from gradcheck import numerical_gradient, relative_error
from network import (
    cost,
    example,
    sigmoid,
    two_layer_backward,
    two_layer_forward,
)

X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
grads = two_layer_backward(X, Y, params, cache)
W2, A1 = params["W2"], cache["A1"]
dZ2 = A2 - Y
dA1 = W2.T @ dZ2
dZ1 = dA1 * (1 - A1**2)

# Each line: the result, then the operands and operators that produce it.
lines = [
    [("dZ2", dZ2), "=", ("A2", A2), "-", ("Y", Y)],
    [("dW2", grads["dW2"]), "=", ("dZ2", dZ2), "@", ("A1.T", A1.T), "/ m"],
    [("db2", grads["db2"]), "=", "row sums of", ("dZ2", dZ2), "/ m"],
    [("dA1", dA1), "=", ("W2.T", W2.T), "@", ("dZ2", dZ2)],
    [("dZ1", dZ1), "=", ("dA1", dA1), "*", ("1 - A1**2", 1 - A1**2)],
    [("dW1", grads["dW1"]), "=", ("dZ1", dZ1), "@", ("X.T", X.T), "/ m"],
    [("db1", grads["db1"]), "=", "row sums of", ("dZ1", dZ1), "/ m"],
]

size, parts, y, widest = 13, [], 10, 0


def slot_width(name, array):
    """Room for a matrix and its caption, e.g. "dW2 1×4"."""
    return max(array.shape[1] * size, 7.5 * len(f"{name} 1×1"))


result_slot = max(slot_width(*line[0]) for line in lines)  # aligns the "="
for line in lines:
    tallest = max(item[1].shape[0] for item in line if isinstance(item, tuple))
    middle, x = y + tallest * size / 2, 10
    for position, item in enumerate(line):
        if isinstance(item, str):  # an operator between matrices
            step = 14 + 7 * len(item)
            parts.append(text(x + step / 2, middle + 4, item, "label"))
            x += step
            continue
        name, array = item
        rows, columns = array.shape
        slot = result_slot if position == 0 else slot_width(name, array)
        left, top = x + (slot - columns * size) / 2, middle - rows * size / 2
        kind = "cell on" if name.startswith("d") else "cell"
        for r, c in np.ndindex(rows, columns):
            parts.append(
                rect(left + c * size, top + r * size, size, size, kind)
            )
        caption = f"{name} {rows}×{columns}"
        parts.append(
            text(x + slot / 2, top + rows * size + 14, caption, "note")
        )
        x += slot + 6
    widest, y = max(widest, x), y + tallest * size + 34


def spoken(item):
    """An item of a line as words: 'dW2 (1 by 4)' or an operator."""
    if isinstance(item, str):
        return item
    return f"{item[0]} ({item[1].shape[0]} by {item[1].shape[1]})"


steps = "; ".join(" ".join(map(spoken, line)) for line in lines)
print(
    svg(
        round(widest + 10),
        y,
        "Shapes of the two-layer backward pass",
        parts,
        "Each line of the backward pass drawn as grids of squares, one square "
        f"per entry, gradients shaded: {steps}.",
    )
)

# The picture's claims, checked against the forward pass and the parameters
# rather than against the arrays drawn: every gradient has the shape of its
# variable ...
for name in ("W1", "b1", "W2", "b2"):
    assert grads["d" + name].shape == params[name].shape, name
for name, gradient in [("Z2", dZ2), ("A1", dA1), ("Z1", dZ1)]:
    assert gradient.shape == cache[name].shape, name
# ... and holds the right numbers: finite differences of m J.
m = X.shape[1]
b2 = params["b2"]
for name, gradient, J_of in [
    ("dZ2", dZ2, lambda Z2: cost(sigmoid(Z2), Y)),
    ("dA1", dA1, lambda A1: cost(sigmoid(W2 @ A1 + b2), Y)),
    ("dZ1", dZ1, lambda Z1: cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y)),
]:
    numeric = m * numerical_gradient(J_of, cache[name[1:]])
    assert relative_error(gradient, numeric) < 1e-7, name
