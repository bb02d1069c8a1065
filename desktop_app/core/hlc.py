"""Hybrid logical clock: wall-clock milliseconds plus a counter, never going backward.

A laptop with a wrong clock still orders its own events correctly, and after it has seen another
device's events its clock is never behind theirs, so "last writer wins" means what people expect.
Packed as one integer (ms << 16 | counter) so SQLite compares it natively.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def unpack(hlc: int) -> tuple[int, int]:
    return hlc >> COUNTER_BITS, hlc & _COUNTER_MASK


def wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def wall_clock_ms() -> int:
    return int(time.time() * 1000)


class HybridClock:
    """Issues strictly increasing timestamps for one device."""

    def __init__(self, last: int = 0, clock: Callable[[], int] = wall_clock_ms) -> None:
        self.last = last
        self._clock = clock

    def now(self) -> int:
        """A timestamp greater than every one issued or observed before."""
        last_ms, counter = unpack(self.last)
        physical = self._clock()
        if physical > last_ms:
            self.last = pack(physical, 0)
        else:
            self.last = _next(last_ms, counter)
        return self.last

    def observe(self, remote: int) -> None:
        """Move past a timestamp seen in another device's event."""
        if remote > self.last:
            self.last = remote


def _next(ms: int, counter: int) -> int:
    if counter >= _COUNTER_MASK:  # 65,535 events in one millisecond: borrow the next millisecond
        return pack(ms + 1, 0)
    return pack(ms, counter + 1)
