"""Certificate codes: what the QR on a certificate of completion holds, signed like a card code.

    PNS1.7K3FQ2X.B4KD9.3C0.JV5FGU24.<103 base32 characters of an Ed25519 signature>

Parts: format, the participant's short code without prefix and dashes, a 5-character tag of the class,
the training time in minutes (base32), the signing device's key id, and the signature over those parts
plus the workspace id. The same alphabet and signature as cards (`core.cards`): any synced laptop checks a
certificate offline with the device keys it already holds, a revoked laptop's certificates are refused,
and a code changed by one character fails. A card's signature cannot pass for a certificate's: the
format is part of what is signed. No name, no NIK: the QR holds nothing personal; the laptop that checks
it shows the name from its own data.

The certificate number printed on the page is made from the same parts
(`SRT/2026/B4KD9/7K3F-Q2X`), so a phone call can check a certificate without a scanner.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.core.cards import (
    MAX_CODE_LENGTH,
    PublicKeyInfo,
    b32_text,
    base32_to_int,
    int_to_base32,
    signed_message,
)
from desktop_app.core.ids import CROCKFORD, SHORT_PREFIX, luhn32_check

FORMAT = "PNS1"
CLASS_TAG_LENGTH = 5  # 25 bits: two classes of one workspace sharing a tag is a one-in-millions chance
MAX_MINUTES = 32**4 - 1
_CODE = re.compile(
    r"^PNS1\.([0-9A-Z]{7})\.([0-9A-Z]{5})\.([0-9A-Z]{1,4})\.([A-Z2-7]{8})\.([A-Z2-7]{103})$"
)

KeyLookup = Callable[[str], "PublicKeyInfo | None"]


class CertificateStatus(str, Enum):
    VALID = "valid"
    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_KEY = "unknown_key"
    REVOKED_KEY = "revoked_key"


@dataclass(frozen=True)
class CertificateCode:
    """The parts of a certificate code, as read."""

    short_code: str  # "MLG-7K3F-Q2X"
    class_tag: str
    minutes: int  # training time the certificate states
    key_id: str

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class CertificateCheck:
    """What `verify_certificate` found; `certificate` is None only when the code could not be read."""

    status: CertificateStatus
    certificate: CertificateCode | None = None

    @property
    def ok(self) -> bool:
        return self.status is CertificateStatus.VALID


def class_tag(class_id: str) -> str:
    """Five base32 characters naming a class (from its id)."""
    digest = int.from_bytes(hashlib.sha256(class_id.encode("utf-8")).digest()[:4], "big")
    return "".join(CROCKFORD[(digest >> (5 * i)) & 31] for i in range(CLASS_TAG_LENGTH))


def certificate_number(short_code: str, class_id: str, year: int) -> str:
    """The number printed on the certificate: `SRT/2026/B4KD9/7K3F-Q2X` (no personal data)."""
    compact = short_code.replace("-", "")[len(SHORT_PREFIX):]
    return f"SRT/{year}/{class_tag(class_id)}/{compact[:4]}-{compact[4:]}"


def sign_certificate(
    *,
    workspace_id: str,
    short_code: str,
    class_id: str,
    minutes: int,
    key_id: str,
    private_key: bytes,
) -> str:
    """The QR text of one certificate, signed with this device's private key."""
    compact = short_code.replace("-", "")
    if not compact.startswith(SHORT_PREFIX) or len(compact) != len(SHORT_PREFIX) + 7:
        raise ValueError(f"not a short code: {short_code!r}")
    if not 0 <= minutes <= MAX_MINUTES:
        raise ValueError("minutes out of range")
    body = ".".join((FORMAT, compact[len(SHORT_PREFIX):], class_tag(class_id), int_to_base32(minutes), key_id))
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(signed_message(workspace_id, body))
    code = f"{body}.{b32_text(signature)}"
    assert len(code) <= MAX_CODE_LENGTH
    return code


def parse_certificate(text: str) -> CertificateCode | None:
    """The parts of a well-formed certificate code (any case, spaces around ignored), or None."""
    if not isinstance(text, str) or len(text) > 4 * MAX_CODE_LENGTH:
        return None
    match = _CODE.match(text.strip().upper())
    if not match:
        return None
    short_data, tag, minutes, key_id, _signature = match.groups()
    if any(ch not in CROCKFORD for ch in short_data + tag + minutes):
        return None
    if luhn32_check(short_data[:-1]) != short_data[-1]:
        return None
    return CertificateCode(
        short_code=f"{SHORT_PREFIX}-{short_data[:4]}-{short_data[4:]}",
        class_tag=tag,
        minutes=base32_to_int(minutes),
        key_id=key_id,
    )


def verify_certificate(text: str, *, workspace_id: str, keys: KeyLookup) -> CertificateCheck:
    """Check a scanned or typed certificate code. Never raises: every input gets a typed answer.

    `keys(key_id)` gives the signing laptop's public key (and whether it is revoked). A valid
    signature proves what the code says (who, which class, how long); who that is, the caller looks
    up in its own data.
    """
    certificate = parse_certificate(text)
    if certificate is None:
        return CertificateCheck(CertificateStatus.MALFORMED)
    key = keys(certificate.key_id)
    if key is None:
        return CertificateCheck(CertificateStatus.UNKNOWN_KEY, certificate)
    body, _, signature_text = text.strip().upper().rpartition(".")
    signature = base64.b32decode(signature_text + "=" * (-len(signature_text) % 8))
    if b32_text(signature) != signature_text:  # the last character's spare bits were changed
        return CertificateCheck(CertificateStatus.BAD_SIGNATURE, certificate)
    try:
        Ed25519PublicKey.from_public_bytes(key.public_key).verify(signature, signed_message(workspace_id, body))
    except (InvalidSignature, ValueError):
        return CertificateCheck(CertificateStatus.BAD_SIGNATURE, certificate)
    if key.revoked:
        return CertificateCheck(CertificateStatus.REVOKED_KEY, certificate)
    return CertificateCheck(CertificateStatus.VALID, certificate)
