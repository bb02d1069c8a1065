"""NIK and KK checks, including the python-stdnum mistakes listed in shared/data/README.md."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.nik import NikCheck, check_kk, check_nik, make_nik
from desktop_app.core.regions import regions

TODAY = date(2025, 6, 1)
BLIMBING = "357301"  # Kota Malang, Kec. Blimbing


def nik(birth: date, gender: str = "L", kecamatan: str = BLIMBING, serial: int = 1) -> str:
    return make_nik(kecamatan, birth, gender, serial)


# --- the basic layout ---------------------------------------------------------------------------


def test_valid_nik_reads_birth_date_gender_and_region() -> None:
    result = check_nik("3573011708800001", today=TODAY)
    assert result == NikCheck(True, (), date(1980, 8, 17), "L", "35.73.01")


@pytest.mark.parametrize("typed", ["3573 0117 0880 0001", "3573.01.170880.0001", "3573-0117-0880-0001"])
def test_spaces_dots_and_dashes_are_ignored(typed: str) -> None:
    assert check_nik(typed, today=TODAY).valid


@pytest.mark.parametrize("blank", [None, "", "   ", " - . "])
def test_blank_is_required(blank: str | None) -> None:
    result = check_nik(blank, today=TODAY)
    assert result.errors == ("nik.required",)
    assert not result.valid


def test_non_digits_and_wrong_length() -> None:
    assert check_nik("35730117088O0001", today=TODAY).errors == ("nik.digits",)
    assert check_nik("357301170880001", today=TODAY).errors == ("nik.length",)
    assert check_nik("35730117088000011", today=TODAY).errors == ("nik.length",)
    assert check_nik("3573x", today=TODAY).errors == ("nik.digits", "nik.length")
    # Other scripts' digits and superscripts are not NIK digits.
    assert "nik.digits" in check_nik("٣٥٧٣٠١١٧٠٨٨٠٠٠٠١", today=TODAY).errors
    assert "nik.digits" in check_nik("357301170880000¹", today=TODAY).errors


def test_unknown_kabkota_and_zero_kecamatan_are_region_errors() -> None:
    unknown = check_nik(nik(date(1980, 8, 17), kecamatan="359901"), today=TODAY)
    assert unknown.errors == ("nik.region",)
    assert unknown.region_code is None
    # The birth date and gender are still read despite the region error.
    assert unknown.birth_date == date(1980, 8, 17)
    assert unknown.gender == "L"
    assert check_nik(nik(date(1980, 8, 17), kecamatan="357300"), today=TODAY).errors == ("nik.region",)
    assert check_nik(nik(date(1980, 8, 17), kecamatan="000101"), today=TODAY).errors == ("nik.region",)


# --- python-stdnum's mistakes ----------------------------------------------------------------------


def test_2005_birth_is_2005_not_1905() -> None:
    result = check_nik("3573011501050001", today=TODAY)
    assert result.valid
    assert result.birth_date == date(2005, 1, 15)


def test_century_falls_back_to_1900s_only_when_2000s_would_be_future() -> None:
    assert check_nik("3573011501050001", today=date(2004, 12, 31)).birth_date == date(1905, 1, 15)
    assert check_nik("3573010106250001", today=date(2025, 5, 31)).birth_date == date(1925, 6, 1)
    assert check_nik("3573010106250001", today=date(2025, 6, 1)).birth_date == date(2025, 6, 1)


@pytest.mark.parametrize("kabkota", ["9202", "9301", "9501", "9601", "9671", "9401"])
def test_papua_provinces_created_in_2022_are_accepted(kabkota: str) -> None:
    assert kabkota in regions().kabkota_nik_codes
    result = check_nik(nik(date(1990, 3, 4), kecamatan=kabkota + "01"), today=TODAY)
    assert result.valid, result.errors
    assert result.region_code == f"{kabkota[:2]}.{kabkota[2:]}.01"


@pytest.mark.parametrize("historic", ["9101", "9102", "9118", "9201", "9271"])
def test_historic_kabkota_codes_are_accepted(historic: str) -> None:
    # Papua's 2022 split moved these kabupaten to new provinces; NIKs issued under the old code stay valid.
    assert check_nik(nik(date(1990, 3, 4), kecamatan=historic + "05"), today=TODAY).valid


def test_serial_0000_is_rejected_and_0001_9999_accepted() -> None:
    born = date(1990, 3, 4)
    assert check_nik(nik(born, serial=0), today=TODAY).errors == ("nik.serial",)
    assert check_nik(nik(born, serial=1), today=TODAY).valid
    assert check_nik(nik(born, serial=9999), today=TODAY).valid


# --- dates and gender ----------------------------------------------------------------------------


def test_women_have_day_plus_40() -> None:
    result = check_nik("3573015501050001", today=TODAY)
    assert result.valid
    assert result.gender == "P"
    assert result.birth_date == date(2005, 1, 15)
    assert check_nik("3573017112800001", today=TODAY).birth_date == date(1980, 12, 31)
    assert check_nik("3573014101800001", today=TODAY).gender == "P"


@pytest.mark.parametrize("day", ["00", "32", "40", "72", "99"])
def test_days_outside_both_ranges_are_date_errors(day: str) -> None:
    result = check_nik(f"357301{day}0180" + "0001", today=TODAY)
    assert result.errors == ("nik.date",)
    assert result.birth_date is None


@pytest.mark.parametrize("month", ["00", "13", "52"])
def test_bad_month_is_a_date_error(month: str) -> None:
    assert check_nik(f"35730101{month}800001", today=TODAY).errors == ("nik.date",)


def test_gender_is_read_even_when_the_date_is_not_real() -> None:
    result = check_nik("3573017102800001", today=TODAY)  # 31 February, female
    assert result.errors == ("nik.date",)
    assert result.gender == "P"


def test_29_february_only_in_leap_years() -> None:
    assert check_nik("3573012902040001", today=TODAY).birth_date == date(2004, 2, 29)
    assert check_nik("3573016902040001", today=TODAY).birth_date == date(2004, 2, 29)  # woman
    assert check_nik("3573012902880001", today=TODAY).birth_date == date(1988, 2, 29)
    assert check_nik("3573012902030001", today=TODAY).errors == ("nik.date",)
    assert check_nik("3573016902030001", today=TODAY).errors == ("nik.date",)
    # 2000 was a leap year (1900 was not).
    assert check_nik("3573012902000001", today=TODAY).birth_date == date(2000, 2, 29)


def test_given_birth_date_that_agrees_wins_over_the_century_guess() -> None:
    number = "3573010101010001"  # read alone: 2001-01-01
    assert check_nik(number, today=TODAY).birth_date == date(2001, 1, 1)
    result = check_nik(number, birth_date=date(1901, 1, 1), today=TODAY)
    assert result.valid
    assert result.birth_date == date(1901, 1, 1)  # a 124-year-old: NIK-wise fine
    assert check_nik(number, birth_date="1901-01-01", today=TODAY).birth_date == date(1901, 1, 1)


def test_birth_date_mismatch() -> None:
    number = nik(date(1985, 7, 9))
    result = check_nik(number, birth_date=date(1985, 7, 10), today=TODAY)
    assert result.errors == ("nik.birthdate_mismatch",)
    assert result.birth_date == date(1985, 7, 9)  # what the NIK says
    assert check_nik(number, birth_date="1986-07-09", today=TODAY).errors == ("nik.birthdate_mismatch",)
    # Day and month swapped is a classic typing mistake.
    assert check_nik(number, birth_date=date(1985, 9, 7), today=TODAY).errors == ("nik.birthdate_mismatch",)


def test_unreadable_birth_date_argument_is_ignored() -> None:
    number = nik(date(1985, 7, 9))
    assert check_nik(number, birth_date="kemarin", today=TODAY).valid
    assert check_nik(number, birth_date="1985-02-30", today=TODAY).valid


def test_gender_mismatch() -> None:
    man = nik(date(1985, 7, 9), "L")
    woman = nik(date(1985, 7, 9), "P")
    assert check_nik(man, gender="P", today=TODAY).errors == ("nik.gender_mismatch",)
    assert check_nik(woman, gender="L", today=TODAY).errors == ("nik.gender_mismatch",)
    assert check_nik(woman, gender="p", today=TODAY).valid
    assert check_nik(man, gender="L", birth_date=date(1985, 7, 9), today=TODAY).valid


def test_several_errors_together_and_parts_still_read() -> None:
    number = "3599014507900000"  # unknown kabkota, serial 0000, woman born 1990-07-05
    result = check_nik(number, birth_date=date(1990, 7, 6), gender="L", today=TODAY)
    assert set(result.errors) == {"nik.region", "nik.serial", "nik.birthdate_mismatch", "nik.gender_mismatch"}
    assert result.birth_date == date(1990, 7, 5)
    assert result.gender == "P"
    assert not result.valid


def test_default_today_is_the_real_today() -> None:
    assert check_nik(nik(date.today() - timedelta(days=365 * 30))).valid


# --- make_nik --------------------------------------------------------------------------------------


def test_make_nik_layout() -> None:
    assert make_nik("35.73.05", date(2005, 1, 15), "P", 42) == "3573055501050042"
    assert make_nik("357305", date(1980, 8, 17), "L", 9999) == "3573051708809999"


@pytest.mark.parametrize(
    ("kecamatan", "gender", "serial"),
    [("3573", "L", 1), ("35730a", "L", 1), (BLIMBING, "X", 1), (BLIMBING, "L", 10000)],
)
def test_make_nik_refuses_parts_that_do_not_fit(kecamatan: str, gender: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_nik(kecamatan, date(1990, 1, 1), gender, serial)


KABKOTA = sorted(regions().kabkota_nik_codes)
kecamatans = st.builds(
    lambda kabkota, kec: f"{kabkota}{kec:02d}", st.sampled_from(KABKOTA), st.integers(1, 99)
)
genders = st.sampled_from(["L", "P"])
serials = st.integers(1, 9999)


@given(
    kecamatan=kecamatans,
    born=st.dates(min_value=date(1925, 6, 2), max_value=TODAY),
    gender=genders,
    serial=serials,
)
def test_round_trip_within_the_last_100_years(kecamatan: str, born: date, gender: str, serial: int) -> None:
    result = check_nik(make_nik(kecamatan, born, gender, serial), today=TODAY)
    assert result.valid, result.errors
    assert (result.birth_date, result.gender) == (born, gender)
    assert result.region_code == f"{kecamatan[:2]}.{kecamatan[2:4]}.{kecamatan[4:]}"


@given(
    kecamatan=kecamatans,
    born=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    gender=genders,
    serial=serials,
)
def test_round_trip_with_the_birth_date_given(kecamatan: str, born: date, gender: str, serial: int) -> None:
    result = check_nik(make_nik(kecamatan, born, gender, serial), birth_date=born, gender=gender, today=TODAY)
    assert result.valid, result.errors
    assert (result.birth_date, result.gender) == (born, gender)


@given(
    text=st.one_of(st.none(), st.text(), st.text(alphabet="0123456789 .-", max_size=20)),
    birth=st.one_of(st.none(), st.dates(), st.text(max_size=12)),
    gender=st.one_of(st.none(), st.text(max_size=2)),
    today=st.dates(min_value=date(1901, 1, 1)),
)
def test_check_nik_never_raises(
    text: str | None, birth: date | str | None, gender: str | None, today: date
) -> None:
    result = check_nik(text, birth_date=birth, gender=gender, today=today)
    assert result.valid == (not result.errors)
    assert all(code.startswith("nik.") for code in result.errors)


@given(
    digits=st.text(alphabet="0123456789", min_size=16, max_size=16),
    today=st.dates(min_value=date(2000, 1, 1)),
)
def test_any_16_digits_never_raise(digits: str, today: date) -> None:
    result = check_nik(digits, today=today)
    if result.birth_date is not None:
        assert result.birth_date <= today
        assert result.gender in ("L", "P")
    if result.valid:
        assert result.region_code is not None


# --- KK ----------------------------------------------------------------------------------------------


def test_kk_is_optional() -> None:
    assert check_kk(None, today=TODAY) == ()
    assert check_kk("", today=TODAY) == ()
    assert check_kk("  ", today=TODAY) == ()


def test_valid_kk() -> None:
    assert check_kk("3573012506090012", today=TODAY) == ()
    assert check_kk("3573 0125 0609 0012", today=TODAY) == ()
    assert check_kk("9301012506230012", today=TODAY) == ()  # Papua Selatan (2022)


def test_kk_shape_errors() -> None:
    assert check_kk("35730125060900l2", today=TODAY) == ("kk_number.digits",)
    assert check_kk("357301250609001", today=TODAY) == ("kk_number.length",)


def test_kk_region_and_serial() -> None:
    assert check_kk("3599012506090012", today=TODAY) == ("kk_number.region",)
    assert check_kk("3573002506090012", today=TODAY) == ("kk_number.region",)
    assert check_kk("3573012506090000", today=TODAY) == ("kk_number.serial",)


def test_kk_date_has_no_plus_40() -> None:
    assert check_kk("3573016506090012", today=TODAY) == ("kk_number.date",)  # day 65
    assert check_kk("3573013102090012", today=TODAY) == ("kk_number.date",)
    assert check_kk("3573012902090012", today=TODAY) == ("kk_number.date",)  # 2009 not leap
    assert check_kk("3573012902080012", today=TODAY) == ()


def test_kk_date_not_in_the_future() -> None:
    # Read as 20YY when that is not after today; a card cannot be issued after today.
    assert check_kk("3573010106250012", today=date(2025, 6, 1)) == ()
    assert check_kk("3573010106250012", today=date(1924, 1, 1)) == ("kk_number.date",)


@given(text=st.one_of(st.none(), st.text(), st.text(alphabet="0123456789", min_size=16, max_size=16)))
def test_check_kk_never_raises(text: str | None) -> None:
    assert all(code.startswith("kk_number.") for code in check_kk(text, today=TODAY))
