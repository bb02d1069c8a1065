"""The people who use this laptop, their roles and PINs, and signing in.

The table is local (like the device's private key): PINs never become events and never leave the
laptop. Signing in puts a `Session` on the open workspace (`workspace.session`), which every storage
function consults, and makes the person the actor of the events written from then on, so the event
log says who did what.

The first person is added without a session (there is nobody yet to ask) and must be a coordinator;
after that, adding, removing and resetting PINs need the people-management capability. A wrong PIN
counts; after a few in a row, the next try must wait (`core.lockout.delay_after`), and the count is
kept in the database so that restarting the app does not reset it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.ids import new_id
from desktop_app.core.pin import PinHash, check_pin, delay_after, hash_pin, verify_pin
from desktop_app.core.roles import Capability, Role, Session, parse_role
from desktop_app.storage import connection
from desktop_app.storage.workspace import Workspace

MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class Person:
    """One person on this laptop, as lists show them (never the PIN's hash)."""

    id: str
    name: str
    role: Role
    created_at: str
    last_sign_in_at: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "role": self.role.value, "created_at": self.created_at,
                "last_sign_in_at": self.last_sign_in_at}


def _now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


_ACTIVE = "removed_at IS NULL"


def has_people(workspace: Workspace) -> bool:
    """Whether anyone was set up on this laptop (then the app asks who is there before anything else)."""
    return workspace.db.execute(f"SELECT 1 FROM local_people WHERE {_ACTIVE} LIMIT 1").fetchone() is not None


def list_people(workspace: Workspace) -> list[Person]:
    """Everyone on this laptop, by name: what the sign-in list shows."""
    rows = workspace.db.execute(
        f"SELECT id, name, role, created_at, last_sign_in_at FROM local_people WHERE {_ACTIVE} "
        "ORDER BY name COLLATE NOCASE, id"
    ).fetchall()
    return [Person(r[0], r[1], Role(r[2]), r[3], r[4]) for r in rows]


def get_person(workspace: Workspace, person_id: str) -> Person:
    row = workspace.db.execute(
        f"SELECT id, name, role, created_at, last_sign_in_at FROM local_people WHERE id = ? AND {_ACTIVE}",
        [person_id],
    ).fetchone()
    if row is None:
        raise NotFound("person", person_id)
    return Person(row[0], row[1], Role(row[2]), row[3], row[4])


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise PintuError("person.name_required")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise PintuError("person.name_too_long", maximum=MAX_NAME_LENGTH)
    return cleaned


def add_person(workspace: Workspace, name: str, role: Role | str, pin: str) -> Person:
    """Add someone with a role and their PIN.

    The first person needs no session and must be a coordinator (`person.first_must_be_coordinator`);
    later ones need `manage_people`. Names are unique on a laptop (`person.name_taken`).
    """
    cleaned = _clean_name(name)
    chosen = parse_role(role.value if isinstance(role, Role) else role)
    check_pin(pin)
    db = workspace.db
    with connection.transaction(db):
        if has_people(workspace):
            workspace.session.require(Capability.MANAGE_PEOPLE)
        elif chosen is not Role.COORDINATOR:
            raise PintuError("person.first_must_be_coordinator")
        taken = db.execute(
            f"SELECT 1 FROM local_people WHERE name = ? COLLATE NOCASE AND {_ACTIVE}", [cleaned]).fetchone()
        if taken:
            raise PintuError("person.name_taken", name=cleaned)
        hashed = hash_pin(pin)
        person = Person(new_id(), cleaned, chosen, _now_iso(), None)
        db.execute(
            "INSERT INTO local_people (id, name, role, pin_hash, pin_salt, pin_params, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [person.id, person.name, person.role.value, hashed.digest, hashed.salt, hashed.params(),
             person.created_at],
        )
    return person


def _row(workspace: Workspace, person_id: str) -> tuple[Any, ...]:
    row = workspace.db.execute(
        f"SELECT id, name, role, pin_hash, pin_salt, pin_params, failures, not_before FROM local_people "
        f"WHERE id = ? AND {_ACTIVE}",
        [person_id],
    ).fetchone()
    if row is None:
        raise NotFound("person", person_id)
    return tuple(row)


def wait_seconds(workspace: Workspace, person_id: str, *, now: float | None = None) -> int:
    """Seconds before this person's next PIN try is checked (0: now). For the sign-in's countdown."""
    row = _row(workspace, person_id)
    return _left(int(row[6] or 0), row[7], time.time() if now is None else now)


def _left(failures: int, not_before: float | None, now: float) -> int:
    """Whole seconds still to wait; never more than the delay itself, so a clock set back cannot lock anyone out."""
    if not not_before:
        return 0
    left = min(float(not_before) - now, float(delay_after(failures)))
    return max(0, int(left + 0.999))


def _check_pin(workspace: Workspace, person_id: str, pin: str, now: float | None) -> tuple[str, Role]:
    """Check a person's PIN, counting failures: `pin.wait` (seconds) while a delay runs, `pin.wrong` (wait)."""
    moment = time.time() if now is None else now
    db = workspace.db
    with connection.transaction(db):
        row = _row(workspace, person_id)
        _id, name, role, digest, salt, params, failures, not_before = row
        left = _left(int(failures or 0), not_before, moment)
        if left > 0:
            raise PintuError("pin.wait", seconds=left)
        if verify_pin(pin, PinHash.from_stored(salt, digest, params)):
            db.execute(
                "UPDATE local_people SET failures = 0, not_before = NULL WHERE id = ?", [person_id])
            return str(name), Role(role)
        failures = int(failures or 0) + 1
        wait = delay_after(failures)
        db.execute("UPDATE local_people SET failures = ?, not_before = ? WHERE id = ?",
                   [failures, moment + wait if wait else None, person_id])
    # the count is committed above: raising inside the transaction would roll it back
    raise PintuError("pin.wrong", wait=wait, failures=failures)


def sign_in(workspace: Workspace, person_id: str, pin: str, *, now: float | None = None) -> Session:
    """Check the PIN and make this person the workspace's session and the actor of its events.

    A wrong PIN raises `pin.wrong` (with `wait`: seconds before the next try is checked, 0 for the
    first few); a try while that delay runs raises `pin.wait` (with `seconds` left), uncounted.
    """
    name, role = _check_pin(workspace, person_id, pin, now)
    with connection.transaction(workspace.db):
        workspace.db.execute("UPDATE local_people SET last_sign_in_at = ? WHERE id = ?", [_now_iso(), person_id])
    session = Session(person_id=person_id, name=name, role=role)
    workspace.session = session
    workspace.writer.actor = name
    return session


def share_session(source: Workspace, target: Workspace) -> None:
    """Give a second connection (a worker's) the same person and rights as the window's."""
    target.session = source.session
    target.writer.actor = source.writer.actor


def acting_name(workspace: Workspace) -> str:
    """Who is acting, for the "by" of a decision or a printing: the signed-in person, else the officer."""
    return workspace.session.name or workspace.info.officer


def change_own_pin(workspace: Workspace, old_pin: str, new_pin: str, *, now: float | None = None) -> None:
    """The signed-in person changes their PIN; the old one is checked (and counted) as at sign-in."""
    person_id = workspace.session.person_id
    if person_id is None:
        raise PintuError("person.not_signed_in")
    check_pin(new_pin)
    _check_pin(workspace, person_id, old_pin, now)
    _store_pin(workspace, person_id, new_pin)


def reset_pin(workspace: Workspace, person_id: str, new_pin: str) -> None:
    """A coordinator gives someone a new PIN (a forgotten one); their failures are forgiven."""
    workspace.session.require(Capability.MANAGE_PEOPLE)
    check_pin(new_pin)
    _row(workspace, person_id)
    _store_pin(workspace, person_id, new_pin)


def _store_pin(workspace: Workspace, person_id: str, pin: str) -> None:
    hashed = hash_pin(pin)
    with connection.transaction(workspace.db):
        workspace.db.execute(
            "UPDATE local_people SET pin_hash = ?, pin_salt = ?, pin_params = ?, failures = 0, not_before = NULL "
            "WHERE id = ?",
            [hashed.digest, hashed.salt, hashed.params(), person_id],
        )


def remove_person(workspace: Workspace, person_id: str) -> None:
    """Take someone off this laptop (their name stays on what they did). Never the last coordinator,
    never the person signed in."""
    workspace.session.require(Capability.MANAGE_PEOPLE)
    db = workspace.db
    with connection.transaction(db):
        person = get_person(workspace, person_id)
        if person_id == workspace.session.person_id:
            raise PintuError("person.remove_self")
        if person.role is Role.COORDINATOR:
            others = db.execute(
                f"SELECT count(*) FROM local_people WHERE role = 'coordinator' AND id != ? AND {_ACTIVE}",
                [person_id],
            ).fetchone()[0]
            if not others:
                raise PintuError("person.last_coordinator")
        db.execute("UPDATE local_people SET removed_at = ? WHERE id = ?", [_now_iso(), person_id])


__all__ = [
    "Person",
    "acting_name",
    "add_person",
    "change_own_pin",
    "get_person",
    "has_people",
    "list_people",
    "remove_person",
    "reset_pin",
    "share_session",
    "sign_in",
    "wait_seconds",
]
