"""Identifiers: random, time-ordered record ids and short human codes.

Ids are made on the device that creates the record, so two laptops can never collide; the time
prefix keeps inserts in index order. Short codes are for reading aloud and typing, with a check
character so that one mistyped character or a swapped pair is caught before a lookup.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from random import Random

# Crockford base32: no I, L, O, U, so nothing is misread as 1 or 0. All of it is QR alphanumeric.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(CROCKFORD)}
_DECODE.update({"O": 0, "I": 1, "L": 1})

SHORT_PREFIX = "MLG"
SHORT_DATA_LEN = 6
_SHORT_RE = re.compile(r"^MLG-?([0-9A-Z]{4})-?([0-9A-Z]{3})$")


def new_id(now_ms: int | None = None) -> str:
    """A UUIDv7 string: 48-bit millisecond time, then random bits."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 68) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b
    return str(uuid.UUID(int=value))


def luhn32_check(data: str) -> str:
    """Luhn mod N (N=32) check character: catches every single substitution and most transpositions."""
    factor = 2
    total = 0
    for ch in reversed(data):
        addend = factor * _DECODE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return CROCKFORD[(32 - total % 32) % 32]


def new_short_code(rng: Random | None = None) -> str:
    """`MLG-7K3F-Q2X`: six random base32 characters and a check character."""
    bits = int.from_bytes(os.urandom(4), "big") if rng is None else rng.getrandbits(32)
    data = "".join(CROCKFORD[(bits >> (5 * i)) & 31] for i in range(SHORT_DATA_LEN))
    body = data + luhn32_check(data)
    return f"{SHORT_PREFIX}-{body[:4]}-{body[4:]}"


def normalise_short_code(text: str) -> str | None:
    """Canonical `MLG-XXXX-XXX` from what a person typed (any case, spaces, O for 0), or None if invalid."""
    cleaned = re.sub(r"[\s_]", "", text.strip().upper())
    match = _SHORT_RE.match(cleaned)
    if not match:
        return None
    body = match.group(1) + match.group(2)
    try:
        body = "".join(CROCKFORD[_DECODE[ch]] for ch in body)
    except KeyError:  # U is not in Crockford's alphabet
        return None
    if luhn32_check(body[:-1]) != body[-1]:
        return None
    return f"{SHORT_PREFIX}-{body[:4]}-{body[4:]}"
