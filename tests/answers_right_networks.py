"""Valid answers to the output-layer, two-layer, autoencoder and batch-norm
exercises, five each, in the styles learners use; each docstring names its
style."""

import numpy as np
from answers_right import (
    batchnorm_backward,
    sigmoid,
    softmax,
    styles,
    tied_autoencoder_backward,
)
from network import two_layer_backward


def _mse_in_place(A, Y):
    """in place"""
    A -= Y
    return A


def _mse_subtract(A, Y):
    """np.subtract"""
    return np.subtract(A, Y)


def _mse_half(A, Y):
    """the 1/2 and the 2 written out"""
    return 0.5 * 2 * (A - Y)


def _mse_list(A, Y):
    """a list of one array"""
    return [A - Y]


def _mse_loops(A, Y):
    """loops"""
    dZ = np.empty_like(A)
    for i, j in np.ndindex(A.shape):
        dZ[i, j] = A[i, j] - Y[i, j]
    return dZ


def _softmax_no_shift(Z, Y):
    """softmax without the max shift"""
    E = np.exp(Z)
    return E / E.sum(axis=0, keepdims=True) - Y


def _softmax_loops(Z, Y):
    """a loop over the columns"""
    dZ = np.empty_like(Z)
    for j in range(Z.shape[1]):
        e = np.exp(Z[:, j] - Z[:, j].max())
        dZ[:, j] = e / e.sum() - Y[:, j]
    return dZ


def _softmax_in_place(Z, Y):
    """in place"""
    Z -= Z.max(axis=0)
    np.exp(Z, out=Z)
    Z /= Z.sum(axis=0)
    Z -= Y
    return Z


def _softmax_jacobian(Z, Y):
    """the Jacobian of each column, times dA = -Y / S"""
    S = softmax(Z)
    dA = -Y / S
    return np.stack(
        [
            (np.diag(s) - np.outer(s, s)) @ a
            for s, a in zip(S.T, dA.T, strict=True)
        ],
        axis=1,
    )


def _softmax_tuple(Z, Y):
    """a tuple of one array"""
    return (softmax(Z) - Y,)


def _two_layer_from_z(X, Y, params, cache):
    """tanh' from Z1"""
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dZ1 = params["W2"].T @ dZ2 * (1 - np.tanh(cache["Z1"]) ** 2)
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": dZ1.mean(axis=1, keepdims=True),
        "dW2": dZ2 @ cache["A1"].T / m,
        "db2": dZ2.mean(axis=1, keepdims=True),
    }


def _two_layer_in_place(X, Y, params, cache):
    """dZ2 and dA1 changed in place"""
    m = X.shape[1]
    A1 = cache["A1"]
    dZ2 = cache["A2"]
    dZ2 -= Y
    dW2 = dZ2 @ A1.T / m
    db2 = dZ2.sum(axis=1, keepdims=True) / m
    dZ1 = params["W2"].T @ dZ2
    dZ1 *= 1 - A1**2
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": dZ1.sum(1, keepdims=True) / m,
        "dW2": dW2,
        "db2": db2,
    }


def _two_layer_einsum(X, Y, params, cache):
    """einsum"""
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dZ1 = np.einsum("ki,kj->ij", params["W2"], dZ2) * (1 - cache["A1"] ** 2)
    return {
        "db2": np.einsum("ij->i", dZ2)[:, None] / m,
        "dW2": np.einsum("ij,kj->ik", dZ2, cache["A1"]) / m,
        "db1": np.einsum("ij->i", dZ1)[:, None] / m,
        "dW1": np.einsum("ij,kj->ik", dZ1, X) / m,
    }


def _two_layer_loops(X, Y, params, cache):
    """a loop over the examples"""
    grads = {k: np.zeros_like(v) for k, v in params.items()}
    m = X.shape[1]
    for j in range(m):
        x, a1 = X[:, [j]], cache["A1"][:, [j]]
        dz2 = cache["A2"][:, [j]] - Y[:, [j]]
        dz1 = params["W2"].T @ dz2 * (1 - a1**2)
        for name, value in (
            ("W2", dz2 @ a1.T),
            ("b2", dz2),
            ("W1", dz1 @ x.T),
            ("b1", dz1),
        ):
            grads[name] += value / m
    return {"d" + k: v for k, v in grads.items()}


def _two_layer_sigmoid_identity(X, Y, params, cache):
    """tanh' written as 4 sigmoid'(2 Z1)"""
    grads = two_layer_backward(X, Y, params, cache)
    s = sigmoid(2 * cache["Z1"])
    dZ1 = params["W2"].T @ (cache["A2"] - Y) * 4 * s * (1 - s)
    m = X.shape[1]
    return grads | {"dW1": dZ1 @ X.T / m, "db1": dZ1.sum(1, keepdims=True) / m}


def _tied_parts(X, W):
    """two terms named"""
    H = np.tanh(W @ X)
    R = W.T @ H - X
    decoder = H @ R.T
    encoder = ((W @ R) * (1 - H**2)) @ X.T
    return encoder + decoder


def _tied_einsum(X, W):
    """einsum"""
    H = np.tanh(np.einsum("kn,nm->km", W, X))
    R = np.einsum("kn,km->nm", W, H) - X
    dH = np.einsum("kn,nm->km", W, R) * (1 - H**2)
    return np.einsum("km,nm->kn", dH, X) + np.einsum("km,nm->kn", H, R)


def _tied_transposed_twice(X, W):
    """the decoder's term as (R H.T).T"""
    H = np.tanh(W @ X)
    R = W.T @ H - X
    return (R @ H.T).T + ((W @ R) * (1 - H**2)) @ X.T


def _tied_loops(X, W):
    """a loop over the examples"""
    dW = np.zeros_like(W)
    for x in X.T:
        h = np.tanh(W @ x)
        r = W.T @ h - x
        dW += np.outer(h, r) + np.outer((W @ r) * (1 - h**2), x)
    return dW


def _tied_list(X, W):
    """a list of one array"""
    return [tied_autoencoder_backward(X, W)]


def _bn_list(dY, Z, gamma, eps):
    """a list, as the reviewer wrote it"""
    return list(batchnorm_backward(dY, Z, gamma, eps))


def _bn_dict(dY, Z, gamma, eps):
    """a dict"""
    dZ, dgamma, dbeta = batchnorm_backward(dY, Z, gamma, eps)
    return {"dbeta": dbeta, "dgamma": dgamma, "dZ": dZ}


def _bn_steps(dY, Z, gamma, eps):
    """the computational graph, step by step"""
    m = Z.shape[1]
    mu = Z.mean(axis=1, keepdims=True)
    xc = Z - mu
    var = (xc**2).mean(axis=1, keepdims=True)
    inv = 1 / np.sqrt(var + eps)
    Z_hat = xc * inv
    dZ_hat = dY * gamma
    dvar = np.sum(dZ_hat * xc, axis=1, keepdims=True) * -0.5 * inv**3
    dmu = -np.sum(dZ_hat * inv, axis=1, keepdims=True) - 2 * dvar * xc.mean(
        axis=1, keepdims=True
    )
    dZ = dZ_hat * inv + dvar * 2 * xc / m + dmu / m
    return (
        dZ,
        np.sum(dY * Z_hat, 1, keepdims=True) / m,
        dY.mean(1, keepdims=True),
    )


def _bn_compact(dY, Z, gamma, eps):
    """the compact formula, with m"""
    m = Z.shape[1]
    inv = 1 / np.sqrt(Z.var(axis=1, keepdims=True) + eps)
    Z_hat = (Z - Z.mean(axis=1, keepdims=True)) * inv
    dZ = (gamma * inv / m) * (
        m * dY
        - dY.sum(axis=1, keepdims=True)
        - Z_hat * (dY * Z_hat).sum(axis=1, keepdims=True)
    )
    return dZ, (dY * Z_hat).mean(1, keepdims=True), dY.mean(1, keepdims=True)


def _bn_in_place(dY, Z, gamma, eps):
    """Z normalised in place"""
    m = Z.shape[1]
    Z -= Z.mean(axis=1, keepdims=True)
    scale = np.sqrt((Z**2).mean(axis=1, keepdims=True) + eps)
    Z /= scale
    dgamma = (dY * Z).sum(axis=1, keepdims=True) / m
    dbeta = dY.sum(axis=1, keepdims=True) / m
    dY *= gamma
    dZ = dY - dY.mean(1, keepdims=True) - Z * (dY * Z).mean(1, keepdims=True)
    return dZ / scale, dgamma, dbeta


VALID = [
    *styles("mse-linear-backward")(
        _mse_in_place, _mse_subtract, _mse_half, _mse_list, _mse_loops
    ),
    *styles("softmax-cross-entropy-backward")(
        _softmax_no_shift,
        _softmax_loops,
        _softmax_in_place,
        _softmax_jacobian,
        _softmax_tuple,
    ),
    *styles("two-layer-backward")(
        _two_layer_from_z,
        _two_layer_in_place,
        _two_layer_einsum,
        _two_layer_loops,
        _two_layer_sigmoid_identity,
    ),
    *styles("tied-autoencoder-backward")(
        _tied_parts,
        _tied_einsum,
        _tied_transposed_twice,
        _tied_loops,
        _tied_list,
    ),
    *styles("batchnorm-backward")(
        _bn_list, _bn_dict, _bn_steps, _bn_compact, _bn_in_place
    ),
]
