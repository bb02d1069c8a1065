"""The registration service: validation on every save, duplicate rules, edits and withdrawals."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import DuplicateNik, NotFound, PintuError, ValidationFailed
from desktop_app.core.ids import normalise_short_code
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.participants import ParticipantRepository
from tests.conftest import make_record


def test_register_normalises_and_sets_bookkeeping(service: RegistrationService,
                                                  repo: ParticipantRepository) -> None:
    saved = service.register(make_record(1, phone="0812 3456-7890", rt="7", full_name="  siti   Rahayu "))
    record = repo.get(saved.participant["id"])
    assert record is not None
    assert record["phone"] == "+6281234567890"
    assert record["rt"] == "007"
    assert record["full_name"] == "siti Rahayu"
    assert record["status"] == "terdaftar" and record["card_generation"] == 0
    assert record["registered_by"] == "Rina" and record["consent"] is True and record["consent_at"]
    assert normalise_short_code(record["short_code"]) == record["short_code"]


def test_invalid_record_is_refused_with_every_code(service: RegistrationService,
                                                   repo: ParticipantRepository) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        service.register(make_record(1, nik="123", kelurahan_code="35.73.99.9999", consent=False, rt="abc"))
    assert {"nik.length", "kelurahan_code.unknown", "consent.required", "rt.invalid"} <= set(excinfo.value.errors)
    assert repo.count() == 0


def test_unknown_program_is_refused(service: RegistrationService) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        service.register(make_record(1, program_code="menjahit"))
    assert excinfo.value.errors == ["program_code.unknown"]


def test_same_nik_refused_then_forced_and_flagged(service: RegistrationService,
                                                  repo: ParticipantRepository) -> None:
    first = service.register(make_record(1)).participant
    again = make_record(1, full_name="Nama Lain", phone="081311112222")
    with pytest.raises(DuplicateNik) as excinfo:
        service.register(again)
    assert excinfo.value.existing_id == first["id"]
    assert excinfo.value.details["existing_short_code"] == first["short_code"]
    assert repo.count() == 1
    forced = service.register(again, force=True).participant
    assert repo.get(forced["id"])["duplicate_of"] == first["id"]  # type: ignore[index]
    assert repo.stats()["possible_duplicates"] == 1


def test_same_name_and_birth_date_warns_but_saves(service: RegistrationService,
                                                  repo: ParticipantRepository) -> None:
    first = service.register(make_record(1, full_name="Siti Rahayu")).participant
    other = make_record(3, full_name="SITI  rahayu", birth_date=first["birth_date"], gender=first["gender"])
    # a different person's NIK, but built for the same birth date and gender
    other["nik"] = first["nik"][:12] + "0042"
    saved = service.register(other)
    assert [w["code"] for w in saved.warnings] == ["duplicate.name_birth"]
    assert saved.warnings[0]["existing_id"] == first["id"]
    assert repo.count() == 2


def test_update_revalidates_whole_record(service: RegistrationService, repo: ParticipantRepository) -> None:
    pid = service.register(make_record(1)).participant["id"]
    with pytest.raises(ValidationFailed) as excinfo:
        service.update(pid, {"birth_date": "1999-01-01"})  # no longer agrees with the NIK
    assert "nik.birthdate_mismatch" in excinfo.value.errors
    with pytest.raises(ValidationFailed) as excinfo:
        service.update(pid, {"short_code": "MLG-0000-000"})
    assert excinfo.value.errors == ["short_code.not_updatable"]
    with pytest.raises(ValidationFailed):
        service.update(pid, {"status": "lulus"})
    updated = service.update(pid, {"phone": "+62 856 1234 5678", "status": "terverifikasi"}).participant
    assert updated["phone"] == "+6285612345678" and updated["status"] == "terverifikasi"
    assert repo.get(pid)["status"] == "terverifikasi"  # type: ignore[index]
    cleared = service.update(pid, {"notes": "rumah di gang buntu"}).participant
    assert cleared["notes"] == "rumah di gang buntu"
    assert service.update(pid, {"notes": ""}).participant["notes"] is None


def test_update_to_someone_elses_nik_is_refused(service: RegistrationService) -> None:
    a = service.register(make_record(1)).participant
    b = service.register(make_record(3)).participant
    with pytest.raises(DuplicateNik):
        service.update(b["id"], {"nik": a["nik"], "birth_date": a["birth_date"], "gender": a["gender"]})


def test_withdraw_twice_and_unknown_id(service: RegistrationService) -> None:
    pid = service.register(make_record(1)).participant["id"]
    service.withdraw(pid, "pindah")
    with pytest.raises(PintuError) as excinfo:
        service.withdraw(pid)
    assert excinfo.value.code == "participant.already_withdrawn"
    with pytest.raises(NotFound):
        service.update("no-such-id", {"rt": "1"})


def test_withdrawn_nik_can_register_again(service: RegistrationService) -> None:
    pid = service.register(make_record(1)).participant["id"]
    service.withdraw(pid)
    assert service.register(make_record(1)).participant["id"] != pid


def test_accepting_into_a_full_training_is_refused(service: RegistrationService, repo: ParticipantRepository,
                                                   workspace) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage.programs import list_programs, set_quota

    set_quota(workspace, "barista", 2)
    people = [service.register(make_record(i)).participant for i in range(4)]
    service.update(people[0]["id"], {"status": "diterima"})
    service.update(people[1]["id"], {"status": "diterima"})
    with pytest.raises(ValidationFailed) as excinfo:
        service.update(people[2]["id"], {"status": "diterima"})
    assert excinfo.value.errors == ["status.quota_full"]
    assert repo.get(people[2]["id"])["status"] == "terdaftar"  # type: ignore[index]
    service.update(people[2]["id"], {"status": "cadangan"})
    service.update(people[3]["id"], {"status": "diterima"}, force=True)  # a coordinator's override
    barista = next(p for p in list_programs(workspace) if p["code"] == "barista")
    assert (barista["quota"], barista["registered"], barista["accepted"]) == (2, 4, 3)


def test_training_counts_skip_the_withdrawn_and_read_only_an_index(service: RegistrationService,
                                                                    workspace) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage.programs import list_programs

    people = [service.register(make_record(i)).participant["id"] for i in range(3)]
    service.withdraw(people[0])
    service.update(people[1], {"status": "diterima"})
    barista = next(p for p in list_programs(workspace) if p["code"] == "barista")
    assert (barista["registered"], barista["accepted"]) == (2, 1)
    # The registration form asks this at every start and save: at 100,000 people it must not read their rows.
    plan = " ".join(str(row[3]) for row in workspace.db.execute(
        "EXPLAIN QUERY PLAN SELECT pr.id, count(p.program_code), count(CASE WHEN p.status = 'diterima' THEN 1 END) "
        "FROM programs pr LEFT JOIN participants p ON p.program_code = pr.id AND p.deleted_at IS NULL "
        "AND p.withdrawn_at IS NULL WHERE pr.deleted_at IS NULL GROUP BY pr.id ORDER BY pr.sort_order"))
    assert "COVERING INDEX participants_program_state" in plan


def test_registered_today_on_this_device(service: RegistrationService, repo: ParticipantRepository,
                                         workspace) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    today, device = date(2026, 10, 5), workspace.info.device_id
    service.register(make_record(1), registered_at="2026-10-05T07:59:00+07:00")
    service.register(make_record(2), registered_at="2026-10-05T23:59:59+07:00")
    service.register(make_record(3), registered_at="2026-10-04T23:59:59+07:00")  # the day before
    service.register(make_record(4), registered_at="2026-10-06T00:00:00+07:00")  # the day after
    other = RegistrationService(repo, officer=lambda: "Agus", device_id="another-laptop")
    other.register(make_record(5), registered_at="2026-10-05T10:00:00+07:00")  # another laptop, same day
    assert repo.registered_on(today, device) == 2
    assert repo.registered_on(today + timedelta(days=1), device) == 1
    assert repo.registered_on(today, "another-laptop") == 1


def test_drafts_and_photos(workspace) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage.drafts import clear_draft, load_draft, save_draft
    from desktop_app.storage.photos import get_photo, put_photo

    assert load_draft(workspace, "registration") is None
    save_draft(workspace, "registration", {"full_name": "Siti", "rt": "3"})
    save_draft(workspace, "registration", {"full_name": "Siti Rahayu", "rt": "3"})
    assert load_draft(workspace, "registration") == {"full_name": "Siti Rahayu", "rt": "3"}
    clear_draft(workspace, "registration")
    assert load_draft(workspace, "registration") is None
    photo = b"\xff\xd8\xff" + b"x" * 1000
    first = put_photo(workspace, photo)
    assert put_photo(workspace, photo) == first and len(first) == 64
    assert get_photo(workspace, first) == (photo, "image/jpeg")
    with pytest.raises(PintuError):
        put_photo(workspace, b"x" * 3_000_000)


def test_reinstate_after_withdrawal(service: RegistrationService, repo: ParticipantRepository) -> None:
    pid = service.register(make_record(1)).participant["id"]
    with pytest.raises(PintuError):
        service.reinstate(pid)
    service.withdraw(pid, "sakit")
    service.reinstate(pid)
    assert repo.get(pid)["withdrawn_at"] is None and repo.count() == 1  # type: ignore[index]
    service.withdraw(pid)
    service.register(make_record(1))  # the NIK registered again meanwhile
    with pytest.raises(DuplicateNik):
        service.reinstate(pid)
