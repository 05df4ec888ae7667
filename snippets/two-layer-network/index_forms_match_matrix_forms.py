"""Every index formula of the backward pass, run as written with np.einsum
(deltas as identity matrices), equals the NumPy line it turns into."""

import numpy as np
from network import example, two_layer_backward, two_layer_forward

# Three outputs, so that every index has a range of its own.
X, Y, params = example(n0=2, n1=4, n2=3, m=5)
A2, cache = two_layer_forward(X, params)
grads = two_layer_backward(X, Y, params, cache)
W2, A1 = params["W2"], cache["A1"]
(n2, n1), m = W2.shape, X.shape[1]
delta_n2, delta_m = np.eye(n2), np.eye(m)  # δ_ik over outputs, δ_jl examples

# The NumPy lines of the page (dW and db from snippets/network.py).
dA2 = -Y / A2 + (1 - Y) / (1 - A2)
dZ2 = A2 - Y
dA1 = W2.T @ dZ2
dZ1 = W2.T @ dZ2 * (1 - A1**2)

# (gradient, index form as einsum, operands, NumPy line)
rows = [
    ("dZ2", "ij,ij,ij->ij", [dA2, A2, 1 - A2], dZ2),
    ("dW2", "ij,ik,lj->kl", [dZ2 / m, delta_n2, A1], grads["dW2"]),
    ("dW2", "kj,lj->kl", [dZ2 / m, A1], grads["dW2"]),
    ("db2", "ij,ik->k", [dZ2 / m, delta_n2], grads["db2"][:, 0]),
    ("db2", "kj->k", [dZ2 / m], grads["db2"][:, 0]),
    ("dA1", "ij,ik,jl->kl", [dZ2, W2, delta_m], dA1),
    ("dA1", "ik,il->kl", [W2, dZ2], dA1),
    ("dZ1", "ik,il,kl->kl", [W2, dZ2, 1 - A1**2], dZ1),
    ("dW1", "kj,lj->kl", [dZ1 / m, X], grads["dW1"]),
    ("db1", "kj->k", [dZ1 / m], grads["db1"][:, 0]),
]
print(f"n0 = {X.shape[0]}, n1 = {n1}, n2 = {n2}, m = {m}")
print("gradient  einsum of the index form   equals the NumPy line")
for name, spec, operands, line in rows:
    equal = np.allclose(np.einsum(spec, *operands), line)
    print(f"{name:9} {spec:28} {equal}")
    assert equal, (name, spec)
