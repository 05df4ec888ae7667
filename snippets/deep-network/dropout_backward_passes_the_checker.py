"""Inverted dropout's backward step applies the same mask and scale:
dA_unmasked = dA * mask / keep_prob passes the exercise's checker."""

from practice_regularization import check


def dropout_backward(dA, mask, keep_prob):
    return dA * mask / keep_prob  # a dropped unit passes no gradient back


assert check("dropout-backward", dropout_backward)
