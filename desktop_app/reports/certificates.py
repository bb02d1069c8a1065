"""Certificates of completion: who earns one (the class's attendance threshold), and checking one later.

`certificates_for_class` signs a code for every member who reached the threshold over the sessions
held so far (the same rule and numbers as `attendance.class_results`); `check_certificate` verifies a
scanned code with the device keys this laptop knows and says whom and which class it names.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.core.cards import PublicKeyInfo
from desktop_app.core.certificates import (
    CertificateCode,
    CertificateStatus,
    certificate_number,
    class_tag,
    sign_certificate,
    verify_certificate,
)
from desktop_app.reports.attendance_grid import ClassGrid, class_grid
from desktop_app.storage import report_queries as q
from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class Certificate:
    """One certificate to print: what it says and the signed QR text."""

    participant_id: str
    short_code: str
    full_name: str
    class_id: str
    class_name: str
    program_name: str
    start_date: date
    end_date: date
    place: str
    attended: int
    sessions_held: int
    percent: float
    minutes: int
    number: str
    code: str


def certificates_for_class(workspace: Workspace, class_id: str, *, today: date | None = None) -> list[Certificate]:
    """Signed certificates of the members who reached the threshold, in name order (raises NotFound)."""
    grid = class_grid(workspace, class_id, today=today)
    return certificates_from_grid(workspace, grid)


def certificates_from_grid(workspace: Workspace, grid: ClassGrid) -> list[Certificate]:
    private_key = q.local_private_key(workspace.db)
    year = grid.end_date.year
    result = []
    for member in grid.eligible:
        code = sign_certificate(
            workspace_id=workspace.info.workspace_id, short_code=member.short_code, class_id=grid.id,
            minutes=member.minutes, key_id=workspace.info.key_id, private_key=private_key,
        )
        result.append(Certificate(
            participant_id=member.id, short_code=member.short_code, full_name=member.full_name, class_id=grid.id,
            class_name=grid.name, program_name=grid.program_name, start_date=grid.start_date, end_date=grid.end_date,
            place=grid.place, attended=member.attended, sessions_held=grid.sessions_held, percent=member.percent,
            minutes=member.minutes, number=certificate_number(member.short_code, grid.id, year), code=code,
        ))
    return result


@dataclass(frozen=True)
class CertificateLookup:
    """A checked certificate code: its status and, when this laptop knows them, the person and the class."""

    status: CertificateStatus
    certificate: CertificateCode | None
    participant: dict[str, Any] | None = None
    klass: dict[str, Any] | None = None
    number: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is CertificateStatus.VALID

    def to_json(self) -> dict[str, Any]:
        certificate = None
        if self.certificate is not None:
            certificate = {"short_code": self.certificate.short_code, "class_tag": self.certificate.class_tag,
                           "minutes": self.certificate.minutes, "hours": round(self.certificate.hours, 2),
                           "key_id": self.certificate.key_id}
        return {"status": self.status.value, "certificate": certificate, "number": self.number,
                "participant": self.participant, "class": self.klass}


def _keys(workspace: Workspace) -> dict[str, PublicKeyInfo]:
    return {key_id: PublicKeyInfo(base64.b64decode(public), revoked)
            for key_id, (public, revoked) in q.device_keys(workspace.db).items()}


def check_certificate(workspace: Workspace, text: str) -> CertificateLookup:
    """Verify a certificate code offline; a genuine one is linked to the person and class it names."""
    keys = _keys(workspace)
    check = verify_certificate(text, workspace_id=workspace.info.workspace_id, keys=keys.get)
    certificate = check.certificate
    genuine = check.status in (CertificateStatus.VALID, CertificateStatus.REVOKED_KEY)
    if certificate is None or not genuine:
        return CertificateLookup(check.status, certificate)
    person = q.participant_by_short_code(workspace.db, certificate.short_code)
    candidates = [cid for cid in q.class_ids(workspace.db) if class_tag(cid) == certificate.class_tag]
    class_id = None
    if candidates:
        own = person["class_id"] if person else None
        class_id = own if own in candidates else candidates[0]
    klass = q.class_info(workspace.db, class_id) if class_id else None
    participant = ({k: person[k] for k in ("id", "short_code", "full_name", "program_code")} if person else None)
    klass_json = None
    number = None
    if klass is not None:
        klass_json = {k: klass[k] for k in ("id", "name", "program_code", "program_name", "start_date", "end_date",
                                            "place")}
        number = certificate_number(certificate.short_code, klass["id"], date.fromisoformat(klass["end_date"]).year)
    return CertificateLookup(check.status, certificate, participant, klass_json, number)
