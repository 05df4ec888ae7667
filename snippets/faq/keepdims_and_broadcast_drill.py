"""The keepdims and broadcast drill: the shape of each expression, for b of
shape (3, 1) and dZ of shape (3, 4), checked against the rule that
broadcasting stretches axes of length 1 (and prepends missing ones)."""

import numpy as np

rng = np.random.default_rng(3)
b = rng.standard_normal((3, 1))
dZ = rng.standard_normal((3, 4))

expressions = {
    "np.sum(dZ, axis=1)": np.sum(dZ, axis=1),
    "np.sum(dZ, axis=1, keepdims=True)": np.sum(dZ, axis=1, keepdims=True),
    "np.sum(dZ, axis=0, keepdims=True)": np.sum(dZ, axis=0, keepdims=True),
    "b - np.sum(dZ, axis=1)": b - np.sum(dZ, axis=1),
    "b - np.sum(dZ, axis=1, keepdims=True)": b
    - np.sum(dZ, axis=1, keepdims=True),
    "dZ + b": dZ + b,
}
expected = {
    "np.sum(dZ, axis=1)": (3,),
    "np.sum(dZ, axis=1, keepdims=True)": (3, 1),
    "np.sum(dZ, axis=0, keepdims=True)": (1, 4),
    "b - np.sum(dZ, axis=1)": (3, 3),  # (3, 1) against (1, 3)
    "b - np.sum(dZ, axis=1, keepdims=True)": (3, 1),
    "dZ + b": (3, 4),  # b copied into every column
}
for text, value in expressions.items():
    print(f"{text:38} {value.shape}")
    assert value.shape == expected[text], text

# What the broadcasts compute, entry by entry.
flat = np.sum(dZ, axis=1)
outer = b - flat
assert all(outer[i, k] == b[i, 0] - flat[k] for i in range(3) for k in range(3))
plus = dZ + b
assert all(plus[i, j] == dZ[i, j] + b[i, 0] for i in range(3) for j in range(4))
