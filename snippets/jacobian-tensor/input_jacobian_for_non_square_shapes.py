"""For W 2×3 and A 3×4, dZ/dA of Z = W A has shape (2, 4, 3, 4): 96 entries,
72 of them zero by structure; after vec it is the 8×12 matrix I_4 ⊗ W."""

import numpy as np
from gradcheck import numerical_jacobian

rng = np.random.default_rng(1)
W = rng.standard_normal((2, 3))  # n × q
A = rng.standard_normal((3, 4))  # q × m

tensor = numerical_jacobian(lambda A: W @ A, A)
flat = tensor.reshape(2 * 4, 3 * 4, order="F")  # rows vec Z, columns vec A
j_differs_from_l = ~np.eye(4, dtype=bool)[None, :, None, :]  # δ_jl = 0
zeros = np.broadcast_to(j_differs_from_l, tensor.shape)
print(f"four-index shape: {tensor.shape}, entries: {tensor.size}")
print(f"after vec: {flat.shape}")
print(f"zero by structure (j != l): {np.count_nonzero(zeros)}")
print(f"can be non-zero: {tensor.size - np.count_nonzero(zeros)}")

assert tensor.shape == (2, 4, 3, 4)
assert np.all(tensor[zeros] == 0.0)
assert np.allclose(flat, np.kron(np.eye(4), W), atol=1e-8)
