"""sigmoid'(z) = a (1 - a) with a = sigmoid(z), and a (1 - a) =
1/4 - (a - 1/2)**2 <= 1/4, with equality only at a = 1/2, z = 0. Finite
differences on a grid of z from -8 to 8 agree."""

import numpy as np
from gradcheck import numerical_gradient
from network import sigmoid

z = np.linspace(-8, 8, 161)  # steps of 0.1; z[80] = 0
numeric = numerical_gradient(lambda v: np.sum(sigmoid(v)), z)  # sigmoid'(z)
a = sigmoid(z)
# --8<-- [start:formula]
sigmoid_prime = a * (1 - a)  # = 1/4 - (a - 1/2)**2 <= 1/4
# --8<-- [end:formula]
print(
    f"largest sigmoid' on the grid: {numeric.max():.4f}, "
    f"at z = {z[np.argmax(numeric)]:.1f}"
)
print(f"sigmoid' at z = +-2: {numeric[60]:.4f}, {numeric[100]:.4f}")
assert np.allclose(sigmoid_prime, numeric, rtol=0, atol=1e-7)
assert np.allclose(sigmoid_prime, 0.25 - (a - 0.5) ** 2)
assert numeric.max() <= 0.25 + 1e-7 and np.argmax(numeric) == 80
