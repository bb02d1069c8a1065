"""Check-in: the verdict for one scan at one session, from the card check and what the laptop knows.

Codes, not words: `present` (green), `already_present` (amber), and red for `invalid`, `unknown_key`,
`revoked`, `superseded`, `not_in_class` and `no_session`. The scan station turns them into words,
colours and sounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop_app.core.cards import CardCheck, CardStatus


class Verdict(str, Enum):
    PRESENT = "present"
    ALREADY_PRESENT = "already_present"
    INVALID = "invalid"
    UNKNOWN_KEY = "unknown_key"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    NOT_IN_CLASS = "not_in_class"
    NO_SESSION = "no_session"

    @property
    def colour(self) -> str:
        if self is Verdict.PRESENT:
            return "green"
        if self is Verdict.ALREADY_PRESENT:
            return "amber"
        return "red"

    @property
    def counts_as_present(self) -> bool:
        return self in (Verdict.PRESENT, Verdict.ALREADY_PRESENT)


_CARD_VERDICTS = {
    CardStatus.MALFORMED: Verdict.INVALID,
    CardStatus.BAD_SIGNATURE: Verdict.INVALID,
    CardStatus.UNKNOWN_KEY: Verdict.UNKNOWN_KEY,
    CardStatus.REVOKED_KEY: Verdict.REVOKED,
    CardStatus.SUPERSEDED: Verdict.SUPERSEDED,
}


@dataclass(frozen=True)
class SessionFacts:
    """What the station knows about the chosen session when a card is scanned."""

    session_exists: bool
    session_program_tag: str | None  # the training of the session's class, as a card tag
    participant_class_matches: bool | None  # None: the person is not on this laptop yet (not synced)
    already_present: bool


def decide(card: CardCheck, facts: SessionFacts) -> Verdict:
    """One verdict per scan; a valid card of an unsynced person counts if its training matches."""
    if not facts.session_exists:
        return Verdict.NO_SESSION
    if card.status in _CARD_VERDICTS:
        return _CARD_VERDICTS[card.status]
    assert card.card is not None
    if facts.participant_class_matches is False:
        return Verdict.NOT_IN_CLASS
    if facts.participant_class_matches is None and card.card.program_tag != facts.session_program_tag:
        return Verdict.NOT_IN_CLASS
    if facts.already_present:
        return Verdict.ALREADY_PRESENT
    return Verdict.PRESENT


class RepeatFilter:
    """Ignores the same code seen again within `window_ms` (a scanner's bounce, a card held too long)."""

    def __init__(self, window_ms: int = 4000) -> None:
        self.window_ms = window_ms
        self._last: dict[str, int] = {}

    def should_ignore(self, code: str, now_ms: int) -> bool:
        key = code.strip().upper()
        last = self._last.get(key)
        self._last[key] = now_ms
        if len(self._last) > 1000:  # forget old codes: a session has at most a few hundred people
            cutoff = now_ms - self.window_ms
            self._last = {k: v for k, v in self._last.items() if v >= cutoff}
        return last is not None and now_ms - last < self.window_ms
