"""Four candidates for dZ1 in a three-layer network with tanh hidden layers.
When every size is 3 (n0 = n1 = n2 = n3 = m), all four run and return 3 x 3
arrays, and only finite differences tell them apart. With sizes that
differ, the two off-by-one candidates fail to run."""

import numpy as np
from gradcheck import numerical_gradient, relative_error
from network import deep_cost, deep_example, deep_forward

NAMES = ["tanh", "tanh", "sigmoid"]


def verdicts(sizes, m):
    """Each candidate: right, wrong numbers, or shape error."""
    X, Y, p = deep_example(sizes, NAMES, m, seed=0)
    _, c = deep_forward(X, p, NAMES)
    W1, W2, W3, A1, A2, A3 = (
        p["W1"],
        p["W2"],
        p["W3"],
        c["A1"],
        c["A2"],
        c["A3"],
    )
    dZ2 = (W3.T @ (A3 - Y)) * (1 - A2**2)  # layer 2 is not in question
    candidates = {
        "(W2.T @ dZ2) * (1 - A1**2)": lambda: (W2.T @ dZ2) * (1 - A1**2),
        "(dZ2.T @ W2).T * (1 - A1**2)": lambda: (dZ2.T @ W2).T * (1 - A1**2),
        "(W2.T @ dZ2) * (1 - A2**2)": lambda: (W2.T @ dZ2) * (1 - A2**2),
        "(W1.T @ dZ2) * (1 - A1**2)": lambda: (W1.T @ dZ2) * (1 - A1**2),
    }

    def cost_from_Z1(Z1):
        A2 = np.tanh(W2 @ np.tanh(Z1) + p["b2"])
        return deep_cost(W3 @ A2 + p["b3"], Y, "sigmoid")

    numeric = m * numerical_gradient(cost_from_Z1, c["Z1"])  # m dJ/dZ1
    found = {}
    for formula, candidate in candidates.items():
        try:
            dZ1 = candidate()
        except ValueError:  # operands could not be multiplied or broadcast
            found[formula] = "shape error"
            continue
        right = relative_error(dZ1, numeric) < 1e-7
        found[formula] = "right" if right else "wrong numbers"
    return found


square = verdicts([3, 3, 3, 3], m=3)
different = verdicts([2, 4, 3, 1], m=5)
print(f"{'candidate for dZ1':29} {'all sizes 3':14} sizes 2, 4, 3, 1; m = 5")
for formula in square:
    print(f"{formula:29} {square[formula]:14} {different[formula]}")
assert list(square.values()) == ["right"] * 2 + ["wrong numbers"] * 2
assert list(different.values()) == ["right"] * 2 + ["shape error"] * 2
