"""sigmoid'(z) = a (1 - a) with a = sigmoid(z), and a (1 - a) =
1/4 - (a - 1/2)**2 <= 1/4, with equality only at a = 1/2, z = 0. Finite
differences on a grid of z from -8 to 8 agree. The worst case of a layer,
||dA[l-1]|| <= ||W||_2 / 4 ||dA[l]||, is weak for W of variance 1/n: its
largest singular value ||W||_2 is near 2 (it tends to 2 as n grows)."""

import numpy as np
from gradcheck import digits, numerical_gradient
from network import sigmoid

z = np.linspace(-8, 8, 161)  # steps of 0.1; z[80] = 0
numeric = numerical_gradient(lambda v: np.sum(sigmoid(v)), z)  # sigmoid'(z)
a = sigmoid(z)
# --8<-- [start:formula]
sigmoid_prime = a * (1 - a)  # = 1/4 - (a - 1/2)**2 <= 1/4
# --8<-- [end:formula]
print(
    f"largest sigmoid' on the grid: {digits(numeric.max(), '.4f')}, "
    f"at z = {z[np.argmax(numeric)]:.1f}"
)
assert np.allclose(sigmoid_prime, numeric, rtol=0, atol=1e-7)
assert np.allclose(sigmoid_prime, 0.25 - (a - 0.5) ** 2)
assert numeric.max() <= 0.25 + 1e-7 and np.argmax(numeric) == 80

n = 500
W = np.random.default_rng(0).standard_normal((n, n)) / np.sqrt(n)
largest = np.linalg.norm(W, 2)  # the largest singular value
print(f"||W||_2 for a {n} x {n} W of variance 1/n: {digits(largest, '.1f')}")
assert 1.9 < largest < 2.1
