"""Phone numbers: every way of typing one Indonesian number gives the same E.164."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.phone import format_phone, normalise_phone

MOBILE = "+6281234567890"


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "0812 3456 7890",
        "0812-3456-7890",
        "0812.3456.7890",
        "(0812) 3456 7890",
        "+62 812 3456 7890",
        "+62 812-3456-7890",
        "+62 (812) 3456-7890",
        "+6281234567890",
        "62 812 3456 7890",
        "62 812-3456-7890",
        "6281234567890",
        "628 1234 567 890",
        "  0812 3456 7890  ",
    ],
)
def test_every_form_gives_the_same_e164(typed: str) -> None:
    assert normalise_phone(typed) == (MOBILE, None)


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_blank_is_no_phone_and_no_error(blank: str | None) -> None:
    assert normalise_phone(blank) == (None, None)


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0811234567", "+62811234567"),  # 10 digits with the 0: shortest mobile
        ("0812345678901", "+62812345678901"),  # 13 digits
        ("0857 1234 5678", "+6285712345678"),
        ("0895 1234 5678", "+6289512345678"),
    ],
)
def test_mobile_lengths_and_prefixes(typed: str, e164: str) -> None:
    assert normalise_phone(typed) == (e164, None)


@pytest.mark.parametrize(
    "typed", ["0341 551234", "(0341) 551234", "0341-551234", "+62 341 551234", "62 341 551234"]
)
def test_malang_landline_is_valid(typed: str) -> None:
    # "62 341…" must not be read as a national number in area 0623.
    assert normalise_phone(typed) == ("+62341551234", None)


@pytest.mark.parametrize(
    "typed",
    [
        "084123456789",  # 084 is not a mobile prefix
        "0841 2345 6789",
        "+62 841 2345 6789",
        "081234567",  # too short
        "08123456789012",  # too long
        "0812",
        "62",
        "+62",
        "phone",
        "0812-3456-789O",  # letter O
        "0812-FLOWERS",
        "0812 3456 7890 ext 12",
        "٠٨١٢٣٤٥٦٧٨٩٠",  # Arabic-Indic digits
        "0" * 300,
    ],
)
def test_invalid_numbers(typed: str) -> None:
    assert normalise_phone(typed) == (None, "phone.invalid")


@pytest.mark.parametrize("typed", ["+1 650 253 0000", "+44 20 7946 0958", "+60 12-345 6789"])
def test_valid_foreign_numbers_are_flagged(typed: str) -> None:
    assert normalise_phone(typed) == (None, "phone.foreign")


def test_format_phone_national() -> None:
    assert format_phone(MOBILE) == "0812-3456-7890"
    assert format_phone("+62341551234") == "(0341) 551234"


def test_format_phone_best_effort() -> None:
    assert format_phone("not a number") == "not a number"
    assert format_phone("+62841") == "+62841"
    assert format_phone("+16502530000").startswith("+1")


@given(st.text())
def test_normalise_phone_never_raises(text: str) -> None:
    e164, error = normalise_phone(text)
    assert (e164 is None) or (error is None)
    assert error in (None, "phone.invalid", "phone.foreign")
    if e164 is not None:
        assert e164.startswith("+62")
        assert normalise_phone(e164) == (e164, None)
        format_phone(e164)


@given(st.text(alphabet="0123456789 +-().", max_size=25))
def test_phone_like_text_never_raises(text: str) -> None:
    e164, _ = normalise_phone(text)
    if e164 is not None:
        assert normalise_phone(format_phone(e164)) == (e164, None)


@given(st.text())
def test_format_phone_never_raises(text: str) -> None:
    assert isinstance(format_phone(text), str)


@given(st.integers(min_value=0, max_value=4), st.text(alphabet="0123456789", min_size=6, max_size=12))
def test_fast_path_agrees_with_full_parse(lead_index: int, rest: str) -> None:
    """The canonical-form shortcut must give exactly what phonenumbers' full validation gives."""
    import phonenumbers

    text = "+62" + "88823"[lead_index] + rest
    number = phonenumbers.parse(text, "ID")
    expected = (text, None) if phonenumbers.is_valid_number(number) else (None, "phone.invalid")
    assert normalise_phone(text) == expected
