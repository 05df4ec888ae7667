"""Right answers to every exercise, written in the styles learners use: a
reference solution each, and here five other valid answers for each
exercise of the activations, Jacobian and deep-network pages (in place,
loops, einsum, np.where, lists, dicts); answers_right_networks.py has the
others. Each one's docstring names its style."""

import numpy as np
from network import two_layer_backward


def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0))
    return E / E.sum(axis=0)


def leaky_relu_backward(dA, Z, alpha):
    """reference"""
    return dA * np.where(Z > 0, 1.0, alpha)


def softplus_backward(dA, Z):
    """reference"""
    return dA * sigmoid(Z)


def linear_backward(dZ, A, W):
    """reference"""
    m = A.shape[1]
    return dZ @ A.T / m, np.sum(dZ, axis=1, keepdims=True) / m, W.T @ dZ


def linear_backward_with_decay(dZ, A, W, lambd):
    """reference"""
    dW, db, _ = linear_backward(dZ, A, W)
    return dW + lambd / A.shape[1] * W, db


def dropout_backward(dA, mask, keep_prob):
    """reference"""
    return dA * mask / keep_prob


def mse_linear_backward(A, Y):
    """reference"""
    return A - Y


def softmax_cross_entropy_backward(Z, Y):
    """reference"""
    return softmax(Z) - Y


def tied_autoencoder_backward(X, W):
    """reference"""
    H = np.tanh(W @ X)
    R = W.T @ H - X
    return (W @ R) * (1 - H**2) @ X.T + H @ R.T


def batchnorm_backward(dY, Z, gamma, eps, ddof=0):
    """reference"""
    m = Z.shape[1]
    scale = np.sqrt(Z.var(axis=1, keepdims=True, ddof=ddof) + eps)
    Z_hat = (Z - Z.mean(axis=1, keepdims=True)) / scale
    dZ_hat = gamma * dY
    dZ = (
        dZ_hat
        - dZ_hat.mean(axis=1, keepdims=True)
        - Z_hat * (dZ_hat * Z_hat).mean(axis=1, keepdims=True)
    ) / scale
    dgamma = np.sum(dY * Z_hat, axis=1, keepdims=True) / m
    return dZ, dgamma, np.sum(dY, axis=1, keepdims=True) / m


REFERENCE = {
    "leaky-relu-backward": leaky_relu_backward,
    "softplus-backward": softplus_backward,
    "linear-backward": linear_backward,
    "l2-weight-decay": linear_backward_with_decay,
    "dropout-backward": dropout_backward,
    "mse-linear-backward": mse_linear_backward,
    "softmax-cross-entropy-backward": softmax_cross_entropy_backward,
    "two-layer-backward": two_layer_backward,
    "tied-autoencoder-backward": tied_autoencoder_backward,
    "batchnorm-backward": batchnorm_backward,
}


def styles(key):
    """(key, answer) for each answer given: valid answers to `key`."""

    def register(*answers):
        return [(key, answer) for answer in answers]

    return register


def _leaky_in_place(dA, Z, alpha):
    """in place"""
    dA[Z <= 0] *= alpha
    return dA


def _leaky_loops(dA, Z, alpha):
    """loops"""
    dZ = np.zeros_like(dA)
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            dZ[i, j] = dA[i, j] * (1.0 if Z[i, j] > 0 else alpha)
    return dZ


def _leaky_masks(dA, Z, alpha):
    """boolean masks added"""
    return dA * (Z > 0) + alpha * dA * (Z <= 0)


def _leaky_list(dA, Z, alpha):
    """a list of one array"""
    return [dA * np.where(Z < 0, alpha, 1)]


def _leaky_nested(dA, Z, alpha):
    """nested lists"""
    return (dA * np.where(Z > 0, 1, alpha)).tolist()


def _softplus_exp(dA, Z):
    """through exp"""
    return dA * np.exp(Z) / (1 + np.exp(Z))


def _softplus_tanh(dA, Z):
    """sigmoid from tanh"""
    return dA * (1 + np.tanh(Z / 2)) / 2


def _softplus_in_place(dA, Z):
    """in place"""
    Z *= -1
    np.exp(Z, out=Z)
    dA /= 1 + Z
    return dA


def _softplus_loops(dA, Z):
    """loops"""
    dZ = np.empty_like(dA)
    for index in np.ndindex(Z.shape):
        dZ[index] = dA[index] / (1 + np.exp(-Z[index]))
    return dZ


def _softplus_tuple(dA, Z):
    """a tuple of one array"""
    return (dA * sigmoid(Z),)


def _linear_in_place(dZ, A, W):
    """dZ /= m in place"""
    m = A.shape[1]
    dA = W.T @ dZ
    dZ /= m
    return dZ @ A.T, dZ.sum(axis=1, keepdims=True), dA


def _linear_einsum(dZ, A, W):
    """einsum"""
    return (
        np.einsum("kj,lj->kl", dZ, A) / A.shape[1],
        dZ.mean(axis=1, keepdims=True),
        np.einsum("ik,il->kl", W, dZ),
    )


def _linear_loops(dZ, A, W):
    """loops over the examples"""
    m = A.shape[1]
    dW, db = np.zeros_like(W), np.zeros((W.shape[0], 1))
    for j in range(m):
        dW += np.outer(dZ[:, j], A[:, j]) / m
        db[:, 0] += dZ[:, j] / m
    return dW, db, W.T @ dZ


def _linear_list(dZ, A, W):
    """a list"""
    return list(linear_backward(dZ, A, W))


def _linear_dict(dZ, A, W):
    """a dict in another order"""
    dW, db, dA = linear_backward(dZ, A, W)
    return {"dA": dA, "db": db, "dW": dW}


def _decay_in_place(dZ, A, W, lambd):
    """in place"""
    m = A.shape[1]
    dW = dZ @ A.T
    dW += lambd * W
    dW /= m
    return dW, dZ.sum(axis=1, keepdims=True) / m


def _decay_einsum(dZ, A, W, lambd):
    """einsum"""
    m = A.shape[1]
    return (np.einsum("ij,kj->ik", dZ, A) + lambd * W) / m, dZ.mean(
        axis=1, keepdims=True
    )


def _decay_dict(dZ, A, W, lambd):
    """a dict"""
    dW, db = linear_backward_with_decay(dZ, A, W, lambd)
    return {"db": db, "dW": dW}


def _decay_list(dZ, A, W, lambd):
    """a list"""
    return list(linear_backward_with_decay(dZ, A, W, lambd))


def _decay_matmul(dZ, A, W, lambd):
    """np.matmul and keepdims from reshape"""
    m = A.shape[1]
    dW = np.matmul(dZ, A.T) / m + (lambd / m) * W
    return dW, dZ.sum(axis=1).reshape(-1, 1) / m


def _dropout_in_place(dA, mask, keep_prob):
    """in place, as the reviewer wrote it"""
    dA *= mask
    dA /= keep_prob
    return dA


def _dropout_where(dA, mask, keep_prob):
    """np.where"""
    return np.where(mask == 1, dA / keep_prob, 0.0)


def _dropout_bool(dA, mask, keep_prob):
    """a boolean mask"""
    return dA * mask.astype(bool) / keep_prob


def _dropout_loops(dA, mask, keep_prob):
    """loops"""
    out = np.zeros_like(dA)
    for i, j in np.ndindex(dA.shape):
        if mask[i, j]:
            out[i, j] = dA[i, j] / keep_prob
    return out


def _dropout_list(dA, mask, keep_prob):
    """a list of one array"""
    return [np.multiply(dA, mask) / keep_prob]


VALID = [
    *styles("leaky-relu-backward")(
        _leaky_in_place, _leaky_loops, _leaky_masks, _leaky_list, _leaky_nested
    ),
    *styles("softplus-backward")(
        _softplus_exp,
        _softplus_tanh,
        _softplus_in_place,
        _softplus_loops,
        _softplus_tuple,
    ),
    *styles("linear-backward")(
        _linear_in_place,
        _linear_einsum,
        _linear_loops,
        _linear_list,
        _linear_dict,
    ),
    *styles("l2-weight-decay")(
        _decay_in_place, _decay_einsum, _decay_dict, _decay_list, _decay_matmul
    ),
    *styles("dropout-backward")(
        _dropout_in_place,
        _dropout_where,
        _dropout_bool,
        _dropout_loops,
        _dropout_list,
    ),
]
