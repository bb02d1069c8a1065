"""NIK (national identity number) and KK (family card number) checks.

Both are 16 digits `PP KK CC DDMMYY SSSS`: kabupaten/kota (digits 1-4), kecamatan (5-6), a date (7-12)
and a serial (13-16). The checks return error codes, never sentences, so the UI and the CLI can word them.
They avoid python-stdnum's mistakes: a 2005 birth stays 2005, Papua's 2022 provinces are known, and the
serial 0000 is refused. Codes that no longer exist are accepted too, because a NIK is for life.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop_app.core.regions import regions

NIK_LENGTH = 16
# Women's NIKs carry the birth day plus 40.
FEMALE_DAY_OFFSET = 40

_SEPARATORS = re.compile(r"[\s.\-]+")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


@dataclass(frozen=True)
class NikCheck:
    """Outcome of `check_nik`: the codes, plus whatever could be read from the number."""

    valid: bool
    errors: tuple[str, ...]
    birth_date: date | None
    gender: str | None
    region_code: str | None  # "35.73.05": where the NIK was first issued, NOT the current address


def clean_number(text: object) -> str:
    """Drop the spaces, dots and dashes people type or paste inside a NIK or KK number."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    return _SEPARATORS.sub("", text)


def _is_digits(text: str) -> bool:
    # str.isdigit alone accepts superscripts and other scripts' digits.
    return text.isascii() and text.isdigit()


def _region_ok(digits: str) -> bool:
    return digits[:4] in regions().kabkota_nik_codes and digits[4:6] != "00"


def _region_code(digits: str) -> str:
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"


def _real_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_century(day: int, month: int, yy: int, today: date) -> date | None:
    """20YY unless that is after today, then 19YY: nobody is born (or issued a KK) in the future."""
    recent = _real_date(2000 + yy, month, day)
    if recent is not None and recent <= today:
        return recent
    return _real_date(1900 + yy, month, day)


def _as_date(value: object) -> date | None:
    """Accept a date (a datetime counts) or an ISO `YYYY-MM-DD` string; anything else is unknown."""
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            return _real_date(int(match[1]), int(match[2]), int(match[3]))
    return None


def _as_gender(value: object) -> str | None:
    if isinstance(value, str) and value.strip().upper() in ("L", "P"):
        return value.strip().upper()
    return None


def check_nik(
    nik: str | None,
    *,
    birth_date: date | str | None = None,
    gender: str | None = None,
    today: date | None = None,
) -> NikCheck:
    """Check a NIK, alone or against the birth date and gender typed next to it. Never raises.

    A `birth_date` that agrees with the NIK's day, month and 2-digit year wins over the century guess,
    so a 101-year-old's NIK is fine. `birth_date`/`gender` values that cannot be read are ignored here
    (the caller reports them on their own fields).
    """
    today = today or date.today()
    digits = clean_number(nik)
    if not digits:
        return NikCheck(False, ("nik.required",), None, None, None)

    shape_errors = []
    if not _is_digits(digits):
        shape_errors.append("nik.digits")
    if len(digits) != NIK_LENGTH:
        shape_errors.append("nik.length")
    if shape_errors:
        # A wrong shape means the parts cannot be located: read nothing from it.
        return NikCheck(False, tuple(shape_errors), None, None, None)

    errors: list[str] = []
    region_code: str | None = _region_code(digits)
    if not _region_ok(digits):
        errors.append("nik.region")
        region_code = None

    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    nik_gender: str | None = None
    if 1 <= day <= 31:
        nik_gender = "L"
    elif 1 + FEMALE_DAY_OFFSET <= day <= 31 + FEMALE_DAY_OFFSET:
        nik_gender = "P"
        day -= FEMALE_DAY_OFFSET

    nik_birth: date | None = None
    if nik_gender is not None:
        given = _as_date(birth_date)
        if given is not None and (given.day, given.month, given.year % 100) == (day, month, yy):
            nik_birth = given
        else:
            nik_birth = _resolve_century(day, month, yy, today)
            if nik_birth is not None and given is not None:
                errors.append("nik.birthdate_mismatch")
    if nik_birth is None:
        errors.append("nik.date")

    if digits[12:16] == "0000":
        errors.append("nik.serial")

    given_gender = _as_gender(gender)
    if nik_gender is not None and given_gender is not None and given_gender != nik_gender:
        errors.append("nik.gender_mismatch")

    return NikCheck(not errors, tuple(errors), nik_birth, nik_gender, region_code)


def check_kk(kk: str | None, *, today: date | None = None) -> tuple[str, ...]:
    """Check a family card number. It is optional, so blank is fine. Never raises.

    Digits 7-12 are the card's issue date, without the +40 that NIKs use for women.
    """
    today = today or date.today()
    digits = clean_number(kk)
    if not digits:
        return ()
    errors: list[str] = []
    if not _is_digits(digits):
        errors.append("kk_number.digits")
    if len(digits) != NIK_LENGTH:
        errors.append("kk_number.length")
    if errors:
        return tuple(errors)
    if not _region_ok(digits):
        errors.append("kk_number.region")
    issued = _resolve_century(int(digits[6:8]), int(digits[8:10]), int(digits[10:12]), today)
    if issued is None or issued > today:
        errors.append("kk_number.date")
    if digits[12:16] == "0000":
        errors.append("kk_number.serial")
    return tuple(errors)


def make_nik(kecamatan6: str, birth_date: date, gender: str, serial: int) -> str:
    """Build a NIK from its parts: the inverse of `check_nik`, for tests and demo data.

    `kecamatan6` is "357305" or "35.73.05". Serial 0 is allowed so that tests can build the invalid
    0000 case; raises ValueError on parts that cannot be written in the layout.
    """
    code = clean_number(kecamatan6)
    if len(code) != 6 or not _is_digits(code):
        raise ValueError(f"kecamatan code must have 6 digits: {kecamatan6!r}")
    sex = _as_gender(gender)
    if sex is None:
        raise ValueError(f"gender must be L or P: {gender!r}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial must be 0-9999: {serial!r}")
    day = birth_date.day + (FEMALE_DAY_OFFSET if sex == "P" else 0)
    return f"{code}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"
