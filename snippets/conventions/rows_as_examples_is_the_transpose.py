"""Z = W X + b with examples in columns is Z.T = X.T W.T + b.T with examples
in rows. CS231n writes the second as Y = X W + b with its own W, the course's
W.T; PyTorch's nn.Linear keeps the course's W as its weight and computes
x W.T + b. All three give the same numbers, the course's transposed."""

import numpy as np

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)
n_in, n_out, m = 3, 2, 4

# The course: examples in columns.
W = rng.standard_normal((n_out, n_in))  # (n_out, n_in)
X = rng.standard_normal((n_in, m))  # (n_in, m)
b = rng.standard_normal((n_out, 1))  # (n_out, 1)
Z = W @ X + b  # (n_out, m)

# CS231n: examples in rows, and the weight matrix the other way round.
X_rows = X.T  # (m, n_in)
W_cs231n = W.T  # (n_in, n_out)
b_cs231n = b.T  # (1, n_out): added to every row
Y_cs231n = X_rows @ W_cs231n + b_cs231n  # (m, n_out)

# nn.Linear(n_in, n_out): weight (n_out, n_in) is the course's W; bias is flat.
weight, bias = W, b.ravel()  # (n_out, n_in), (n_out,)
Y_linear = X_rows @ weight.T + bias  # (m, n_out)

# The definition, one entry at a time: example j, output unit i.
loops = np.zeros((m, n_out))
for j in range(m):
    for i in range(n_out):
        loops[j, i] = sum(W[i, p] * X[p, j] for p in range(n_in)) + b[i, 0]

rows = [
    ("course", "Z = W @ X + b", Z, "W", W),
    ("CS231n", "Y = X @ W + b", Y_cs231n, "W", W_cs231n),
    ("nn.Linear", "Y = X @ weight.T + bias", Y_linear, "weight", weight),
]
for book, formula, out, name, weights in rows:
    print(f"{book:10} {formula:24} {out.shape}  {name} {weights.shape}")
for name, Y in [
    ("course Z.T", Z.T),
    ("CS231n", Y_cs231n),
    ("nn.Linear", Y_linear),
]:
    equal = np.allclose(Y, loops)
    print(f"{name:10} equals the loops: {equal}")
    assert equal

# The course's W pasted into CS231n's formula does not even multiply here.
try:
    X_rows @ W
except ValueError as error:
    print(f"X @ W with the course's W {W.shape}: {type(error).__name__}")
else:
    raise AssertionError("(4, 3) @ (2, 3) should not multiply")
