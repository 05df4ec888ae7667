"""np.sum(dZ, axis=1) drops the summed axis; keepdims=True keeps it, so db
has the shape of b. Without it, b - alpha * db broadcasts to n × n."""

import numpy as np

rng = np.random.default_rng(0)
n, m = 3, 4
dZ = rng.standard_normal((n, m))
b = np.zeros((n, 1))
alpha = 0.1

db_flat = np.sum(dZ, axis=1) / m
db = np.sum(dZ, axis=1, keepdims=True) / m
loops = np.array([[sum(dZ[i, j] for j in range(m)) / m] for i in range(n)])
print(f"dZ {dZ.shape}, b {b.shape}")
print(f"np.sum(dZ, axis=1)                 {db_flat.shape}")
print(f"np.sum(dZ, axis=1, keepdims=True)  {db.shape}")
print(f"b - alpha * db, flat db            {(b - alpha * db_flat).shape}")
print(f"b - alpha * db, keepdims           {(b - alpha * db).shape}")

assert np.allclose(db, loops)  # the row sums, one per unit, as a column
assert (b - alpha * db).shape == b.shape
assert (b - alpha * db_flat).shape == (n, n)
