"""Registering, editing and withdrawing participants: validation and duplicate rules in one place.

The GUI form, the CLI and the demo generator all save through this service, so a record that one
front-end would refuse can never enter through another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from random import Random
from typing import Any, Protocol

from desktop_app.core.errors import DuplicateNik, NotFound, PintuError, ValidationFailed
from desktop_app.core.ids import new_id, new_short_code
from desktop_app.core.participant import INITIAL_STATUS, INPUT_FIELDS, STATUSES, UPDATABLE_FIELDS
from desktop_app.core.roles import Capability
from desktop_app.core.validation import normalise_name, validate_participant


class ParticipantStore(Protocol):
    """What the service needs from storage (implemented in `storage.participants`)."""

    def require(self, capability: Capability) -> None:
        """`role.forbidden` unless the person using the laptop may do this (the store knows who it is)."""

    def transaction(self) -> AbstractContextManager[object]: ...

    def program_codes(self) -> set[str]: ...

    def get(self, participant_id: str) -> dict[str, Any] | None: ...

    def find_by_nik(self, nik: str) -> list[dict[str, Any]]: ...

    def find_by_name_birth(self, name_norm: str, birth_date: str) -> list[dict[str, Any]]: ...

    def short_code_exists(self, short_code: str) -> bool: ...

    def program_load(self, program_code: str) -> tuple[int | None, int]: ...

    def insert(self, participant_id: str, values: dict[str, Any]) -> None: ...

    def update(self, participant_id: str, changes: dict[str, Any]) -> None: ...


@dataclass
class Saved:
    """A saved participant and the warnings the save raised (e.g. a possible duplicate)."""

    participant: dict[str, Any]
    warnings: list[dict[str, Any]] = field(default_factory=list)


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


class RegistrationService:
    def __init__(
        self,
        store: ParticipantStore,
        *,
        officer: str | Callable[[], str],
        device_id: str,
        today: date | None = None,
        rng: Random | None = None,
    ) -> None:
        self.store = store
        self.officer = officer  # a name, or a function giving the signed-in person's name at each save
        self.device_id = device_id
        self.today = today
        self._rng = rng
        self._programs: set[str] | None = None

    def officer_name(self) -> str:
        """Who registers now: the name given, or the signed-in person's."""
        return self.officer() if callable(self.officer) else self.officer

    def programs(self) -> set[str]:
        if self._programs is None:
            self._programs = self.store.program_codes()
        return self._programs

    def check(self, record: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """Validate without saving: normalised values and error codes (for forms and dry runs)."""
        checked = validate_participant(record, today=self.today, program_codes=self.programs())
        return checked.values, checked.errors

    def duplicates_of(self, values: Mapping[str, Any], exclude_id: str | None = None) -> list[dict[str, Any]]:
        """Warnings for the same normalised name and birth date (different NIK): maybe one person."""
        warnings: list[dict[str, Any]] = []
        name, birth = values.get("full_name"), values.get("birth_date")
        if name and birth:
            for other in self.store.find_by_name_birth(normalise_name(str(name)), str(birth)):
                if other["id"] != exclude_id and other.get("nik") != values.get("nik"):
                    warnings.append(
                        {
                            "code": "duplicate.name_birth",
                            "existing_id": other["id"],
                            "existing_short_code": other.get("short_code"),
                            "existing_name": other.get("full_name"),
                        }
                    )
        return warnings

    def nik_owner(self, nik: str, exclude_id: str | None = None) -> dict[str, Any] | None:
        """The active participant who already has this NIK, if any (for the form's instant check)."""
        return self._nik_owner(nik, exclude_id)

    def _nik_owner(self, nik: str, exclude_id: str | None) -> dict[str, Any] | None:
        for other in self.store.find_by_nik(nik):
            if other["id"] != exclude_id:
                return other
        return None

    def register(
        self,
        record: Mapping[str, Any],
        *,
        force: bool = False,
        registered_at: str | None = None,
        registered_by: str | None = None,
    ) -> Saved:
        """Validate, check duplicates and save a new participant as one event.

        Same NIK: refused with the existing record, unless `force` (then saved and flagged with
        `duplicate_of`, for a coordinator to resolve). Same name and birth date: saved with a warning.
        """
        self.store.require(Capability.REGISTER)
        values, errors = self.check({k: v for k, v in record.items() if k not in _BOOKKEEPING_INPUT})
        if errors:
            raise ValidationFailed(errors)
        owner = self._nik_owner(values["nik"], None)
        if owner is not None and not force:
            raise DuplicateNik(owner["id"], owner.get("short_code") or "", owner.get("full_name") or "")
        stamp = registered_at or now_iso()
        values.setdefault("consent_at", stamp)
        participant_id = new_id()
        values.update(
            {
                "short_code": self._fresh_short_code(),
                "registered_by": registered_by or self.officer_name(),
                "registered_at": stamp,
                "device_id": self.device_id,
                "status": INITIAL_STATUS,
                "card_generation": 0,
            }
        )
        if owner is not None:
            values["duplicate_of"] = owner["id"]
        warnings = self.duplicates_of(values)
        with self.store.transaction():
            self.store.insert(participant_id, values)
        return Saved(participant={"id": participant_id, **values}, warnings=warnings)

    def update(self, participant_id: str, changes: Mapping[str, Any], *, force: bool = False) -> Saved:
        """Change some fields; the whole record is re-validated so no edit can make it invalid.

        Accepting someone (`diterima`) into a full training is refused unless `force`.
        """
        self.store.require(Capability.EDIT)
        current = self._require(participant_id)
        unknown = [f"{k}.not_updatable" for k in changes if k not in UPDATABLE_FIELDS]
        if unknown:
            raise ValidationFailed(sorted(unknown))
        status = changes.get("status")
        if status is not None and status not in STATUSES:
            raise ValidationFailed(["status.invalid"])
        merged = {k: current.get(k) for k in INPUT_FIELDS if current.get(k) not in (None, "")}
        merged.update({k: v for k, v in changes.items() if k != "status"})
        merged = {k: v for k, v in merged.items() if v not in (None, "")}
        values, errors = self.check(merged)
        if errors:
            raise ValidationFailed(errors)
        if status is not None:
            values["status"] = status
            if status == "diterima" and current.get("status") != "diterima" and not force:
                quota, accepted = self.store.program_load(values["program_code"])
                if quota is not None and accepted >= quota:
                    raise ValidationFailed(["status.quota_full"], quota=quota, accepted=accepted)
        diff = {k: v for k, v in values.items() if current.get(k) != v}
        for name in INPUT_FIELDS:  # a field the user cleared
            if name in changes and changes[name] in (None, "") and current.get(name) not in (None, ""):
                diff[name] = None
        if "nik" in diff:
            owner = self._nik_owner(values["nik"], participant_id)
            if owner is not None and not force:
                raise DuplicateNik(owner["id"], owner.get("short_code") or "", owner.get("full_name") or "")
            if owner is not None:
                diff["duplicate_of"] = owner["id"]
        if diff:
            with self.store.transaction():
                self.store.update(participant_id, diff)
        updated = {**current, **diff}
        return Saved(participant=updated, warnings=self.duplicates_of(updated, exclude_id=participant_id))

    def withdraw(self, participant_id: str, reason: str = "") -> Saved:
        """Withdraw (a tombstone): the person leaves lists and quotas, the record and history stay."""
        self.store.require(Capability.EDIT)
        current = self._require(participant_id)
        if current.get("withdrawn_at"):
            raise PintuError("participant.already_withdrawn", id=participant_id)
        diff = {"withdrawn_at": now_iso(), "withdraw_reason": reason.strip() or None}
        with self.store.transaction():
            self.store.update(participant_id, diff)
        return Saved(participant={**current, **diff})

    def reinstate(self, participant_id: str) -> Saved:
        """Undo a withdrawal (a person who changed their mind); refused for a merged duplicate."""
        self.store.require(Capability.EDIT)
        current = self._require(participant_id)
        if not current.get("withdrawn_at"):
            raise PintuError("participant.not_withdrawn", id=participant_id)
        if current.get("merged_into"):
            raise PintuError("participant.merged", id=participant_id)
        owner = self._nik_owner(str(current.get("nik")), participant_id)
        if owner is not None:
            raise DuplicateNik(owner["id"], owner.get("short_code") or "", owner.get("full_name") or "")
        diff = {"withdrawn_at": None, "withdraw_reason": None}
        with self.store.transaction():
            self.store.update(participant_id, diff)
        return Saved(participant={**current, **diff})

    def _require(self, participant_id: str) -> dict[str, Any]:
        current = self.store.get(participant_id)
        if current is None:
            raise NotFound("participant", participant_id)
        return current

    def _fresh_short_code(self) -> str:
        for _ in range(100):
            code = new_short_code(self._rng)
            if not self.store.short_code_exists(code):
                return code
        raise PintuError("short_code.exhausted")  # pragma: no cover - 1e9 codes


# Bookkeeping keys a caller may pass along with a record but that the service sets itself.
_BOOKKEEPING_INPUT = frozenset({"registered_at", "registered_by"})

