"""f(x) = x |x| has derivative 2|x|. Written with abs, the complex step
reports |x|, half of it: abs returns the modulus, a real number, and drops
the imaginary part of its factor. Written as x * x with a branch on the
real part, it reports 2|x|, as finite differences do."""

import numpy as np
from gradcheck import digits, numerical_gradient


def with_abs(x):
    return x * abs(x)


def with_branch(x):
    return x * x if x.real > 0 else -x * x


x, h = 1.5, 1e-20
numeric = numerical_gradient(lambda v: with_abs(v[0]), np.array([x]))[0]
for f in with_abs, with_branch:
    step = f(complex(x, h)).imag / h
    print(f"{f.__name__:12} complex step {step:.4f}")
    assert abs(step - (x if f is with_abs else 2 * x)) < 1e-12
print(f"finite differences   {digits(numeric, '.4f')}")
assert abs(numeric - 2 * x) < 1e-8
