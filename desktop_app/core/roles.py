"""People and roles on a laptop: who may do what, decided here, below every front-end.

Three roles share a laptop, each person with their own PIN (`core.pin`, `storage.people`):

- **coordinator** (koordinator): everything, including merging duplicates, conflicts, exports with
  personal data, revoking a laptop's key, backups and the people on the laptop;
- **officer** (petugas pendata): registers and edits people, prints their cards, checks them in, syncs;
- **trainer** (pelatih): names, photos and attendance only. A trainer never sees a NIK, a KK number, a
  phone number or an address: storage selects NULL for them and does not search by them.

The open workspace always carries a `Session`. Before anyone signs in (and on a laptop with no people
set up, and in the CLI) it is the passphrase holder's: whoever opened the workspace file holds its key,
so they have every right, as a coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop_app.core.errors import PintuError


class Role(str, Enum):
    COORDINATOR = "coordinator"
    OFFICER = "officer"
    TRAINER = "trainer"


class Capability(str, Enum):
    READ_IDENTITY = "read_identity"  # NIK, KK number, phone, address: read, search, sort
    REGISTER = "register"  # new participants (and the registration form's drafts)
    EDIT = "edit"  # change, withdraw, reinstate a participant; photos
    PRINT_CARDS = "print_cards"  # issue (and reissue) QR cards
    MANAGE_CLASSES = "manage_classes"  # classes, sessions, assigning people, training quotas
    CHECK_IN = "check_in"  # record attendance (scan, typed code, name picked), undo a scan
    SYNC = "sync"  # export and import bundles, the sync folder
    RESOLVE = "resolve"  # conflicts, merging duplicates, the Disnaker list
    EXPORT = "export"  # exports, reports and certificates (files that leave the laptop)
    REVOKE = "revoke"  # revoke a lost laptop's key (its cards stop checking in)
    BACKUP = "backup"  # back up and restore the workspace file
    MANAGE_PEOPLE = "manage_people"  # people and PINs on this laptop, settings


# The fields a trainer never sees (as stored: `participants` columns and event field names).
IDENTITY_FIELDS: frozenset[str] = frozenset({"nik", "kk_number", "phone", "address"})

_TRAINER = frozenset({Capability.CHECK_IN, Capability.SYNC})
_OFFICER = _TRAINER | {Capability.READ_IDENTITY, Capability.REGISTER, Capability.EDIT, Capability.PRINT_CARDS}
ROLE_CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.COORDINATOR: frozenset(Capability),
    Role.OFFICER: frozenset(_OFFICER),
    Role.TRAINER: _TRAINER,
}


def capabilities(role: Role) -> frozenset[Capability]:
    return ROLE_CAPABILITIES[role]


@dataclass(frozen=True)
class Session:
    """Who is using the laptop now. `person_id` is None for the passphrase holder (nobody signed in)."""

    person_id: str | None
    name: str
    role: Role

    @classmethod
    def passphrase_holder(cls, name: str = "") -> Session:
        """Whoever opened the workspace with its passphrase, before any person signs in: every right."""
        return cls(person_id=None, name=name, role=Role.COORDINATOR)

    @property
    def signed_in(self) -> bool:
        """Whether a person signed in with their PIN (False for the passphrase holder)."""
        return self.person_id is not None

    def can(self, capability: Capability) -> bool:
        return capability in ROLE_CAPABILITIES[self.role]

    def require(self, capability: Capability) -> None:
        """Raise `role.forbidden` (with the role and the capability) unless this session may do it."""
        if not self.can(capability):
            raise PintuError("role.forbidden", role=self.role.value, capability=capability.value)

    @property
    def reads_identity(self) -> bool:
        return self.can(Capability.READ_IDENTITY)


def parse_role(value: str) -> Role:
    """A role from its stored or typed name; `role.invalid` otherwise."""
    try:
        return Role(value)
    except ValueError:
        raise PintuError("role.invalid", key=value) from None
