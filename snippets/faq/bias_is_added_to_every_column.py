"""W X + b with b of shape (n, 1) is W X + b 1.T: b copied into every
column. Backward, the copy becomes a sum over the columns: dJ/db is
np.sum(dZ, axis=1, keepdims=True) / m, which finite differences confirm."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, sigmoid

rng = np.random.default_rng(1)
n, p, m = 3, 2, 4
W, X = rng.standard_normal((n, p)), rng.standard_normal((p, m))
b = rng.standard_normal((n, 1))
Y = (rng.random((n, m)) < 0.5).astype(float)

ones = np.ones((m, 1))  # the column 1_m
copied = np.allclose(W @ X + b, W @ X + b @ ones.T)
dZ = sigmoid(W @ X + b) - Y  # the course's dZ, of the summed loss
db = np.sum(dZ, axis=1, keepdims=True) / m  # = dZ @ ones / m
numeric = numerical_gradient(lambda b: cost(sigmoid(W @ X + b), Y), b)
matches = relative_error(db, numeric) < 1e-7
print(f"W @ X + b equals W @ X + b @ ones.T: {copied}")
summed = np.allclose(db, dZ @ ones / m)
print(f"np.sum(dZ, axis=1, keepdims=True) equals dZ @ ones: {summed}")
print(f"db {db.shape} matches finite differences: {matches}")

assert copied and summed and matches
