"""Through a softmax layer, dZ[:, j] = J_j.T dA[:, j] with the column's
Jacobian J_j = diag(s) - s s.T, which is s * (da - s.T da) per column and
S * (dA - sum over rows of S * dA) for the batch; the elementwise shortcut
dA * S * (1 - S) keeps only the diagonal of J_j and is wrong."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(1)
n_L, m = 4, 3
ZL = rng.standard_normal((n_L, m))
dAL = rng.standard_normal((n_L, m))  # any upstream gradient, shaped like A
S = softmax(ZL)


def summed_loss(ZL):
    return np.sum(dAL * softmax(ZL))  # a loss whose gradient by A is dAL


# One vector-Jacobian product per column, with the Jacobian built: a loop.
per_column = np.zeros((n_L, m))
for j in range(m):
    s, da = S[:, j], dAL[:, j]
    J_j = np.diag(s) - np.outer(s, s)  # (n_L, n_L)
    per_column[:, j] = J_j.T @ da
    assert np.allclose(J_j.T @ da, s * (da - s @ da))  # s ⊙ (da - sᵀda)

# --8<-- [start:batch]
dZL = S * (dAL - np.sum(S * dAL, axis=0, keepdims=True))  # (n_L, m)
# --8<-- [end:batch]
shortcut = dAL * S * (1 - S)  # as if softmax acted entry by entry: wrong
numeric = numerical_gradient(summed_loss, ZL)
print("Jacobian per column, J_j.T @ dA[:, j] =", rounded(per_column), sep="\n")
print("S * (dA - sum(S * dA, axis=0))        =", rounded(dZL), sep="\n")
print("finite differences                    =", rounded(numeric), sep="\n")
print("dA * S * (1 - S)                      =", rounded(shortcut), sep="\n")
error = relative_error(dZL, numeric)
shortcut_error = relative_error(shortcut, numeric)
print(f"relative error of the batch line: {bound(error)}")
print(f"relative error of the shortcut: {digits(shortcut_error, '.2f')}")

assert relative_error(per_column, numeric) < 1e-8
assert error < 1e-8
assert shortcut_error > 0.1
