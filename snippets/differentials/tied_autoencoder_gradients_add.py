"""A tied autoencoder uses W twice: H = tanh(W X), X_hat = W.T H. For
L = ½ ||X_hat - X||² and R = X_hat - X, the gradient by W is the sum of one
term per use: H R.T + ((W R) * (1 - H**2)) X.T."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)
n, k, m = 4, 3, 6
X = rng.standard_normal((n, m))  # inputs, one example per column
W = rng.standard_normal((k, n))  # encoder W, decoder W.T


def L(W):
    X_hat = W.T @ np.tanh(W @ X)  # (n, k) @ (k, m) -> (n, m)
    return 0.5 * np.sum((X_hat - X) ** 2)


H = np.tanh(W @ X)  # (k, m)
R = W.T @ H - X  # (n, m)
decoder_term = H @ R.T  # (k, m) @ (m, n) -> (k, n): from W.T in X_hat
encoder_term = ((W @ R) * (1 - H**2)) @ X.T  # (k, m) @ (m, n): from W X
numeric = numerical_gradient(L, W)
for name, gradient in [
    ("decoder term only", decoder_term),
    ("encoder term only", encoder_term),
    ("sum of both", decoder_term + encoder_term),
]:
    error = relative_error(gradient, numeric)
    print(f"{name:17} relative error {bound(error)}")
assert relative_error(decoder_term + encoder_term, numeric) < 1e-7
assert relative_error(decoder_term, numeric) > 0.1
assert relative_error(encoder_term, numeric) > 0.1
