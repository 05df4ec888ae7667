"""The complex step is only right when every operation extends analytically
to complex numbers. np.abs returns the modulus, which is real, and so does
np.linalg.norm: their imaginary part, and the complex step's derivative, is
silently 0. Rewritten to branch on the real part, or without the modulus,
they work; so does a ReLU written with np.maximum away from its kink,
because NumPy orders complex numbers by their real part first. Some
operations have no complex version at all: np.logaddexp, which network.py's
deep_cost uses, refuses complex input."""

import numpy as np
from gradcheck import digits, numerical_gradient
from network import deep_cost


def complex_step(f, x, h=1e-20):
    return f(np.array(x, dtype=complex) + 1j * h).imag / h


def shown(value):
    return "-" if value is None else digits(value, ".4f")


x = np.array([-0.7])
cases = [  # (function, its code, the same function rewritten, or None)
    (
        "|x|",
        lambda x: np.sum(np.abs(x)),
        lambda x: np.sum(np.where(x.real < 0, -x, x)),  # branch on Re x
    ),
    ("x^2", lambda x: np.linalg.norm(x) ** 2, lambda x: np.sum(x * x)),
    ("relu(x + 1)", lambda x: np.sum(np.maximum(x + 1, 0)), None),
]
print("f            central diff.  complex step  complex step, rewritten")
for name, f, rewritten in cases:
    central = numerical_gradient(f, x)[0]
    step = complex_step(f, x)
    again = None if rewritten is None else complex_step(rewritten, x)
    print(f"{name:12} {shown(central):14} {shown(step):13} {shown(again)}")
    if rewritten is None:  # no kink near x + 1 = 0.3: the step is right
        assert abs(step - central) < 1e-8
    else:  # wrong, and silently so; right once rewritten
        assert step == 0 and abs(central) > 0.5
        assert abs(complex_step(rewritten, x) - central) < 1e-8

# deep_cost computes log(1 + e^z) with np.logaddexp: real arguments only.
ZL, Y = np.array([[0.3]]), np.array([[1.0]])
try:
    deep_cost(ZL + 1j * 1e-20, Y, "sigmoid")
except TypeError:
    print("deep_cost(ZL + ih, ...): TypeError, np.logaddexp takes no complex")
else:
    raise AssertionError("np.logaddexp should refuse complex input")
