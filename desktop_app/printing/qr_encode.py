"""QR codewords (data and Reed-Solomon error correction) for many alphanumeric texts at once.

The `qrcode` library encodes a text bit by bit and divides polynomials in Python lists: about 0.6 ms
a card code, most of the cost of a card. Card codes are all alphanumeric and all the same length, so a
batch is encoded here as arrays: the bit stream with a few vector operations, the Reed-Solomon
remainder as one shift register over every block of every code. The tables (generator polynomials,
block structure, Galois field) are the library's own, and the tests compare the result with its
`util.create_data` codeword for codeword. Other texts (bytes, numbers, mixed) use the library.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from qrcode import LUT, base, util

Codewords = npt.NDArray[np.uint8]

_ALPHA_INDEX = np.full(256, 255, dtype=np.int64)
_ALPHA_INDEX[np.frombuffer(util.ALPHA_NUM, dtype=np.uint8)] = np.arange(len(util.ALPHA_NUM))
_EXP = np.array(base.EXP_TABLE[:255] * 2, dtype=np.int64)  # exp of 0..509: no modulo needed for a sum
_LOG = np.array([0, *base.LOG_TABLE[1:256]], dtype=np.int64)  # log(0) is never looked up (masked)


def is_alphanumeric(text: str) -> bool:
    """True when the library would encode the text in alphanumeric mode (digits alone go numeric)."""
    return bool(text) and util.optimal_mode(text.encode("utf-8")) == util.MODE_ALPHA_NUM


def _bits(value: int, width: int) -> list[int]:
    return [(value >> (width - 1 - i)) & 1 for i in range(width)]


@lru_cache(maxsize=64)
def _generator_logs(ec_count: int) -> npt.NDArray[np.int64]:
    """The logs of the generator polynomial's coefficients after the leading 1 (the library's table)."""
    if ec_count in LUT.rsPoly_LUT:
        poly = list(LUT.rsPoly_LUT[ec_count])
    else:  # pragma: no cover - every size QR uses is in the table
        product = base.Polynomial([1], 0)
        for i in range(ec_count):
            product = product * base.Polynomial([1, base.gexp(i)], 0)
        poly = list(product)
    return np.array([base.glog(c) for c in poly[1:]], dtype=np.int64)


def _remainders(data: npt.NDArray[np.int64], ec_count: int) -> npt.NDArray[np.int64]:
    """Reed-Solomon error correction codewords of each row of `data` (rows = blocks)."""
    logs = _generator_logs(ec_count)
    rem = np.zeros((data.shape[0], ec_count), dtype=np.int64)
    for column in range(data.shape[1]):
        factor = data[:, column] ^ rem[:, 0]
        rem[:, :-1] = rem[:, 1:]
        rem[:, -1] = 0
        nonzero = factor != 0
        products = _EXP[_LOG[factor][:, None] + logs[None, :]]
        rem ^= np.where(nonzero[:, None], products, 0)
    return rem


@lru_cache(maxsize=64)
def _interleave_order(version: int, error_correction: int) -> tuple[npt.NDArray[np.intp], int]:
    """Where each final codeword comes from in [all data blocks..., all EC blocks...], and the number
    of data codewords (`util.create_bytes`'s interleaving)."""
    blocks = base.rs_blocks(version, error_correction)
    data_starts, ec_starts = [], []
    data_total = sum(b.data_count for b in blocks)
    data_pos, ec_pos = 0, data_total
    for block in blocks:
        data_starts.append((data_pos, block.data_count))
        ec_starts.append((ec_pos, block.total_count - block.data_count))
        data_pos += block.data_count
        ec_pos += block.total_count - block.data_count
    order: list[int] = []
    for starts in (data_starts, ec_starts):
        for i in range(max(count for _, count in starts)):
            order.extend(start + i for start, count in starts if i < count)
    return np.array(order, dtype=np.intp), data_total


def encode_alphanumeric(texts: Sequence[str], version: int, error_correction: int) -> Codewords:
    """The final codeword sequence of each text (all alphanumeric, all the same length), as
    `util.create_data(version, error_correction, [QRData(text)])` gives it: shape (len(texts), total)."""
    count = len(texts)
    length = len(texts[0])
    if any(len(t) != length for t in texts):
        raise ValueError("texts must have the same length")
    blocks = base.rs_blocks(version, error_correction)
    bit_limit = sum(b.data_count for b in blocks) * 8

    raw = np.frombuffer("".join(texts).encode("ascii"), dtype=np.uint8).reshape(count, length)
    values = _ALPHA_INDEX[raw]
    if (values == 255).any():
        raise ValueError("not alphanumeric")
    parts = [np.broadcast_to(np.array(
        _bits(util.MODE_ALPHA_NUM, 4) + _bits(length, util.length_in_bits(util.MODE_ALPHA_NUM, version)),
        dtype=np.uint8), (count, 4 + util.length_in_bits(util.MODE_ALPHA_NUM, version)))]
    pairs = values[:, : length - length % 2].reshape(count, -1, 2)
    pair_values = pairs[:, :, 0] * 45 + pairs[:, :, 1]
    parts.append(((pair_values[:, :, None] >> np.arange(10, -1, -1)) & 1).reshape(count, -1).astype(np.uint8))
    if length % 2:
        parts.append(((values[:, -1:] >> np.arange(5, -1, -1)) & 1).astype(np.uint8))
    stream = np.concatenate(parts, axis=1)
    used = stream.shape[1]
    if used > bit_limit:
        raise ValueError("text too long for this version")
    used += min(bit_limit - used, 4)  # terminator
    used += -used % 8  # to a byte boundary
    padded = np.zeros((count, bit_limit), dtype=np.uint8)
    padded[:, : stream.shape[1]] = stream
    data = np.packbits(padded, axis=1).astype(np.int64)
    for i, position in enumerate(range(used // 8, bit_limit // 8)):
        data[:, position] = util.PAD0 if i % 2 == 0 else util.PAD1

    # Error correction per block: blocks of the same shape go through the register together.
    data_parts: list[npt.NDArray[np.int64]] = []
    shapes: dict[tuple[int, int], list[int]] = {}
    offset = 0
    for index, block in enumerate(blocks):
        data_parts.append(data[:, offset : offset + block.data_count])
        offset += block.data_count
        shapes.setdefault((block.data_count, block.total_count - block.data_count), []).append(index)
    ec_parts: list[npt.NDArray[np.int64]] = [data_parts[0]] * len(blocks)
    for (_, ec_count), indexes in shapes.items():
        stacked = np.concatenate([data_parts[i] for i in indexes], axis=0)
        remainders = _remainders(stacked, ec_count).reshape(len(indexes), count, ec_count)
        for k, i in enumerate(indexes):
            ec_parts[i] = remainders[k]
    order, _ = _interleave_order(version, error_correction)
    joined = np.concatenate(data_parts + ec_parts, axis=1)
    return joined[:, order].astype(np.uint8)
