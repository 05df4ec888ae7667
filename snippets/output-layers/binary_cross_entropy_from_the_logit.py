"""Binary cross-entropy computed from the logit z, with
log sigmoid(z) = -logaddexp(0, -z) and log(1 - sigmoid(z)) = -logaddexp(0, z),
stays finite where log(sigmoid(z)) gives -inf, agrees with the naive loss
where that one works, and its derivative by z is sigmoid(z) - y."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error, rounded

np.set_printoptions(precision=4, suppress=True)
ZL = np.array([[-3.0, 0.5, 40.0, -800.0]])  # (n_L, m) = (1, 4)
Y = np.array([[1.0, 0.0, 0.0, 1.0]])  # the last two: confident and wrong


# --8<-- [start:stable]
def binary_cross_entropy(Z, Y):
    """Entrywise -(y log sigmoid(z) + (1 - y) log(1 - sigmoid(z)))."""
    return Y * np.logaddexp(0, -Z) + (1 - Y) * np.logaddexp(0, Z)


# --8<-- [end:stable]
# sigmoid(40) rounds to exactly 1.0, so log(1 - A) = log(0) = -inf; e^800
# overflows, so sigmoid(-800) = 0 and log(A) = -inf. We silence NumPy's
# RuntimeWarnings for this demonstration only, so none reach standard error.
with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
    A = 1 / (1 + np.exp(-ZL))
    naive = -(Y * np.log(A) + (1 - Y) * np.log(1 - A))
stable = binary_cross_entropy(ZL, Y)
print(f"sigmoid(z)             = {rounded(A.ravel())}")
print(f"naive loss             = {rounded(naive.ravel())}")
print(f"loss from the logit    = {rounded(stable.ravel())}")

# dZ = sigmoid(Z) - Y, with sigmoid(Z) = exp(log sigmoid(Z)), also stable.
dZL = np.exp(-np.logaddexp(0, -ZL)) - Y
numeric = numerical_gradient(lambda Z: np.sum(binary_cross_entropy(Z, Y)), ZL)
error = relative_error(dZL, numeric)
print(f"dZ = sigmoid(Z) - Y    = {rounded(dZL.ravel())}")
print(f"finite differences     = {rounded(numeric.ravel())}")
print(f"relative error: {bound(error)}")

assert np.isinf(naive[0, 2:]).all()
assert np.allclose(stable[0, :2], naive[0, :2])
# For large |z| the loss is |z| + log(1 + e^-|z|), which is |z| in float64.
assert stable[0, 2] == 40.0 and stable[0, 3] == 800.0
assert error < 1e-7
