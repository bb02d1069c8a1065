"""A QR matrix as PDF path operators: one path of rectangles, horizontal runs merged, in module units.

The caller places and scales it (`cm` with the module size), so the numbers stay small integers and
the path renders crisp at any resolution: no bitmap, no resampling.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence

import numpy as np

from desktop_app.printing.qr_matrix import Matrix, qr_matrices

CHUNK = 200  # codes built together: large enough for the arrays to pay, small enough to stop early


def qr_path_ops(matrix: Matrix) -> str:
    """`x y w 1 re` for each run of dark modules, then `f`; row 0 is the top (y = size - 1)."""
    size = matrix.shape[0]
    padded = np.zeros((size, size + 2), dtype=np.int8)
    padded[:, 1:-1] = matrix
    edges = np.diff(padded, axis=1)
    row_starts, col_starts = np.nonzero(edges == 1)
    _row_ends, col_ends = np.nonzero(edges == -1)  # same rows, same order: runs alternate start/end
    widths = col_ends - col_starts
    ys = size - 1 - row_starts
    parts = [f"{x} {y} {w} 1 re" for x, y, w in zip(col_starts.tolist(), ys.tolist(), widths.tolist(), strict=True)]
    parts.append("f")
    return "\n".join(parts)


def qr_paths(codes: Sequence[str], *, chunk: int = CHUNK) -> Generator[str, None, None]:
    """Each code's QR path, in order, built a chunk at a time as the caller goes along."""
    for start in range(0, len(codes), chunk):
        for matrix in qr_matrices(codes[start : start + chunk]):
            yield qr_path_ops(matrix)
