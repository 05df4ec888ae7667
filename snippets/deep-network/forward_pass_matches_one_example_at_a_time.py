"""deep_forward runs Z[l] = W[l] A[l-1] + b[l], A[l] = g[l](Z[l]) on all m
columns at once; column j is what example j gives on its own."""

import numpy as np
from network import deep_example, deep_forward

SIZES = [3, 5, 4, 6, 2]  # n0, ..., n4: four layers, every size different
ACTIVATIONS = ["relu", "tanh", "sigmoid", "softmax"]
X, Y, params = deep_example(SIZES, ACTIVATIONS, m=7, seed=2)
AL, caches = deep_forward(X, params, ACTIVATIONS)

print(f"X  {X.shape}")
for l, name in enumerate(ACTIVATIONS, start=1):
    W, b = params[f"W{l}"], params[f"b{l}"]
    Z, A = caches[f"Z{l}"], caches[f"A{l}"]
    print(f"W{l} {W.shape}  b{l} {b.shape}  Z{l}, A{l} {Z.shape}  {name}")

# Example j alone, one unit i at a time: z_i = sum_p W_ip a_p + b_i.
g = {
    "tanh": np.tanh,
    "relu": lambda z: max(z, 0.0),
    "sigmoid": lambda z: 1 / (1 + np.exp(-z)),
}
matches = []
for j in range(X.shape[1]):
    a = list(X[:, j])
    for l, name in enumerate(ACTIVATIONS, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        z = [
            sum(W[i, p] * a[p] for p in range(len(a))) + b[i, 0]
            for i in range(len(b))
        ]
        if name == "softmax":
            a = [np.exp(zi) / sum(np.exp(zk) for zk in z) for zi in z]
        else:
            a = [g[name](zi) for zi in z]
        matches.append(np.allclose(caches[f"Z{l}"][:, j], z))
        matches.append(np.allclose(caches[f"A{l}"][:, j], a))
print("every column matches its example run alone:", all(matches))
assert all(matches)
