"""Inverted dropout keeps the expected value of z = w2 . a1_masked + b2
exactly, because z is affine in the masked activations; past a nonlinearity
it does not. One example; one unit with weights (1, -1) and no bias reads two
hidden units equal to 1, keep_prob = 1/2, a ReLU after it: all 4 masks, each
with its probability, in exact fractions."""

import itertools
from fractions import Fraction

keep_prob = Fraction(1, 2)
w2 = [Fraction(1), Fraction(-1)]  # W2, 1 x 2
a1 = [Fraction(1), Fraction(1)]  # A1 of one example, before the mask
b2 = Fraction(0)


def relu(z):
    return max(z, Fraction(0))


z_unmasked = sum(w * a for w, a in zip(w2, a1, strict=True)) + b2
mean_z = mean_relu = Fraction(0)
for mask in itertools.product([0, 1], repeat=len(a1)):
    kept = sum(mask)
    probability = keep_prob**kept * (1 - keep_prob) ** (len(a1) - kept)
    masked = [a * d / keep_prob for a, d in zip(a1, mask, strict=True)]
    z = sum(w * a for w, a in zip(w2, masked, strict=True)) + b2
    print(f"mask {mask}: z = {z}, ReLU(z) = {relu(z)}")
    mean_z += probability * z
    mean_relu += probability * relu(z)
print("z without dropout      :", z_unmasked)
print("mean of z over masks   :", mean_z)
print("ReLU(z) without dropout:", relu(z_unmasked))
print("mean of ReLU(z)        :", mean_relu)
assert mean_z == z_unmasked  # affine: the mean goes through exactly
assert mean_relu != relu(z_unmasked)  # masks z = 2 and z = -2 do not cancel
