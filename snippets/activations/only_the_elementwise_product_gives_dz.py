"""With dA1 and Z1 both 3×3, dA1 * g'(Z1) and g'(Z1) * dA1 give dZ1;
dA1 @ g'(Z1) and g'(Z1) @ dA1 run but are wrong, and fail at 4×5."""

import numpy as np
from gradcheck import numerical_gradient, relative_error


def g_prime(Z):
    return 1 - np.tanh(Z) ** 2  # tanh'(Z), entry by entry


candidates = {
    "dA1 * g_prime(Z1)": lambda dA1, Z1: dA1 * g_prime(Z1),
    "g_prime(Z1) * dA1": lambda dA1, Z1: g_prime(Z1) * dA1,
    "dA1 @ g_prime(Z1)": lambda dA1, Z1: dA1 @ g_prime(Z1),
    "g_prime(Z1) @ dA1": lambda dA1, Z1: g_prime(Z1) @ dA1,
}
rng = np.random.default_rng(3)
for n1, m in [(3, 3), (4, 5)]:
    Z1 = rng.standard_normal((n1, m))
    dA1 = rng.standard_normal((n1, m))  # gradient of L = sum(dA1 * tanh(Z1))
    numeric = numerical_gradient(
        lambda Z1, dA1=dA1: np.sum(dA1 * np.tanh(Z1)), Z1
    )
    print(f"n1 = {n1}, m = {m}:")
    for name, candidate in candidates.items():
        try:
            right = relative_error(candidate(dA1, Z1), numeric) < 1e-7
        except ValueError:  # a shape error from @ or from relative_error
            print(f"  {name}  fails: shapes do not fit")
            assert "@" in name and n1 != m
            continue
        print(f"  {name}  runs, matches finite differences: {right}")
        assert right == ("*" in name)
