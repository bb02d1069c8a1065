"""Editing one session of a class: move it to another day, change its hours, add a note (a public
holiday, a trainer who is ill). Cancelling a session is a question on the classes page, not here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.classes import parse_time
from desktop_app.core.errors import PintuError, ValidationFailed
from desktop_app.storage.classes import update_session
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import style
from desktop_app.ui.class_dialog import DATE_FORMAT, TIME_FORMAT, to_date, to_qdate, to_time
from desktop_app.ui.messages import message


def _qtime(text: str) -> QTime:
    value = parse_time(text)
    return QTime(value.hour, value.minute) if value else QTime(8, 0)


class SessionDialog(QDialog):
    """Date, start, end and a note of one session; "Simpan" writes only what changed."""

    def __init__(self, workspace: Workspace, session: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session = session
        self.day = QDateEdit(to_qdate(date.fromisoformat(session["date"])), self)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setCalendarPopup(True)
        self.start_time = QTimeEdit(_qtime(session["start_time"]), self)
        self.end_time = QTimeEdit(_qtime(session["end_time"]), self)
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat(TIME_FORMAT)
        self.until_label = QLabel(self)
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(self.until_label)
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.note = QLineEdit(session.get("note") or "", self)
        self.note.setMaxLength(200)
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        self.time_label = QLabel(self)
        self.time_label.setBuddy(self.start_time)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        style.set_role(self.error, "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.day_label, self.day)
        form.addRow(self.time_label, times)
        form.addRow(self.note_label, self.note)

        self.save_button = QPushButton(self)
        style.make_primary(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for time_edit in (self.start_time, self.end_time):
            time_edit.timeChanged.connect(lambda _value: self.error.hide())
        self._retranslate()
        self.setMinimumWidth(420)

    def save(self) -> bool:
        """Write the changes (an event that syncs) and close; a problem is shown in words."""
        day = to_date(self.day.date())
        start, end = to_time(self.start_time.time()), to_time(self.end_time.time())
        note = self.note.text().strip()
        try:
            update_session(
                self.workspace, self.session["id"],
                day=day if day.isoformat() != self.session["date"] else None,
                start_time=start if start.strftime("%H:%M") != self.session["start_time"] else None,
                end_time=end if end.strftime("%H:%M") != self.session["end_time"] else None,
                note=note if note != (self.session.get("note") or "") else None,
            )
        except ValidationFailed as failure:
            self.error.setText("\n".join(message(code) for code in failure.errors))
            self.error.show()
            return False
        except PintuError as error:
            self.error.setText(message(error.code))
            self.error.show()
            return False
        self.accept()
        return True

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ubah sesi"))
        self.day_label.setText(self.tr("Tanggal"))
        self.time_label.setText(self.tr("Jam"))
        self.until_label.setText(self.tr("sampai"))
        self.note_label.setText(self.tr("Catatan"))
        self.note.setPlaceholderText(self.tr("mis. dipindah karena libur nasional"))
        self.save_button.setText(self.tr("Simpan"))
        self.cancel_button.setText(self.tr("Batal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
