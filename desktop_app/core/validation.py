"""Check and normalise one participant record before it is saved.

Returns error codes (`<field>.<problem>`), never sentences: the GUI, the CLI and imports word them
themselves. One function serves the form, CSV import and the CLI, so they cannot drift apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop_app.core.nik import check_kk, check_nik, clean_number
from desktop_app.core.participant import (
    CATEGORIES,
    EDUCATION_LEVELS,
    GENDERS,
    INPUT_FIELDS,
    REQUIRED_FIELDS,
)
from desktop_app.core.phone import normalise_phone
from desktop_app.core.regions import regions

NAME_MIN, NAME_MAX = 2, 100
NOTES_MAX = 2000
AGE_MIN, AGE_MAX = 15, 100
PHK_CATEGORY = "phk"

_NAME_PUNCTUATION = frozenset(" .'-,")
# Typographic apostrophes arrive from phones and word processors: "Ma’ruf" is "Ma'ruf".
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_WHITESPACE = re.compile(r"\s+")
_ASCII_NON_WORD = re.compile(r"[^a-z0-9]+")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_DMY_DATE = re.compile(r"^([0-9]{1,2})([-/])([0-9]{1,2})\2([0-9]{4})$")
_RT_RW = re.compile(r"^[0-9]{1,3}$")
_CONSENT_YES = frozenset({"true", "1", "ya"})


@dataclass
class Checked:
    """Normalised values plus error codes; `ok` when there are no codes."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _text(value: Any) -> str:
    """Any given value as stripped text; None and blanks become ""."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return (value if isinstance(value, str) else str(value)).strip()


def _collapse(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _clean_name(text: str) -> str:
    return _collapse(unicodedata.normalize("NFC", text.translate(_APOSTROPHES)))


def _name_ok(name: str) -> bool:
    """Letters of any script (with their accents), spaces and . ' - , only; at least one letter."""
    if not NAME_MIN <= len(name) <= NAME_MAX:
        return False
    has_letter = False
    for char in name:
        kind = unicodedata.category(char)
        if kind.startswith("L"):
            has_letter = True
        elif not (kind.startswith("M") or char in _NAME_PUNCTUATION):
            return False
    return has_letter


def parse_date(text: str) -> date | None:
    """Read `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` (what officers type); None if not a real date."""
    text = text.strip()
    iso = _ISO_DATE.match(text)
    dmy = _DMY_DATE.match(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dmy:
            return date(int(dmy[4]), int(dmy[3]), int(dmy[1]))
    except ValueError:
        return None
    return None


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _consent(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value == 1
    if isinstance(value, str):
        return value.strip().casefold() in _CONSENT_YES
    return False


def _datetime_ok(text: str) -> bool:
    # Python 3.10's fromisoformat does not know the "Z" suffix.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def normalise_name(name: str) -> str:
    """Comparison key for the "same name + birth date" duplicate warning.

    Case, accents, punctuation and spacing vary between officers and sources ("SITI  Rahayu",
    "Siti Rahayu", "Sitì Rahayu"); the key is the same for all of them. Apostrophes vanish
    ("Ma'ruf" = "Maruf"); other punctuation separates words ("Nur-Aini" = "Nur Aini").
    """
    text = _text(name).translate(_APOSTROPHES).replace("'", "")
    if text.isascii():  # the common case, ten times faster than the Unicode walk below
        return _collapse(_ASCII_NON_WORD.sub(" ", text.casefold()))
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        kind = unicodedata.category(char)
        if kind.startswith("M"):
            continue
        kept.append(char if kind[0] in "LN" else " ")
    return _collapse("".join(kept).casefold())


def _vocabulary(allowed: Collection[str], code: str) -> Callable[[str], tuple[str, str | None]]:
    def check(text: str) -> tuple[str, str | None]:
        value = text.casefold()
        return (value, None) if value in allowed else (text, code)

    return check


class _Validator:
    """One run of `validate_participant`; holds the working values and codes."""

    def __init__(self, record: Mapping[Any, Any], today: date, program_codes: Collection[str] | None):
        self.record = record
        self.today = today
        self.program_codes = program_codes
        self.values: dict[str, Any] = {}
        self.texts: dict[str, str] = {}
        self.errors: set[str] = set()

    def run(self) -> Checked:
        for key in self.record:
            if key not in INPUT_FIELDS:
                self.errors.add(f"{key}.unknown_field")
        self.texts = texts = {
            name: _text(self.record[name])
            for name in INPUT_FIELDS
            if name in self.record and name != "consent"
        }
        for name, text in texts.items():
            if text:
                self.values[name] = text
        self._consent()
        for name in REQUIRED_FIELDS:
            if name != "consent" and not texts.get(name):
                self.errors.add(f"{name}.required")

        self._names()
        birth_date = self._date_field("birth_date", birth=True)
        gender = self._gender()
        self._identity(birth_date, gender)
        self._rt_rw()
        self._simple()
        self._phk()
        self._consent_at()
        return Checked(values=self.values, errors=sorted(self.errors))

    def _consent(self) -> None:
        if "consent" in self.record and self.record["consent"] is not None:
            self.values["consent"] = _consent(self.record["consent"])
        if not self.values.get("consent"):
            self.errors.add("consent.required")

    def _names(self) -> None:
        for name in ("full_name", "birth_place"):
            if name in self.values:
                cleaned = _clean_name(self.values[name])
                self.values[name] = cleaned
                if not _name_ok(cleaned):
                    self.errors.add(f"{name}.invalid")
        if "former_employer" in self.values:
            self.values["former_employer"] = _collapse(self.values["former_employer"])

    def _date_field(self, name: str, *, birth: bool) -> date | None:
        if name not in self.values:
            return None
        parsed = parse_date(self.values[name])
        if parsed is None:
            self.errors.add(f"{name}.invalid")
            return None
        self.values[name] = parsed.isoformat()
        if parsed > self.today:
            self.errors.add(f"{name}.future")
        elif birth and not AGE_MIN <= _age(parsed, self.today) <= AGE_MAX:
            self.errors.add(f"{name}.out_of_range")
        return parsed

    def _gender(self) -> str | None:
        if "gender" not in self.values:
            return None
        gender: str = self.values["gender"].upper()
        if gender not in GENDERS:
            self.errors.add("gender.invalid")
            return None
        self.values["gender"] = gender
        return gender

    def _identity(self, birth_date: date | None, gender: str | None) -> None:
        # Stored without the separators people type; a value of separators only counts as blank.
        for name in ("nik", "kk_number"):
            if name in self.values:
                self.values[name] = clean_number(self.values[name])
                if not self.values[name]:
                    del self.values[name]
        if "nik" in self.texts:
            nik = self.values.get("nik")
            result = check_nik(nik, birth_date=birth_date, gender=gender, today=self.today)
            self.errors.update(result.errors)
        if "kk_number" in self.values:
            self.errors.update(check_kk(self.values["kk_number"], today=self.today))

    def _rt_rw(self) -> None:
        for name in ("rt", "rw"):
            text = self.values.get(name)
            if text is None:
                continue
            if _RT_RW.match(text) and int(text) > 0:
                self.values[name] = text.zfill(3)
            else:
                self.errors.add(f"{name}.invalid")

    def _simple(self) -> None:
        if "kelurahan_code" in self.values and not regions().is_village(self.values["kelurahan_code"]):
            self.errors.add("kelurahan_code.unknown")
        if "phone" in self.values:
            e164, error = normalise_phone(self.values["phone"])
            if error:
                self.errors.add(error)
            else:
                self.values["phone"] = e164
        checks = {
            "education": _vocabulary(EDUCATION_LEVELS, "education.invalid"),
            "category": _vocabulary(CATEGORIES, "category.invalid"),
        }
        for name, check in checks.items():
            if name in self.values:
                self.values[name], error = check(self.values[name])
                if error:
                    self.errors.add(error)
        program = self.values.get("program_code")
        if program is not None and self.program_codes is not None and program not in self.program_codes:
            self.errors.add("program_code.unknown")
        if len(self.values.get("notes", "")) > NOTES_MAX:
            self.errors.add("notes.too_long")

    def _phk(self) -> None:
        # A laid-off worker must say where from; others may still give it (e.g. laid off elsewhere).
        if self.values.get("category") == PHK_CATEGORY and "former_employer" not in self.values:
            self.errors.add("former_employer.required")
        self._date_field("phk_date", birth=False)

    def _consent_at(self) -> None:
        if "consent_at" in self.values and not _datetime_ok(self.values["consent_at"]):
            self.errors.add("consent_at.invalid")


def validate_participant(
    record: Mapping[str, Any],
    *,
    today: date | None = None,
    program_codes: Collection[str] | None = None,
) -> Checked:
    """Check every input field of one registration and return normalised values. Never raises.

    `values` holds only input fields that were given (blank ones are dropped), cleaned: names with
    collapsed spaces, dates in ISO, NIK/KK without separators, RT/RW as "007", phone in E.164,
    gender upper case, consent as bool. Invalid values are kept as typed (stripped) so a form can show
    them again. `program_codes=None` skips the program check (the caller has no program list).
    """
    return _Validator(record, today or date.today(), program_codes).run()
