"""two_layer_backward from snippets/network.py agrees with finite
differences of J for every parameter, on shapes that are not square."""

from gradcheck import bound, numerical_gradient, relative_error
from network import (
    cost_as_function_of,
    example,
    two_layer_backward,
    two_layer_forward,
)

X, Y, params = example(n0=3, n1=5, n2=2, m=7, seed=1)
A2, cache = two_layer_forward(X, params)
grads = two_layer_backward(X, Y, params, cache)


for name, value in params.items():
    numeric = numerical_gradient(cost_as_function_of(name, X, Y, params), value)
    error = relative_error(grads["d" + name], numeric)
    magnitude = bound(error)
    print(f"d{name} {value.shape!s:7} relative error {magnitude}")
    assert error < 1e-7, name  # not linear: truncation error counts too
