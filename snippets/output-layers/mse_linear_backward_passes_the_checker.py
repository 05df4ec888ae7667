"""A linear output with the halved squared error: dZ = A - Y (a gradient of
the summed loss) passes the exercise's checker."""

from practice_outputs import check


def mse_linear_backward(A, Y):
    return A - Y  # d/da of (1/2)||a - y||^2, and A = Z


assert check("mse-linear-backward", mse_linear_backward)
