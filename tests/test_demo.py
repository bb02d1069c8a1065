"""Synthetic participants (`desktop_app.core.demo`): valid, deterministic and plausibly mixed."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from desktop_app.core.demo import generate_participants
from desktop_app.core.nik import check_kk, check_nik
from desktop_app.core.participant import CATEGORIES, EDUCATION_LEVELS, INPUT_FIELDS
from desktop_app.core.phone import normalise_phone
from desktop_app.core.regions import regions
from desktop_app.core.resources import resource_path
from desktop_app.core.validation import validate_participant

PROGRAMS = ("olahan_makanan", "muslim_fashion", "home_decor", "lukis_kain", "barista")
OFFICERS = ("petugas_ani", "petugas_bayu", "petugas_citra", "petugas_dimas", "petugas_eka")
START = date(2026, 3, 2)  # a Monday
DAYS = 42
LAST_DAY = START + timedelta(days=DAYS - 1)
N = 3000
BOOKKEEPING = ("registered_by", "registered_at")


def generate(n: int = N, seed: int = 2026, **kwargs: Any) -> list[dict[str, Any]]:
    arguments: dict[str, Any] = {"program_codes": PROGRAMS, "officers": OFFICERS, "start": START}
    arguments.update(kwargs)
    return list(generate_participants(n, seed=seed, **arguments))


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return generate()


def share(records: list[dict[str, Any]], predicate: Any) -> float:
    return sum(1 for record in records if predicate(record)) / len(records)


def registered_day(record: dict[str, Any]) -> date:
    return datetime.fromisoformat(record["registered_at"]).date()


# -- determinism and shape --------------------------------------------------------------------------------


def test_same_seed_gives_identical_records() -> None:
    assert generate(400, seed=7) == generate(400, seed=7)


def test_different_seed_gives_different_records() -> None:
    first, second = generate(400, seed=7), generate(400, seed=8)
    assert first != second
    assert len({r["nik"] for r in first} & {r["nik"] for r in second}) < 5


def test_yields_exactly_n_records() -> None:
    for n in (0, 1, 59, 61, 250):
        assert len(generate(n, seed=3)) == n


def test_records_have_every_input_field_and_the_bookkeeping(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert tuple(record) == (*INPUT_FIELDS, *BOOKKEEPING)
        assert record["consent"] is True
        assert record["photo"] is None


def test_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        generate(10, officers=())
    with pytest.raises(ValueError):
        generate(10, program_codes=())
    with pytest.raises(ValueError):
        generate(-1)
    with pytest.raises(ValueError):
        generate(10, days=0)


# -- validity -----------------------------------------------------------------------------------------------


def test_every_record_passes_validation(records: list[dict[str, Any]]) -> None:
    failures = []
    for record in records:
        fields = {k: v for k, v in record.items() if k not in BOOKKEEPING}
        checked = validate_participant(fields, today=LAST_DAY, program_codes=PROGRAMS)
        if not checked.ok:
            failures.append((record["nik"], checked.errors))
    assert failures == []


def test_records_validate_on_a_later_today_too() -> None:
    later = LAST_DAY + timedelta(days=200)
    for record in generate(500, seed=11, today=later):
        fields = {k: v for k, v in record.items() if k not in BOOKKEEPING}
        assert validate_participant(fields, today=later, program_codes=PROGRAMS).errors == []


def test_niks_are_unique(records: list[dict[str, Any]]) -> None:
    assert len({r["nik"] for r in records}) == len(records)


def test_niks_are_unique_in_a_large_run() -> None:
    big = generate(20_000, seed=1, officers=OFFICERS[:2], days=10)
    assert len({r["nik"] for r in big}) == len(big)


def test_nik_agrees_with_birth_date_and_gender(records: list[dict[str, Any]]) -> None:
    for record in records:
        birth = date.fromisoformat(record["birth_date"])
        result = check_nik(record["nik"], today=LAST_DAY)
        assert result.valid, (record["nik"], result.errors)
        assert result.birth_date == birth
        assert result.gender == record["gender"]
        day = int(record["nik"][6:8])
        assert (day > 40) == (record["gender"] == "P")
        assert 1 <= int(record["nik"][12:]) <= 9999


def test_nik_region_is_mostly_the_home_kecamatan(records: list[dict[str, Any]]) -> None:
    index = regions()
    home = elsewhere = 0
    for record in records:
        kecamatan = index.kecamatan_of(record["kelurahan_code"])
        assert kecamatan is not None
        region = record["nik"][:6]
        if region == kecamatan.code.replace(".", ""):
            home += 1
        else:
            elsewhere += 1
            # Another East Java kabupaten/kota, a real one, and a kecamatan number that can exist.
            assert region[:2] == "35"
            assert f"{region[:2]}.{region[2:4]}" in index.by_code
            assert region[:4] != record["kelurahan_code"].replace(".", "")[:4]
            assert 1 <= int(region[4:6]) <= 20
    assert home / len(records) == pytest.approx(0.90, abs=0.03)


def test_kk_numbers_mostly_present_and_issued_in_the_past(records: list[dict[str, Any]]) -> None:
    with_kk = [r for r in records if r["kk_number"]]
    assert len(with_kk) / len(records) == pytest.approx(0.93, abs=0.03)
    for record in with_kk:
        kk = record["kk_number"]
        assert check_kk(kk, today=LAST_DAY) == ()
        issued = date(2000 + int(kk[10:12]), int(kk[8:10]), int(kk[6:8]))  # no +40 on a KK
        assert date.fromisoformat(record["birth_date"]) < issued <= registered_day(record)


# -- plausible mix ------------------------------------------------------------------------------------------


def test_kelurahan_codes_are_real_and_mostly_kota_malang(records: list[dict[str, Any]]) -> None:
    index = regions()
    assert all(index.is_village(r["kelurahan_code"]) for r in records)
    cities = Counter(r["kelurahan_code"][:5] for r in records)
    assert set(cities) == {"35.73", "35.07", "35.79"}
    assert cities["35.73"] / len(records) == pytest.approx(0.75, abs=0.04)
    assert cities["35.07"] / len(records) == pytest.approx(0.18, abs=0.03)
    assert cities["35.79"] / len(records) == pytest.approx(0.07, abs=0.02)
    # Not just a handful of villages.
    assert len({r["kelurahan_code"] for r in records}) > 150


def test_categories_are_mixed_as_specified(records: list[dict[str, Any]]) -> None:
    counts = Counter(r["category"] for r in records)
    assert set(counts) == set(CATEGORIES)
    expected = {"phk": 0.45, "buruh_aktif": 0.15, "keluarga_buruh": 0.15, "warga_sekitar": 0.18, "umum": 0.07}
    for category, target in expected.items():
        assert counts[category] / len(records) == pytest.approx(target, abs=0.03), category


def test_laid_off_people_have_employer_and_a_recent_phk_date(records: list[dict[str, Any]]) -> None:
    phk = [r for r in records if r["category"] == "phk"]
    assert all(r["former_employer"] for r in phk)
    dated = [r for r in phk if r["phk_date"]]
    assert len(dated) / len(phk) > 0.9
    for record in dated:
        gap = (registered_day(record) - date.fromisoformat(record["phk_date"])).days
        assert 1 <= gap <= 550
    assert len({r["former_employer"] for r in phk}) >= 10
    others = [r for r in records if r["category"] != "phk"]
    assert not any(r["former_employer"] or r["phk_date"] for r in others)


def test_ages_are_working_ages(records: list[dict[str, Any]]) -> None:
    ages = []
    for record in records:
        born, seen = date.fromisoformat(record["birth_date"]), registered_day(record)
        ages.append(seen.year - born.year - ((seen.month, seen.day) < (born.month, born.day)))
    assert min(ages) >= 18 and max(ages) <= 58
    assert sum(25 <= age <= 50 for age in ages) / len(ages) > 0.7


def test_mostly_women_and_basic_schooling(records: list[dict[str, Any]]) -> None:
    assert share(records, lambda r: r["gender"] == "P") > 0.6
    assert share(records, lambda r: r["gender"] == "L") > 0.15
    education = Counter(r["education"] for r in records)
    assert set(education) <= set(EDUCATION_LEVELS)
    assert (education["sd"] + education["sltp"] + education["slta"]) / len(records) > 0.75


def test_programs_are_all_used_unevenly(records: list[dict[str, Any]]) -> None:
    counts = Counter(r["program_code"] for r in records)
    assert set(counts) == set(PROGRAMS)
    assert max(counts.values()) > 2 * min(counts.values())


def test_phones_are_indonesian_mobiles_in_e164(records: list[dict[str, Any]]) -> None:
    assert share(records, lambda r: r["phone"] is None) == pytest.approx(0.08, abs=0.02)
    for record in records:
        if record["phone"] is not None:
            assert record["phone"].startswith("+628")
            assert normalise_phone(record["phone"]) == (record["phone"], None)


def test_addresses_names_and_rt_rw_look_local(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert record["address"].startswith(("Jl. ", "Gg. ", "Dsn. "))
        for name in ("rt", "rw"):
            assert len(record[name]) == 3 and record[name].isdigit() and record[name] != "000"
        assert 1 <= len(record["full_name"].split()) <= 3
        assert record["birth_place"]
    words = Counter(len(r["full_name"].split()) for r in records)
    assert words[1] > 0.1 * len(records) and words[3] > 0.1 * len(records)
    assert len({r["full_name"] for r in records}) > 0.8 * len(records)
    assert share(records, lambda r: r["notes"] is not None) < 0.1


# -- registration times -------------------------------------------------------------------------------------


def test_registrations_follow_officers_office_hours(records: list[dict[str, Any]]) -> None:
    times = [datetime.fromisoformat(r["registered_at"]) for r in records]
    assert times == sorted(times)
    for record, when in zip(records, times, strict=True):
        assert record["registered_at"].endswith("+07:00")
        assert len(record["registered_at"]) == len("2026-03-02T08:15:00+07:00")
        assert record["consent_at"] == record["registered_at"]
        assert record["registered_by"] in OFFICERS
        assert START <= when.date() <= LAST_DAY
    assert sum(t.weekday() < 5 for t in times) / len(times) > 0.9
    assert sum(8 <= t.hour < 16 for t in times) / len(times) > 0.85
    # Spread over the whole window, 25-60 a day for an officer (the last shift may be partial).
    assert (max(times).date() - min(times).date()).days > DAYS * 0.8
    per_officer_day = Counter((r["registered_by"], r["registered_at"][:10]) for r in records)
    assert max(per_officer_day.values()) <= 60
    assert sorted(per_officer_day.values())[1] >= 25
    assert {officer for officer, _ in per_officer_day} == set(OFFICERS)


def test_more_people_than_officers_can_take_still_fits_the_window() -> None:
    crowded = generate(2000, seed=4, officers=OFFICERS[:1], days=5)
    assert len(crowded) == 2000
    assert all(START <= registered_day(r) < START + timedelta(days=5) for r in crowded)


# -- shipped word lists -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["names_female.txt", "names_male.txt"])
def test_given_name_lists_are_big(name: str) -> None:
    text = resource_path("demo", name).read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(names) >= 150
    assert len(set(names)) == len(names)


def test_demo_data_says_it_is_synthetic() -> None:
    assert "synthetic" in resource_path("demo", "README.md").read_text(encoding="utf-8").lower()
