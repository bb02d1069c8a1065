"""Classes (angkatan) and their sessions: dates, times and the rules for making them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

DEFAULT_START = time(8, 0)
DEFAULT_END = time(12, 0)
DEFAULT_THRESHOLD = 80  # percent of sessions attended for a certificate
MAX_SESSIONS = 200


@dataclass(frozen=True)
class SessionPlan:
    date: date
    start: time
    end: time


def parse_time(text: str) -> time | None:
    """"08:00" or "8.00" (as Indonesians often write it) -> time, else None."""
    cleaned = text.strip().replace(".", ":")
    try:
        hours, minutes = cleaned.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def check_class(
    *, name: str, start: date | None, end: date | None, start_time: time | None, end_time: time | None,
    threshold: int | None = DEFAULT_THRESHOLD,
) -> list[str]:
    """Error codes for a class's basic facts (the program is checked against storage by the caller)."""
    errors: list[str] = []
    if not name.strip():
        errors.append("class_name.required")
    if start is None:
        errors.append("start_date.invalid")
    if end is None:
        errors.append("end_date.invalid")
    if start and end and end < start:
        errors.append("end_date.before_start")
    if start and end and (end - start).days > 366:
        errors.append("end_date.too_far")
    if start_time is None:
        errors.append("start_time.invalid")
    if end_time is None:
        errors.append("end_time.invalid")
    if start_time and end_time and end_time <= start_time:
        errors.append("end_time.before_start")
    if threshold is None or not 0 <= threshold <= 100:
        errors.append("threshold.invalid")
    return errors


def weekday_sessions(
    start: date, end: date, *, start_time: time = DEFAULT_START, end_time: time = DEFAULT_END,
    weekdays: frozenset[int] = frozenset(range(5)),
) -> list[SessionPlan]:
    """One session on each chosen weekday (Mon=0) from start to end inclusive."""
    plans: list[SessionPlan] = []
    day = start
    while day <= end and len(plans) < MAX_SESSIONS:
        if day.weekday() in weekdays:
            plans.append(SessionPlan(day, start_time, end_time))
        day += timedelta(days=1)
    return plans


def split_by_quota(candidate_ids: list[str], free_places: int) -> tuple[list[str], list[str]]:
    """Who fits in the class and who waits, keeping the order given (first registered, first in)."""
    free = max(0, free_places)
    return candidate_ids[:free], candidate_ids[free:]
