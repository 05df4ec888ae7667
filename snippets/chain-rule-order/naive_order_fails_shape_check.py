"""With non-square shapes, the scalar order G @ A does not even run."""

import numpy as np

rng = np.random.default_rng(0)
W = rng.standard_normal((3, 4))  # n×p
A = rng.standard_normal((4, 5))  # p×m
G = rng.standard_normal((3, 5))  # dL/dZ has the shape of Z = W A: n×m

try:
    G @ A
except ValueError as error:
    print(f"G @ A:   {G.shape} @ {A.shape} -> ValueError")
    print(f"  {error}")
else:
    raise AssertionError("G @ A should not have run")

print(f"G @ A.T: {G.shape} @ {A.T.shape} -> {(G @ A.T).shape}, the shape of W")
assert (G @ A.T).shape == W.shape
