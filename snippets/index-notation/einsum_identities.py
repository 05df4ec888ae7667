"""Everyday matrix operations as einsum strings, each checked against NumPy."""

import numpy as np

rng = np.random.default_rng(0)
P, Q = rng.standard_normal((3, 4)), rng.standard_normal((3, 4))
M, S = rng.standard_normal((4, 2)), rng.standard_normal((3, 3))
x, y = rng.standard_normal(4), rng.standard_normal(3)

# (operation, NumPy spelling, einsum string, operands, NumPy's result)
identities = [
    ("transpose", "P.T", "ij->ji", [P], P.T),
    ("trace", "np.trace(S)", "ii->", [S], np.trace(S)),
    ("matrix times vector", "P @ x", "ip,p->i", [P, x], P @ x),
    ("matrix times matrix", "P @ M", "ip,pj->ij", [P, M], P @ M),
    ("transpose times matrix", "P.T @ Q", "pi,pj->ij", [P, Q], P.T @ Q),
    ("matrix times transpose", "P @ Q.T", "ip,jp->ij", [P, Q], P @ Q.T),
    ("outer product", "np.outer(y, x)", "i,j->ij", [y, x], np.outer(y, x)),
    ("elementwise product", "P * Q", "ij,ij->ij", [P, Q], P * Q),
    ("sum of all products", "np.sum(P * Q)", "ij,ij->", [P, Q], np.sum(P * Q)),
    ("sum over columns", "P.sum(axis=1)", "ij->i", [P], P.sum(axis=1)),
]
print(f"{'operation':24} {'NumPy':16} {'einsum':11} equal")
for name, spelling, spec, operands, expected in identities:
    equal = np.allclose(np.einsum(spec, *operands), expected)
    print(f"{name:24} {spelling:16} {spec:11} {equal}")
    assert equal, name
