"""Participant validation: one set of codes for the form, CSV import and the CLI."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.nik import make_nik
from desktop_app.core.participant import INPUT_FIELDS, REQUIRED_FIELDS
from desktop_app.core.validation import Checked, normalise_name, validate_participant

TODAY = date(2025, 6, 1)
PROGRAMS = ("MLG-JAHIT-2025", "MLG-BARISTA-2025")


def good(**changes: Any) -> dict[str, Any]:
    """A complete, valid registration; keyword arguments replace (or, with None, drop) fields."""
    record: dict[str, Any] = {
        "nik": make_nik("357301", date(1990, 7, 5), "P", 12),
        "kk_number": "3573012506090012",
        "full_name": "Siti Rahayu",
        "birth_place": "Malang",
        "birth_date": "1990-07-05",
        "gender": "P",
        "address": "Jl. Borobudur No. 12",
        "rt": "3",
        "rw": "12",
        "kelurahan_code": "35.73.01.1001",
        "phone": "0812-3456-7890",
        "education": "slta",
        "category": "phk",
        "former_employer": "PT Rokok Sejahtera",
        "phk_date": "2024-11-30",
        "program_code": "MLG-JAHIT-2025",
        "consent": True,
        "consent_at": "2025-05-31T09:15:00+07:00",
        "notes": "",
    }
    for key, value in changes.items():
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value
    return record


def check(record: dict[str, Any]) -> Checked:
    return validate_participant(record, today=TODAY, program_codes=PROGRAMS)


def errors(**changes: Any) -> list[str]:
    return check(good(**changes)).errors


def test_valid_record_is_normalised() -> None:
    result = check(good())
    assert result.ok, result.errors
    assert result.errors == []
    assert result.values == {
        "nik": "3573014507900012",
        "kk_number": "3573012506090012",
        "full_name": "Siti Rahayu",
        "birth_place": "Malang",
        "birth_date": "1990-07-05",
        "gender": "P",
        "address": "Jl. Borobudur No. 12",
        "rt": "003",
        "rw": "012",
        "kelurahan_code": "35.73.01.1001",
        "phone": "+6281234567890",
        "education": "slta",
        "category": "phk",
        "former_employer": "PT Rokok Sejahtera",
        "phk_date": "2024-11-30",
        "program_code": "MLG-JAHIT-2025",
        "consent": True,
        "consent_at": "2025-05-31T09:15:00+07:00",
    }


def test_empty_record_lists_every_required_field() -> None:
    result = validate_participant({}, today=TODAY)
    assert result.errors == sorted(f"{name}.required" for name in REQUIRED_FIELDS)
    assert result.values == {}
    assert not result.ok


def test_blank_values_count_as_missing() -> None:
    result = check(good(full_name="   ", address="", rt="\t"))
    assert result.errors == ["address.required", "full_name.required", "rt.required"]
    assert "full_name" not in result.values


def test_errors_are_sorted_and_unique() -> None:
    result = check(good(gender="X", rt="abc", rw="0000", phone="084123456789"))
    assert result.errors == sorted(set(result.errors))
    assert result.errors == ["gender.invalid", "phone.invalid", "rt.invalid", "rw.invalid"]


def test_unknown_keys() -> None:
    assert errors(hobby="catur", status="diterima") == ["hobby.unknown_field", "status.unknown_field"]


# --- names ----------------------------------------------------------------------------------------


def test_names_are_stripped_and_whitespace_collapsed() -> None:
    result = check(good(full_name="  SITI \t  Rahayu \n", birth_place=" Kota   Batu "))
    assert result.ok
    assert result.values["full_name"] == "SITI Rahayu"
    assert result.values["birth_place"] == "Kota Batu"


@pytest.mark.parametrize(
    "name",
    [
        "Ab",
        "Moch. Abd. Rahman",
        "Ma'ruf Amin",
        "Ma’ruf",
        "Nur-Aini, S.Pd.",
        "Sitì Ràhayu",
        "张伟",
        "Ōtomo",
        "A" * 100,
    ],
)
def test_acceptable_names(name: str) -> None:
    assert check(good(full_name=name)).ok


@pytest.mark.parametrize("name", ["A", "A" * 101, "Siti2", "Siti_Rahayu", "Budi!", "Budi 😀", "...", "- -"])
def test_unacceptable_names(name: str) -> None:
    assert errors(full_name=name) == ["full_name.invalid"]


def test_birth_place_uses_the_same_rule() -> None:
    assert errors(birth_place="Malang 2") == ["birth_place.invalid"]
    assert check(good(birth_place="Tulungagung")).ok


def test_typographic_apostrophe_is_stored_plain() -> None:
    assert check(good(full_name="Ma’ruf")).values["full_name"] == "Ma'ruf"


# --- birth date -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["1990-07-05", "05-07-1990", "05/07/1990", "5/7/1990", " 1990-07-05 ", date(1990, 7, 5)]
)
def test_birth_date_forms_are_stored_iso(typed: Any) -> None:
    result = check(good(birth_date=typed))
    assert result.ok, result.errors
    assert result.values["birth_date"] == "1990-07-05"


@pytest.mark.parametrize(
    "typed", ["1990-02-30", "1990/07/05", "07-1990", "5 Juli 1990", "19900705", "1990-7-5x"]
)
def test_invalid_birth_date(typed: str) -> None:
    # The NIK is not compared with a birth date that cannot be read.
    assert errors(birth_date=typed) == ["birth_date.invalid"]


def test_birth_date_in_the_future() -> None:
    born = date(2025, 6, 2)
    found = errors(birth_date=born.isoformat(), nik=make_nik("357301", born, "P", 1))
    assert found == ["birth_date.future"]


@pytest.mark.parametrize(
    ("born", "code"),
    [
        (date(2010, 6, 2), "birth_date.out_of_range"),  # 14, turns 15 tomorrow
        (date(2010, 6, 1), None),  # 15 today
        (date(1925, 6, 1), None),  # 100 today
        (date(1924, 6, 1), "birth_date.out_of_range"),  # 101
    ],
)
def test_age_between_15_and_100(born: date, code: str | None) -> None:
    found = errors(birth_date=born.isoformat(), nik=make_nik("357301", born, "P", 1))
    assert found == ([code] if code else [])


# --- NIK, KK and gender -------------------------------------------------------------------------------


def test_gender_lower_case_is_accepted() -> None:
    result = check(good(gender="p"))
    assert result.ok
    assert result.values["gender"] == "P"


def test_gender_invalid() -> None:
    assert errors(gender="W") == ["gender.invalid"]
    assert errors(gender="Perempuan") == ["gender.invalid"]


def test_nik_is_checked_against_birth_date_and_gender() -> None:
    assert errors(gender="L") == ["nik.gender_mismatch"]
    assert errors(birth_date="1990-07-06") == ["nik.birthdate_mismatch"]
    assert errors(birth_date="06/07/1990", gender="L") == ["nik.birthdate_mismatch", "nik.gender_mismatch"]


def test_nik_all_codes_pass_through() -> None:
    assert errors(nik="12345") == ["nik.length"]
    assert errors(nik="3599014507900000") == ["nik.region", "nik.serial"]


def test_nik_and_kk_stored_without_separators() -> None:
    result = check(good(nik="3573 0145 0790 0012", kk_number="3573-0125-0609-0012"))
    assert result.ok
    assert result.values["nik"] == "3573014507900012"
    assert result.values["kk_number"] == "3573012506090012"


def test_nik_of_separators_only_is_required() -> None:
    result = check(good(nik=" - . "))
    assert result.errors == ["nik.required"]
    assert "nik" not in result.values


def test_kk_is_optional_but_checked() -> None:
    assert check(good(kk_number=None)).ok
    assert check(good(kk_number="")).ok
    assert errors(kk_number="3573016506090012") == ["kk_number.date"]
    assert errors(kk_number="123") == ["kk_number.length"]


def test_101_year_old_gets_only_the_age_code_not_a_nik_code() -> None:
    born = date(1924, 5, 1)
    assert errors(birth_date="1924-05-01", nik=make_nik("357301", born, "L", 1), gender="L") == [
        "birth_date.out_of_range"
    ]


# --- address ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"), [("7", "007"), ("07", "007"), ("123", "123"), (" 1 ", "001"), (5, "005")]
)
def test_rt_rw_zero_padded(typed: Any, stored: str) -> None:
    result = check(good(rt=typed, rw=typed))
    assert result.ok, result.errors
    assert result.values["rt"] == result.values["rw"] == stored


@pytest.mark.parametrize("typed", ["0", "000", "1234", "1a", "-1", "٣", "1 2"])
def test_rt_rw_invalid(typed: str) -> None:
    assert errors(rt=typed, rw=typed) == ["rt.invalid", "rw.invalid"]


def test_kelurahan_must_be_a_known_village() -> None:
    assert check(good(kelurahan_code="35.07.01.2001")).ok  # Desa Tulungrejo, Kabupaten Malang
    assert errors(kelurahan_code="35.73.01") == ["kelurahan_code.unknown"]  # a kecamatan
    assert errors(kelurahan_code="35.73.01.9999") == ["kelurahan_code.unknown"]
    assert errors(kelurahan_code="Balearjosari") == ["kelurahan_code.unknown"]


# --- contact, education, category ---------------------------------------------------------------------


def test_phone_optional_normalised_and_checked() -> None:
    assert check(good(phone=None)).ok
    assert check(good(phone="  ")).ok
    assert check(good(phone="62 812 3456 7890")).values["phone"] == "+6281234567890"
    assert errors(phone="084123456789") == ["phone.invalid"]
    assert errors(phone="+1 650 253 0000") == ["phone.foreign"]


def test_education_and_category_vocabularies() -> None:
    assert errors(education="SMA") == ["education.invalid"]
    assert errors(category="pengangguran") == ["category.invalid"]
    upper = check(good(education="SLTA", category="PHK"))
    assert upper.ok
    assert (upper.values["education"], upper.values["category"]) == ("slta", "phk")


def test_phk_needs_former_employer() -> None:
    assert errors(former_employer=None) == ["former_employer.required"]
    assert errors(former_employer="  ") == ["former_employer.required"]
    assert check(good(phk_date=None)).ok


def test_phk_date_checked() -> None:
    assert errors(phk_date="kemarin") == ["phk_date.invalid"]
    assert errors(phk_date="2025-06-02") == ["phk_date.future"]
    assert check(good(phk_date="30/11/2024")).values["phk_date"] == "2024-11-30"


def test_other_categories_keep_phk_fields_and_do_not_need_them() -> None:
    assert check(good(category="umum", former_employer=None, phk_date=None)).ok
    kept = check(good(category="keluarga_buruh"))
    assert kept.ok
    assert kept.values["former_employer"] == "PT Rokok Sejahtera"
    assert kept.values["phk_date"] == "2024-11-30"


def test_program_code() -> None:
    assert errors(program_code="MLG-LAS-2025") == ["program_code.unknown"]
    # Without a program list there is nothing to check against.
    assert validate_participant(good(program_code="MLG-LAS-2025"), today=TODAY).ok


# --- consent, photo, notes ------------------------------------------------------------------------------


@pytest.mark.parametrize("given_consent", [True, "true", "TRUE", "1", 1, "ya", " Ya "])
def test_consent_given(given_consent: Any) -> None:
    result = check(good(consent=given_consent))
    assert result.ok
    assert result.values["consent"] is True


@pytest.mark.parametrize("refused", [False, "false", "0", 0, 2, "tidak", "", "no", [True]])
def test_consent_refused(refused: Any) -> None:
    assert errors(consent=refused) == ["consent.required"]


def test_consent_missing() -> None:
    result = check(good(consent=None))
    assert result.errors == ["consent.required"]
    assert "consent" not in result.values


@pytest.mark.parametrize(
    "stamp", ["2025-05-31T09:15:00+07:00", "2025-05-31T02:15:00Z", "2025-05-31 09:15", "2025-05-31"]
)
def test_consent_at_kept_as_given(stamp: str) -> None:
    result = check(good(consent_at=stamp))
    assert result.ok
    assert result.values["consent_at"] == stamp


def test_consent_at_invalid() -> None:
    assert errors(consent_at="kemarin sore") == ["consent_at.invalid"]
    assert errors(consent_at="2025-13-01T00:00") == ["consent_at.invalid"]


def test_photo_and_notes() -> None:
    result = check(good(photo="photos/abc.jpg", notes="  datang bersama ibu  "))
    assert result.values["photo"] == "photos/abc.jpg"
    assert result.values["notes"] == "datang bersama ibu"
    assert check(good(notes="x" * 2000)).ok
    assert errors(notes="x" * 2001) == ["notes.too_long"]


# --- duplicate key --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("SITI  Rahayu", "siti rahayu"),
        ("Sitì Ràhayu", "Siti Rahayu"),
        (" siti\trahayu ", "Siti Rahayu"),
        ("Moch. Abd. Rahman", "moch abd rahman"),
        ("Ma'ruf", "Maruf"),
        ("Ma’ruf", "MARUF"),
        ("Nur-Aini", "Nur Aini"),
        ("Siti Rahayu, S.Pd.", "siti rahayu s pd"),
    ],
)
def test_normalise_name_equal(left: str, right: str) -> None:
    assert normalise_name(left) == normalise_name(right)


def test_normalise_name_value() -> None:
    assert normalise_name("  SITI  Rahayu ") == "siti rahayu"
    assert normalise_name("Ĉaŭ, Ŝuo!") == "cau suo"
    assert normalise_name("张伟") == "张伟"
    assert normalise_name("Siti") != normalise_name("Sita")


@given(st.text())
def test_normalise_name_is_idempotent(name: str) -> None:
    key = normalise_name(name)
    assert normalise_name(key) == key
    assert key == key.strip()
    assert "  " not in key


# --- fuzz -------------------------------------------------------------------------------------------------

values = st.one_of(
    st.none(),
    st.text(),
    st.text(alphabet="0123456789 -./", max_size=20),
    st.integers(),
    st.booleans(),
    st.dates(),
    st.floats(),
)
keys = st.one_of(st.sampled_from(INPUT_FIELDS), st.text(max_size=10))


@settings(max_examples=300)
@given(record=st.dictionaries(keys, values, max_size=25), today=st.dates(min_value=date(1901, 1, 1)))
def test_validate_participant_never_raises(record: dict[str, Any], today: date) -> None:
    result = validate_participant(record, today=today, program_codes=PROGRAMS)
    assert result.errors == sorted(set(result.errors))
    assert set(result.values) <= set(INPUT_FIELDS)
    assert result.ok == (not result.errors)
    assert all("." in code for code in result.errors)


@settings(max_examples=200)
@given(changes=st.dictionaries(st.sampled_from(INPUT_FIELDS), st.one_of(st.text(), st.none()), max_size=6))
def test_mutated_good_record_never_raises(changes: dict[str, Any]) -> None:
    record = good()
    record.update(changes)
    result = validate_participant(record, today=TODAY, program_codes=PROGRAMS)
    # Codes only ever concern a changed field, or a field that depends on one.
    dependants = {"nik": {"birth_date", "gender"}, "former_employer": {"category"}}
    for code in result.errors:
        field = code.split(".")[0]
        assert field in changes or dependants.get(field, set()) & set(changes), code
