"""In dZ1 = (W2.T @ dZ2) * g1'(Z1), @ sums over the output units and *
sums nothing. With one output unit, W2.T * dZ2 happens to equal W2.T @ dZ2
(broadcasting builds the same outer product); with two it fails."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, example, sigmoid, two_layer_forward

for n2 in [1, 2]:
    X, Y, params = example(n0=2, n1=4, n2=n2, m=5)
    W2, b2, m = params["W2"], params["b2"], X.shape[1]
    A2, cache = two_layer_forward(X, params)
    Z1, A1, dZ2 = cache["Z1"], cache["A1"], A2 - Y
    print(f"n2 = {n2}: W2.T {W2.T.shape}, dZ2 {dZ2.shape}")

    dZ1 = (W2.T @ dZ2) * (1 - A1**2)  # @ for the sum, * for no sum
    numeric = m * numerical_gradient(
        lambda Z1, W2=W2, b2=b2, Y=Y: cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y),
        Z1,
    )
    matches = relative_error(dZ1, numeric) < 1e-7
    print(f"  (W2.T @ dZ2) * (1 - A1**2) matches: {matches}")
    assert matches
    try:
        accident = np.allclose(W2.T * dZ2, W2.T @ dZ2)
    except ValueError:
        print("  W2.T * dZ2 fails: shapes do not broadcast")
        assert n2 == 2
    else:
        print(f"  W2.T * dZ2 equals W2.T @ dZ2: {accident}")
        assert accident and n2 == 1
