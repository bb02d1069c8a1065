"""Personal PINs: the rules, a salted scrypt hash, a constant-time check, and the wait after failures.

A PIN only tells apart the people who share a laptop (the workspace file is protected by its
passphrase); still, it is never stored, only a salted scrypt hash of it. `delay_after` is the growing
wait after repeated failures; the workspace passphrase uses the same function.
"""

from __future__ import annotations

import hmac
import itertools
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.core.errors import PintuError
from desktop_app.core.lockout import MAX_DELAY_S, delay_after

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 8
# scrypt cost for a PIN: a few tens of milliseconds, at every sign-in.
PIN_SCRYPT_N, PIN_SCRYPT_R, PIN_SCRYPT_P = 2**13, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32

__all__ = ["MAX_DELAY_S", "PinHash", "check_pin", "delay_after", "hash_pin", "verify_pin"]


@dataclass(frozen=True)
class PinHash:
    """What is stored of a PIN: salt, digest, and the scrypt cost they were made with."""

    salt: bytes
    digest: bytes
    n: int = PIN_SCRYPT_N
    r: int = PIN_SCRYPT_R
    p: int = PIN_SCRYPT_P

    def params(self) -> str:
        return f"scrypt:{self.n}:{self.r}:{self.p}"

    @classmethod
    def from_stored(cls, salt: bytes, digest: bytes, params: str) -> PinHash:
        try:
            name, n, r, p = params.split(":")
            made = cls(bytes(salt), bytes(digest), int(n), int(r), int(p))
        except (ValueError, TypeError) as exc:
            raise PintuError("pin.corrupt") from exc
        if name != "scrypt" or not (2**10 <= made.n <= 2**20 and 1 <= made.r <= 16 and 1 <= made.p <= 4):
            raise PintuError("pin.corrupt")
        return made


def check_pin(pin: str) -> None:
    """`pin.format` unless 4 to 8 digits; `pin.too_simple` for one digit repeated or a straight run (1234)."""
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH):
        raise PintuError("pin.format", minimum=PIN_MIN_LENGTH, maximum=PIN_MAX_LENGTH)
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({0}, {1}, {9}):
        raise PintuError("pin.too_simple")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=HASH_BYTES, n=n, r=r, p=p).derive(pin.encode("utf-8"))


def hash_pin(pin: str) -> PinHash:
    """A new salted hash of a PIN that follows the rules (`check_pin` first)."""
    check_pin(pin)
    salt = os.urandom(SALT_BYTES)
    return PinHash(salt=salt, digest=_derive(pin, salt, PIN_SCRYPT_N, PIN_SCRYPT_R, PIN_SCRYPT_P))


def verify_pin(pin: str, stored: PinHash) -> bool:
    """Whether `pin` is the one `stored` was made from; the digests are compared in constant time."""
    if not pin or len(pin) > 64:  # nothing to derive, or a paste of something else: not a PIN
        return False
    return hmac.compare_digest(_derive(pin, stored.salt, stored.n, stored.r, stored.p), stored.digest)

