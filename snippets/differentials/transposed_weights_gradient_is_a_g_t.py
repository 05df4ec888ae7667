"""For Z = W.T A, d(Z) = d(W).T A + W.T d(A), and
<G, d(W).T A> = <A G.T, d(W)>: the gradients are A G.T by W and W G by A."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error

rng = np.random.default_rng(0)
n, q, m = 4, 3, 5
W = rng.standard_normal((n, q))  # used transposed: W.T is (q, n)
A = rng.standard_normal((n, m))
G = rng.standard_normal((q, m))  # the upstream gradient, shaped like Z


def L(W, A):
    return np.sum(G * (W.T @ A))  # a loss with dL/dZ = G exactly


grad_W = A @ G.T  # (n, m) @ (m, q) -> (n, q), the shape of W
grad_A = W @ G  # (n, q) @ (q, m) -> (n, m), the shape of A
untied = G @ A.T  # the formula for Z = W A: (q, n), the shape of W.T
numeric_W = numerical_gradient(lambda W: L(W, A), W)
numeric_A = numerical_gradient(lambda A: L(W, A), A)
error_W = relative_error(grad_W, numeric_W)
error_A = relative_error(grad_A, numeric_A)
print(f"A @ G.T {grad_W.shape} relative error {bound(error_W)}")
print(f"W @ G   {grad_A.shape} relative error {bound(error_A)}")
print(f"G @ A.T has shape {untied.shape}: it is the gradient by W.T")
assert error_W < 1e-7 and error_A < 1e-7
assert np.array_equal(untied.T, grad_W)
