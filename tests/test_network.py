"""snippets/network.py computes the gradients of the mean cost J, on any shapes;
a gradient check tells its formulas from plausible wrong ones."""

from decimal import Decimal, localcontext

import numpy as np
import pytest
from gradcheck import numerical_gradient, relative_error
from network import (
    cost,
    cost_as_function_of,
    deep_backward,
    deep_cost,
    deep_cost_as_function_of,
    deep_example,
    deep_forward,
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


# (layer sizes n0, ..., nL; activations; m): depths 1 to 4, both output
# layers, every hidden activation, sizes that differ, and one square network
# in which every matrix is 3 x 3 (where a transposed or misordered product
# would still run).
DEEP = [
    ((3, 2), ["sigmoid"], 5),
    ((4, 3), ["softmax"], 6),
    ((3, 5, 2), ["relu", "sigmoid"], 7),
    ((2, 4, 3), ["tanh", "softmax"], 5),
    ((4, 3, 5, 1), ["sigmoid", "relu", "sigmoid"], 6),
    ((5, 2, 6, 4), ["relu", "tanh", "softmax"], 3),
    ((2, 6, 4, 3, 1), ["relu", "tanh", "sigmoid", "sigmoid"], 4),
    ((3, 4, 5, 2, 3), ["tanh", "sigmoid", "relu", "softmax"], 2),
    ((3, 3, 3, 3), ["tanh", "relu", "softmax"], 3),
]


def deep_id(case):
    sizes, activations, m = case
    return f"{'-'.join(map(str, sizes))}_{'-'.join(activations)}_m{m}"


@pytest.mark.parametrize("case", DEEP, ids=map(deep_id, DEEP))
def test_deep_forward_shapes(case):
    sizes, activations, m = case
    X, _, params = deep_example(sizes, activations, m)
    AL, caches = deep_forward(X, params, activations)
    L = len(activations)
    assert AL.shape == (sizes[-1], m)
    assert AL is caches[f"A{L}"]
    expected = {}
    for l in range(1, L + 1):
        expected[f"Z{l}"] = expected[f"A{l}"] = (sizes[l], m)
    assert {name: value.shape for name, value in caches.items()} == expected
    assert np.all((AL > 0) & (AL < 1))
    if activations[-1] == "softmax":
        assert np.allclose(AL.sum(axis=0), 1)


@pytest.mark.parametrize("case", DEEP, ids=map(deep_id, DEEP))
def test_deep_backward_matches_finite_differences_of_the_mean_cost(case):
    sizes, activations, m = case
    X, Y, params = deep_example(sizes, activations, m)
    _, caches = deep_forward(X, params, activations)
    grads = deep_backward(X, Y, params, caches, activations)
    assert list(grads) == ["d" + name for name in params]  # dW1, db1, ...
    for name, value in params.items():
        J = deep_cost_as_function_of(name, X, Y, params, activations)
        numeric = numerical_gradient(J, value)
        assert grads["d" + name].shape == value.shape, name
        assert relative_error(grads["d" + name], numeric) < 1e-6, name


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_two_layer_helpers_agree_with_the_deep_ones(shape):
    X, Y, params = example(*shape)
    activations = ["tanh", "sigmoid"]
    A2, cache = two_layer_forward(X, params)
    AL, caches = deep_forward(X, params, activations)
    assert np.allclose(AL, A2)
    assert caches.keys() == cache.keys()
    for name in cache:
        assert np.allclose(caches[name], cache[name]), name
    assert deep_cost(caches["Z2"], Y, "sigmoid") == pytest.approx(cost(A2, Y))
    two_layer = two_layer_backward(X, Y, params, cache)
    deep = deep_backward(X, Y, params, caches, activations)
    assert deep.keys() == two_layer.keys()
    for name in two_layer:
        assert np.allclose(deep[name], two_layer[name]), name


def test_deep_cost_is_the_mean_cross_entropy():
    Z = np.array([[2.0, -1.0, 0.5], [0.0, 1.0, -0.5]])
    Y = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])
    A = 1 / (1 + np.exp(-Z))
    binary = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / 3
    assert deep_cost(Z, Y, "sigmoid") == pytest.approx(binary)
    S = np.exp(Z) / np.exp(Z).sum(axis=0)
    categorical = -np.sum(Y * np.log(S)) / 3
    assert deep_cost(Z, Y, "softmax") == pytest.approx(categorical)


def test_deep_cost_and_softmax_stay_finite_for_large_z():
    Z = np.array([[1000.0, -1000.0], [0.0, 0.0]])
    Y = np.array([[0.0, 1.0], [1.0, 0.0]])
    # log(AL) would be log(0) = -inf here; underflow to 0 is harmless
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        # the entries at +-1000 are wrong by 1000 each, those at 0 cost log 2
        binary = deep_cost(Z, Y, "sigmoid")
        # each column's label is 1000 below the largest entry
        categorical = deep_cost(Z, Y, "softmax")
        AL, _ = deep_forward(
            np.eye(2), {"W1": Z, "b1": np.zeros((2, 1))}, ["softmax"]
        )
    assert binary == pytest.approx((2000 + 2 * np.log(2)) / 2)
    assert categorical == pytest.approx(2000 / 2)
    assert np.array_equal(AL, [[1.0, 0.0], [0.0, 1.0]])


def binary_cross_entropy_in_decimals(z, y):
    """-(y log a + (1 - y) log(1 - a)) for a = sigmoid(z), in decimals of
    400 digits: 1 + e^-300 (1e-130) keeps its digits, a never rounds to 1."""

    def log_one_plus_exp(t):
        return (1 + t.exp()).ln()

    with localcontext(prec=400):
        z, y = Decimal(z), Decimal(y)
        return float(y * log_one_plus_exp(-z) + (1 - y) * log_one_plus_exp(z))


@pytest.mark.parametrize("z", [30.0, 40.0, 300.0, -30.0, -40.0, -300.0])
@pytest.mark.parametrize("label", ["right", "wrong"])
def test_deep_cost_keeps_the_tiny_and_the_huge_losses_of_confident_units(
    z, label
):
    """At |z| >= 30, a right answer costs about e^-|z| (4.2e-18 at 40) and a
    wrong one about |z|: both to full relative precision."""
    y = float(z > 0) if label == "right" else float(z < 0)
    expected = binary_cross_entropy_in_decimals(z, y)
    J = deep_cost(np.array([[z]]), np.array([[y]]), "sigmoid")
    assert abs(J - expected) <= 1e-12 * expected
    assert (expected < 1e-12) == (label == "right")


@pytest.mark.parametrize(
    "Y",
    [
        [[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0]],
        [[1.0, 1.0, 0.0, 0.5], [0.0, 1.0, 1.0, 0.25], [1.0, 0.0, 1.0, 0.0]],
    ],
    ids=["padded columns of zeros", "multi-hot and soft columns"],
)
def test_softmax_gradients_hold_for_labels_that_do_not_sum_to_1(Y):
    """The softmax cross-entropy's dZ is S (1 1^T Y) - Y; S - Y would be
    wrong by S (1^T Y - 1), silently."""
    Y = np.array(Y)
    activations = ["tanh", "softmax"]
    X, _, params = deep_example((2, 5, 3), activations, m=4)
    _, caches = deep_forward(X, params, activations)
    grads = deep_backward(X, Y, params, caches, activations)
    for name, value in params.items():
        J = deep_cost_as_function_of(name, X, Y, params, activations)
        numeric = numerical_gradient(J, value)
        assert relative_error(grads["d" + name], numeric) < 1e-6, name


def test_softmax_is_refused_in_a_hidden_layer():
    """Its Jacobian is not diagonal: dZ = dA * g'(Z) would be wrong."""
    X, _, params = deep_example((2, 3, 2), ["tanh", "sigmoid"], 4)
    with pytest.raises(KeyError):
        deep_forward(X, params, ["softmax", "sigmoid"])
