"""With as many examples as units (n = m = 3), both
np.sum(dZ, axis=1, keepdims=True) and np.sum(dZ, axis=0, keepdims=True).T
have the shape of b. Only the sum over the examples, axis=1, is the
gradient."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, sigmoid

rng = np.random.default_rng(4)
n, p, m = 3, 2, 3
W, X = rng.standard_normal((n, p)), rng.standard_normal((p, m))
b = rng.standard_normal((n, 1))
Y = (rng.random((n, m)) < 0.5).astype(float)

dZ = sigmoid(W @ X + b) - Y  # (n, m), one column per example
numeric = numerical_gradient(lambda b: cost(sigmoid(W @ X + b), Y), b)
over_examples = np.sum(dZ, axis=1, keepdims=True) / m  # (n, 1)
over_units = np.sum(dZ, axis=0, keepdims=True).T / m  # (m, 1): also (3, 1)
candidates = {
    "np.sum(dZ, axis=1, keepdims=True) / m": over_examples,
    "np.sum(dZ, axis=0, keepdims=True).T / m": over_units,
}
matches = {}
for text, value in candidates.items():
    matches[text] = relative_error(value, numeric) < 1e-7
    print(f"{text:40} {value.shape}  matches: {matches[text]}")

assert list(matches.values()) == [True, False]
