"""The growing wait after wrong passphrases or PINs: a few honest typos cost nothing, guessing costs hours."""

from __future__ import annotations

FREE_TRIES = 3
FIRST_DELAY_S = 5
MAX_DELAY_S = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries in a row: 0, 0, 0, 5, 10, 20, … up to 5 minutes."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(failures - FREE_TRIES, 16))  # no huge powers
