"""The tied autoencoder's gradient, one term for each use of W, passes the
exercise's checker on four shapes, the last square."""

import numpy as np
from practice_autoencoder import check


def tied_autoencoder_backward(X, W):
    H = np.tanh(W @ X)  # (k, m)
    R = W.T @ H - X  # (n, m): dL / dX_hat
    decoder = H @ R.T  # (k, n): through X_hat = W.T H
    encoder = ((W @ R) * (1 - H**2)) @ X.T  # (k, n): through H = tanh(W X)
    return decoder + encoder


assert check("tied-autoencoder-backward", tied_autoencoder_backward)
