"""deep_backward reads A1, ..., AL from the cache and never a Z, because
relu'(Z), tanh'(Z) and sigmoid'(Z) can each be computed from A = g(Z).
A cache of the activations alone gives the same gradients."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import (
    ACTIVATIONS,
    deep_backward,
    deep_example,
    deep_forward,
    derivative_from_output,
)


class RecordingDict(dict):
    """A dict that notes every key that is read from it."""

    def __init__(self, entries):
        super().__init__(entries)
        self.read = []

    def __getitem__(self, key):
        self.read.append(key)
        return super().__getitem__(key)


SIZES = [3, 5, 4, 6, 2]
NAMES = ["relu", "tanh", "sigmoid", "softmax"]
X, Y, params = deep_example(SIZES, NAMES, m=7, seed=2)
_, caches = deep_forward(X, params, NAMES)

recording = RecordingDict(caches)
grads = deep_backward(X, Y, params, recording, NAMES)
print("the backward pass read:", sorted(set(recording.read)))
print("and never:             ", [k for k in caches if k not in recording.read])
assert all(key.startswith("A") for key in recording.read)

# g'(Z) from A = g(Z), against finite differences of g at Z, entry by entry.
for l, name in enumerate(NAMES[:-1], start=1):
    Z, A = caches[f"Z{l}"], caches[f"A{l}"]
    g = ACTIVATIONS[name]
    numeric = numerical_gradient(lambda Z, g=g: np.sum(g(Z)), Z)  # g'(Z_ij)
    ok = relative_error(derivative_from_output(name, A), numeric) < 1e-7
    print(f"{name:7} g'(Z{l}) from A{l} agrees with finite differences:", ok)
    assert ok, name

only_activations = {k: v for k, v in caches.items() if k.startswith("A")}
again = deep_backward(X, Y, params, only_activations, NAMES)
same = all(np.array_equal(again[k], grads[k]) for k in grads)
print("the same gradients from A1, ..., A4 alone:", same)
assert same
