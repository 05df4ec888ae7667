"""With the penalty lambda / (2m) * ||W||^2, dW gains (lambda / m) W and db
is unchanged: the layer's backward pass passes the exercise's checker."""

import numpy as np
from practice_regularization import check


def linear_backward_with_decay(dZ, A, W, lambd):
    m = A.shape[1]
    dW = dZ @ A.T / m + lambd / m * W
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return dW, db


assert check("l2-weight-decay", linear_backward_with_decay)
