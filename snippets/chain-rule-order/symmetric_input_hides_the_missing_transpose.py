"""When A is symmetric, the wrong order G @ A equals dL/dW = G @ A.T for
every G, so a gradient check at a symmetric input cannot see the mistake."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error
from running_example import A, G, W, loss

np.set_printoptions(precision=4, suppress=True)
inputs = {
    "running example A": A,  # not symmetric
    "symmetric A": np.array([[2.0, 1.0], [1.0, 3.0]]),
    "identity": np.eye(2),  # a common default input, and symmetric
}
for name, A_test in inputs.items():
    # Z = W A_test and the page's loss L = sum of G * Z, by W.
    numeric = numerical_gradient(lambda W, A=A_test: loss(W @ A), W)
    error = relative_error(G @ A_test, numeric)
    shown = digits(error, ".2f") if error > 1e-3 else bound(error)
    print(f"{name:18} relative error of G @ A: {shown}")
    assert (error < 1e-8) == np.array_equal(A_test, A_test.T)
