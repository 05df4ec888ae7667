"""For one example (m = 1) and L = the example's loss as a function of the
column a = A1 (n1 × 1): the Jacobian dL/da is a 1 × n1 row, the gradient
grad_a L = dA1 = W2.T dZ2 is an n1 × 1 column, its transpose, and the
gradient is the array that pairs with a small change to give the change of
L: dL = <grad_a L, da> = sum(grad * da), to first order."""

import numpy as np
from gradcheck import numerical_jacobian
from network import cost, example, sigmoid, two_layer_forward

X, Y, params = example(n0=2, n1=4, n2=1, m=1)  # one example
A2, cache = two_layer_forward(X, params)
W2, b2, a = params["W2"], params["b2"], cache["A1"]  # a: (4, 1)


def loss(a):
    return cost(sigmoid(W2 @ a + b2), Y)  # m = 1: J is the example's loss


gradient = W2.T @ (A2 - Y)  # dA1, the course's gradient: (4, 1)
jacobian = numerical_jacobian(lambda v: np.array([loss(v[:, None])]), a[:, 0])
print(f"Jacobian dL/da:          {jacobian.shape}, a row")
print(f"gradient dA1 = W2.T dZ2: {gradient.shape}, the shape of a")
print(f"gradient = Jacobian.T:   {np.allclose(gradient, jacobian.T)}")

change = 1e-6 * np.random.default_rng(1).standard_normal(a.shape)
actual = loss(a + change) - loss(a)
paired = np.sum(gradient * change)  # <grad, da>
first_order = abs(actual - paired) < 1e-3 * abs(paired)
print(f"L(a + da) - L(a) = <gradient, da> to first order: {first_order}")

assert jacobian.shape == (1, 4) and gradient.shape == (4, 1)
assert np.allclose(gradient, jacobian.T, rtol=1e-6, atol=1e-9)
assert first_order
