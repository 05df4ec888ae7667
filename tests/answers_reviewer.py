"""The reviewer's cases: two right answers the checker once rejected, one
wrong answer it once accepted, and the mistakes it once left unnamed."""

import numpy as np
from answers_right import batchnorm_backward
from answers_wrong import db_summed_over_axis0
from answers_wrong_networks import (
    batchnorm_without_gamma,
    dgamma_from_raw_z,
    with_dZ1,
)


def _dropout_in_place(dA, mask, keep_prob):
    dA *= mask
    dA /= keep_prob
    return dA


def _linear_in_place(dZ, A, W):
    m = A.shape[1]
    dA = W.T @ dZ
    dZ /= m
    return dZ @ A.T, np.sum(dZ, axis=1, keepdims=True), dA


def _new_mask(dA, mask, keep_prob):
    # Seeded, so that the test is the same every run: an unseeded mask can
    # come out all ones now and then (0.8**15 is 3.5 %), and the report then
    # rightly says that the mask is missing.
    fresh = np.random.default_rng(0).random(dA.shape) < keep_prob
    return dA * fresh / keep_prob


def _double_m(X, Y, params, cache):
    m = X.shape[1]
    dZ2 = (cache["A2"] - Y) / m  # one course's dZ, with the 1/m in it
    dZ1 = params["W2"].T @ dZ2 * (1 - cache["A1"] ** 2)
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": dZ1.sum(1, keepdims=True) / m,
        "dW2": dZ2 @ cache["A1"].T / m,
        "db2": dZ2.sum(1, keepdims=True) / m,
    }


REVIEWER = [
    ("dropout in place", "dropout-backward", _dropout_in_place, True),
    ("linear-backward with dZ /= m", "linear-backward", _linear_in_place, True),
    (
        "batch norm returning a list",
        "batchnorm-backward",
        lambda *a: list(batchnorm_backward(*a)),
        True,
    ),
    (
        "keep_prob hard-coded as 0.8",
        "dropout-backward",
        lambda dA, mask, p: dA * mask / 0.8,
        "keep_prob hard-coded",
    ),
    ("a mask drawn afresh", "dropout-backward", _new_mask, "zeros are not"),
    (
        "divided by 1 - keep_prob",
        "dropout-backward",
        lambda dA, mask, p: dA * mask / (1 - p),
        "1 - keep_prob",
    ),
    (
        "(1 - tanh Z)^2",
        "two-layer-backward",
        with_dZ1(lambda c: (1 - np.tanh(c["Z1"])) ** 2),
        "(1 - tanh)^2 at Z1",
    ),
    ("a double 1/m", "two-layer-backward", _double_m, "an extra 1/m"),
    (
        "gamma forgotten",
        "batchnorm-backward",
        batchnorm_without_gamma,
        "gamma left out",
    ),
    (
        "dgamma from the raw Z",
        "batchnorm-backward",
        dgamma_from_raw_z,
        "raw Z",
    ),
    (
        "db summed over axis=0",
        "linear-backward",
        db_summed_over_axis0,
        "axis 0",
    ),
]
