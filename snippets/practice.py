"""Checkers for the exercises: run your function, compare it with finite
differences, and name the classic mistake it makes.

    from practice import check
    check("leaky-relu-backward", leaky_relu_backward)

`check` runs your function on random shapes in which every size differs (so a
wrong product fails loudly), then on one square case (where a wrong product
runs and only the numbers can tell). It prints the relative error of every
gradient your function returns against finite differences of the cost, and
when a gradient is wrong, what the numbers fit: a factor on the wrong side or
a missing transpose, a missing or extra 1/m, a sum over the wrong axis or a
lost keepdims, the wrong activation's derivative or the right one at the wrong
place, a flipped sign. It returns True only if every gradient is right.

The conventions are the site's: columns are examples; dZ and dA are gradients
of the summed loss mJ, dW and db gradients of the mean cost J.
"""

import textwrap
from dataclasses import dataclass, field

import numpy as np
from gradcheck import numerical_gradient, order_of_magnitude, relative_error
from network import cost_as_function_of, example, sigmoid, two_layer_forward

RIGHT = 1e-6  # relative error below which a gradient counts as right


@dataclass
class Exercise:
    """How to check one exercise.

    inputs(case, rng) -> the function's arguments, by name, in order;
    gradients(inputs) -> the right answer by finite differences, by name;
    mistakes(inputs) -> the answers classic mistakes give, by mistake;
    returns: the names of what the function returns, in order;
    means: the returned gradients of the mean cost J (they carry 1/m);
    cases: the sizes to try, each a dict; the last one square.
    """

    starter: str
    inputs: callable
    gradients: callable
    mistakes: callable
    returns: tuple
    means: set = field(default_factory=set)
    cases: list = field(default_factory=list)


EXERCISES = {}


def exercise(key, **parts):
    def register(inputs):
        EXERCISES[key] = Exercise(inputs=inputs, **parts)
        return inputs

    return register


# --8<-- [start:check]
def check(key, answer):
    """Check `answer`, your function for exercise `key`; print a report and
    return True only if it runs on every case and every gradient it
    returns is right."""
    spec = EXERCISES[key]
    rng = np.random.default_rng(sum(map(ord, key)))  # the same every run
    verdicts = {name: [] for name in spec.returns}
    raised = []
    for case in spec.cases:
        inputs = spec.inputs(case, rng)
        yours = call(answer, inputs, spec.returns)
        if isinstance(yours, Exception):
            raised.append(yours)
            continue
        right = spec.gradients(inputs)
        mistakes = spec.mistakes(inputs) | generic_mistakes(
            right, spec.means, m=case["m"]
        )
        for name in spec.returns:
            verdicts[name].append(judge(name, yours, right[name], mistakes))
    print(f"Checking {key} against finite differences, on random sizes")
    print(f"{describe(spec.cases)}:")
    width = max(map(len, spec.returns))
    wrong = 0
    for name in spec.returns:
        verdict = most_telling(verdicts[name])
        wrong += not verdict.right
        print(wrapped(f"{name:{width}} {verdict}", " " * (width + 1), "  "))
    if raised:
        print(wrapped(why_it_raised(raised, len(spec.cases)), "", ""))
    if wrong:
        print(f"{wrong} of {len(spec.returns)} wrong.")
    elif raised:
        print("Right where it ran; now make it run on every case.")
    else:
        print("All right.")
    return not wrong and not raised


# --8<-- [end:check]


def why_it_raised(errors, cases):
    error = errors[0]
    fit = isinstance(error, ValueError) and "mismatch" in str(error)
    reason = SHAPES_DO_NOT_FIT if fit else f"{error!r}"
    return f"Your function raised on {len(errors)} of {cases} cases: {reason}."


@dataclass
class Verdict:
    """What one case says of one gradient."""

    right: bool
    error: float | None  # relative error against finite differences
    reason: str = ""  # the mistake the numbers fit, or what went wrong
    rank: int = 0  # how much the reason tells: named mistakes tell most

    def __str__(self):
        error = "" if self.error is None else order_of_magnitude(self.error)
        if self.right:
            return f"right (relative error {error})"
        measured = f" (relative error {error})" if error else ""
        return f"wrong{measured}: {self.reason}"


def most_telling(verdicts):
    """Right if right in every case it ran on; else the most telling wrong
    verdict."""
    if not verdicts:
        return Verdict(False, None, "not checked: it raised on every case")
    wrong = [verdict for verdict in verdicts if not verdict.right]
    if not wrong:
        return max(verdicts, key=lambda verdict: verdict.error)
    return max(wrong, key=lambda verdict: verdict.rank)


def describe(cases):
    names = ", ".join(cases[0])
    shapes = [str(tuple(case.values())) for case in cases]
    return f"({names}) = {', '.join(shapes[:-1])} and, square, {shapes[-1]}"


def wrapped(text, subsequent, indent):
    return textwrap.fill(
        text, 78, initial_indent=indent, subsequent_indent=indent + subsequent
    )


def call(answer, inputs, names):
    """Your function's results by name, or the exception it raised."""
    try:
        result = answer(*inputs.values())
    except Exception as error:  # any error is worth reporting
        return error
    if result is None or isinstance(result, dict):
        return result
    results = result if isinstance(result, tuple) else (result,)
    return dict(zip(names, results, strict=False))


SHAPES_DO_NOT_FIT = (
    "the shapes do not fit a product, so a factor is on the wrong side, or "
    "a transpose is missing or extra"
)


def judge(name, yours, right, mistakes):
    """The verdict of one case on one returned gradient."""
    if yours is None or yours.get(name) is None:
        return Verdict(False, None, "nothing returned yet")
    value = np.asarray(yours[name], dtype=float)
    error = relative_error(value, right) if value.shape == right.shape else None
    if error is not None and error < RIGHT:
        return Verdict(True, error)
    for mistake, answers in mistakes.items():
        if any(
            np.shape(expected) == value.shape
            and relative_error(value, expected) < RIGHT
            for expected in alternatives(answers.get(name))
        ):
            return Verdict(False, error, mistake, rank=3)
    if error is None:
        return Verdict(False, None, wrong_shape(value, right), rank=2)
    return Verdict(False, error, "not a mistake this checker knows", rank=1)


def alternatives(expected):
    """A mistake's answer, or its several spellings (with keepdims or not)."""
    if expected is None:
        return []
    return expected if isinstance(expected, list) else [expected]


def wrong_shape(value, right):
    shape, wanted = value.shape, right.shape
    said = f"its shape is {shape}, not {wanted}, the shape of its variable"
    if shape == wanted[::-1]:
        return f"{said}: it is transposed, or its factors are swapped"
    return f"{said}: check which factors multiply, and on which side"


def generic_mistakes(right, means, m):
    """Answers that differ from the right one by a classic slip."""
    mistakes = {
        "a flipped sign": {name: -g for name, g in right.items()},
        "a missing 1/m (yours is m times the gradient of the mean cost)": {
            name: m * g for name, g in right.items() if name in means
        },
        "an extra 1/m (this gradient belongs to the summed loss)": {
            name: g / m for name, g in right.items() if name not in means
        },
    }
    mistakes["transposed, or its factors swapped"] = {
        name: g.T
        for name, g in right.items()
        if g.ndim == 2 and g.shape[0] == g.shape[1]
    }
    mistakes["a sum that lost keepdims=True"] = {
        name: g.ravel()
        for name, g in right.items()
        if g.ndim == 2 and g.shape[1] == 1
    }
    return mistakes


def starter(key):
    """The code a reader starts from: the function to write, and the call
    that checks it."""
    spec = EXERCISES[key]
    call = f"check({key!r}, {function_name(spec)})"
    return f"from practice import check\n\n\n{spec.starter}\n\n\n{call}\n"


def function_name(spec):
    return spec.starter.split("def ", 1)[1].split("(", 1)[0]


# --- exercises ----------------------------------------------------------------
#
# Each exercise's gradients come from finite differences of a cost, never
# from the formula the reader is asked for; its mistakes are the formulas a
# reader plausibly writes instead.


def upstream_cost(upstream, forward):
    """L(x) = Σ upstream ⊙ forward(x): a cost whose gradient by the output of
    `forward` is `upstream`, as in the pages' checks."""
    return lambda x: np.sum(upstream * forward(x))


def away_from_zero(rng, shape, gap=0.2):
    """Random entries at least `gap` from 0: no finite difference straddles
    a kink there."""
    x = rng.standard_normal(shape)
    return np.where(x >= 0, x + gap, x - gap)


def leaky_relu(Z, alpha):
    return np.where(Z > 0, Z, alpha * Z)


def softplus(Z):
    return np.logaddexp(0, Z)


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


SHAPES_NM = [{"n": 3, "m": 5}, {"n": 4, "m": 2}, {"n": 3, "m": 3}]
SHAPES_NPM = [
    {"n": 3, "p": 5, "m": 7},
    {"n": 4, "p": 2, "m": 6},
    {"n": 3, "p": 3, "m": 3},
]


# Leaky ReLU ----------------------------------------------------------------


def _leaky_relu_mistakes(inputs):
    dA, Z, alpha = inputs.values()
    slope = np.where(Z > 0, 1.0, alpha)
    return {
        "ReLU's derivative: the slope alpha for z < 0 is missing": {
            "dZ": dA * (Z > 0)
        },
        "the slopes swapped (alpha where z > 0, 1 where z < 0)": {
            "dZ": dA * np.where(Z > 0, alpha, 1.0)
        },
        "@ instead of *: the derivative enters entry by entry": {
            "dZ": dA @ slope if dA.shape[1] == slope.shape[0] else None
        },
    }


@exercise(
    "leaky-relu-backward",
    starter='''def leaky_relu_backward(dA, Z, alpha):
    """dZ for A = leaky_relu(Z) = Z where Z > 0, alpha * Z elsewhere.

    dA and Z have shape (n, m); return dZ, of shape (n, m).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": numerical_gradient(
            upstream_cost(
                inputs["dA"], lambda Z: leaky_relu(Z, inputs["alpha"])
            ),
            inputs["Z"],
        )
    },
    mistakes=_leaky_relu_mistakes,
    returns=("dZ",),
    cases=SHAPES_NM,
)
def _leaky_relu_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {
        "dA": rng.standard_normal(shape),
        "Z": away_from_zero(rng, shape),
        "alpha": 0.1,
    }


# Softplus ------------------------------------------------------------------


def _softplus_mistakes(inputs):
    dA, Z = inputs.values()
    s = sigmoid(Z)
    return {
        "sigmoid's own derivative s(1 - s): softplus' = sigmoid": {
            "dZ": dA * s * (1 - s)
        },
        "the derivative at A = softplus(Z) instead of at Z": {
            "dZ": dA * sigmoid(softplus(Z))
        },
        "@ instead of *: the derivative enters entry by entry": {
            "dZ": dA @ s if dA.shape[1] == s.shape[0] else None
        },
    }


@exercise(
    "softplus-backward",
    starter='''def softplus_backward(dA, Z):
    """dZ for A = softplus(Z) = log(1 + exp(Z)), entry by entry.

    dA and Z have shape (n, m); return dZ, of shape (n, m).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": numerical_gradient(
            upstream_cost(inputs["dA"], softplus), inputs["Z"]
        )
    },
    mistakes=_softplus_mistakes,
    returns=("dZ",),
    cases=SHAPES_NM,
)
def _softplus_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {"dA": rng.standard_normal(shape), "Z": rng.standard_normal(shape)}


# A linear layer, Z = W A + b ------------------------------------------------


def _linear_cost(dZ, A, W, b):
    """J with dJ/dZ = dZ / m: dZ is the gradient of the summed loss."""
    return np.sum(dZ * (W @ A + b)) / A.shape[1]


def _linear_gradients(inputs):
    dZ, A, W = inputs.values()
    b = np.zeros((W.shape[0], 1))
    m = A.shape[1]
    return {
        "dW": numerical_gradient(lambda W: _linear_cost(dZ, A, W, b), W),
        "db": numerical_gradient(lambda b: _linear_cost(dZ, A, W, b), b),
        "dA": m * numerical_gradient(lambda A: _linear_cost(dZ, A, W, b), A),
    }


def _linear_mistakes(inputs):
    dZ, A, W = inputs.values()
    m = A.shape[1]
    square = dZ.shape == A.shape == W.shape
    return {
        "the scalar chain rule's order (dZ @ W.T for dA)": {
            "dA": dZ @ W.T if square else None
        },
        "the scalar chain rule's order (dZ @ A / m for dW)": {
            "dW": dZ @ A / m if square else None
        },
        "W without its transpose (W @ dZ for dA)": {
            "dA": W @ dZ if square else None
        },
        "a sum over the wrong axis (axis=0 adds up the units)": {
            "db": [
                np.sum(dZ, axis=0) / m,
                np.sum(dZ, axis=0, keepdims=True) / m,
            ]
        },
    }


@exercise(
    "linear-backward",
    starter='''def linear_backward(dZ, A, W):
    """The gradients of a layer Z = W A + b.

    dZ (n, m) is the gradient of the summed loss by Z; A is (q, m) and W is
    (n, q). Return dW (n, q) and db (n, 1), gradients of the mean cost J, and
    dA (q, m), a gradient of the summed loss.
    """
    ...  # your code here: return dW, db, dA''',
    gradients=_linear_gradients,
    mistakes=_linear_mistakes,
    returns=("dW", "db", "dA"),
    means={"dW", "db"},
    cases=SHAPES_NPM,
)
def _linear_inputs(case, rng):
    n, p, m = case["n"], case["p"], case["m"]
    return {
        "dZ": rng.standard_normal((n, m)),
        "A": rng.standard_normal((p, m)),
        "W": rng.standard_normal((n, p)),
    }


# L2 weight decay ------------------------------------------------------------


def _decay_gradients(inputs):
    dZ, A, W, lambd = inputs.values()
    b = np.zeros((W.shape[0], 1))
    m = A.shape[1]

    def cost(W, b):
        return _linear_cost(dZ, A, W, b) + lambd / (2 * m) * np.sum(W**2)

    return {
        "dW": numerical_gradient(lambda W: cost(W, b), W),
        "db": numerical_gradient(lambda b: cost(W, b), b),
    }


def _decay_mistakes(inputs):
    dZ, A, W, lambd = inputs.values()
    m = A.shape[1]
    data = dZ @ A.T / m
    return {
        "the decay term is missing": {"dW": data},
        "the decay without its 1/m (lambda W)": {"dW": data + lambd * W},
        "the decay twice (2 lambda / m W: the 1/2 in the cost cancels the 2)": {
            "dW": data + 2 * lambd / m * W
        },
        "the decay subtracted": {"dW": data - lambd / m * W},
    }


@exercise(
    "l2-weight-decay",
    starter='''def linear_backward_with_decay(dZ, A, W, lambd):
    """dW and db of a layer Z = W A + b when the cost has an L2 penalty:
    J = (data cost) + lambd / (2 m) * (sum of the squares of W's entries).

    dZ (n, m) is the gradient of the summed data loss by Z; A is (q, m),
    W is (n, q). Return dW (n, q) and db (n, 1), gradients of J.
    """
    ...  # your code here: return dW, db''',
    gradients=_decay_gradients,
    mistakes=_decay_mistakes,
    returns=("dW", "db"),
    means={"dW", "db"},
    cases=SHAPES_NPM,
)
def _decay_inputs(case, rng):
    return _linear_inputs(case, rng) | {"lambd": 0.7}


# Inverted dropout -----------------------------------------------------------


def _dropout_mistakes(inputs):
    dA, mask, keep_prob = inputs.values()
    return {
        "the 1/keep_prob scaling is missing": {"dA_unmasked": dA * mask},
        "the mask is missing": {"dA_unmasked": dA / keep_prob},
        "multiplied by keep_prob instead of divided": {
            "dA_unmasked": dA * mask * keep_prob
        },
    }


@exercise(
    "dropout-backward",
    starter='''def dropout_backward(dA, mask, keep_prob):
    """dA_unmasked for inverted dropout: A = A_unmasked * mask / keep_prob.

    dA (n, m) is the gradient by A; mask (n, m) holds 0s and 1s. Return
    dA_unmasked, of shape (n, m).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dA_unmasked": numerical_gradient(
            upstream_cost(
                inputs["dA"],
                lambda A: A * inputs["mask"] / inputs["keep_prob"],
            ),
            np.ones_like(inputs["dA"]),
        )
    },
    mistakes=_dropout_mistakes,
    returns=("dA_unmasked",),
    cases=SHAPES_NM,
)
def _dropout_inputs(case, rng):
    shape = (case["n"], case["m"])
    mask = (rng.random(shape) < 0.8).astype(float)
    mask.flat[0] = 0.0  # at least one dropped unit, whatever the seed
    return {"dA": rng.standard_normal(shape), "mask": mask, "keep_prob": 0.8}


# Mean squared error with a linear output -----------------------------------


def _mse_mistakes(inputs):
    A, Y = inputs.values()
    return {
        "the derivative of the square without its 1/2 (2 (A - Y))": {
            "dZ": 2 * (A - Y)
        },
    }


@exercise(
    "mse-linear-backward",
    starter='''def mse_linear_backward(A, Y):
    """dZ of a linear output layer, A = Z, for the cost
    J = (1/m) * sum over examples of (1/2) * ||a - y||^2.

    A and Y have shape (n, m). Return dZ (n, m), the gradient of the summed
    loss m J by Z.
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": inputs["A"].shape[1]
        * numerical_gradient(
            lambda Z: np.sum((Z - inputs["Y"]) ** 2) / 2 / Z.shape[1],
            inputs["A"],
        )
    },
    mistakes=_mse_mistakes,
    returns=("dZ",),
    cases=SHAPES_NM,
)
def _mse_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {"A": rng.standard_normal(shape), "Y": rng.standard_normal(shape)}


# Softmax with cross-entropy -------------------------------------------------


def _softmax_mistakes(inputs):
    Z, Y = inputs.values()
    S = softmax(Z)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    across_examples = E / E.sum(axis=1, keepdims=True)
    return {
        "a softmax over the wrong axis (the examples, axis=1)": {
            "dZ": across_examples - Y
        },
        "only the diagonal of the softmax's Jacobian (it is not elementwise)": {
            "dZ": -Y / S * S * (1 - S)
        },
    }


@exercise(
    "softmax-cross-entropy-backward",
    starter='''def softmax_cross_entropy_backward(Z, Y):
    """dZ for A = softmax(Z), taken over each column, with the cost
    J = -(1/m) * sum of Y * log(A).

    Z (n, m) holds one example per column; Y (n, m) is one-hot. Return dZ
    (n, m), the gradient of the summed loss m J by Z.
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dZ": numerical_gradient(
            lambda Z: -np.sum(inputs["Y"] * np.log(softmax(Z))), inputs["Z"]
        )
    },
    mistakes=_softmax_mistakes,
    returns=("dZ",),
    cases=SHAPES_NM,
)
def _softmax_inputs(case, rng):
    n, m = case["n"], case["m"]
    Y = np.eye(n)[:, rng.integers(0, n, m)]  # one class per column
    return {"Z": rng.standard_normal((n, m)), "Y": Y}


# The two-layer network ------------------------------------------------------


def _two_layer_gradients(inputs):
    X, Y, params, _ = inputs.values()
    return {
        "d" + name: numerical_gradient(
            cost_as_function_of(name, X, Y, params), value
        )
        for name, value in params.items()
    }


def _two_layer_with(X, Y, params, cache, activation_slope=None, order=False):
    """The backward pass with one slip in how dZ1 is formed."""
    m = X.shape[1]
    W2, A1, A2, Z1 = params["W2"], cache["A1"], cache["A2"], cache["Z1"]
    dZ2 = A2 - Y
    dA1 = dZ2 @ W2.T if order else W2.T @ dZ2
    dZ1 = dA1 * activation_slope(Z1, A1)
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
    }


def _two_layer_mistakes(inputs):
    X, Y, params, cache = inputs.values()
    square = X.shape[1] == params["W2"].shape[0] == params["W2"].shape[1]
    variants = {
        "sigmoid's derivative A1 (1 - A1) where tanh's belongs": (
            lambda Z, A: A * (1 - A)
        ),
        "tanh's derivative at A1 instead of at Z1 (1 - tanh(A1)**2)": (
            lambda Z, A: 1 - np.tanh(A) ** 2
        ),
        "1 - Z1**2: tanh' written with Z1 where A1 belongs": (
            lambda Z, A: 1 - Z**2
        ),
    }
    mistakes = {
        name: _two_layer_with(X, Y, params, cache, slope)
        for name, slope in variants.items()
    }
    if square:
        mistakes["the scalar chain rule's order (dZ2 @ W2.T for dA1)"] = (
            _two_layer_with(X, Y, params, cache, lambda Z, A: 1 - A**2, True)
        )
    return mistakes


@exercise(
    "two-layer-backward",
    starter='''def two_layer_backward(X, Y, params, cache):
    """The backward pass of the week-3 network (tanh hidden layer, sigmoid
    output, mean binary cross-entropy), as in snippets/network.py.

    X (n0, m), Y (n2, m); params has W1 (n1, n0), b1 (n1, 1), W2 (n2, n1),
    b2 (n2, 1); cache has Z1, A1 (n1, m) and Z2, A2 (n2, m). Return a dict
    with dW1, db1, dW2, db2: gradients of the mean cost J.
    """
    ...  # your code here: return {"dW1": dW1, "db1": db1, ...}''',
    gradients=_two_layer_gradients,
    mistakes=_two_layer_mistakes,
    returns=("dW1", "db1", "dW2", "db2"),
    means={"dW1", "db1", "dW2", "db2"},
    cases=[
        {"n0": 3, "n1": 5, "n2": 2, "m": 7},
        {"n0": 4, "n1": 2, "n2": 3, "m": 6},
        {"n0": 3, "n1": 3, "n2": 3, "m": 3},
    ],
)
def _two_layer_inputs(case, rng):
    X, Y, params = example(
        case["n0"],
        case["n1"],
        case["n2"],
        case["m"],
        seed=int(rng.integers(1000)),
    )
    _, cache = two_layer_forward(X, params)
    return {"X": X, "Y": Y, "params": params, "cache": cache}


# A tied autoencoder: W is used twice ------------------------------------------


def _tied_cost(X, W):
    return np.sum((W.T @ np.tanh(W @ X) - X) ** 2) / 2


def _tied_mistakes(inputs):
    X, W = inputs.values()
    H = np.tanh(W @ X)
    R = W.T @ H - X  # the gradient of L by the reconstruction
    encoder = (W @ R) * (1 - H**2) @ X.T
    return {
        "only the encoder's use of W (gradients add where W is used twice)": {
            "dW": encoder
        },
        "only the decoder's use of W (gradients add where W is used twice)": {
            "dW": H @ R.T
        },
        "the decoder's term not transposed (R H.T is the gradient by W.T)": {
            "dW": encoder + R @ H.T if R.shape == H.shape else None
        },
        "tanh's derivative missing from the encoder's term": {
            "dW": (W @ R) @ X.T + H @ R.T
        },
    }


@exercise(
    "tied-autoencoder-backward",
    starter='''def tied_autoencoder_backward(X, W):
    """dL/dW for an autoencoder whose decoder reuses the encoder's weights:
    H = tanh(W X), X_hat = W.T H, L = 1/2 * (sum of the squares of X_hat - X).

    X is (n, m), W is (k, n). Return dW, of shape (k, n).
    """
    ...  # your code here''',
    gradients=lambda inputs: {
        "dW": numerical_gradient(
            lambda W: _tied_cost(inputs["X"], W), inputs["W"]
        )
    },
    mistakes=_tied_mistakes,
    returns=("dW",),
    cases=[
        {"n": 4, "k": 2, "m": 5},
        {"n": 3, "k": 5, "m": 6},
        {"n": 3, "k": 3, "m": 3},
    ],
)
def _tied_inputs(case, rng):
    return {
        "X": rng.standard_normal((case["n"], case["m"])),
        "W": rng.standard_normal((case["k"], case["n"])) / 2,
    }


# Batch normalisation: the examples interact -----------------------------------


def _batchnorm(Z, gamma, beta, eps, axis=1):
    mean = Z.mean(axis=axis, keepdims=True)
    variance = Z.var(axis=axis, keepdims=True)
    return gamma * (Z - mean) / np.sqrt(variance + eps) + beta


def _batchnorm_gradients(inputs):
    dY, Z, gamma, eps = inputs.values()
    beta = np.zeros_like(gamma)
    m = Z.shape[1]

    def cost(Z, gamma, beta):  # dJ/dY = dY / m
        return np.sum(dY * _batchnorm(Z, gamma, beta, eps)) / m

    return {
        "dZ": m * numerical_gradient(lambda Z: cost(Z, gamma, beta), Z),
        "dgamma": numerical_gradient(lambda g: cost(Z, g, beta), gamma),
        "dbeta": numerical_gradient(lambda b: cost(Z, gamma, b), beta),
    }


def _batchnorm_mistakes(inputs):
    dY, Z, gamma, eps = inputs.values()
    m = Z.shape[1]

    def backward(axis):
        mean = Z.mean(axis=axis, keepdims=True)
        scale = np.sqrt(Z.var(axis=axis, keepdims=True) + eps)
        Z_hat = (Z - mean) / scale
        return Z_hat, scale

    Z_hat, scale = backward(axis=1)
    Z_hat0, scale0 = backward(axis=0)
    dZ_hat0 = gamma * dY
    return {
        "the mean and variance held constant (they depend on every example)": {
            "dZ": gamma * dY / scale
        },
        "the variance held constant (its term is missing)": {
            "dZ": gamma / scale * (dY - dY.mean(axis=1, keepdims=True))
        },
        "statistics over the wrong axis (axis=0 averages the units)": {
            "dZ": (
                dZ_hat0
                - dZ_hat0.mean(axis=0, keepdims=True)
                - Z_hat0 * (dZ_hat0 * Z_hat0).mean(axis=0, keepdims=True)
            )
            / scale0
        },
        "a sum over the wrong axis (axis=0 adds up the units)": {
            "dgamma": [np.sum(dY * Z_hat, axis=0) / m],
            "dbeta": [np.sum(dY, axis=0) / m],
        },
    }


@exercise(
    "batchnorm-backward",
    starter='''def batchnorm_backward(dY, Z, gamma, eps):
    """The gradients of batch normalisation, Y = gamma * Z_hat + beta, where
    Z_hat = (Z - mean) / sqrt(variance + eps) and the mean and variance of
    each unit (row) are taken over the m examples (columns).

    dY and Z are (n, m), gamma is (n, 1). Return dZ (n, m), a gradient of the
    summed loss, and dgamma, dbeta (n, 1), gradients of the mean cost J.
    """
    ...  # your code here: return dZ, dgamma, dbeta''',
    gradients=_batchnorm_gradients,
    mistakes=_batchnorm_mistakes,
    returns=("dZ", "dgamma", "dbeta"),
    means={"dgamma", "dbeta"},
    cases=[{"n": 3, "m": 5}, {"n": 4, "m": 6}, {"n": 3, "m": 3}],
)
def _batchnorm_inputs(case, rng):
    shape = (case["n"], case["m"])
    return {
        "dY": rng.standard_normal(shape),
        "Z": 2 * rng.standard_normal(shape) + 1,
        "gamma": 1 + rng.random((case["n"], 1)),
        "eps": 1e-3,
    }
