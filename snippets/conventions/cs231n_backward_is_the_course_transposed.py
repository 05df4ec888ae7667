"""CS231n's two-layer backward pass (examples in rows, gradients of the mean
cost from the first line) is the course's backward pass transposed: its dW2
is the course's dW2.T, its dhidden is the course's dZ1.T / m, and so on.
The course's gradients are checked against finite differences."""

import numpy as np
from gradcheck import numerical_gradient, relative_error

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(3)
N, D, H, K = 5, 3, 4, 2  # examples, inputs, hidden units, classes
X = rng.standard_normal((N, D))  # CS231n: one example per row
y = rng.integers(K, size=N)  # class labels
W, b = rng.standard_normal((D, H)), rng.standard_normal((1, H))
W2, b2 = rng.standard_normal((H, K)), rng.standard_normal((1, K))

# --8<-- [start:cs231n]
hidden = np.maximum(0, X @ W + b)  # (N, H)
scores = hidden @ W2 + b2  # (N, K)
exp_scores = np.exp(scores - scores.max(axis=1, keepdims=True))
probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)  # (N, K)
dscores = probs.copy()
dscores[range(N), y] -= 1
dscores /= N  # the gradient of the mean cost: 1/N is here
dW2_cs = hidden.T @ dscores  # (H, K)
db2_cs = np.sum(dscores, axis=0, keepdims=True)  # (1, K)
dhidden = dscores @ W2.T  # (N, H)
dhidden[hidden <= 0] = 0
dW_cs = X.T @ dhidden  # (D, H)
db_cs = np.sum(dhidden, axis=0, keepdims=True)  # (1, H)
# --8<-- [end:cs231n]

# The course: examples in columns, W[l] = CS231n's weights transposed.
X_c, Y = X.T, np.eye(K)[:, y]  # (D, N) inputs, (K, N) one-hot labels
W1_c, b1_c, W2_c, b2_c = W.T, b.T, W2.T, b2.T
m = N


def softmax_columns(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def J(W1, b1, W2, b2):
    """The mean cross-entropy, examples in columns."""
    A2 = softmax_columns(W2 @ np.maximum(0, W1 @ X_c + b1) + b2)
    return -np.sum(Y * np.log(A2)) / m


# --8<-- [start:course]
Z1 = W1_c @ X_c + b1_c  # (H, m)
A1 = np.maximum(0, Z1)
A2 = softmax_columns(W2_c @ A1 + b2_c)  # (K, m)
dZ2 = A2 - Y  # (K, m), of the summed loss
dW2 = dZ2 @ A1.T / m  # (K, H)
db2 = np.sum(dZ2, axis=1, keepdims=True) / m  # (K, 1)
dA1 = W2_c.T @ dZ2  # (H, m)
dZ1 = dA1 * (Z1 > 0)  # (H, m)
dW1 = dZ1 @ X_c.T / m  # (H, D)
db1 = np.sum(dZ1, axis=1, keepdims=True) / m  # (H, 1)
# --8<-- [end:course]

translations = [
    ("dscores", dscores, "dZ2.T / m", dZ2.T / m),
    ("dW2", dW2_cs, "dW2.T", dW2.T),
    ("db2", db2_cs, "db2.T", db2.T),
    ("dhidden", dhidden, "dZ1.T / m", dZ1.T / m),
    ("dW", dW_cs, "dW1.T", dW1.T),
    ("db", db_cs, "db1.T", db1.T),
]
same = []
for cs_name, cs_value, course_name, course_value in translations:
    same.append(np.allclose(cs_value, course_value))
    print(f"CS231n {cs_name:8} = course {course_name:10} {same[-1]}")

params = (W1_c, b1_c, W2_c, b2_c)
errors = []
for k, gradient in enumerate([dW1, db1, dW2, db2]):

    def J_of_one(value, k=k):
        return J(*[value if i == k else p for i, p in enumerate(params)])

    errors.append(
        relative_error(gradient, numerical_gradient(J_of_one, params[k]))
    )
passed = max(errors) < 1e-7
print(f"course's dW1, db1, dW2, db2 pass the gradient check: {passed}")

assert all(same)
assert passed
