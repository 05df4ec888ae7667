"""The softmax mixes its inputs: ds/dz = diag(s) - s s.T, not diagonal;
contracting with it is a matrix-vector product, not an elementwise one."""

import numpy as np
from gradcheck import (
    bound,
    numerical_gradient,
    numerical_jacobian,
    relative_error,
    rounded,
)

np.set_printoptions(precision=4, suppress=True)
z = np.array([1.0, 2.0, 0.5])
y = np.array([0.0, 1.0, 0.0])  # a one-hot label


def softmax(z):
    e = np.exp(z - z.max())  # shifting by the max avoids overflow
    return e / e.sum()


s = softmax(z)
jacobian = np.diag(s) - np.outer(s, s)
error = relative_error(jacobian, numerical_jacobian(softmax, z))
print("diag(s) - s s.T =", rounded(jacobian), sep="\n")
print(f"against finite differences: relative error {bound(error)}")
print(f"rows sum to zero: {np.allclose(jacobian.sum(axis=1), 0)}")

# Chain rule for L = -sum(y log s): contract dL/ds = -y/s with the Jacobian,
# a matrix-vector product, not an elementwise one.
dL_ds = -y / s
contracted = jacobian.T @ dL_ds
numeric = numerical_gradient(lambda z: -np.sum(y * np.log(softmax(z))), z)
print(f"jacobian.T @ (-y / s) = {rounded(contracted)}")
print(f"s - y                 = {rounded(s - y)}")

assert error < 1e-7  # softmax is not linear: truncation error counts
assert np.count_nonzero(np.abs(jacobian) > 1e-12) == 9  # nothing is zero
assert np.allclose(jacobian.sum(axis=1), 0)
assert relative_error(contracted, numeric) < 1e-7
assert np.allclose(contracted, s - y)
