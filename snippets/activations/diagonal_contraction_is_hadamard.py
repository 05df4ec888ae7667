"""Contracting dA with a diagonal Jacobian multiplies entry by entry:
dZ = dA * g'(Z), with *, never @."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    numerical_jacobian,
    relative_error,
    rounded,
)

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)
Z = rng.standard_normal((3, 3))
dA = rng.standard_normal((3, 3))  # upstream gradient dL/dA, shaped like A


def loss(Z):
    return np.sum(dA * np.tanh(Z))  # any loss whose gradient by A is dA


# --8<-- [start:hadamard]
def g_prime(Z):
    """g'(Z) for g = tanh, entry by entry: an array shaped like Z."""
    return 1 - np.tanh(Z) ** 2


hadamard = dA * g_prime(Z)  # dZ = dA ⊙ g'(Z): (n, m) * (n, m) -> (n, m)
# --8<-- [end:hadamard]
full = np.einsum("ij,ijkl->kl", dA, numerical_jacobian(np.tanh, Z))
matrix_product = dA @ g_prime(Z)  # runs: the shapes are square
numeric = numerical_gradient(loss, Z)

print("contraction with the full Jacobian =", rounded(full), sep="\n")
print("dA * g'(Z)                         =", rounded(hadamard), sep="\n")
print("dA @ g'(Z)                         =", rounded(matrix_product), sep="\n")
error_of_hadamard = relative_error(hadamard, numeric)
error_of_product = relative_error(matrix_product, numeric)
print(f"dA * g'(Z): relative error {bound(error_of_hadamard)}")
print(f"dA @ g'(Z): relative error {digits(error_of_product, '.2f')}")

assert relative_error(full, numeric) < 1e-7
assert error_of_hadamard < 1e-7  # tanh is not linear: truncation counts
assert error_of_product > 0.1
