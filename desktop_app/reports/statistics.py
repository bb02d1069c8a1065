"""The numbers a coordinator reports: registrations against quota, by category, region, officer and day,
and classes with their attendance. One `Summary` feeds the dashboard, the summary sheet and the PDF recap,
so the three always agree.

Counts come aggregated from SQL (`storage.report_queries`); here they get names (regions, trainings,
categories) and the attendance rates and certificate counts are worked out per class.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from desktop_app.core.participant import CATEGORIES, STATUSES
from desktop_app.reports import labels
from desktop_app.storage import report_queries as q
from desktop_app.storage.report_queries import EVERYTHING, ReportFilter
from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class ProgramRow:
    code: str
    name: str
    quota: int | None
    registered: int
    accepted: int

    @property
    def quota_percent(self) -> float | None:
        """Registrations as a share of the quota (over 100 when more people applied than there are places)."""
        return 100.0 * self.registered / self.quota if self.quota else None


@dataclass(frozen=True)
class CountRow:
    key: str  # the code ("" when the field is empty)
    label: str  # Indonesian name
    count: int


@dataclass(frozen=True)
class KelurahanRow:
    code: str
    name: str
    kecamatan: str
    city: str
    count: int


@dataclass(frozen=True)
class OfficerDay:
    officer: str
    day: date | None
    count: int


@dataclass(frozen=True)
class ClassRow:
    id: str
    name: str
    program_code: str
    program_name: str
    start_date: str
    end_date: str
    place: str
    trainer: str
    members: int
    sessions: int
    sessions_held: int
    threshold: int
    present_marks: int  # (member, held session) pairs with a present scan
    eligible: int  # members who reached the threshold (certificates)

    @property
    def rate(self) -> float | None:
        """Attendance rate over the sessions held so far, in percent; None before the first session."""
        possible = self.members * self.sessions_held
        return 100.0 * self.present_marks / possible if possible else None


@dataclass(frozen=True)
class Summary:
    report_filter: ReportFilter
    today: date
    generated_at: datetime
    total: int
    withdrawn: int
    programs: list[ProgramRow]
    categories: list[CountRow]
    statuses: list[CountRow]
    genders: list[CountRow]
    kecamatan: list[CountRow]
    kelurahan: list[KelurahanRow]
    officer_days: list[OfficerDay]
    classes: list[ClassRow] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return sum(p.accepted for p in self.programs)

    @property
    def quota(self) -> int:
        return sum(p.quota or 0 for p in self.programs)

    def officers(self) -> list[CountRow]:
        """Registrations per officer over the whole period, most first."""
        totals: dict[str, int] = defaultdict(int)
        for row in self.officer_days:
            totals[row.officer] += row.count
        return [CountRow(name, name or labels.UNKNOWN, n) for name, n in sorted(totals.items(), key=lambda i: -i[1])]

    def days(self) -> list[tuple[date | None, int]]:
        """Registrations per day, in date order."""
        totals: dict[date | None, int] = defaultdict(int)
        for row in self.officer_days:
            totals[row.day] += row.count
        return sorted(totals.items(), key=lambda i: (i[0] is None, i[0] or date.min))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _counts(values: dict[str | None, int], names: dict[str, str], order: tuple[str, ...] = ()) -> list[CountRow]:
    rows = [CountRow(key or "", labels.label(names, key), count) for key, count in values.items()]
    if order:
        position = {code: i for i, code in enumerate(order)}
        return sorted(rows, key=lambda r: (position.get(r.key, len(order)), r.key))
    return sorted(rows, key=lambda r: (-r.count, r.label))


def class_rows(workspace: Workspace, *, today: date, program_code: str | None = None) -> list[ClassRow]:
    """Every class (of one training) with members, sessions held, attendance and certificates earned."""
    rows = []
    for c in q.class_overview(workspace.db, today=today, program_code=program_code):
        held = c["sessions_held"]
        eligible = sum(1 for n in c["attended"].values() if held and round(100.0 * n / held, 1) >= c["threshold"])
        if held and c["threshold"] == 0:
            eligible = c["members"]  # a threshold of 0 certifies every member, scanned or not
        rows.append(ClassRow(
            id=c["id"], name=c["name"], program_code=c["program_code"], program_name=c["program_name"],
            start_date=c["start_date"] or "", end_date=c["end_date"] or "", place=c["place"], trainer=c["trainer"],
            members=c["members"], sessions=c["sessions"], sessions_held=held, threshold=c["threshold"],
            present_marks=sum(c["attended"].values()), eligible=eligible,
        ))
    return rows


def summary(workspace: Workspace, report_filter: ReportFilter = EVERYTHING, *,
            today: date | None = None) -> Summary:
    """Everything the dashboard shows, for the registrations within the filter (about 0.4 s at 100,000)."""
    with q.snapshot(workspace.db):
        return _summary(workspace, report_filter, today or date.today())


def _summary(workspace: Workspace, report_filter: ReportFilter, day: date) -> Summary:
    db = workspace.db
    registered: dict[str | None, int] = defaultdict(int)
    accepted: dict[str | None, int] = defaultdict(int)
    statuses: dict[str | None, int] = defaultdict(int)
    categories: dict[str | None, int] = defaultdict(int)
    genders: dict[str | None, int] = defaultdict(int)
    for program, status, category, gender, count in q.profile_counts(db, report_filter):
        registered[program] += count
        if status == "diterima":
            accepted[program] += count
        statuses[status] += count
        categories[category] += count
        genders[gender] += count

    kelurahan = []
    per_kecamatan: dict[str, int] = defaultdict(int)
    for code, count in q.kelurahan_counts(db, report_filter).items():
        name, kecamatan, city = labels.village_parts(code)
        kelurahan.append(KelurahanRow(code or "", name or labels.UNKNOWN, kecamatan, city, count))
        per_kecamatan[(code or "")[:8]] += count
    kelurahan.sort(key=lambda r: (-r.count, r.name))
    kecamatan_rows = sorted(
        (CountRow(code, labels.kecamatan_name(code), count) for code, count in per_kecamatan.items()),
        key=lambda r: (-r.count, r.label),
    )
    return Summary(
        report_filter=report_filter,
        today=day,
        generated_at=datetime.now(timezone.utc).astimezone(),
        total=sum(registered.values()),
        withdrawn=q.withdrawn_count(db, report_filter),
        programs=[ProgramRow(p["code"], p["name"], p["quota"], registered.get(p["code"], 0),
                             accepted.get(p["code"], 0))
                  for p in q.programs(db, report_filter.program_code)],
        categories=_counts(categories, labels.CATEGORIES, CATEGORIES),
        statuses=_counts(statuses, labels.STATUSES, STATUSES),
        genders=_counts(genders, labels.GENDERS, ("P", "L")),
        kecamatan=kecamatan_rows,
        kelurahan=kelurahan,
        officer_days=[OfficerDay(officer, _day(d), n) for officer, d, n in q.officer_day_counts(db, report_filter)],
        classes=class_rows(workspace, today=day, program_code=report_filter.program_code),
    )
