"""For L = -sum_i y_i log s_i with s = softmax(z), dL/dz = s (sum of y) - y:
that is s - y exactly when the entries of y sum to 1. Over a batch of
one-hot columns, the summed loss has gradient S - Y."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded

np.set_printoptions(precision=4, suppress=True)


def softmax(Z):
    """Softmax of every column of Z."""
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def summed_loss(Z, Y):
    return -np.sum(Y * np.log(softmax(Z)))  # m J, over the columns


z = np.array([[1.0], [2.0], [0.5]])  # one example: a column
s = softmax(z)
labels = {
    "one-hot": np.array([[0.0], [1.0], [0.0]]),  # sums to 1
    "smoothed": np.array([[0.1], [0.8], [0.1]]),  # sums to 1
    "sums to 1.5": np.array([[0.5], [1.0], [0.0]]),  # not a distribution
}
for name, y in labels.items():
    numeric = numerical_gradient(lambda z, y=y: summed_loss(z, y), z)
    general = s * y.sum() - y
    is_s_minus_y = np.allclose(numeric, s - y, atol=1e-7)
    print(
        f"{name:12} dL/dz = {rounded(numeric.T)}  equals s - y: {is_s_minus_y}"
    )
    assert relative_error(general, numeric) < 1e-7
    assert is_s_minus_y == np.isclose(y.sum(), 1.0)

# A batch: m one-hot columns. The gradient of the summed loss is S - Y.
rng = np.random.default_rng(0)
n, m = 3, 4
Z = rng.standard_normal((n, m))
Y = np.eye(n)[:, rng.integers(n, size=m)]  # one-hot columns
numeric = numerical_gradient(lambda Z: summed_loss(Z, Y), Z)
error = relative_error(softmax(Z) - Y, numeric)
print(f"batch, S - Y: relative error {bound(error)}")
assert error < 1e-7  # not linear: truncation error counts
