"""Device signing keys (Ed25519). Each laptop signs the cards it prints with its own key."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@dataclass(frozen=True)
class DeviceKey:
    private_raw: bytes  # 32 bytes; stays on this laptop
    public_raw: bytes  # 32 bytes; travels in bundles
    key_id: str  # short, QR-alphanumeric name of the public key, printed into card codes


def key_id_of(public_raw: bytes) -> str:
    """Eight base32 characters of the key's SHA-256: enough to tell a workspace's devices apart."""
    return base64.b32encode(hashlib.sha256(public_raw).digest()).decode("ascii")[:8]


def generate_device_key() -> DeviceKey:
    private = Ed25519PrivateKey.generate()
    private_raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return DeviceKey(private_raw=private_raw, public_raw=public_raw, key_id=key_id_of(public_raw))
