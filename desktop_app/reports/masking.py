"""Masking NIK and KK numbers in exports: `3573********0001` unless the coordinator asks for them in full.

The first four digits (province and city) and the last four (the serial) stay, so a person can still be
told apart in a list and a region counted; the eight in between (kecamatan and birth date) are hidden.
"""

from __future__ import annotations

MASK_CHAR = "*"
KEEP_START = 4
KEEP_END = 4


def mask_number(value: str | None) -> str:
    """`3573051907171359` -> `3573********1359`; short or odd values keep at most a quarter at each end."""
    if not value:
        return ""
    text = str(value).strip()
    if len(text) >= KEEP_START + KEEP_END + 4:
        return text[:KEEP_START] + MASK_CHAR * (len(text) - KEEP_START - KEEP_END) + text[-KEEP_END:]
    keep = len(text) // 4
    return text[:keep] + MASK_CHAR * (len(text) - 2 * keep) + (text[-keep:] if keep else "")


def shown_number(value: str | None, *, masked: bool) -> str:
    """What an export shows for a NIK or KK number."""
    if not value:
        return ""
    return mask_number(value) if masked else str(value)
