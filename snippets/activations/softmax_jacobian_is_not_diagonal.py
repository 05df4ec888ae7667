"""The softmax mixes its inputs: ds/dz = diag(s) - s s.T, not diagonal;
with cross-entropy the gradient still simplifies to s - y."""

import numpy as np
from gradcheck import numerical_gradient, numerical_jacobian, relative_error

np.set_printoptions(precision=4, suppress=True)
z = np.array([1.0, 2.0, 0.5])
y = np.array([0.0, 1.0, 0.0])  # a one-hot label


def softmax(z):
    e = np.exp(z - z.max())  # shifting by the max avoids overflow
    return e / e.sum()


s = softmax(z)
jacobian = np.diag(s) - np.outer(s, s)
print("diag(s) - s s.T =", jacobian, sep="\n")
print(f"rows sum to zero: {np.allclose(jacobian.sum(axis=1), 0)}")

# Chain rule for L = -sum(y log s): contract dL/ds = -y/s with the Jacobian,
# a matrix-vector product, not an elementwise one.
dL_ds = -y / s
contracted = jacobian.T @ dL_ds
numeric = numerical_gradient(lambda z: -np.sum(y * np.log(softmax(z))), z)
print(f"jacobian.T @ (-y / s) = {contracted}")
print(f"s - y                 = {s - y}")

assert relative_error(jacobian, numerical_jacobian(softmax, z)) < 1e-8
assert np.count_nonzero(np.abs(jacobian) > 1e-12) == 9  # nothing is zero
assert np.allclose(jacobian.sum(axis=1), 0)
assert np.allclose(contracted, s - y)
assert relative_error(s - y, numeric) < 1e-8
