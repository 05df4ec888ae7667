"""In float32 a gradient check of a correct backward pass cannot go much
below 1e-4: eps is 1.2e-7 instead of 2.2e-16, so the rounding term
eps |J| / h swamps h = 1e-6, and the best h, near eps^(1/3) (1e-2 to 1e-3),
leaves an error near eps^(2/3). The backward pass itself is as accurate in
float32 as float32 allows; it is the finite difference that is coarse."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import (
    cost_as_function_of,
    example,
    two_layer_backward,
    two_layer_forward,
)


def numerical_gradient_float32(f, X, h):
    """numerical_gradient's loop with every number in float32 (the helper
    in gradcheck.py computes in float64)."""
    X = np.array(X, dtype=np.float32)
    h = np.float32(h)
    grad = np.zeros_like(X)
    for index in np.ndindex(X.shape):
        original = X[index]
        X[index] = original + h
        f_plus = f(X)
        X[index] = original - h
        f_minus = f(X)
        X[index] = original
        grad[index] = (f_plus - f_minus) / (2 * h)
    return grad


X, Y, params = example(n0=3, n1=4, n2=2, m=5, seed=0)
X32, Y32 = X.astype(np.float32), Y.astype(np.float32)
params32 = {name: value.astype(np.float32) for name, value in params.items()}

dW1 = two_layer_backward(X, Y, params, two_layer_forward(X, params)[1])["dW1"]
_, cache32 = two_layer_forward(X32, params32)
dW1_32 = two_layer_backward(X32, Y32, params32, cache32)["dW1"]
J32 = cost_as_function_of("W1", X32, Y32, params32)
assert dW1_32.dtype == np.float32 and J32(params32["W1"]).dtype == np.float32


def float32_error(h):
    """The float32 check of dW1 with step h: relative error."""
    numeric = numerical_gradient_float32(J32, params32["W1"], h)
    return relative_error(dW1_32, numeric)


backward = relative_error(dW1_32, dW1)
tiny, mid, best = float32_error(1e-6), float32_error(1e-3), float32_error(1e-2)
J64 = cost_as_function_of("W1", X, Y, params)
f64 = relative_error(dW1, numerical_gradient(J64, params["W1"]))
print(f"float32 eps = {np.finfo(np.float32).eps:.1e}")
print(f"dW1, float32 against float64: relative error < 1e-6: {backward < 1e-6}")
print("finite differences in float32, against the float32 dW1:")
print(f"  h = 1e-6: relative error > 1e-2: {tiny > 1e-2}")
print(f"  h = 1e-3: 1e-4 < relative error < 1e-2: {1e-4 < mid < 1e-2}")
print(f"  h = 1e-2: 1e-5 < relative error < 1e-3: {1e-5 < best < 1e-3}")
print(
    f"the same check in float64, h = 1e-6: relative error < 1e-7: {f64 < 1e-7}"
)

assert backward < 1e-6 and tiny > 1e-2 and f64 < 1e-7
assert 1e-4 < mid < 1e-2 and 1e-5 < best < 1e-3
