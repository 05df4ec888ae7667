"""snippets/gradcheck.py knows derivatives only by their definition; check it
on functions whose gradients are known in closed form, on non-square shapes."""

import numpy as np
import pytest
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    numerical_jacobian,
    order_of_magnitude,
    relative_error,
    rounded,
)

SHAPES = [(1, 1), (2, 3), (4, 1), (3, 5)]


@pytest.fixture
def rng():
    return np.random.default_rng(20261128)


@pytest.mark.parametrize("shape", SHAPES)
def test_gradient_of_trace_of_product(rng, shape):
    # d tr(B X) / dX = B.T  (B is n×p when X is p×n)
    B = rng.standard_normal(shape[::-1])
    X = rng.standard_normal(shape)
    numeric = numerical_gradient(lambda X: np.trace(B @ X), X)
    assert numeric.shape == X.shape
    assert relative_error(numeric, B.T) < 1e-8


@pytest.mark.parametrize("n", [1, 2, 5])
def test_gradient_of_quadratic_form(rng, n):
    # d (x^T A x) / dx = (A + A^T) x, for any square A
    A = rng.standard_normal((n, n))
    x = rng.standard_normal(n)
    numeric = numerical_gradient(lambda x: x @ A @ x, x)
    assert relative_error(numeric, (A + A.T) @ x) < 1e-7


@pytest.mark.parametrize(("n", "p", "m"), [(2, 2, 2), (3, 4, 5), (1, 4, 2)])
def test_jacobian_of_product_is_delta_times_a(rng, n, p, m):
    W = rng.standard_normal((n, p))
    A = rng.standard_normal((p, m))
    jacobian = numerical_jacobian(lambda W: W @ A, W)
    assert jacobian.shape == (n, m, n, p)
    expected = np.zeros((n, m, n, p))
    for i, j, k, l in np.ndindex(expected.shape):
        expected[i, j, k, l] = A[l, j] if i == k else 0.0
    assert np.allclose(jacobian, expected, atol=1e-8)


def test_jacobian_of_scalar_function_is_its_gradient(rng):
    X = rng.standard_normal((3, 2))
    jacobian = numerical_jacobian(lambda X: np.sum(X**3), X)
    assert jacobian.shape == X.shape
    assert relative_error(jacobian, 3 * X**2) < 1e-7


def test_helpers_do_not_modify_their_input(rng):
    X = rng.standard_normal((2, 3))
    before = X.copy()
    numerical_gradient(lambda X: np.sum(np.sin(X)), X)
    numerical_jacobian(np.tanh, X)
    assert np.array_equal(X, before)


def test_integer_input_is_differentiated_as_float():
    X = np.array([[1, 2], [3, 4]])  # integers: a nudge of 1e-6 must not vanish
    assert np.allclose(numerical_gradient(lambda X: np.sum(X**2), X), 2 * X)


def test_central_differences_have_second_order_error():
    # Halving h divides the error of a central difference by about 4.
    X = np.array([0.7])
    exact = np.cos(0.7)
    errors = [
        abs(numerical_gradient(lambda x: np.sin(x[0]), X, h=h)[0] - exact)
        for h in (1e-2, 5e-3)
    ]
    assert 3.5 < errors[0] / errors[1] < 4.5


def test_relative_error_definition():
    a = np.array([[3.0, 0.0], [0.0, 0.0]])
    b = np.array([[0.0, 4.0], [0.0, 0.0]])
    # ||a - b|| = 5, max(||a||, ||b||) = 4
    assert relative_error(a, b) == pytest.approx(5 / 4)
    assert relative_error(a, b) == relative_error(b, a)
    assert relative_error(1e6 * a, 1e6 * b) == pytest.approx(5 / 4)
    assert relative_error(np.zeros(3), np.zeros(3)) == 0.0
    assert isinstance(relative_error(a, a), float)


def test_relative_error_refuses_different_shapes():
    with pytest.raises(ValueError, match="shapes differ"):
        relative_error(np.zeros((2, 1)), np.zeros((1, 2)))


@pytest.mark.parametrize(
    ("error", "threshold", "shown"),
    [
        (4.4e-10, 1e-7, "< 1e-7"),  # a correct gradient's rounding noise
        (1e-7 / 3, 1e-7, "< 1e-7"),  # exactly 3 times below: allowed
        (0.0, 1e-8, "< 1e-8"),
        (1.43, 0.1, "> 0.1"),  # a wrong formula
        (3e-3, 1e-3, "> 0.001"),
        (5e-6, 1e-5, None),  # within a factor of 3: no answer
        (2.9e-7, 1e-7, None),
    ],
)
def test_bound_says_which_side_of_the_threshold_3_times_away(
    error, threshold, shown
):
    if shown is None:
        with pytest.raises(ValueError, match="within a factor of 3"):
            bound(error, threshold)
    else:
        assert bound(error, threshold) == shown


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (4.4e-10, "1e-10"),
        (1e-10, "1e-10"),  # the float 1e-10 is a hair above 10^-10
        (9.999999999999999e-11, "1e-11"),  # and this one a hair below
        (1e-300, "1e-300"),
        (0.5, "1e-1"),
        (1.0, "1e0"),
        (0.0, "0"),
    ],
)
def test_order_of_magnitude_is_exact_next_to_a_power_of_ten(error, shown):
    assert order_of_magnitude(error) == shown


@pytest.mark.parametrize(
    ("value", "spec", "shown"),
    [
        (2.2e-32, ".1e", "2.2e-32"),
        (5.1e47, ".1e", "5.1e+47"),
        (0.0, ".1e", "0.0e+00"),
        (2.25, ".1f", None),  # printed 2.2, and 2.3 a hair above
        (9.95e-26, ".1e", None),  # 9.9e-26 or 1.0e-25: a boundary
        (1.045, ".2f", None),  # the float is a hair below 1.045: 1.04
        (-1e-17, ".4f", "0.0000"),  # never -0.0000
        (-3e-5, "8.4f", "  0.0000"),
        (-2.5e-4, ".4f", None),  # the float is a hair above -0.00025
    ],
)
def test_digits_refuses_a_value_next_to_a_rounding_boundary(value, spec, shown):
    if shown is None:
        with pytest.raises(ValueError, match="rounding boundary"):
            digits(value, spec)
    else:
        assert digits(value, spec) == shown


@pytest.mark.parametrize(
    ("array", "shown"),
    [
        ([[0.12344, -2.5], [0.0, 7.0]], [[0.1234, -2.5], [0.0, 7.0]]),
        ([-1e-17, 0.3], [0.0, 0.3]),  # printed 0., never -0.
        ([np.nan, -np.inf, 0.51], [np.nan, -np.inf, 0.51]),
        ([0.00015, 1.0], None),  # 0.0001 or 0.0002: a boundary
        ([0.12345000001, 0.1], None),  # 1e-11 above a boundary
        ([100.0, 0.00005000001], None),  # near, for noise relative to 100
    ],
)
def test_rounded_refuses_an_entry_next_to_a_rounding_boundary(array, shown):
    if shown is None:
        with pytest.raises(ValueError, match="rounding boundary"):
            rounded(array)
    else:
        assert str(rounded(array)) == str(np.array(shown))


@pytest.mark.parametrize(("n", "p", "m"), [(3, 4, 5), (2, 2, 2), (1, 4, 5)])
def test_gradient_check_tells_wrong_formulas_from_the_right_one(rng, n, p, m):
    W = rng.standard_normal((n, p))
    A = rng.standard_normal((p, m))
    G = rng.standard_normal((n, m))
    numeric = numerical_gradient(lambda W: np.sum(G * (W @ A)), W)
    right = G @ A.T
    assert relative_error(right, numeric) < 1e-7
    wrong = {"sign": -right, "half": right / 2}
    if n == p:  # a transposed answer has W's shape only if W is square
        wrong["transpose"] = right.T
    if m == p:  # the scalar order G A has W's shape only if A is square
        wrong["scalar order"] = G @ A
    for name, formula in wrong.items():
        assert relative_error(formula, numeric) > 1e-2, name
