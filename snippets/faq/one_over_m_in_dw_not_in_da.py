"""Column j of dA1 is example j's own gradient: no sum over the examples,
so no 1/m. W2 is shared by all m examples: its gradient of the mean cost J
averages one contribution per example, hence the 1/m in dW2."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import cost, example, sigmoid, two_layer_forward

X, Y, params = example(n0=2, n1=4, n2=1, m=5)
W2, b2, m = params["W2"], params["b2"], X.shape[1]
A2, cache = two_layer_forward(X, params)
A1, dZ2 = cache["A1"], A2 - Y

dA1 = W2.T @ dZ2  # (n1, m), no 1/m
own = []  # example j's loss alone, differentiated by its own column
for j in range(m):
    numeric_j = numerical_gradient(
        lambda a, j=j: cost(sigmoid(W2 @ a + b2), Y[:, [j]]), A1[:, [j]]
    )
    own.append(relative_error(dA1[:, [j]], numeric_j) < 1e-7)
print(f"each column of dA1 is its example's own gradient: {all(own)}")

per_example = [dZ2[:, [j]] @ A1[:, [j]].T for j in range(m)]  # each (n2, n1)
dW2 = dZ2 @ A1.T / m
mean = np.allclose(dW2, sum(per_example) / m)
numeric_W2 = numerical_gradient(lambda W2: cost(sigmoid(W2 @ A1 + b2), Y), W2)
matches = relative_error(dW2, numeric_W2) < 1e-7
print(f"dW2 = dZ2 @ A1.T / m is the mean of {m} per-example terms: {mean}")
print(f"dW2 matches finite differences of J: {matches}")

assert all(own) and mean and matches
