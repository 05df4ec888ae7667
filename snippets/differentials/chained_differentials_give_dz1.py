"""An elementwise factor crosses the inner product unchanged:
<P, Q * R> = <P * Q, R>. With it, the differentials of the two-layer
network give the course's dZ1 = (W2.T dZ2) * g1'(Z1)."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import cost, example, sigmoid, two_layer_forward

# The rule, by loops over the entries, on random 4 × 5 arrays.
rng = np.random.default_rng(0)
P, Q, R = (rng.standard_normal((4, 5)) for _ in range(3))
left = sum(P[i, j] * (Q[i, j] * R[i, j]) for i, j in np.ndindex(4, 5))
right = sum((P[i, j] * Q[i, j]) * R[i, j] for i, j in np.ndindex(4, 5))
print(f"<P, Q * R> = {left:.4f}   <P * Q, R> = {right:.4f}")
assert np.isclose(left, right)

# The course's week-3 network: n0 = 2, n1 = 4, n2 = 1, m = 5.
X, Y, params = example(n0=2, n1=4, n2=1, m=5)
A2, cache = two_layer_forward(X, params)
W2, b2, m = params["W2"], params["b2"], X.shape[1]
A1 = cache["A1"]
dZ2 = A2 - Y  # the gradient of the summed loss mJ by Z2, (1, 5)
# dL = <dZ2, W2 d(A1)> = <W2.T dZ2, d(A1)> = <W2.T dZ2, g1'(Z1) * d(Z1)>
#    = <(W2.T dZ2) * g1'(Z1), d(Z1)>
dZ1 = (W2.T @ dZ2) * (1 - A1**2)  # (4, 5); tanh'(Z1) = 1 - A1**2
numeric = m * numerical_gradient(
    lambda Z1: cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y), cache["Z1"]
)
error = relative_error(dZ1, numeric)
print("(W2.T @ dZ2) * (1 - A1**2) against m × finite differences of J:")
print(f"shape {dZ1.shape}, relative error {bound(error)}")
assert error < 1e-7
