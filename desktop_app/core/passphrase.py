"""The workspace passphrase turned into a key (scrypt), and a public check that tells a wrong one."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.core.errors import PintuError

MIN_PASSPHRASE_LENGTH = 8
# scrypt cost: ~0.1 s on a cheap laptop, once per command (not per bundle).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_json(self) -> dict[str, object]:
        return {"name": "scrypt", "salt": base64.b64encode(self.salt).decode(), "n": self.n, "r": self.r,
                "p": self.p}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> KdfParams:
        try:
            return cls.from_json(json.loads(text))
        except json.JSONDecodeError as exc:
            raise PintuError("bundle.corrupt") from exc

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "scrypt":
            raise PintuError("bundle.corrupt")
        try:
            params = cls(base64.b64decode(str(data["salt"])), int(data["n"]), int(data["r"]), int(data["p"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise PintuError("bundle.corrupt") from exc
        # refuse parameters that would make a crafted file eat the laptop's memory or hours of CPU
        if not (2**10 <= params.n <= 2**20 and 1 <= params.r <= 16 and 1 <= params.p <= 4 and len(params.salt) >= 8):
            raise PintuError("bundle.corrupt")
        return params


def new_kdf_params() -> KdfParams:
    return KdfParams(salt=os.urandom(16), n=SCRYPT_N)


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise PintuError("passphrase.too_short", minimum=MIN_PASSPHRASE_LENGTH)


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """32 bytes from the passphrase; the same passphrase and salt give the same key on every laptop."""
    kdf = Scrypt(salt=params.salt, length=32, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def key_check(key: bytes, workspace_id: str) -> str:
    """A public value that tells whether a typed passphrase is the workspace's, without revealing it."""
    return hmac.new(key, f"pintu-key-check|{workspace_id}".encode(), hashlib.sha256).hexdigest()[:32]
