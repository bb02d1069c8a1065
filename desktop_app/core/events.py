"""Change events: every write in Pintu is one of these, appended to a log that sync exchanges."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

OPS = ("create", "update", "delete")


@dataclass(frozen=True)
class Event:
    """One change to one entity.

    `seq` counts one device's events with no gaps (so a missing one shows); `hlc` orders changes
    across devices; `base` maps each changed field to the version (hlc, device id) the editor saw,
    so that a merge can tell a concurrent edit from a later one.
    """

    event_id: str
    device_id: str
    seq: int
    hlc: int
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any] = field(default_factory=dict)
    base: dict[str, Any] = field(default_factory=dict)
    actor: str = ""  # the person at the keyboard (officer), for "who changed what"

    def to_row(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "device_id": self.device_id,
            "seq": self.seq,
            "hlc": self.hlc,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "op": self.op,
            "fields": json.dumps(self.fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            "base": json.dumps(self.base, sort_keys=True, separators=(",", ":")),
            "actor": self.actor,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        return cls(
            event_id=row["event_id"],
            device_id=row["device_id"],
            seq=int(row["seq"]),
            hlc=int(row["hlc"]),
            entity=row["entity"],
            entity_id=row["entity_id"],
            op=row["op"],
            fields=json.loads(row["fields"]),
            base=json.loads(row["base"]) if row["base"] not in (None, "", "{}") else {},
            actor=row.get("actor") or "",
        )


def wins(new: tuple[int, str], old: tuple[int, str] | None) -> bool:
    """Per-field last-writer-wins: the greater (hlc, device_id) wins, so every laptop picks the same."""
    return old is None or new > old
