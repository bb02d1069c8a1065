"""Matching the manpower office's list of laid-off workers against registrations, by NIK."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from desktop_app.core.disnaker import ListedWorker
from desktop_app.core.roles import Capability
from desktop_app.storage import connection
from desktop_app.storage.workspace import Workspace


@dataclass
class DisnakerMatch:
    verified: list[dict[str, Any]] = field(default_factory=list)  # registered and on the list
    not_registered: list[dict[str, Any]] = field(default_factory=list)  # on the list, nobody registered
    not_on_list: list[dict[str, Any]] = field(default_factory=list)  # registered as PHK, not on the list

    def to_json(self) -> dict[str, Any]:
        return {"verified": self.verified, "not_registered": self.not_registered, "not_on_list": self.not_on_list,
                "counts": {"verified": len(self.verified), "not_registered": len(self.not_registered),
                           "not_on_list": len(self.not_on_list)}}


def apply_disnaker(workspace: Workspace, workers: list[ListedWorker], *, dry_run: bool = False) -> DisnakerMatch:
    """Mark listed people as verified PHK (status `terverifikasi` if still `terdaftar`); one transaction.

    A coordinator's task, even as a dry run: matching a list of NIKs tells whose they are."""
    workspace.session.require(Capability.RESOLVE)
    db = workspace.db
    listed = {w.nik: w for w in workers}
    registered = {
        r[0]: {"id": r[1], "short_code": r[2], "full_name": r[3], "category": r[4], "status": r[5],
               "verified": r[6]}
        for r in db.execute(
            "SELECT nik, id, short_code, full_name, category, status, phk_verified_at FROM participants "
            "WHERE withdrawn_at IS NULL AND deleted_at IS NULL")
    }
    result = DisnakerMatch()
    now = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
    with connection.transaction(db):
        for nik, worker in listed.items():
            person = registered.get(nik)
            if person is None:
                result.not_registered.append({"line": worker.line, "name": worker.name, "employer": worker.employer})
                continue
            result.verified.append({"id": person["id"], "short_code": person["short_code"],
                                    "full_name": person["full_name"], "listed_name": worker.name})
            if dry_run or person["verified"]:
                continue
            changes: dict[str, Any] = {"phk_verified_at": now, "category": "phk"}
            if worker.employer and person["category"] != "phk":
                changes["former_employer"] = worker.employer
            if person["status"] == "terdaftar":
                changes["status"] = "terverifikasi"
            workspace.writer.emit("participant", person["id"], "update", changes)
        for nik, person in registered.items():
            if person["category"] == "phk" and nik not in listed:
                result.not_on_list.append({"id": person["id"], "short_code": person["short_code"],
                                           "full_name": person["full_name"]})
    return result
