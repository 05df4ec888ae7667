"""The exercise checkers of snippets/practice.py: every reference solution
passes, every correct variant passes with no diagnosis, and every diagnosis
a checker can give fires on a planted mistake written here, by hand, as a
reader would write it."""

import numpy as np
import pytest
from network import sigmoid, two_layer_backward
from practice import EXERCISES, check, generic_mistakes, starter

# --- reference solutions, and correct variants of them --------------------


def leaky_relu_backward(dA, Z, alpha):
    return dA * np.where(Z > 0, 1.0, alpha)


def softplus_backward(dA, Z):
    return dA * sigmoid(Z)


def linear_backward(dZ, A, W):
    m = A.shape[1]
    return dZ @ A.T / m, np.sum(dZ, axis=1, keepdims=True) / m, W.T @ dZ


def linear_backward_with_decay(dZ, A, W, lambd):
    dW, db, _ = linear_backward(dZ, A, W)
    return dW + lambd / A.shape[1] * W, db


def dropout_backward(dA, mask, keep_prob):
    return dA * mask / keep_prob


def mse_linear_backward(A, Y):
    return A - Y


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0))
    return E / E.sum(axis=0)


def softmax_cross_entropy_backward(Z, Y):
    return softmax(Z) - Y


def tied_autoencoder_backward(X, W):
    H = np.tanh(W @ X)
    R = W.T @ H - X
    return (W @ R) * (1 - H**2) @ X.T + H @ R.T


def batchnorm_backward(dY, Z, gamma, eps):
    m = Z.shape[1]
    scale = np.sqrt(Z.var(axis=1, keepdims=True) + eps)
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

CORRECT_VARIANTS = {
    "linear-backward, in einsum": (
        "linear-backward",
        lambda dZ, A, W: (
            np.einsum("kj,lj->kl", dZ, A) / A.shape[1],
            dZ.mean(axis=1, keepdims=True),
            np.einsum("ik,il->kl", W, dZ),
        ),
    ),
    "two-layer-backward, tanh' from Z1": (
        "two-layer-backward",
        lambda X, Y, params, cache: {
            name: value
            for name, value in two_layer_backward(X, Y, params, cache).items()
        },
    ),
    "leaky-relu-backward, with maximum": (
        "leaky-relu-backward",
        lambda dA, Z, alpha: dA * (Z > 0) + alpha * dA * (Z <= 0),
    ),
    "softplus-backward, through exp": (
        "softplus-backward",
        lambda dA, Z: dA * np.exp(Z) / (1 + np.exp(Z)),
    ),
    "softmax-cross-entropy-backward, returned as a 1-tuple": (
        "softmax-cross-entropy-backward",
        lambda Z, Y: (softmax(Z) - Y,),
    ),
}

# --- planted mistakes: (exercise, what the report must say, the function) ---


def two_layer_with(dZ1_of):
    """The two-layer backward pass with dZ1 computed by `dZ1_of`."""

    def backward(X, Y, params, cache):
        grads = two_layer_backward(X, Y, params, cache)
        m = X.shape[1]
        dZ1 = dZ1_of(params["W2"], cache["A2"] - Y, cache)
        return grads | {
            "dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        }

    return backward


def two_layer_changing(name, change):
    def backward(X, Y, params, cache):
        grads = two_layer_backward(X, Y, params, cache)
        return grads | {name: change(grads[name], X.shape[1])}

    return backward


PLANTED = [
    # leaky ReLU
    ("leaky-relu-backward", "ReLU's derivative", lambda dA, Z, a: dA * (Z > 0)),
    (
        "leaky-relu-backward",
        "slopes swapped",
        lambda dA, Z, a: dA * np.where(Z > 0, a, 1.0),
    ),
    (
        "leaky-relu-backward",
        "@ instead of *",
        lambda dA, Z, a: dA @ np.where(Z > 0, 1.0, a),
    ),
    (
        "leaky-relu-backward",
        "flipped sign",
        lambda dA, Z, a: dA * np.where(Z > 0, -1.0, -a),
    ),
    (
        "leaky-relu-backward",
        "extra 1/m",
        lambda dA, Z, a: dA * np.where(Z > 0, 1.0, a) / Z.shape[1],
    ),
    (
        "leaky-relu-backward",
        "transposed",
        lambda dA, Z, a: (dA * np.where(Z > 0, 1.0, a)).T,
    ),
    # softplus
    (
        "softplus-backward",
        "sigmoid's own derivative",
        lambda dA, Z: dA * sigmoid(Z) * (1 - sigmoid(Z)),
    ),
    (
        "softplus-backward",
        "at A = softplus(Z)",
        lambda dA, Z: dA * sigmoid(np.log1p(np.exp(Z))),
    ),
    ("softplus-backward", "@ instead of *", lambda dA, Z: dA @ sigmoid(Z)),
    ("softplus-backward", "flipped sign", lambda dA, Z: -dA * sigmoid(Z)),
    (
        "softplus-backward",
        "extra 1/m",
        lambda dA, Z: dA * sigmoid(Z) / Z.shape[1],
    ),
    ("softplus-backward", "transposed", lambda dA, Z: (dA * sigmoid(Z)).T),
    # a linear layer
    (
        "linear-backward",
        "scalar chain rule's order (dZ @ W.T",
        lambda dZ, A, W: linear_backward(dZ, A, W)[:2] + (dZ @ W.T,),
    ),
    (
        "linear-backward",
        "scalar chain rule's order (dZ @ A / m",
        lambda dZ, A, W: (dZ @ A / A.shape[1],) + linear_backward(dZ, A, W)[1:],
    ),
    (
        "linear-backward",
        "W without its transpose",
        lambda dZ, A, W: linear_backward(dZ, A, W)[:2] + (W @ dZ,),
    ),
    (
        "linear-backward",
        "wrong axis",
        lambda dZ, A, W: (
            dZ @ A.T / A.shape[1],
            np.sum(dZ, axis=0, keepdims=True) / A.shape[1],
            W.T @ dZ,
        ),
    ),
    (
        "linear-backward",
        "lost keepdims",
        lambda dZ, A, W: (
            dZ @ A.T / A.shape[1],
            np.sum(dZ, axis=1) / A.shape[1],
            W.T @ dZ,
        ),
    ),
    (
        "linear-backward",
        "missing 1/m",
        lambda dZ, A, W: (dZ @ A.T,) + linear_backward(dZ, A, W)[1:],
    ),
    (
        "linear-backward",
        "extra 1/m",
        lambda dZ, A, W: (
            linear_backward(dZ, A, W)[:2] + (W.T @ dZ / A.shape[1],)
        ),
    ),
    (
        "linear-backward",
        "transposed",
        lambda dZ, A, W: (
            (A @ dZ.T / A.shape[1],) + linear_backward(dZ, A, W)[1:]
        ),
    ),
    (
        "linear-backward",
        "flipped sign",
        lambda dZ, A, W: tuple(-g for g in linear_backward(dZ, A, W)),
    ),
    # L2 weight decay
    (
        "l2-weight-decay",
        "decay term is missing",
        lambda dZ, A, W, lambd: linear_backward(dZ, A, W)[:2],
    ),
    (
        "l2-weight-decay",
        "without its 1/m",
        lambda dZ, A, W, lambd: (
            linear_backward(dZ, A, W)[0] + lambd * W,
            linear_backward(dZ, A, W)[1],
        ),
    ),
    (
        "l2-weight-decay",
        "decay twice",
        lambda dZ, A, W, lambd: (
            linear_backward(dZ, A, W)[0] + 2 * lambd / A.shape[1] * W,
            linear_backward(dZ, A, W)[1],
        ),
    ),
    (
        "l2-weight-decay",
        "decay subtracted",
        lambda dZ, A, W, lambd: (
            linear_backward(dZ, A, W)[0] - lambd / A.shape[1] * W,
            linear_backward(dZ, A, W)[1],
        ),
    ),
    (
        "l2-weight-decay",
        "missing 1/m",
        lambda dZ, A, W, lambd: (
            A.shape[1] * linear_backward_with_decay(dZ, A, W, lambd)[0],
            linear_backward(dZ, A, W)[1],
        ),
    ),
    (
        "l2-weight-decay",
        "lost keepdims",
        lambda dZ, A, W, lambd: (
            linear_backward_with_decay(dZ, A, W, lambd)[0],
            np.mean(dZ, axis=1),
        ),
    ),
    (
        "l2-weight-decay",
        "transposed",
        lambda dZ, A, W, lambd: (
            linear_backward_with_decay(dZ, A, W, lambd)[0].T,
            linear_backward(dZ, A, W)[1],
        ),
    ),
    (
        "l2-weight-decay",
        "flipped sign",
        lambda dZ, A, W, lambd: tuple(
            -g for g in linear_backward_with_decay(dZ, A, W, lambd)
        ),
    ),
    # inverted dropout
    ("dropout-backward", "scaling is missing", lambda dA, mask, p: dA * mask),
    ("dropout-backward", "mask is missing", lambda dA, mask, p: dA / p),
    (
        "dropout-backward",
        "multiplied by keep_prob",
        lambda dA, mask, p: dA * mask * p,
    ),
    ("dropout-backward", "flipped sign", lambda dA, mask, p: -dA * mask / p),
    (
        "dropout-backward",
        "extra 1/m",
        lambda dA, mask, p: dA * mask / p / dA.shape[1],
    ),
    ("dropout-backward", "transposed", lambda dA, mask, p: (dA * mask / p).T),
    # mean squared error with a linear output
    ("mse-linear-backward", "without its 1/2", lambda A, Y: 2 * (A - Y)),
    ("mse-linear-backward", "flipped sign", lambda A, Y: Y - A),
    ("mse-linear-backward", "extra 1/m", lambda A, Y: (A - Y) / A.shape[1]),
    ("mse-linear-backward", "transposed", lambda A, Y: (A - Y).T),
    # softmax with cross-entropy
    (
        "softmax-cross-entropy-backward",
        "softmax over the wrong axis",
        lambda Z, Y: np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True) - Y,
    ),
    (
        "softmax-cross-entropy-backward",
        "only the diagonal",
        lambda Z, Y: -Y / softmax(Z) * softmax(Z) * (1 - softmax(Z)),
    ),
    (
        "softmax-cross-entropy-backward",
        "flipped sign",
        lambda Z, Y: Y - softmax(Z),
    ),
    (
        "softmax-cross-entropy-backward",
        "extra 1/m",
        lambda Z, Y: (softmax(Z) - Y) / Z.shape[1],
    ),
    (
        "softmax-cross-entropy-backward",
        "transposed",
        lambda Z, Y: (softmax(Z) - Y).T,
    ),
    # the two-layer network
    (
        "two-layer-backward",
        "sigmoid's derivative",
        two_layer_with(lambda W2, dZ2, c: W2.T @ dZ2 * c["A1"] * (1 - c["A1"])),
    ),
    (
        "two-layer-backward",
        "at A1 instead of at Z1",
        two_layer_with(
            lambda W2, dZ2, c: W2.T @ dZ2 * (1 - np.tanh(c["A1"]) ** 2)
        ),
    ),
    (
        "two-layer-backward",
        "with Z1 where A1 belongs",
        two_layer_with(lambda W2, dZ2, c: W2.T @ dZ2 * (1 - c["Z1"] ** 2)),
    ),
    (
        "two-layer-backward",
        "scalar chain rule's order (dZ2 @ W2.T",
        two_layer_with(lambda W2, dZ2, c: dZ2 @ W2.T * (1 - c["A1"] ** 2)),
    ),
    (
        "two-layer-backward",
        "missing 1/m",
        two_layer_changing("dW2", lambda g, m: m * g),
    ),
    (
        "two-layer-backward",
        "lost keepdims",
        two_layer_changing("db1", lambda g, m: g.ravel()),
    ),
    (
        "two-layer-backward",
        "transposed",
        two_layer_changing("dW2", lambda g, m: g.T),
    ),
    (
        "two-layer-backward",
        "flipped sign",
        two_layer_changing("db2", lambda g, m: -g),
    ),
    # the tied autoencoder
    (
        "tied-autoencoder-backward",
        "only the encoder's use",
        lambda X, W: (
            (W @ (W.T @ np.tanh(W @ X) - X)) * (1 - np.tanh(W @ X) ** 2) @ X.T
        ),
    ),
    (
        "tied-autoencoder-backward",
        "only the decoder's use",
        lambda X, W: np.tanh(W @ X) @ (W.T @ np.tanh(W @ X) - X).T,
    ),
    (
        "tied-autoencoder-backward",
        "decoder's term not transposed",
        lambda X, W: (
            tied_autoencoder_backward(X, W)
            - np.tanh(W @ X) @ (W.T @ np.tanh(W @ X) - X).T
            + (W.T @ np.tanh(W @ X) - X) @ np.tanh(W @ X).T
        ),
    ),
    (
        "tied-autoencoder-backward",
        "tanh's derivative missing",
        lambda X, W: (
            W @ (W.T @ np.tanh(W @ X) - X) @ X.T
            + np.tanh(W @ X) @ (W.T @ np.tanh(W @ X) - X).T
        ),
    ),
    (
        "tied-autoencoder-backward",
        "extra 1/m",
        lambda X, W: tied_autoencoder_backward(X, W) / X.shape[1],
    ),
    (
        "tied-autoencoder-backward",
        "transposed",
        lambda X, W: tied_autoencoder_backward(X, W).T,
    ),
    (
        "tied-autoencoder-backward",
        "flipped sign",
        lambda X, W: -tied_autoencoder_backward(X, W),
    ),
    # batch normalisation
    (
        "batchnorm-backward",
        "mean and variance held constant",
        lambda dY, Z, g, eps: (
            g * dY / np.sqrt(Z.var(axis=1, keepdims=True) + eps),
            *batchnorm_backward(dY, Z, g, eps)[1:],
        ),
    ),
    (
        "batchnorm-backward",
        "variance held constant",
        lambda dY, Z, g, eps: (
            g
            * (dY - dY.mean(axis=1, keepdims=True))
            / np.sqrt(Z.var(axis=1, keepdims=True) + eps),
            *batchnorm_backward(dY, Z, g, eps)[1:],
        ),
    ),
    (
        "batchnorm-backward",
        "statistics over the wrong axis",
        lambda dY, Z, g, eps: (
            batchnorm_backward(dY.T, Z.T, g.T, eps)[0].T,
            *batchnorm_backward(dY, Z, g, eps)[1:],
        ),
    ),
    (
        "batchnorm-backward",
        "wrong axis (axis=0 adds up the units)",
        lambda dY, Z, g, eps: (
            *batchnorm_backward(dY, Z, g, eps)[:2],
            np.sum(dY, axis=0) / Z.shape[1],
        ),
    ),
    (
        "batchnorm-backward",
        "missing 1/m",
        lambda dY, Z, g, eps: (
            batchnorm_backward(dY, Z, g, eps)[0],
            Z.shape[1] * batchnorm_backward(dY, Z, g, eps)[1],
            batchnorm_backward(dY, Z, g, eps)[2],
        ),
    ),
    (
        "batchnorm-backward",
        "extra 1/m",
        lambda dY, Z, g, eps: (
            batchnorm_backward(dY, Z, g, eps)[0] / Z.shape[1],
            *batchnorm_backward(dY, Z, g, eps)[1:],
        ),
    ),
    (
        "batchnorm-backward",
        "lost keepdims",
        lambda dY, Z, g, eps: (
            *batchnorm_backward(dY, Z, g, eps)[:2],
            np.mean(dY, axis=1),
        ),
    ),
    (
        "batchnorm-backward",
        "transposed",
        lambda dY, Z, g, eps: (
            batchnorm_backward(dY, Z, g, eps)[0].T,
            *batchnorm_backward(dY, Z, g, eps)[1:],
        ),
    ),
    (
        "batchnorm-backward",
        "flipped sign",
        lambda dY, Z, g, eps: tuple(
            -x for x in batchnorm_backward(dY, Z, g, eps)
        ),
    ),
]


def report_of(key, answer, capsys):
    """Whether the checker passed `answer`, and its report on one line."""
    passed = check(key, answer)
    return passed, " ".join(capsys.readouterr().out.split())


def test_every_exercise_has_a_reference_solution_here():
    assert set(REFERENCE) == set(EXERCISES)


@pytest.mark.parametrize("key", sorted(EXERCISES))
def test_reference_solution_passes(key, capsys):
    passed, report = report_of(key, REFERENCE[key], capsys)
    assert passed, report
    assert "wrong" not in report and report.endswith("All right.")


@pytest.mark.parametrize("variant", sorted(CORRECT_VARIANTS))
def test_correct_variant_passes_with_no_diagnosis(variant, capsys):
    key, answer = CORRECT_VARIANTS[variant]
    passed, report = report_of(key, answer, capsys)
    assert passed and "wrong" not in report, report


@pytest.mark.parametrize(
    ("key", "diagnosis", "answer"),
    PLANTED,
    ids=[f"{key}: {diagnosis}" for key, diagnosis, _ in PLANTED],
)
def test_planted_mistake_is_diagnosed(key, diagnosis, answer, capsys):
    passed, report = report_of(key, answer, capsys)
    assert not passed, report
    assert diagnosis in report, report
    assert "does not recognise" not in report and "knows" not in report


@pytest.mark.parametrize("key", sorted(EXERCISES))
def test_every_diagnosis_has_a_planted_mistake(key):
    """No diagnosis goes untested: each one a checker can give is matched
    by the report of a planted mistake above."""
    spec = EXERCISES[key]
    inputs = spec.inputs(spec.cases[-1], np.random.default_rng(0))
    right = spec.gradients(inputs)
    possible = {
        name
        for name, answers in (
            spec.mistakes(inputs)
            | generic_mistakes(right, spec.means, m=spec.cases[-1]["m"])
        ).items()
        if any(answer is not None for answer in answers.values())
    }
    planted = [diagnosis for k, diagnosis, _ in PLANTED if k == key]
    untested = {
        name
        for name in possible
        if not any(diagnosis in name for diagnosis in planted)
    }
    assert not untested, f"{key}: no planted mistake for {untested}"


@pytest.mark.parametrize("key", sorted(EXERCISES))
def test_starter_runs_and_fails_without_an_answer(key, capsys):
    namespace = {}
    exec(starter(key).replace("check(", "passed = check("), namespace)
    assert namespace["passed"] is False
    assert "nothing returned yet" in capsys.readouterr().out
