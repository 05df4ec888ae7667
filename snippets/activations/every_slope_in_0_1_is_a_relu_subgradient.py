"""s is a subgradient of ReLU at 0 when the line s z stays below the graph,
relu(z) >= relu(0) + s z for every z: true exactly for s in [0, 1]."""

import numpy as np


def relu(z):
    return np.maximum(z, 0)


z = np.linspace(-2, 2, 401)  # includes negative, zero and positive z
for s in [-0.5, 0.0, 0.5, 1.0, 1.5]:
    below = bool(np.all(relu(z) >= relu(0.0) + s * z))
    print(f"s = {s:4}: relu(z) >= s z for every z: {below}")
    assert below == (0 <= s <= 1), s
