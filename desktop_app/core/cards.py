"""Card codes: what the QR on a participant card holds, signed so any synced laptop can trust it offline.

    PNT1.7K3FQ2X.B4.1.JV5FGU24.<103 base32 characters of an Ed25519 signature>

Parts: format, the participant's short code without prefix and dashes, a 2-character tag of the
training, the card generation (base32), the signing device's key id, and the signature over those
parts plus the workspace id (so a card from another workspace never checks in here). Only upper-case
letters, digits and dots: QR alphanumeric mode (version 6 at error correction M holds 154 of them), and
a USB scanner with Caps Lock on still reads it. No name, no NIK: nothing personal.
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

from desktop_app.core.ids import CROCKFORD, SHORT_PREFIX, luhn32_check

FORMAT = "PNT1"
MAX_CODE_LENGTH = 154  # QR version 6, error correction M, alphanumeric mode
_CODE = re.compile(r"^PNT1\.([0-9A-Z]{7})\.([0-9A-Z]{2})\.([0-9A-Z]{1,4})\.([A-Z2-7]{8})\.([A-Z2-7]{103})$")


class CardStatus(str, Enum):
    VALID = "valid"
    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_KEY = "unknown_key"
    REVOKED_KEY = "revoked_key"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class CardCode:
    """The parts of a card code, as read (before or after checking the signature)."""

    short_code: str  # "MLG-7K3F-Q2X"
    program_tag: str
    generation: int
    key_id: str


@dataclass(frozen=True)
class CardCheck:
    """What `verify` found. `card` is None only when the code could not be read at all."""

    status: CardStatus
    card: CardCode | None = None
    current_generation: int | None = None  # this laptop's newest generation, when it knows the person
    known_participant: bool = False  # False: a valid card of someone not yet synced to this laptop

    @property
    def ok(self) -> bool:
        return self.status is CardStatus.VALID


@dataclass(frozen=True)
class PublicKeyInfo:
    public_key: bytes  # 32 raw bytes
    revoked: bool


# What verification needs from the workspace, as plain callables (the core holds no database).
KeyLookup = Callable[[str], "PublicKeyInfo | None"]
GenerationLookup = Callable[[str], "int | None"]


def program_tag(program_code: str) -> str:
    """Two base32 characters naming a training (1,024 values: plenty for one programme's trainings)."""
    digest = hashlib.sha256(program_code.encode("utf-8")).digest()
    return CROCKFORD[digest[0] % 32] + CROCKFORD[digest[1] % 32]


def b32_text(data: bytes) -> str:
    """Bytes as unpadded RFC 4648 base32 (upper case: QR alphanumeric)."""
    return base64.b32encode(data).decode("ascii").rstrip("=")


def b32_bytes(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def int_to_base32(value: int) -> str:
    digits = ""
    while True:
        value, rest = divmod(value, 32)
        digits = CROCKFORD[rest] + digits
        if value == 0:
            return digits


def base32_to_int(text: str) -> int:
    value = 0
    for char in text:
        value = value * 32 + CROCKFORD.index(char)
    return value


def signed_message(workspace_id: str, body: str) -> bytes:
    """What a device signs: the workspace id binds a code to its workspace."""
    return f"{workspace_id}|{body}".encode("ascii")


def sign_card(
    *,
    workspace_id: str,
    short_code: str,
    program_code: str,
    generation: int,
    key_id: str,
    private_key: bytes,
) -> str:
    """The QR text of one card, signed with this device's private key."""
    compact = short_code.replace("-", "")
    if not compact.startswith(SHORT_PREFIX) or len(compact) != len(SHORT_PREFIX) + 7:
        raise ValueError(f"not a short code: {short_code!r}")
    if not 0 <= generation < 32**4:
        raise ValueError("generation out of range")
    body = ".".join((FORMAT, compact[len(SHORT_PREFIX):], program_tag(program_code), int_to_base32(generation), key_id))
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(signed_message(workspace_id, body))
    code = f"{body}.{b32_text(signature)}"
    assert len(code) <= MAX_CODE_LENGTH
    return code


def parse_card(text: str) -> CardCode | None:
    """The parts of a well-formed code (any case, surrounding spaces ignored), or None."""
    if not isinstance(text, str) or len(text) > 4 * MAX_CODE_LENGTH:
        return None
    match = _CODE.match(text.strip().upper())
    if not match:
        return None
    short_data, tag, generation, key_id, _signature = match.groups()
    if any(ch not in CROCKFORD for ch in short_data + tag + generation):
        return None
    if luhn32_check(short_data[:-1]) != short_data[-1]:
        return None
    return CardCode(
        short_code=f"{SHORT_PREFIX}-{short_data[:4]}-{short_data[4:]}",
        program_tag=tag,
        generation=base32_to_int(generation),
        key_id=key_id,
    )


def verify(
    text: str,
    *,
    workspace_id: str,
    keys: KeyLookup,
    generations: GenerationLookup,
) -> CardCheck:
    """Check a scanned code. Never raises on any text: every input gets a typed answer.

    `keys(key_id)` gives the device key (and whether it is revoked); `generations(short_code)` gives
    the person's current card generation, or None if this laptop does not know them yet (a valid card
    of an unsynced person is still valid: its signature proves it).
    """
    card = parse_card(text)
    if card is None:
        return CardCheck(CardStatus.MALFORMED)
    key = keys(card.key_id)
    if key is None:
        return CardCheck(CardStatus.UNKNOWN_KEY, card)
    body, _, signature_text = text.strip().upper().rpartition(".")
    signature = b32_bytes(signature_text)
    if b32_text(signature) != signature_text:  # the last character's spare bits were changed
        return CardCheck(CardStatus.BAD_SIGNATURE, card)
    try:
        Ed25519PublicKey.from_public_bytes(key.public_key).verify(signature, signed_message(workspace_id, body))
    except (InvalidSignature, ValueError):
        return CardCheck(CardStatus.BAD_SIGNATURE, card)
    if key.revoked:
        return CardCheck(CardStatus.REVOKED_KEY, card)
    current = generations(card.short_code)
    if current is not None and card.generation < current:
        return CardCheck(CardStatus.SUPERSEDED, card, current_generation=current, known_participant=True)
    return CardCheck(CardStatus.VALID, card, current_generation=current, known_participant=current is not None)
