"""Without keepdims, db1 loses its column shape; the update b1 - α db1
broadcasts into an n1 × n1 matrix without an error, and the next forward
pass fails far from the cause, or, when m = n1 or m = 1 (one example, as
in stochastic gradient descent), silently computes nonsense."""

import numpy as np
from network import example, two_layer_forward

X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
dZ1 = params["W2"].T @ (A2 - Y) * (1 - cache["A1"] ** 2)  # (4, 5)
b1, alpha, m = params["b1"], 0.1, X.shape[1]

db1 = np.sum(dZ1, axis=1, keepdims=True) / m
db1_flat = np.sum(dZ1, axis=1) / m  # keepdims forgotten
print(f"b1 has shape {b1.shape}")
for label, db in [("with keepdims", db1), ("without keepdims", db1_flat)]:
    update = b1 - alpha * db
    print(
        f"{label + ':':18} db1 {db.shape!s:7} b1 - alpha * db1 {update.shape}"
    )
broken_b1 = b1 - alpha * db1_flat
try:
    params["W1"] @ X + broken_b1
except ValueError as error:
    print(f"next forward pass, W1 @ X + b1:\n    {str(error).strip()}")
else:
    raise AssertionError("the (4, 4) bias should not broadcast with m = 5")

# With as many examples as hidden units (m = n1 = 4), or with one example
# ((4, 1) + (4, 4) is (4, 4)), it runs, and is wrong.
for m_next in (4, 1):
    X_next = X[:, :m_next]
    silent = params["W1"] @ X_next + broken_b1
    intended = params["W1"] @ X_next + b1
    same = silent.shape == intended.shape and np.allclose(silent, intended)
    print(
        f"with m = {m_next} it runs, Z1 {silent.shape}; "
        f"same as with the right b1: {same}"
    )
    assert not same and silent.shape == (4, 4)

assert (b1 - alpha * db1).shape == b1.shape
assert broken_b1.shape == (4, 4)
