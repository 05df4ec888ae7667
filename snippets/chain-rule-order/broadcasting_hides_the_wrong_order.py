"""With the course's n2 = 1 and m = n1, dZ2 @ W2.T is 1 x 1 and `*`
broadcasts it to n1 x m: the guess runs, has the right shape, and is wrong."""

import numpy as np
from gradcheck import bound, digits, numerical_gradient, relative_error
from network import cost, example, sigmoid, two_layer_forward

X, Y, params = example(n0=2, n1=4, n2=1, m=4)  # one output unit, m = n1
A2, cache = two_layer_forward(X, params)
W2, b2, A1, m = params["W2"], params["b2"], cache["A1"], X.shape[1]

dZ2 = A2 - Y
# --8<-- [start:formula]
course = (W2.T @ dZ2) * (1 - A1**2)  # (4 x 1)(1 x 4) -> 4 x 4
guess = (dZ2 @ W2.T) * (1 - A1**2)  # (1 x 4)(4 x 1) -> 1 x 1, broadcast
# --8<-- [end:formula]
numeric = m * numerical_gradient(
    lambda Z1: cost(sigmoid(W2 @ np.tanh(Z1) + b2), Y), cache["Z1"]
)
print("shape of dZ2 @ W2.T:", (dZ2 @ W2.T).shape)
print("shape of the guess: ", guess.shape, "= shape of Z1:", cache["Z1"].shape)
course_error = relative_error(course, numeric)
guess_error = relative_error(guess, numeric)
print(f"relative error of the course: {bound(course_error)}")
print(f"relative error of the guess:  {digits(guess_error, '.2f')}")

assert (dZ2 @ W2.T).shape == (1, 1)
assert guess.shape == course.shape == cache["Z1"].shape  # shape check passes
assert course_error < 1e-7  # through tanh and sigmoid: truncation counts
assert guess_error > 0.1
