"""Card codes: signed, compact, QR-alphanumeric, and every bad scan gets a typed answer."""

from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.cards import (
    CardStatus,
    PublicKeyInfo,
    parse_card,
    program_tag,
    sign_card,
    verify,
)
from desktop_app.core.ids import new_short_code
from desktop_app.core.keys import generate_device_key

KEY = generate_device_key()
OTHER = generate_device_key()
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def make(generation: int = 2, short: str = "MLG-84G7-ZWT", key=KEY, workspace: str = "ws-1") -> str:  # type: ignore[no-untyped-def]
    return sign_card(workspace_id=workspace, short_code=short, program_code="barista", generation=generation,
                     key_id=key.key_id, private_key=key.private_raw)


def check(code: str, *, revoked: bool = False, current: int | None = 2, workspace: str = "ws-1"):  # type: ignore[no-untyped-def]
    def keys(key_id: str) -> PublicKeyInfo | None:
        return PublicKeyInfo(KEY.public_raw, revoked) if key_id == KEY.key_id else None

    return verify(code, workspace_id=workspace, keys=keys, generations=lambda short: current)


def test_valid_code_reads_back_its_parts() -> None:
    result = check(make())
    assert result.status is CardStatus.VALID and result.ok and result.known_participant
    assert result.card is not None
    assert result.card.short_code == "MLG-84G7-ZWT"
    assert result.card.generation == 2 and result.card.key_id == KEY.key_id
    assert result.card.program_tag == program_tag("barista") != program_tag("home_decor")


def test_code_is_qr_alphanumeric_and_fits_version_6_m() -> None:
    for generation in (0, 1, 31, 1000, 32**4 - 1):
        code = make(generation)
        assert set(code) <= QR_ALPHANUMERIC and code == code.upper()
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
        qr.add_data(code)
        qr.make(fit=True)
        assert qr.version <= 6
        assert qr.data_list[0].mode == qrcode.util.MODE_ALPHA_NUM


def test_no_personal_data_in_code() -> None:
    code = make()
    assert "SITI" not in code and "3573" not in code


def test_caps_lock_and_spaces_still_read() -> None:
    assert check("  " + make().lower() + "\n").status is CardStatus.VALID


def test_typed_results() -> None:
    assert check(make(), revoked=True).status is CardStatus.REVOKED_KEY
    assert check(make(generation=1), current=2).status is CardStatus.SUPERSEDED
    assert check(make(generation=3), current=2).status is CardStatus.VALID
    unknown = check(make(key=OTHER))
    assert unknown.status is CardStatus.UNKNOWN_KEY and unknown.card is not None
    assert check(make(workspace="another-workspace")).status is CardStatus.BAD_SIGNATURE
    not_synced = check(make(), current=None)
    assert not_synced.status is CardStatus.VALID and not not_synced.known_participant
    for junk in ("", " ", "hello", "PNT1", "x" * 10_000, "PNT1." + "A" * 200, "\x00\xff", make()[:-1]):
        assert check(junk).status is CardStatus.MALFORMED


def test_signing_rejects_bad_inputs() -> None:
    import pytest

    with pytest.raises(ValueError):
        make(short="ABC")
    with pytest.raises(ValueError):
        make(generation=-1)


@settings(max_examples=400)
@given(st.data())
def test_any_changed_character_is_refused(data: st.DataObject) -> None:
    code = make(short=new_short_code())
    position = data.draw(st.integers(min_value=0, max_value=len(code) - 1))
    replacement = data.draw(st.sampled_from(sorted(QR_ALPHANUMERIC - {code[position], code[position].lower()})))
    tampered = code[:position] + replacement + code[position + 1:]
    assert check(tampered, current=None).status is not CardStatus.VALID


@given(st.text(max_size=300))
def test_verify_never_raises_on_text(text: str) -> None:
    result = check(text)
    assert result.status in set(CardStatus)
    assert (parse_card(text) is None) == (result.card is None) or result.status is CardStatus.MALFORMED

