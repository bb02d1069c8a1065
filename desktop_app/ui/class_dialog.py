"""Creating a class (angkatan): training, name, place, trainer, dates, training days and hours,
capacity and the attendance needed for a certificate. The sessions are made from the days chosen
(e.g. every weekday 08:00-12:00 for two weeks); a line under the form says how many, and from when
to when, before anything is saved. Problems are shown beside their field, in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.classes import DEFAULT_END, DEFAULT_START, DEFAULT_THRESHOLD, weekday_sessions
from desktop_app.core.errors import PintuError, ValidationFailed
from desktop_app.storage.classes import create_class
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import style
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import field_of, message

DATE_FORMAT = "dd-MM-yyyy"
TIME_FORMAT = "HH:mm"
DEFAULT_WEEKS = 2
# Which label a problem goes beside (the core's codes name these fields).
FIELDS = ("program_code", "class_name", "start_date", "end_date", "weekdays", "start_time", "end_time",
          "capacity", "threshold")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _next_monday(today: date) -> date:
    return date.fromordinal(today.toordinal() + ((7 - today.weekday()) % 7 or 7))


class ClassDialog(QDialog):
    """The new-class form; after "Buat kelas" succeeds, `created` holds the class (with its `id`)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, program_code: str | None = None,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created: dict[str, Any] | None = None
        self._programs = list_programs(workspace)
        self._capacity_touched = False
        start = _next_monday((today or date.today)())

        self.program = QComboBox(self)
        for program in self._programs:
            self.program.addItem(program["name"], program["code"])
        if program_code:
            self.program.setCurrentIndex(max(0, self.program.findData(program_code)))
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.place = QLineEdit(self)
        self.place.setMaxLength(120)
        self.trainer = QLineEdit(self)
        self.trainer.setMaxLength(80)
        self.start_date = QDateEdit(to_qdate(start), self)
        self.end_date = QDateEdit(to_qdate(date.fromordinal(start.toordinal() + 7 * DEFAULT_WEEKS - 3)), self)
        for edit in (self.start_date, self.end_date):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
        self.day_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        days.setSpacing(10)
        for weekday in range(7):
            box = QCheckBox(self)
            box.setChecked(weekday < 5)
            box.toggled.connect(self._update_plan)
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        self.start_time = QTimeEdit(QTime(DEFAULT_START.hour, DEFAULT_START.minute), self)
        self.end_time = QTimeEdit(QTime(DEFAULT_END.hour, DEFAULT_END.minute), self)
        times = QHBoxLayout()
        self.until_label = QLabel(self)
        for time_edit in (self.start_time, self.end_time):
            time_edit.setDisplayFormat(TIME_FORMAT)
        times.addWidget(self.start_time)
        times.addWidget(self.until_label)
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 1000)
        self.capacity.valueChanged.connect(self._capacity_edited)
        self.quota_note = QLabel(self)
        style.set_role(self.quota_note, "muted")
        capacity_row = QHBoxLayout()
        capacity_row.addWidget(self.capacity)
        capacity_row.addWidget(self.quota_note, 1)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(0, 100)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setSuffix(" %")

        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(6)
        rows: list[tuple[str, Any]] = [
            ("program_code", self.program), ("class_name", self.name), ("place", self.place),
            ("trainer", self.trainer), ("start_date", self.start_date), ("end_date", self.end_date),
            ("weekdays", days), ("start_time", times), ("capacity", capacity_row), ("threshold", self.threshold),
        ]
        for key, field in rows:
            label = QLabel(self)
            self.labels[key] = label
            column = QVBoxLayout()
            column.setSpacing(2)
            if isinstance(field, QWidget):
                column.addWidget(field)
                label.setBuddy(field)
            else:
                column.addLayout(field)
            error = QLabel(self)
            error.setWordWrap(True)
            style.set_role(error, "error")
            error.hide()
            self.errors[key] = error
            column.addWidget(error)
            form.addRow(label, column)
        self.errors["end_time"] = self.errors["start_time"]

        self.plan = QLabel(self)
        self.plan.setWordWrap(True)
        style.set_role(self.plan, "info-box")
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        style.set_role(self.general_error, "error-box")
        self.general_error.hide()
        self.create_button = QPushButton(self)
        style.make_primary(self.create_button)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.plan)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self.program.currentIndexChanged.connect(self._program_chosen)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(self._update_plan)
        for time_edit in (self.start_time, self.end_time):
            time_edit.timeChanged.connect(self._update_plan)
        self.name.textChanged.connect(lambda _text: self._clear_error("class_name"))
        self._retranslate()
        self._program_chosen()
        self.setMinimumWidth(560)

    # --- values ---------------------------------------------------------------------------------------
    def weekdays(self) -> frozenset[int]:
        return frozenset(day for day, box in enumerate(self.day_boxes) if box.isChecked())

    def program_code(self) -> str | None:
        data = self.program.currentData()
        return str(data) if data else None

    def _program(self) -> dict[str, Any] | None:
        code = self.program_code()
        return next((p for p in self._programs if p["code"] == code), None)

    def _program_chosen(self, _index: int | None = None) -> None:
        program = self._program()
        if program is None:
            return
        quota = int(program["quota"] or 0)
        if not self._capacity_touched and quota > 0:
            blocked = self.capacity.blockSignals(True)
            self.capacity.setValue(quota)
            self.capacity.blockSignals(blocked)
        self.quota_note.setText(fill(self.tr("Kuota pelatihan %1: %2 orang, %3 sudah diterima"), program["name"],
                                     str(quota), str(program["accepted"])))
        self._clear_error("program_code")

    def _capacity_edited(self, _value: int) -> None:
        self._capacity_touched = True
        self._clear_error("capacity")

    def _update_plan(self, *_args: Any) -> None:
        """How many sessions the choices make, and from when to when (before anything is saved)."""
        for key in ("weekdays", "start_date", "end_date", "start_time"):
            self._clear_error(key)
        start, end = to_date(self.start_date.date()), to_date(self.end_date.date())
        plans = []
        if end >= start:
            plans = weekday_sessions(start, end, start_time=to_time(self.start_time.time()),
                                     end_time=to_time(self.end_time.time()), weekdays=self.weekdays())
        locale = QLocale()
        if plans:
            first, last = plans[0].date, plans[-1].date
            self.plan.setText(fill(
                self.tr("%1 sesi, %2 sampai %3, pukul %4–%5."), str(len(plans)),
                locale.toString(to_qdate(first), "dddd dd-MM-yyyy"), locale.toString(to_qdate(last), "dddd dd-MM-yyyy"),
                self.start_time.time().toString(TIME_FORMAT), self.end_time.time().toString(TIME_FORMAT)))
        else:
            self.plan.setText(self.tr("Belum ada sesi: periksa tanggal dan hari latihan."))

    # --- saving ---------------------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Codes the form can tell before saving (the rest come from the core when saving)."""
        codes = []
        if not self.weekdays():
            codes.append("weekdays.required")
        start, end = to_date(self.start_date.date()), to_date(self.end_date.date())
        if end >= start and self.weekdays() and not weekday_sessions(start, end, weekdays=self.weekdays()):
            codes.append("sessions.none")
        return codes

    def save(self) -> bool:
        """Check and save; on success the dialog closes with `created` set."""
        self._clear_errors()
        codes = self.problems()
        program_code = self.program_code()
        if codes:
            self.show_errors(codes)
            return False
        try:
            self.created = create_class(
                self.workspace, program_code=program_code or "", name=self.name.text(),
                start=to_date(self.start_date.date()), end=to_date(self.end_date.date()),
                place=self.place.text(), trainer=self.trainer.text(), start_time=to_time(self.start_time.time()),
                end_time=to_time(self.end_time.time()), capacity=self.capacity.value(),
                threshold=self.threshold.value(), weekdays=self.weekdays(),
            )
        except ValidationFailed as error:
            self.show_errors(error.errors)
            return False
        except PintuError as error:
            self.show_errors([error.code])
            return False
        self.accept()
        return True

    def show_errors(self, codes: list[str]) -> None:
        general = []
        first: QWidget | None = None
        for code in codes:
            field = {"sessions": "weekdays"}.get(field_of(code), field_of(code))
            label = self.errors.get(field)
            if label is None:
                general.append(message(code))
                continue
            label.setText(message(code))
            label.show()
            if first is None:
                buddy = self.labels.get(field)
                first = buddy.buddy() if buddy is not None else None
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        if first is not None:
            first.setFocus()

    def error_texts(self) -> list[str]:
        """The problems shown now (for tests and screenshots)."""
        shown = [label.text() for key, label in self.errors.items() if key != "end_time" and label.isVisible()]
        return shown + ([self.general_error.text()] if self.general_error.isVisible() else [])

    def _clear_error(self, key: str) -> None:
        label = self.errors.get(key)
        if label is not None:
            label.hide()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()

    # --- language -------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Buat kelas baru"))
        texts = {
            "program_code": self.tr("Pelatihan"), "class_name": self.tr("Nama kelas"), "place": self.tr("Tempat"),
            "trainer": self.tr("Pelatih"), "start_date": self.tr("Tanggal mulai"),
            "end_date": self.tr("Tanggal selesai"), "weekdays": self.tr("Hari latihan"),
            "start_time": self.tr("Jam"), "capacity": self.tr("Kapasitas"),
            "threshold": self.tr("Sertifikat bila hadir"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name.setPlaceholderText(self.tr("mis. Barista Angkatan 1"))
        self.place.setPlaceholderText(self.tr("mis. UPT Pelatihan Kerja, Jl. Raya Tlogomas"))
        self.trainer.setPlaceholderText(self.tr("Nama pelatih"))
        self.until_label.setText(self.tr("sampai"))
        self.threshold.setToolTip(self.tr("Persentase sesi yang harus dihadiri untuk mendapat sertifikat"))
        self.capacity.setToolTip(self.tr("Berapa orang yang diterima di kelas ini; sisanya masuk daftar cadangan"))
        names = [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        for box, name in zip(self.day_boxes, names, strict=True):
            box.setText(name)
        self.create_button.setText(self.tr("Buat kelas"))
        self.cancel_button.setText(self.tr("Batal"))
        self._update_plan()
        self._program_chosen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
