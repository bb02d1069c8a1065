"""USB barcode scanners that act as keyboards: telling a scanner's burst from a person typing.

A scanner "types" a whole card code in a fraction of a second (a character every few milliseconds)
and ends it with Enter or Tab; a person's keystrokes are tens to hundreds of milliseconds apart.
`ScannerInput` watches every key of the application (an application-wide event filter, so it works
whatever widget has the focus) while the scan station shows:

- a printable key is held back (buffered), not delivered;
- when the next key comes more than `max_gap_ms` after the previous one, or nothing comes for
  `hold_ms`, the held keys were a person typing: they are delivered (replayed) to the widget they were
  meant for, in order, so typing in a search box still works (each key appears a few tens of ms late);
- at least `min_length` keys, each within `max_gap_ms` of the one before, then Enter or Tab: a scan.
  `scanned(code)` is emitted and none of those keys (nor the Enter) reaches any widget. A burst that
  stops without Enter or Tab (a scanner set up without a suffix) counts as a scan after `suffix_wait_ms`.

Times come from the key events' own timestamps when the platform gives them (so a busy UI thread does
not stretch a burst into "typing"), else from a monotonic clock; tests inject `clock` for determinism.
Held-back keys of auto-repeat (a key held down), keys with Ctrl/Alt/Meta and keys while a modal dialog
is open are never taken: they go through untouched (after any held keys).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

MIN_LENGTH = 8  # a card code has ~140 characters; a short code typed by a scanner 12
MAX_GAP_MS = 40  # scanners send a character every 1-15 ms; people rarely type 8 keys in a row this fast
HOLD_MS = 90  # how long a held key waits for the next one before it is given to the widget
SUFFIX_WAIT_MS = 250  # a burst without Enter/Tab is a scan once this quiet
_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)

Clock = Callable[[], float]  # milliseconds


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


@dataclass
class _HeldKey:
    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerInput(QObject):
    """Application-wide key watcher; `set_active(True)` while the scan station shows."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
        min_length: int = MIN_LENGTH,
        max_gap_ms: float = MAX_GAP_MS,
        hold_ms: int = HOLD_MS,
        suffix_wait_ms: int = SUFFIX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self.hold_ms = hold_ms
        self.suffix_wait_ms = suffix_wait_ms
        self._held: list[_HeldKey] = []
        self._last_stamp = 0  # the previous key's event timestamp (0: the platform gave none)
        self._last_clock = 0.0
        self._unreleased: dict[int, int] = {}  # key -> presses held back whose release is still to come
        self._replaying = False
        self._active = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quiet)
        self.scans = 0  # bursts taken as scans (for tests and the status line)
        self.replayed = 0  # keys given back as typing

    # --- switching on and off ------------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """Watch the keys (the station shows) or stop (held keys are given back first)."""
        app = QCoreApplication.instance()
        if active == self._active or app is None:
            return
        self._active = active
        if active:
            app.installEventFilter(self)
        else:
            self.flush()
            app.removeEventFilter(self)
            self._unreleased.clear()

    def is_active(self) -> bool:
        return self._active

    def pending(self) -> str:
        """The characters held back right now."""
        return "".join(k.text for k in self._held)

    # --- the filter ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or self._replaying:
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False  # the window sees the key first; act once, on the widget that gets it
        if kind == QEvent.Type.KeyRelease:
            return self._release(event)
        return self._press(watched, event)

    def _press(self, receiver: QWidget, event: QKeyEvent) -> bool:
        now_stamp, now_clock = int(event.timestamp()), self._now()
        if self._held and self._gap(now_stamp, now_clock) > self.max_gap_ms:
            self.flush()  # a pause: what was held was typed by a person
        self._last_stamp, self._last_clock = now_stamp, now_clock
        text = event.text()
        if QApplication.activeModalWidget() is not None:  # a dialog over the station: not for scanning
            self.flush()
            return False
        key = event.key()
        if key in _TERMINATORS and not event.modifiers() & _BLOCKING_MODIFIERS:
            if len(self._held) >= self.min_length:
                self._take_scan()
                self._unreleased[key] = self._unreleased.get(key, 0) + 1
                return True
            self.flush()
            return False
        printable = len(text) == 1 and text.isprintable() and not event.modifiers() & _BLOCKING_MODIFIERS
        if not printable or event.isAutoRepeat():
            self.flush()
            return False
        self._held.append(_HeldKey(receiver, key, event.modifiers(), text))
        self._unreleased[key] = self._unreleased.get(key, 0) + 1
        self._timer.start(self.suffix_wait_ms if len(self._held) >= self.min_length else self.hold_ms)
        return True

    def _release(self, event: QKeyEvent) -> bool:
        key = event.key()
        count = self._unreleased.get(key, 0)
        if count <= 0:
            return False
        if count == 1:
            del self._unreleased[key]
        else:
            self._unreleased[key] = count - 1
        return True  # its press was held back (and given back with its own release, or was a scan)

    def _gap(self, stamp: int, clock: float) -> float:
        if self._clock is None and stamp and self._last_stamp:
            return float(stamp - self._last_stamp)
        return clock - self._last_clock

    def _now(self) -> float:
        return self._clock() if self._clock is not None else monotonic_ms()

    def _quiet(self) -> None:
        """Nothing came for a while: a long burst without suffix is a scan; anything shorter was typing."""
        if len(self._held) >= self.min_length:
            self._take_scan()
        else:
            self.flush()

    def _take_scan(self) -> None:
        self._timer.stop()
        code = self.pending()
        self._held.clear()
        self.scans += 1
        self.scanned.emit(code)

    def flush(self) -> None:
        """Give the held keys to the widgets they were meant for, in order (a person was typing)."""
        self._timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for key in held:
                target: QWidget | None = key.receiver if shiboken6.isValid(key.receiver) else None
                if target is None:
                    target = QApplication.focusWidget()
                if target is None:
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, key.key, key.modifiers, key.text))
                self.replayed += 1
        finally:
            self._replaying = False
