"""dZ1 = (W2.T @ dZ2) * g1'(Z1) matches finite differences; the guess
(dZ2 @ W2.T) * g1'(Z1) runs when n1 = n2 = m, and does not."""

import numpy as np
from gradcheck import (
    bound,
    digits,
    numerical_gradient,
    relative_error,
    rounded,
)
from network import cost, example, sigmoid, two_layer_forward

np.set_printoptions(precision=4, suppress=True)
X, Y, params = example(n0=2, n1=3, n2=3, m=3)  # square on purpose
A2, cache = two_layer_forward(X, params)
W2, b2, A1, m = params["W2"], params["b2"], cache["A1"], X.shape[1]

dZ2 = A2 - Y
course = (W2.T @ dZ2) * (1 - A1**2)  # tanh'(Z1) = 1 - A1**2
guess = (dZ2 @ W2.T) * (1 - A1**2)
numeric = m * numerical_gradient(
    lambda Z1: cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y), cache["Z1"]
)
print("course: (W2.T @ dZ2) * (1 - A1**2) =", rounded(course), sep="\n")
print("guess:  (dZ2 @ W2.T) * (1 - A1**2) =", rounded(guess), sep="\n")
print("finite differences =", rounded(numeric), sep="\n")
course_error = relative_error(course, numeric)
guess_error = relative_error(guess, numeric)
print(f"relative error of the course: {bound(course_error)}")
print(f"relative error of the guess:  {digits(guess_error, '.2f')}")

assert course_error < 1e-7  # through tanh and sigmoid: truncation counts
assert guess_error > 0.1
