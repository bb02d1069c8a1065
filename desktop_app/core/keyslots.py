"""The database key and the slots that unlock it (like LUKS): one per passphrase, one per recovery key.

The workspace file is encrypted with a random 32-byte key that never changes. Each slot holds that
key encrypted (AES-GCM) under a key derived from something a person has: the passphrase (scrypt) or
the recovery key printed at creation (160 random bits, so HKDF is enough). Changing the passphrase
rewrites one slot; the database and its backups are untouched and stay readable.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.core.errors import PintuError
from desktop_app.core.passphrase import KdfParams, derive_key, new_kdf_params

KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits: 32 base32 letters, printed as 8 groups of 4
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Letters people misread when copying a printed key by hand, mapped to the ones the key can contain.
_MISREAD = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_recovery_key() -> str:
    """A printable recovery key: `ABCD-EFGH-…` (8 groups of 4 letters and digits 2–7)."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(typed: str) -> bytes:
    """The key's bytes from what a person typed: any case, spaces or dashes, common misreadings."""
    letters = re.sub(r"[\s\-_.]", "", typed.upper()).translate(_MISREAD)
    if len(letters) != RECOVERY_BYTES * 8 // 5 or any(c not in _ALPHABET for c in letters):
        raise PintuError("recovery.malformed")
    return base64.b32decode(letters)


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"pintu-recovery-key/1").derive(secret)


def _aad(kind: str) -> bytes:
    return f"pintu-database-key/1|{kind}".encode()


@dataclass(frozen=True)
class Slot:
    """One way in: the database key sealed under a key derived from a passphrase or a recovery key."""

    kind: str  # "passphrase" or "recovery"
    kdf: dict[str, Any]
    nonce: bytes
    sealed: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "kdf": self.kdf, "nonce": base64.b64encode(self.nonce).decode(),
                "sealed": base64.b64encode(self.sealed).decode()}

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        try:
            return cls(str(data["kind"]), dict(data["kdf"]), base64.b64decode(data["nonce"]),
                       base64.b64decode(data["sealed"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise PintuError("keys.corrupt") from exc


def _seal(kind: str, kek: bytes, database_key: bytes, kdf: dict[str, Any]) -> Slot:
    nonce = os.urandom(12)
    return Slot(kind, kdf, nonce, AESGCM(kek).encrypt(nonce, database_key, _aad(kind)))


def _open(slot: Slot, kek: bytes, wrong: str) -> bytes:
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.sealed, _aad(slot.kind))
    except InvalidTag as exc:
        raise PintuError(wrong) from exc
    if len(key) != KEY_BYTES:
        raise PintuError("keys.corrupt")
    return key


def passphrase_slot(database_key: bytes, passphrase: str) -> Slot:
    params = new_kdf_params()
    return _seal("passphrase", derive_key(passphrase, params), database_key, params.to_json())


def recovery_slot(database_key: bytes, recovery_key: str) -> Slot:
    salt = os.urandom(16)
    kek = _recovery_kek(parse_recovery_key(recovery_key), salt)
    return _seal("recovery", kek, database_key, {"name": "hkdf-sha256", "salt": base64.b64encode(salt).decode()})


def open_with_passphrase(slot: Slot, passphrase: str) -> bytes:
    """The database key, or `passphrase.wrong` (AES-GCM tells a wrong key without a guess at the data)."""
    try:
        params = KdfParams.from_json(slot.kdf)
    except PintuError as exc:
        raise PintuError("keys.corrupt") from exc
    return _open(slot, derive_key(passphrase, params), "passphrase.wrong")


def open_with_recovery_key(slot: Slot, recovery_key: str) -> bytes:
    try:
        salt = base64.b64decode(str(slot.kdf["salt"]))
    except (KeyError, ValueError) as exc:
        raise PintuError("keys.corrupt") from exc
    return _open(slot, _recovery_kek(parse_recovery_key(recovery_key), salt), "recovery.wrong")
