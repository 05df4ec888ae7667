"""For the running example, L = sum of G * Z has dL/dZ = G: the upstream
gradient G is exactly what backpropagation would hand the layer Z = W A."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded
from running_example import A, G, W, loss

np.set_printoptions(precision=4, suppress=True)
Z = W @ A
print("W =", W, "A =", A, "Z = W @ A =", Z, "G =", G, sep="\n")
print(f"L = sum of G * Z = {loss(Z):.1f}")

# The definition of the derivative: nudge one entry of Z at a time.
numeric = numerical_gradient(loss, Z)
error = relative_error(G, numeric)
print("finite differences of L by Z =", rounded(numeric), sep="\n")
print(f"relative error of G: {bound(error)}")

assert numeric.shape == Z.shape  # one number per entry of Z
assert error < 1e-8  # L is linear in Z: only rounding error remains
