"""Every cell of the 2 × 2 table: the input, weight and bias gradients of one
layer, with gradients in the shape of their variable or in numerator layout
(the transposed shape), and with examples in columns (Z = W A + b) or in
rows (Y = X W + b, whose W is the course's W.T). Each is checked against
finite differences of the mean cost J; the input gradient belongs to the
summed loss m J, so it is checked against m times those of J."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, sigmoid

rng = np.random.default_rng(2)
n_in, n_out, m = 3, 2, 4
W = rng.standard_normal((n_out, n_in))  # the course's W
A = rng.standard_normal((n_in, m))  # one example per column
b = rng.standard_normal((n_out, 1))
T = (rng.random((n_out, m)) < 0.5).astype(float)  # 0/1 labels, per column


def J_columns(A, W, b):
    """The mean cost with examples in columns: Z = W A + b is (n_out, m)."""
    return cost(sigmoid(W @ A + b), T)


def J_rows(X, W, b):
    """The same cost with examples in rows: Y = X W + b is (m, n_out)."""
    return cost(sigmoid(X @ W + b).T, T)


def check(cell, J, variables, gradients, layout):
    """Compare the cell's three gradients with finite differences."""
    print(cell)
    results = []
    for k, (name, gradient) in enumerate(gradients.items()):

        def J_of_one(value, k=k):
            return J(*[value if i == k else v for i, v in enumerate(variables)])

        numeric = numerical_gradient(J_of_one, variables[k])
        if layout == "numerator":
            numeric = numeric.T  # the transposed shape
        if k == 0:
            numeric = m * numeric  # the input's gradient is of m J
        results.append(relative_error(gradient, numeric) < 1e-7)
        print(f"  {name:8} {gradient.shape!s:7} matches: {results[-1]}")
    return all(results)


# The upstream gradient of the summed loss, examples in columns: (n_out, m).
dZ = sigmoid(W @ A + b) - T
# The same layer with examples in rows: Y = X Wr + br.
X, Wr, br = A.T, W.T, b.T  # (m, n_in), (n_in, n_out), (1, n_out)
dY = dZ.T  # (m, n_out)

# --8<-- [start:same_shape_columns]
dA = W.T @ dZ  # (n_in, m)
dW = dZ @ A.T / m  # (n_out, n_in)
db = np.sum(dZ, axis=1, keepdims=True) / m  # (n_out, 1)
# --8<-- [end:same_shape_columns]
ok = [
    check(
        "same shape, examples in columns (the course)",
        J_columns,
        (A, W, b),
        {"dA": dA, "dW": dW, "db": db},
        "same shape",
    )
]

# --8<-- [start:same_shape_rows]
dX = dY @ Wr.T  # (m, n_in)
dWr = X.T @ dY / m  # (n_in, n_out)
dbr = np.sum(dY, axis=0, keepdims=True) / m  # (1, n_out)
# --8<-- [end:same_shape_rows]
ok.append(
    check(
        "same shape, examples in rows",
        J_rows,
        (X, Wr, br),
        {"dX": dX, "dW": dWr, "db": dbr},
        "same shape",
    )
)

# Numerator layout: d(mJ)/dZ laid out like Z.T, (m, n_out).
# --8<-- [start:numerator_columns]
G = dZ.T  # (m, n_out)
dA_num = G @ W  # (m, n_in)
dW_num = A @ G / m  # (n_in, n_out)
db_num = np.sum(G, axis=0, keepdims=True) / m  # (1, n_out)
# --8<-- [end:numerator_columns]
ok.append(
    check(
        "numerator, examples in columns",
        J_columns,
        (A, W, b),
        {"dA": dA_num, "dW": dW_num, "db": db_num},
        "numerator",
    )
)

# Numerator layout with rows: d(mJ)/dY laid out like Y.T, (n_out, m).
# --8<-- [start:numerator_rows]
G = dY.T  # (n_out, m)
dX_num = Wr @ G  # (n_in, m)
dWr_num = G @ X / m  # (n_out, n_in)
dbr_num = np.sum(G, axis=1, keepdims=True) / m  # (n_out, 1)
# --8<-- [end:numerator_rows]
ok.append(
    check(
        "numerator, examples in rows",
        J_rows,
        (X, Wr, br),
        {"dX": dX_num, "dW": dWr_num, "db": dbr_num},
        "numerator",
    )
)

assert all(ok)
