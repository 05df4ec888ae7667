"""Examples as rows, with the course's own W2: Z2ᵀ = A1ᵀ W2ᵀ, and the chain
rule gives dA1ᵀ = dZ2ᵀ W2, the scalar order with no transpose on W2.
CS231n writes the same layer as Y = X W, so its W is W2ᵀ and its
dX = dY Wᵀ is the same product."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)
n1, n2, m = 4, 3, 5
W2 = rng.standard_normal((n2, n1))  # (3, 4), the course's weights
A1 = rng.standard_normal((n1, m))  # (4, 5), one example per column
dZ2 = rng.standard_normal((n2, m))  # (3, 5), the upstream gradient


def loss(A1):
    return np.sum(dZ2 * (W2 @ A1))  # a loss whose gradient by Z2 is dZ2


# Rows layout: X = A1ᵀ (5, 4) holds one example per row.
rows = dZ2.T @ W2  # (5, 3)(3, 4) -> (5, 4): dA1ᵀ, the scalar order
numeric_rows = numerical_gradient(lambda X: loss(X.T), A1.T)  # by X = A1ᵀ
rows_error = relative_error(rows, numeric_rows)
print(
    f"rows:    dA1.T = dZ2.T @ W2, shape {rows.shape}, "
    f"relative error {bound(rows_error)}"
)

# Columns layout, the course: the transpose of the same array.
columns = W2.T @ dZ2  # (4, 3)(3, 5) -> (4, 5)
numeric = numerical_gradient(loss, A1)  # by A1
columns_error = relative_error(columns, numeric)
print(
    f"columns: dA1   = W2.T @ dZ2, shape {columns.shape}, "
    f"relative error {bound(columns_error)}"
)

# CS231n's Y = X W with X = A1ᵀ and Y = Z2ᵀ: its W is the course's W2ᵀ.
X, W, dY = A1.T, W2.T, dZ2.T  # (5, 4), (4, 3), (5, 3)
same_layer = np.allclose(X @ W, (W2 @ A1).T)
same_gradient = np.array_equal(dY @ W.T, rows)
print(f"CS231n's W = W2.T, shape {W.shape}; X @ W equals Z2.T: {same_layer}")
print(f"CS231n's dX = dY @ W.T equals dZ2.T @ W2: {same_gradient}")

assert rows_error < 1e-8 and columns_error < 1e-8  # linear in A1
assert same_layer
assert same_gradient  # W.T is W2: the same product
