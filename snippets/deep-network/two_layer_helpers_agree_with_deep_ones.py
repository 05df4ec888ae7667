"""With activations ["tanh", "sigmoid"], deep_forward, deep_cost and
deep_backward compute what the two-layer helpers compute: the same output,
the same cache, the same cost and the same gradients."""

import numpy as np
from gradcheck import digits
from network import (
    cost,
    deep_backward,
    deep_cost,
    deep_forward,
    example,
    two_layer_backward,
    two_layer_forward,
)

X, Y, params = example(n0=3, n1=5, n2=2, m=7, seed=1)
activations = ["tanh", "sigmoid"]

A2, cache = two_layer_forward(X, params)
J = cost(A2, Y)  # from log(A2)
grads = two_layer_backward(X, Y, params, cache)

AL, caches = deep_forward(X, params, activations)
deep_J = deep_cost(caches["Z2"], Y, "sigmoid")  # from Z2
deep_grads = deep_backward(X, Y, params, caches, activations)

print("cache keys:", list(cache), "and", list(caches))
print("gradients: ", list(grads), "and", list(deep_grads))
print(f"cost:       {digits(J, '.6f')} and {digits(deep_J, '.6f')}")
same = (
    np.allclose(AL, A2)
    and all(np.allclose(caches[k], cache[k]) for k in cache)
    and all(np.allclose(deep_grads[k], grads[k]) for k in grads)
)
print("same output, cache and gradients:", same)
assert caches.keys() == cache.keys() and deep_grads.keys() == grads.keys()
assert np.isclose(J, deep_J) and same
