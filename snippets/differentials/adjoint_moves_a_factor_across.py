"""A factor moves to the other side of the inner product by transposing:
<G, W V> = <W.T G, V>, <G, V A> = <G A.T, V>, <G, v 1.T> = <G 1, v>."""

import numpy as np
from gradcheck import digits

rng = np.random.default_rng(0)
n, q, m = 3, 4, 5  # no two sizes equal, so a wrong shape cannot hide
G = rng.standard_normal((n, m))  # shaped like Z = W A + b 1.T
W, A = rng.standard_normal((n, q)), rng.standard_normal((q, m))
change_W = rng.standard_normal((n, q))  # any changes: the rule is exact
change_A = rng.standard_normal((q, m))
change_b = rng.standard_normal((n, 1))
ones = np.ones((m, 1))  # the column 1 of m ones


def inner(P, Q):
    """<P, Q>: the sum of P[i,j] Q[i,j], with loops over the entries."""
    assert P.shape == Q.shape, f"shapes differ: {P.shape} and {Q.shape}"
    return sum(P[i, j] * Q[i, j] for i, j in np.ndindex(P.shape))


def show(left, left_value, right, right_value):
    shown = digits(left_value, "7.4f"), digits(right_value, "7.4f")
    print(f"{left:13} = {shown[0]}    {right:13} = {shown[1]}")
    assert np.isclose(left_value, right_value), right


# W multiplies d(A) from the left, so W.T multiplies G from the left.
left = inner(G, W @ change_A)
right = inner(W.T @ G, change_A)
show("<G, W d(A)>", left, "<W.T G, d(A)>", right)

# A multiplies d(W) from the right, so A.T multiplies G from the right.
left = inner(G, change_W @ A)
right = inner(G @ A.T, change_W)
show("<G, d(W) A>", left, "<G A.T, d(W)>", right)

# 1.T multiplies d(b) from the right, so 1 multiplies G from the right.
left = inner(G, change_b @ ones.T)
right = inner(G @ ones, change_b)
show("<G, d(b) 1.T>", left, "<G 1, d(b)>", right)
