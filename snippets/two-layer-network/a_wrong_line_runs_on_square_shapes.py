"""A backward pass with dA1 = dZ2 W2.T instead of W2.T dZ2 runs on square
shapes and returns arrays of the right shapes; finite differences flag
dW1 and db1, the gradients downstream of the wrong line. On week-3 shapes
the same line raises a shape error."""

import numpy as np
from gradcheck import bound, numerical_gradient, relative_error
from network import cost_as_function_of, example, two_layer_forward


# --8<-- [start:candidate]
def candidate_backward(X, Y, params, cache):
    m = X.shape[1]
    W2, A1, A2 = params["W2"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = dZ2 @ W2.T
    dZ1 = dA1 * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


# --8<-- [end:candidate]
X, Y, params = example(n0=2, n1=3, n2=3, m=3)  # n1 = n2 = m
A2, cache = two_layer_forward(X, params)
grads = candidate_backward(X, Y, params, cache)
print("n0 = 2, n1 = n2 = m = 3: the candidate runs")
for name, value in params.items():
    numeric = numerical_gradient(cost_as_function_of(name, X, Y, params), value)
    error = relative_error(grads["d" + name], numeric)
    verdict = "right" if error < 1e-7 else "WRONG"
    print(
        f"  d{name} {grads['d' + name].shape}  relative error "
        f"{bound(error):6} {verdict}"
    )
    assert grads["d" + name].shape == value.shape
    assert (error < 1e-7) == (name in ("W2", "b2")), name

X, Y, params = example(n0=2, n1=4, n2=1, m=5)  # week-3 shapes
A2, cache = two_layer_forward(X, params)
try:
    candidate_backward(X, Y, params, cache)
except ValueError as error:
    print("n0, n1, n2, m = 2, 4, 1, 5: the candidate fails")
    print(f"  {str(error).splitlines()[0]}")
else:
    raise AssertionError("dZ2 @ W2.T should not fit week-3 shapes")
