"""The answer to one scan as the queue sees and hears it: big, coloured, with a distinct sound.

`describe(result)` turns a stored scan (`ScanResult`) into words: green "Hadir", amber "Sudah tercatat"
(with the first scan's time and laptop), red with the reason in words. `VerdictView` shows it, its text
sized from its own height so it reads from two metres on a 1366x768 laptop in full-window mode.
`VerdictSounds` plays a short tone per colour (generated WAVs, QSoundEffect); with no audio output or
no QtMultimedia it falls back to the system beep, or silence, never an error.
"""

from __future__ import annotations

import atexit
import math
import shutil
import struct
import tempfile
import wave
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetrics, QPixmap, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.storage.attendance import ScanResult
from desktop_app.ui import style
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message

# background, text, soft text
PALETTE: dict[str, tuple[str, str, str]] = {
    "green": ("#17703a", "#ffffff", "#d9f2e1"),
    "amber": ("#f2a900", "#1d1400", "#3d2c00"),
    "red": ("#b3261e", "#ffffff", "#fde2df"),
    "idle": ("#26384a", "#ffffff", "#c9d6e3"),
    "undone": ("#5b6975", "#ffffff", "#e3e8ec"),
}


@dataclass(frozen=True)
class VerdictDisplay:
    """What the big panel shows for one scan (all texts already in the user's language)."""

    colour: str  # green, amber, red, idle, undone
    title: str
    name: str = ""
    detail: str = ""  # short code and time
    reason: str = ""  # amber: when and where first scanned; red: why; idle: what to do
    photo_id: str | None = None
    unsynced: bool = False


_UNSYNCED_NAME = QT_TRANSLATE_NOOP("VerdictView", "Peserta belum tersinkron")
_UNSYNCED_NOTE = QT_TRANSLATE_NOOP(
    "VerdictView", "Kartu sah; data peserta akan lengkap setelah sinkronisasi berikutnya."
)
_FIRST_AT_ON = QT_TRANSLATE_NOOP("VerdictView", "Tercatat pertama pukul %1 di %2")
_FIRST_AT = QT_TRANSLATE_NOOP("VerdictView", "Tercatat pertama pukul %1")
_IDLE_TITLE = QT_TRANSLATE_NOOP("VerdictView", "Siap memindai")
_IDLE_HINT = QT_TRANSLATE_NOOP(
    "VerdictView", "Pindai kartu peserta dengan pemindai atau kamera, atau ketik kode atau nama peserta."
)
_BADGE = QT_TRANSLATE_NOOP("VerdictView", "BELUM TERSINKRON")


def _tr(text: str) -> str:
    return QCoreApplication.translate("VerdictView", text)



def clock_time(iso: str | None) -> str:
    """HH:MM:SS of a stored time (the wall clock of the laptop that scanned)."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%H:%M:%S")
    except ValueError:
        return iso


def describe(result: ScanResult) -> VerdictDisplay:
    """Words for a scan: title by verdict, the person (or "belum tersinkron"), code and time, the reason."""
    verdict = result.verdict
    person = result.participant or {}
    name = str(person.get("full_name") or "")
    if result.unsynced:
        name = _tr(_UNSYNCED_NAME)
    code = result.short_code or ""
    when = clock_time(result.scanned_at)
    detail = f"{code}  ·  {when}" if code else when
    reason = ""
    if verdict.value == "already_present":
        first = clock_time(result.first_scan_at)[:5]
        if result.first_scan_device:
            reason = fill(_tr(_FIRST_AT_ON), first, result.first_scan_device)
        else:
            reason = fill(_tr(_FIRST_AT), first)
    elif verdict.value == "present" and result.unsynced:
        reason = _tr(_UNSYNCED_NOTE)
    elif verdict.colour == "red":
        reason = message(f"verdict.{verdict.value}.reason")
    return VerdictDisplay(
        colour=verdict.colour, title=message(f"verdict.{verdict.value}"), name=name, detail=detail,
        reason=reason, photo_id=person.get("photo") if person else None, unsynced=result.unsynced,
    )


def idle_display() -> VerdictDisplay:
    return VerdictDisplay("idle", _tr(_IDLE_TITLE), reason=_tr(_IDLE_HINT))


class VerdictView(QFrame):
    """The big coloured panel: photo on the left; title, name, code and time, reason on the right."""

    PHOTO_RATIO = 4 / 3  # 3:4 portrait, as on the card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.photo = QLabel(self)
        self.photo.setObjectName("verdictPhoto")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("verdictTitle")
        self.title.setWordWrap(True)
        self.name = QLabel(self)
        self.name.setObjectName("verdictName")
        self.name.setWordWrap(True)
        self.unsynced_badge = QLabel(self)
        self.unsynced_badge.setObjectName("unsyncedBadge")
        self.detail = QLabel(self)
        self.detail.setObjectName("verdictDetail")
        self.reason = QLabel(self)
        self.reason.setObjectName("verdictReason")
        self.reason.setWordWrap(True)
        for label in (self.title, self.name, self.detail, self.reason):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addStretch(1)
        texts.addWidget(self.title)
        texts.addWidget(self.name)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.unsynced_badge)
        badge_row.addStretch(1)
        texts.addLayout(badge_row)
        texts.addWidget(self.detail)
        texts.addSpacing(4)
        texts.addWidget(self.reason)
        texts.addStretch(1)
        row = QHBoxLayout(self)
        self._row = row
        row.setContentsMargins(28, 20, 28, 20)
        row.setSpacing(28)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(texts, 1)

        self._pixmap: QPixmap | None = None
        self._styled = ""
        self.display = idle_display()
        self._retranslate_badge()
        self.show_display(self.display)

    def colour(self) -> str:
        return self.display.colour

    def show_display(self, display: VerdictDisplay, photo: QPixmap | None = None) -> None:
        self.display = display
        self._pixmap = photo if photo is not None and not photo.isNull() else None
        background, text, soft = PALETTE.get(display.colour, PALETTE["idle"])
        if display.colour != self._styled:  # restyling costs a few ms: only when the colour changes
            self._styled = display.colour
            self.setStyleSheet(
                f"QFrame#verdictView {{ background: {background}; border-radius: 10px; }}"
                f"QFrame#verdictView QLabel {{ background: transparent; color: {text}; }}"
                f"QLabel#verdictDetail, QLabel#verdictReason {{ color: {soft}; }}"
                "QLabel#unsyncedBadge { background: #fff4d6; color: #5c3d00; border-radius: 6px; padding: 4px 10px; }"
            )
        self.title.setText(display.title.upper())
        self.name.setText(display.name)
        self.name.setVisible(bool(display.name))
        self.detail.setText(display.detail)
        self.detail.setVisible(bool(display.detail))
        self.reason.setText(display.reason)
        self.reason.setVisible(bool(display.reason))
        self.unsynced_badge.setVisible(display.unsynced)
        self.photo.setVisible(display.colour not in ("idle",))
        self._fit()

    def _retranslate_badge(self) -> None:
        self.unsynced_badge.setText(_tr(_BADGE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_badge()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Text sizes from the panel's height: the title's letters are about a sixth of it."""
        height = max(self.height(), 200)
        width = max(self.width(), 300)
        unit = min(height, width * 0.62)
        photo_h = int(unit * 0.62)
        photo_w = int(photo_h / self.PHOTO_RATIO)
        margins = self._row.contentsMargins()
        room = width - margins.left() - margins.right() - 4
        if self.photo.isVisibleTo(self):
            room -= photo_w + self._row.spacing()
        for label, size, bold, shrink in ((self.title, max(28, int(unit * 0.15)), True, 0.72),
                                          (self.name, max(20, int(unit * 0.085)), True, 0.6),
                                          (self.detail, max(15, int(unit * 0.05)), False, 1.0),
                                          (self.reason, max(14, int(unit * 0.042)), False, 1.0),
                                          (self.unsynced_badge, max(12, int(unit * 0.032)), True, 1.0)):
            font = QFont(self.font())
            font.setPixelSize(size)
            font.setBold(bold)
            text_width = QFontMetrics(font).horizontalAdvance(label.text())
            if shrink < 1.0 and text_width > room > 0:  # one line if it can be, a little smaller
                font.setPixelSize(max(int(size * shrink), int(size * room / text_width)))
            label.setFont(font)
        detail_font = self.detail.font()
        detail_font.setFamilies(["Noto Sans Mono", "DejaVu Sans Mono", "monospace"])
        self.detail.setFont(detail_font)
        self.photo.setFixedSize(QSize(photo_w, photo_h))
        if self._pixmap is not None:
            self.photo.setPixmap(self._pixmap.scaled(
                self.photo.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation))
            self.photo.setStyleSheet("border-radius: 8px;")
        else:
            _background, text, _soft = PALETTE.get(self.display.colour, PALETTE["idle"])
            self.photo.setPixmap(style.icon("person", text).pixmap(QSize(photo_w * 3 // 5, photo_w * 3 // 5)))
            self.photo.setStyleSheet(f"background: rgba(255, 255, 255, 40); border: 2px solid {text}; "
                                     "border-radius: 8px;")


# --- sounds ------------------------------------------------------------------------------------------
RATE = 22050
# colour -> (frequency Hz, milliseconds) notes: a rising chime, a double mid tone, a low buzz
TONES: dict[str, tuple[tuple[float, int], ...]] = {
    "green": ((880.0, 90), (1320.0, 140)),
    "amber": ((660.0, 110), (0.0, 60), (660.0, 110)),
    "red": ((196.0, 420),),
}


def _samples(notes: tuple[tuple[float, int], ...], square: bool) -> bytes:
    frames = bytearray()
    for frequency, ms in notes:
        count = RATE * ms // 1000
        for i in range(count):
            envelope = min(1.0, i / (RATE * 0.008), (count - i) / (RATE * 0.02))  # no clicks
            if frequency <= 0:
                value = 0.0
            else:
                wave_value = math.sin(2 * math.pi * frequency * i / RATE)
                if square:  # a harsher, buzzing tone for "no"
                    wave_value = max(-1.0, min(1.0, wave_value * 3))
                value = 0.45 * envelope * wave_value
            frames += struct.pack("<h", int(value * 32767))
    return bytes(frames)


def write_tones(folder: Path) -> dict[str, Path]:
    """Write one short mono 16-bit WAV per colour into `folder`; returns colour -> file."""
    files = {}
    for colour, notes in TONES.items():
        path = folder / f"pintu-{colour}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(_samples(notes, square=colour == "red"))
        files[colour] = path
    return files


class VerdictSounds(QObject):
    """One sound per colour. Quiet when muted; the system beep when there is no audio output."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = False
        self.last_played: str | None = None  # the colour of the last sound asked for (tests read it)
        self._effects: dict[str, Any] | None = None  # built on first use

    def _load(self) -> dict[str, Any]:
        effects: dict[str, Any] = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return effects
            folder = Path(tempfile.mkdtemp(prefix="pintu-sounds-"))
            atexit.register(shutil.rmtree, folder, True)
            for colour, path in write_tones(folder).items():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                effects[colour] = effect
        except (ImportError, RuntimeError, OSError):
            effects = {}
        return effects

    def available(self) -> bool:
        if self._effects is None:
            self._effects = self._load()
        return bool(self._effects)

    def play(self, colour: str) -> None:
        self.last_played = colour
        if self.muted:
            return
        if not self.available():
            if colour != "green":
                QApplication.beep()
            return
        assert self._effects is not None
        effect = self._effects.get(colour)
        if effect is not None:
            for other in self._effects.values():
                other.stop()
            effect.play()
