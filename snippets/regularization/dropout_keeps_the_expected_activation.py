"""Inverted dropout keeps each activation's expected value: averaged over
every mask, each drawn with its probability, A * D / keep_prob gives back A.
Exact arithmetic with fractions, over all 2**4 masks of a 4-unit layer."""

import itertools
from fractions import Fraction

keep_prob = Fraction(4, 5)
a = [Fraction(3, 2), Fraction(-1, 3), Fraction(2), Fraction(5, 7)]

expected = [Fraction(0)] * len(a)  # the mean of A * D / keep_prob
unscaled = [Fraction(0)] * len(a)  # the mean of A * D
for mask in itertools.product([0, 1], repeat=len(a)):
    kept = sum(mask)
    probability = keep_prob**kept * (1 - keep_prob) ** (len(a) - kept)
    for i, d in enumerate(mask):
        expected[i] += probability * a[i] * d / keep_prob
        unscaled[i] += probability * a[i] * d
print("A                          :", [str(x) for x in a])
print("mean of A * D / keep_prob  :", [str(x) for x in expected])
print("mean of A * D (no scaling) :", [str(x) for x in unscaled])
assert expected == a
assert unscaled == [keep_prob * x for x in a]  # shrunk by keep_prob
