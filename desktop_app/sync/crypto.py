"""AES-256-GCM for bundle payloads, with the manifest as associated data."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.errors import PintuError


def encrypt(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated)


def decrypt(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
    """The GCM tag proves the payload and the manifest are exactly as written with this key."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except (InvalidTag, ValueError) as exc:
        raise PintuError("bundle.wrong_passphrase_or_damaged") from exc
