"""Every symbol of the two-layer network, with its shape: each gradient dV
has the shape of V."""

from network import example, two_layer_backward, two_layer_forward

n0, n1, n2, m = 2, 4, 1, 5  # inputs, hidden units, outputs, examples
X, Y, params = example(n0, n1, n2, m)  # example j is column X[:, j]
A2, cache = two_layer_forward(X, params)
grads = two_layer_backward(X, Y, params, cache)
# The backward pass's per-example gradients (derived on the two-layer page).
dA2 = -Y / A2 + (1 - Y) / (1 - A2)
dZ2 = A2 - Y
dA1 = params["W2"].T @ dZ2
dZ1 = dA1 * (1 - cache["A1"] ** 2)

rules = {
    "X = A0": (X, (n0, m), "n0 × m"),
    "W1": (params["W1"], (n1, n0), "n1 × n0"),
    "b1": (params["b1"], (n1, 1), "n1 × 1"),
    "Z1, A1": (cache["Z1"], (n1, m), "n1 × m"),
    "W2": (params["W2"], (n2, n1), "n2 × n1"),
    "b2": (params["b2"], (n2, 1), "n2 × 1"),
    "Z2, A2": (cache["A2"], (n2, m), "n2 × m"),
    "Y": (Y, (n2, m), "n2 × m"),
    "dA2": (dA2, (n2, m), "n2 × m, as A2"),
    "dZ2": (dZ2, (n2, m), "n2 × m, as Z2"),
    "dW2": (grads["dW2"], (n2, n1), "n2 × n1, as W2"),
    "db2": (grads["db2"], (n2, 1), "n2 × 1, as b2"),
    "dA1": (dA1, (n1, m), "n1 × m, as A1"),
    "dZ1": (dZ1, (n1, m), "n1 × m, as Z1"),
    "dW1": (grads["dW1"], (n1, n0), "n1 × n0, as W1"),
    "db1": (grads["db1"], (n1, 1), "n1 × 1, as b1"),
}
print(f"n0 = {n0}, n1 = {n1}, n2 = {n2}, m = {m}\n")
print("symbol   shape    rule")
for name, (array, expected, rule) in rules.items():
    print(f"{name:8} {array.shape!s:8} {rule}")
    assert array.shape == expected, name
assert cache["Z1"].shape == cache["A1"].shape
assert cache["Z2"].shape == cache["A2"].shape
