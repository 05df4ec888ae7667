"""At z = 0 ReLU has no derivative: code picks a value, and a central
difference straddling the kink reports the average of the two slopes."""

import numpy as np
from gradcheck import numerical_gradient


def relu(z):
    return np.maximum(z, 0)


z = np.array([0.0])
convention = (z > 0).astype(float)  # what the backward pass uses: 0
central = numerical_gradient(lambda z: np.sum(relu(z)), z)
left = (relu(z) - relu(z - 1e-6)) / 1e-6
right = (relu(z + 1e-6) - relu(z)) / 1e-6
print(f"backward pass, (z > 0): {convention[0]:.1f}")
print(f"slope from the left:    {left[0]:.1f}")
print(f"slope from the right:   {right[0]:.1f}")
print(f"central difference:     {central[0]:.1f}")

assert convention[0] == 0.0 and left[0] == 0.0
assert abs(right[0] - 1.0) < 1e-9 and abs(central[0] - 0.5) < 1e-9
