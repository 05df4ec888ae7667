"""A picture of the 16 entries dZ[i,j]/dW[k,l] = δ_ik A[l,j] of Z = W A:
one 2×2 block per entry of Z, one cell per entry of W."""

import numpy as np
from figures import rect, svg, text
from gradcheck import numerical_jacobian

W = np.array([[1.0, 2.0], [3.0, 4.0]])
A = np.array([[2.0, -2.0], [3.0, 2.0]])

cell, gap, margin = 60, 32, 16
block = 2 * cell + 20  # a 2×2 block of cells under its label
width = 2 * margin + 4 * cell + gap
height = 36 + 2 * block + gap
parts = [text(width / 2, 20, "dZ[i,j] / dW[k,l]", "title")]
for i, j in np.ndindex(2, 2):
    x0 = margin + j * (2 * cell + gap)
    y0 = 36 + i * (block + gap)
    parts.append(text(x0 + cell, y0 + 12, f"Z[{i},{j}] by W", "label"))
    for k, l in np.ndindex(2, 2):
        x, y = x0 + l * cell, y0 + 20 + k * cell
        if i == k:  # δ_ik: W[k,l] reaches row k of Z only
            parts.append(rect(x, y, cell, cell, "cell on"))
            parts.append(text(x + cell / 2, y + 28, f"{A[l, j]:g}"))
            parts.append(text(x + cell / 2, y + 46, f"A[{l},{j}]", "note"))
        else:
            parts.append(rect(x, y, cell, cell, "cell"))
            parts.append(text(x + cell / 2, y + 36, "0", "zero"))
values = ", ".join(f"{a:g}" for a in A.T.ravel())
print(
    svg(
        width,
        height,
        "The 16 entries of dZ/dW for Z = W A",
        parts,
        "Four 2 by 2 blocks, one for each entry Z[i,j] of Z, each with one "
        "cell for each entry W[k,l] of W. In the blocks of Z's first row only "
        "the cells of W's first row are shaded; in the blocks of Z's second "
        "row, only those of W's second row: W[k,l] reaches row k of Z alone. "
        f"A shaded cell holds A[l,j] (the entries of A are {values}); the "
        "other 8 cells hold 0.",
    )
)

# Every cell drawn above, against finite differences.
numeric = numerical_jacobian(lambda W: W @ A, W)
for i, j, k, l in np.ndindex(2, 2, 2, 2):
    drawn = A[l, j] if i == k else 0.0
    assert abs(numeric[i, j, k, l] - drawn) < 1e-8
