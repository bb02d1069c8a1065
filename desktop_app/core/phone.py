"""Indonesian phone numbers: one stored form (E.164) whatever way the officer typed it.

The `phonenumbers` library knows the real numbering plan (e.g. `084` is no mobile prefix, 0341 is
Malang's area code), so the app does not keep its own list of prefixes.
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

HOME_REGION = "ID"
HOME_COUNTRY_CODE = 62

# What people type around the digits. Letters are refused: phonenumbers would read "0812-FLOWERS" as
# digits, and text like "ext. 12" or "call me" should be fixed by the officer, not guessed.
_ALLOWED = re.compile(r"^[\s(]*\+?[0-9\s().\-]+$")

# Fast path for the stored form of an Indonesian mobile number, checked against the library's own
# mobile pattern and lengths: a bulk import of 100,000 people must not pay for a full parse each.
_CANONICAL = re.compile(r"^\+62([1-9][0-9]{6,12})$")
_MOBILE: Any = phonenumbers.PhoneMetadata.metadata_for_region(HOME_REGION).mobile  # type: ignore[union-attr]
_MOBILE_PATTERN = re.compile(str(_MOBILE.national_number_pattern))
_MOBILE_LENGTHS = frozenset(int(n) for n in _MOBILE.possible_length)


def normalise_phone(text: str | None) -> tuple[str | None, str | None]:
    """Return `(e164, error_code)`: `("+6281234567890", None)`, `(None, "phone.invalid")`, ... Never raises.

    Blank is `(None, None)` because the phone is optional. `62 8…` without the plus is also read as
    Indonesian, the way people write it in chat apps.
    """
    if text is None:
        return None, None
    if not isinstance(text, str):
        text = str(text)
    text = text.strip()
    if not text:
        return None, None
    canonical = _CANONICAL.match(text)
    if canonical:
        national = canonical.group(1)
        if len(national) in _MOBILE_LENGTHS and _MOBILE_PATTERN.fullmatch(national):
            return text, None
    if not text.isascii() or not _ALLOWED.match(text):
        return None, "phone.invalid"
    digits = re.sub(r"[^0-9]", "", text)
    if "+" not in text and digits.startswith(str(HOME_COUNTRY_CODE)):
        # National numbers start with 0, so a leading 62 is the country code. Left to phonenumbers,
        # "62 341 551234" (Malang) would be read as a national number in area 0623.
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, HOME_REGION)
    except phonenumbers.NumberParseException:
        return None, "phone.invalid"
    if not phonenumbers.is_valid_number(number):
        return None, "phone.invalid"
    if number.country_code != HOME_COUNTRY_CODE:
        return None, "phone.foreign"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def format_phone(e164: str) -> str:
    """National display form ("0812-3456-7890", "(0341) 551234"); falls back to the input as given."""
    try:
        number = phonenumbers.parse(e164, HOME_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if not phonenumbers.is_valid_number(number):
        return e164
    if number.country_code != HOME_COUNTRY_CODE:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
