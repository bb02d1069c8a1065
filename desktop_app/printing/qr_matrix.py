"""QR matrices for card codes, module for module what the `qrcode` library draws, for a batch at once.

The library builds each code nine times (eight trial masks, then the chosen one), placing every module
in Python and scoring each trial with a Python penalty loop: 6-12 ms a code. Here its fixed patterns,
format bits and version choice are reused from the library itself; the codewords come from
`qr_encode` (the library's encoder, for texts that are not alphanumeric); placing the data is one
array assignment along a precomputed path; and the eight masks of every code are scored together with
the library's penalty rules (as bit arithmetic on rows packed into integers). The mask search is
kept, not skipped: it is what keeps codes free of finder-like patterns that confuse scanners. The
tests compare every module with the library's own output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from qrcode import QRCode, util
from qrcode.constants import ERROR_CORRECT_M

from desktop_app.printing.qr_encode import Codewords, encode_alphanumeric, is_alphanumeric

Matrix = npt.NDArray[np.bool_]
MAX_PACKED_VERSION = 11  # 61 modules: a row (and the bits shifted past it) fits a 64-bit integer

# The library's trial masks are scored with the format and version areas left light ("test" mode).
_FINDER_LIKE = (
    np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=np.bool_),
    np.array([0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1], dtype=np.bool_),
)


@dataclass(frozen=True)
class _Layout:
    """What one QR version looks like before any data: fixed patterns, data path, mask patterns."""

    size: int
    blank: Matrix  # function patterns; format/version areas light (the library's test mode)
    path_rows: npt.NDArray[np.intp]  # data module positions in placement order
    path_cols: npt.NDArray[np.intp]
    mask_flips: Matrix  # (8, size, size): where mask k flips a data module
    flip_rows: npt.NDArray[np.uint64]  # (8, size): the same, packed by rows
    flip_cols: npt.NDArray[np.uint64]  # (8, size): and by columns
    info_cells: Matrix  # (size, size): format and version info cells, and the dark module
    info_bits: Matrix  # (8, size, size): the whole final grid of function patterns, per mask


def _blank_qr(version: int, error_correction: int) -> QRCode:
    qr: QRCode = QRCode(version=version, error_correction=error_correction)
    qr.modules_count = version * 4 + 17
    qr.modules = [[None] * qr.modules_count for _ in range(qr.modules_count)]
    qr.setup_position_probe_pattern(0, 0)
    qr.setup_position_probe_pattern(qr.modules_count - 7, 0)
    qr.setup_position_probe_pattern(0, qr.modules_count - 7)
    qr.setup_position_adjust_pattern()
    qr.setup_timing_pattern()
    return qr


def _info_grid(version: int, error_correction: int, *, test: bool, mask: int) -> list[list[bool | None]]:
    qr = _blank_qr(version, error_correction)
    qr.setup_type_info(test, mask)
    if version >= 7:
        qr.setup_type_number(test)
    return qr.modules


@lru_cache(maxsize=8)
def _layout(version: int, error_correction: int) -> _Layout:
    size = version * 4 + 17
    test_grid = _info_grid(version, error_correction, test=True, mask=0)
    free = np.array([[cell is None for cell in row] for row in test_grid], dtype=np.bool_)
    blank = np.array([[bool(cell) for cell in row] for row in test_grid], dtype=np.bool_)

    # The zig-zag of `QRCode.map_data`: column pairs from the right, up then down, skipping column 6.
    rows: list[int] = []
    cols: list[int] = []
    row, step = size - 1, -1
    for col in range(size - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if free[row, c]:
                    rows.append(row)
                    cols.append(c)
            row += step
            if row < 0 or row >= size:
                row -= step
                step = -step
                break

    i, j = np.indices((size, size))
    patterns = np.stack([
        (i + j) % 2 == 0,
        i % 2 == 0,
        j % 3 == 0,
        (i + j) % 3 == 0,
        (i // 2 + j // 3) % 2 == 0,
        (i * j) % 2 + (i * j) % 3 == 0,
        ((i * j) % 2 + (i * j) % 3) % 2 == 0,
        ((i * j) % 3 + (i + j) % 2) % 2 == 0,
    ])
    mask_flips = patterns & free

    # Format (and from version 7, version) information: written over the test grid once a mask is chosen.
    info_cells = ~free & ~_fixed_pattern_cells(version, error_correction)
    info_bits = np.stack([
        np.array([[bool(cell) for cell in row] for row in _info_grid(version, error_correction, test=False, mask=m)],
                 dtype=np.bool_)
        for m in range(8)
    ])
    return _Layout(
        size=size,
        blank=blank,
        path_rows=np.array(rows, dtype=np.intp),
        path_cols=np.array(cols, dtype=np.intp),
        mask_flips=mask_flips,
        flip_rows=_pack(mask_flips),
        flip_cols=_pack(mask_flips.transpose(0, 2, 1)),
        info_cells=info_cells,
        info_bits=info_bits,
    )


def _fixed_pattern_cells(version: int, error_correction: int) -> Matrix:
    """Cells of finder, separator, alignment and timing patterns (not format/version info)."""
    qr = _blank_qr(version, error_correction)
    return np.array([[cell is not None for cell in row] for row in qr.modules], dtype=np.bool_)


def _version_for(data: util.QRData, error_correction: int) -> int:
    """The smallest version that holds the data: depends only on its mode and length, so cached."""
    return _version_for_shape(data.mode, len(data), error_correction)


@lru_cache(maxsize=256)
def _version_for_shape(mode: int, length: int, error_correction: int) -> int:
    sample = {util.MODE_NUMBER: b"0", util.MODE_ALPHA_NUM: b"A"}.get(mode, b"a") * length
    qr: QRCode = QRCode(error_correction=error_correction)
    qr.add_data(util.QRData(sample, mode=mode))
    return int(qr.best_fit())


def _pack(grids: Matrix) -> npt.NDArray[np.uint64]:
    """Each row of each (…, size, size) grid as one integer, bit c = column c (size < 64)."""
    packed = np.packbits(grids, axis=-1, bitorder="little")
    padded = np.zeros((*packed.shape[:-1], 8), dtype=np.uint8)
    padded[..., : packed.shape[-1]] = packed
    return padded.view("<u8")[..., 0].astype(np.uint64)


def _popcount(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    return np.bitwise_count(values).astype(np.int64)


def _penalties(rows: npt.NDArray[np.uint64], cols: npt.NDArray[np.uint64], size: int) -> npt.NDArray[np.int64]:
    """The library's `util.lost_point` for many candidates at once.

    `rows` and `cols` are (..., size) arrays: each candidate's rows and columns packed as integers. Bit
    arithmetic scores every position of a line at once; the result has the shape of `rows[..., 0]`.
    """
    one = np.uint64(1)
    full = np.uint64((1 << size) - 1)
    total = np.zeros(rows.shape[:-1], dtype=np.int64)
    for lines in (rows, cols):
        # Rule 1: a run of L >= 5 same-coloured modules costs L - 2 = (number of 5-windows inside it,
        # L - 4) + 2 for the window at its start.
        same = ~(lines ^ (lines >> one)) & np.uint64((1 << (size - 1)) - 1)  # bit p: module p == p + 1
        five = same & (same >> one) & (same >> np.uint64(2)) & (same >> np.uint64(3))
        run_start = ~(same << one) & full  # bit p: module p differs from p - 1 (or p == 0)
        total += _popcount(five).sum(axis=-1) + 2 * _popcount(five & run_start).sum(axis=-1)
        # Rule 3: the finder-like 1011101 with four light modules before or after it costs 40.
        for pattern in _FINDER_LIKE:
            match = np.uint64((1 << (size - 10)) - 1)
            for k, dark in enumerate(pattern):
                shifted = lines >> np.uint64(k)
                match = match & (shifted if dark else ~shifted)
            total += 40 * _popcount(match).sum(axis=-1)
    # Rule 2: each 2x2 block of one colour costs 3.
    same_h = ~(rows ^ (rows >> one)) & np.uint64((1 << (size - 1)) - 1)
    block = same_h[..., :-1] & same_h[..., 1:] & ~(rows[..., :-1] ^ rows[..., 1:])
    total += 3 * _popcount(block).sum(axis=-1)
    # Rule 4: every 5% away from half dark costs 10 (the library's float arithmetic, kept exactly).
    dark = _popcount(rows).sum(axis=-1)
    percent = dark.astype(np.float64) / (size**2) * 100
    total += (np.abs(percent - 50) / 5).astype(np.int64) * 10
    return total


def qr_matrices(codes: Sequence[str], *, error_correction: int = ERROR_CORRECT_M) -> list[Matrix]:
    """One QR matrix per text (True = dark, no quiet zone), at the smallest version that holds it."""
    results: list[Matrix | None] = [None] * len(codes)
    by_version: dict[int, list[tuple[int, Codewords]]] = {}
    alphanumeric: dict[int, list[int]] = {}  # length -> indexes: encoded together, as arrays
    for index, text in enumerate(codes):
        if is_alphanumeric(text):
            alphanumeric.setdefault(len(text), []).append(index)
            continue
        data = util.QRData(text)
        version = _version_for(data, error_correction)
        codewords = np.array(util.create_data(version, error_correction, [data]), dtype=np.uint8)
        by_version.setdefault(version, []).append((index, codewords))
    for length, indexes in alphanumeric.items():
        version = _version_for_shape(util.MODE_ALPHA_NUM, length, error_correction)
        encoded = encode_alphanumeric([codes[i] for i in indexes], version, error_correction)
        by_version.setdefault(version, []).extend(zip(indexes, encoded, strict=True))
    for version, items in by_version.items():
        if version > MAX_PACKED_VERSION:  # rows no longer fit a 64-bit integer: let the library do it
            for index, _ in items:
                results[index] = reference_matrix(codes[index], error_correction=error_correction)
            continue
        layout = _layout(version, error_correction)
        count = len(layout.path_rows)
        stream = np.unpackbits(np.stack([words for _, words in items]), axis=1)
        bits = np.zeros((len(items), count), dtype=np.bool_)  # remainder bits stay light
        bits[:, : min(stream.shape[1], count)] = stream[:, :count].astype(np.bool_)
        plain = np.broadcast_to(layout.blank, (len(items), layout.size, layout.size)).copy()
        plain[:, layout.path_rows, layout.path_cols] = bits
        rows = _pack(plain)[:, None, :] ^ layout.flip_rows[None, :, :]  # (codes, 8 masks, size)
        cols = _pack(plain.transpose(0, 2, 1))[:, None, :] ^ layout.flip_cols[None, :, :]
        best = np.argmin(_penalties(rows, cols, layout.size), axis=1)  # the first minimum, as the library
        for row, (index, _) in enumerate(items):
            mask = int(best[row])
            matrix = plain[row] ^ layout.mask_flips[mask]
            matrix[layout.info_cells] = layout.info_bits[mask][layout.info_cells]
            results[index] = matrix
    return [m for m in results if m is not None]


def reference_matrix(text: str, *, error_correction: int = ERROR_CORRECT_M) -> Matrix:
    """The `qrcode` library's own matrix (automatic mask search): slow, for tests and benchmarks."""
    qr: QRCode = QRCode(error_correction=error_correction, border=0)
    qr.add_data(util.QRData(text))
    qr.make(fit=True)
    return np.array(qr.modules, dtype=np.bool_)
