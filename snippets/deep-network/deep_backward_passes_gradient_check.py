"""deep_backward agrees with finite differences of J for every parameter of
networks of depth 1 to 4, with every hidden activation and both output
layers, on shapes in which no two sizes are equal."""

from gradcheck import bound, numerical_gradient, relative_error
from network import (
    deep_backward,
    deep_cost_as_function_of,
    deep_example,
    deep_forward,
)

NETWORKS = [  # layer sizes n0, ..., nL; activations g[1], ..., g[L]; m
    ([4, 3], ["softmax"], 5),
    ([3, 5, 2], ["relu", "sigmoid"], 6),
    ([2, 6, 4, 3], ["tanh", "sigmoid", "softmax"], 5),
    ([3, 5, 4, 6, 2], ["relu", "tanh", "sigmoid", "softmax"], 7),
    ([4, 3, 5, 2, 1], ["sigmoid", "relu", "tanh", "sigmoid"], 6),
]
print("L  activations                   worst relative error")
for sizes, activations, m in NETWORKS:
    X, Y, params = deep_example(sizes, activations, m, seed=2)
    _, caches = deep_forward(X, params, activations)
    grads = deep_backward(X, Y, params, caches, activations)
    errors = []
    for name, value in params.items():
        J = deep_cost_as_function_of(name, X, Y, params, activations)
        numeric = numerical_gradient(J, value)
        errors.append(relative_error(grads["d" + name], numeric))
    worst = max(errors)  # over dW1, db1, ..., dWL, dbL
    names = " ".join(activations)
    print(f"{len(activations)}  {names:29} {bound(worst)}")
    assert worst < 1e-7, (sizes, activations)
