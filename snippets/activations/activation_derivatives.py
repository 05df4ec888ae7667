"""sigmoid' = s (1 - s), tanh' = 1 - tanh², ReLU' = 1 where z > 0; each
also written with the output a = g(z) alone."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded

np.set_printoptions(precision=4, suppress=True)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(z, 0)


def slopes(g, z):
    """Finite differences of g at every entry of z (g acts entry by entry)."""
    return numerical_gradient(lambda z: np.sum(g(z)), z)


# name: (g, g' as a function of z, g' as a function of a = g(z))
derivatives = {
    "sigmoid": (
        sigmoid,
        lambda z: sigmoid(z) * (1 - sigmoid(z)),
        lambda a: a * (1 - a),
    ),
    "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2, lambda a: 1 - a**2),
    "relu": (
        relu,
        lambda z: (z > 0).astype(float),
        lambda a: (a > 0).astype(float),
    ),
}
z = np.array([-2.0, -0.5, 0.3, 1.0, 3.0])  # no z = 0: ReLU has a kink there
print(f"z = {z}")
for name, (g, g_prime, from_output) in derivatives.items():
    error = relative_error(g_prime(z), slopes(g, z))
    magnitude = bound(error)
    print(f"{name:8} relative error {magnitude}  g'(z) = {rounded(g_prime(z))}")
    assert error < 1e-7, name  # not linear: truncation error counts too
    assert np.allclose(from_output(g(z)), g_prime(z)), name
