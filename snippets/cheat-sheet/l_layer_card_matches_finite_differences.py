"""Every line of the L-layer card against finite differences, on a network
with ReLU, tanh and softmax layers (L = 3) and every size different. Each
dZ[l] is checked against m times the differences of J by Z[l]."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error

rng = np.random.default_rng(7)
sizes, m = [3, 5, 4, 2], 6  # n0, n1, n2, n3
L = len(sizes) - 1
W = {l: rng.standard_normal((sizes[l], sizes[l - 1])) for l in range(1, L + 1)}
b = {l: rng.standard_normal((sizes[l], 1)) for l in range(1, L + 1)}
X = rng.standard_normal((sizes[0], m))
Y = np.eye(sizes[L])[:, rng.integers(sizes[L], size=m)]  # one-hot columns


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


g = {1: lambda Z: np.maximum(Z, 0), 2: np.tanh, 3: softmax}
g_prime_from_A = {1: lambda A: (A > 0).astype(float), 2: lambda A: 1 - A**2}


def J_from_Z(l, Z):
    """The mean cross-entropy, running the network from Z[l] onwards."""
    A = g[l](Z)
    for k in range(l + 1, L + 1):
        A = g[k](W[k] @ A + b[k])
    return -np.sum(Y * np.log(A)) / m


# Forward pass, keeping A[l] (and Z[l] for the checks).
A, Z = {0: X}, {}
for l in range(1, L + 1):
    Z[l] = W[l] @ A[l - 1] + b[l]
    A[l] = g[l](Z[l])

dZ, dW, db, dA = {L: A[L] - Y}, {}, {}, {}  # softmax output, one-hot Y
for l in range(L, 0, -1):
    dW[l] = dZ[l] @ A[l - 1].T / m  # (n_l, n_{l-1})
    db[l] = np.sum(dZ[l], axis=1, keepdims=True) / m  # (n_l, 1)
    if l > 1:
        dA[l - 1] = W[l].T @ dZ[l]  # (n_{l-1}, m)
        dZ[l - 1] = dA[l - 1] * g_prime_from_A[l - 1](A[l - 1])

grad = numerical_gradient  # finite differences, in the shape of the variable
rows = []
for l in range(L, 0, -1):

    def J_of_W(W_l, l=l):
        return J_from_Z(l, W_l @ A[l - 1] + b[l])

    def J_of_b(b_l, l=l):
        return J_from_Z(l, W[l] @ A[l - 1] + b_l)

    def J_of_Z(Z_l, l=l):
        return J_from_Z(l, Z_l)

    def J_of_A(A_prev, l=l):
        return J_from_Z(l, W[l] @ A_prev + b[l])

    rows += [
        (f"dZ[{l}]", dZ[l], m * grad(J_of_Z, Z[l])),
        (f"dW[{l}]", dW[l], grad(J_of_W, W[l])),
        (f"db[{l}]", db[l], grad(J_of_b, b[l])),
    ]
    if l > 1:
        rows.append((f"dA[{l - 1}]", dA[l - 1], m * grad(J_of_A, A[l - 1])))
smallest = digits(np.abs(Z[1]).min(), ".3f")
print(f"smallest |Z[1]|: {smallest} (ReLU's kink is far)")
print(f"{'line':6} {'shape':8} relative error")
ok = []
for name, formula, numeric in rows:
    error = relative_error(formula, numeric)
    ok.append(error < 1e-7)
    print(f"{name:6} {formula.shape!s:8} {bound(error, 1e-7)}")

assert all(ok)
