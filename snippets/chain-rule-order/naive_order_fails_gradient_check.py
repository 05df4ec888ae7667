"""The scalar chain rule's order, G @ A, is not dL/dW; G @ A.T is."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)
from running_example import A, G, W, loss

np.set_printoptions(precision=4, suppress=True)

# --8<-- [start:formula]
# Scalar rule for z = w * a: dL/dw = dL/dz * a. Copied to matrices:
naive = G @ A
# What the index derivation on this page gives:
transposed = G @ A.T
# --8<-- [end:formula]
# The definition of the derivative, nudging one entry of W at a time:
numeric = numerical_gradient(lambda W: loss(W @ A), W)

print("naive       G @ A   =", naive, sep="\n")
print("transposed  G @ A.T =", transposed, sep="\n")
print("finite differences  =", rounded(numeric), sep="\n")

naive_error = relative_error(naive, numeric)
transposed_error = relative_error(transposed, numeric)
print(f"relative error of G @ A:   {digits(naive_error, '.2f')}")
print(f"relative error of G @ A.T: {bound(transposed_error)}")

assert naive_error > 0.5
assert transposed_error < 1e-8  # L is linear in W: only rounding error
