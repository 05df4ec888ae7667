"""snippets/network.py computes the gradients of the mean cost J, on any shapes;
a gradient check tells its formulas from plausible wrong ones."""

import numpy as np
import pytest
from gradcheck import numerical_gradient, relative_error
from network import (
    cost,
    cost_as_function_of,
    example,
    two_layer_backward,
    two_layer_forward,
)

# (n0, n1, n2, m): the course's week-3 shapes, square ones, one example, ...
SHAPES = [(2, 4, 1, 5), (3, 3, 3, 3), (5, 2, 3, 1), (1, 1, 1, 7), (4, 6, 2, 9)]


def numerical_gradients(X, Y, params):
    return {
        "d" + name: numerical_gradient(
            cost_as_function_of(name, X, Y, params), value
        )
        for name, value in params.items()
    }


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_forward_shapes(shape):
    _, n1, n2, m = shape
    X, _, params = example(*shape)
    A2, cache = two_layer_forward(X, params)
    assert A2.shape == (n2, m)
    assert {name: value.shape for name, value in cache.items()} == {
        "Z1": (n1, m),
        "A1": (n1, m),
        "Z2": (n2, m),
        "A2": (n2, m),
    }
    assert np.all((A2 > 0) & (A2 < 1))


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_backward_matches_finite_differences_of_the_mean_cost(shape):
    X, Y, params = example(*shape)
    _, cache = two_layer_forward(X, params)
    grads = two_layer_backward(X, Y, params, cache)
    numeric = numerical_gradients(X, Y, params)
    assert grads.keys() == numeric.keys()
    for name, grad in grads.items():
        assert grad.shape == params[name[1:]].shape, name
        assert relative_error(grad, numeric[name]) < 1e-6, name


def test_cost_is_the_mean_binary_cross_entropy():
    A2 = np.array([[0.9, 0.2, 0.6]])
    Y = np.array([[1.0, 0.0, 1.0]])
    by_hand = -(np.log(0.9) + np.log(0.8) + np.log(0.6)) / 3
    assert cost(A2, Y) == pytest.approx(by_hand)


def backward_with_a_mistake(mistake, X, Y, params, cache):
    """two_layer_backward with one plausible one-line mistake."""
    m = X.shape[1]
    grads = two_layer_backward(X, Y, params, cache)
    A1, A2, W2 = cache["A1"], cache["A2"], params["W2"]
    if mistake == "no 1/m in dW2":
        grads["dW2"] = (A2 - Y) @ A1.T
    elif mistake == "sigmoid' instead of tanh'":
        dZ1 = (W2.T @ (A2 - Y)) * A1 * (1 - A1)
        grads["dW1"] = dZ1 @ X.T / m
    elif mistake == "Y - A2 for dZ2":
        grads["db2"] = np.sum(Y - A2, axis=1, keepdims=True) / m
    return grads


@pytest.mark.parametrize(
    "mistake", ["no 1/m in dW2", "sigmoid' instead of tanh'", "Y - A2 for dZ2"]
)
def test_gradient_check_catches_a_plausible_mistake(mistake):
    X, Y, params = example(3, 4, 2, 6)
    _, cache = two_layer_forward(X, params)
    broken = backward_with_a_mistake(mistake, X, Y, params, cache)
    numeric = numerical_gradients(X, Y, params)
    errors = [relative_error(broken[k], numeric[k]) for k in broken]
    assert max(errors) > 1e-2
    assert sorted(errors)[-2] < 1e-6  # only the mistaken gradient is off
