"""Every input field of a participant, checked as the officer types, for registering and for editing.

The form knows the rules only through the core (`RegistrationService.check`, `check_nik`,
`normalise_phone`): it shows the core's codes as sentences (`messages.message`) under the field they
are about. A message appears once the officer has left a field (or finished it: 16 NIK digits, a full
date), then follows every keystroke, so nobody is scolded for a NIK that is only half typed.
`reveal_errors()` shows everything at once (Enter on a form that cannot be saved yet).

Layout: two columns of cards in a scroll area (it fits 1366x768 and scrolls at 125% scaling), the
consent across the bottom. Tab goes down the left column, then down the right one, then the consent.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QCoreApplication,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QObject,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.core.nik import NIK_LENGTH, check_nik
from desktop_app.core.participant import CATEGORIES, EDUCATION_LEVELS, INPUT_FIELDS, REQUIRED_FIELDS
from desktop_app.core.phone import format_phone, normalise_phone
from desktop_app.core.regions import MALANG_CITIES, regions
from desktop_app.core.registration import RegistrationService
from desktop_app.core.validation import NAME_MAX, PHK_CATEGORY
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.photos import get_photo, put_photo
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import camera_dialog, style
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import field_of, message
from desktop_app.ui.vocab import category_name, education_name, field_label, gender_name

VALIDATE_DELAY_MS = 150
PHOTO_MAX_SIDE = 480
PHOTO_QUALITY = 85
THUMBNAIL = QSize(72, 96)  # 3:4, like a pas foto
RT_RW_DIGITS = 3
DATE_TEXT_LENGTH = len("17-08-1985")
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a region's bare name, next to its code in UserRole

# Fields of `record()`: the officer's input fields (`consent_at` is set by the service, never typed).
FORM_FIELDS: tuple[str, ...] = tuple(name for name in INPUT_FIELDS if name != "consent_at")

# Codes about two fields are shown beside the second one (where the officer just typed) and also
# mark the first one red.
_SHOWN_AT = {"nik.birthdate_mismatch": "birth_date", "nik.gender_mismatch": "gender", "consent_at.invalid": "consent"}
_ALSO_MARKS = {"nik.birthdate_mismatch": "nik", "nik.gender_mismatch": "nik"}

_STAR = f' <span style="color:{style.ERROR}">*</span>'
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_SEPARATORS = " .-"

# The consent, read out at the door: what for, who keeps it (and who else sees it), how long, the person's rights.
_CONSENT_PARTS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ParticipantForm", "Untuk:"),
        QT_TRANSLATE_NOOP("ParticipantForm", "seleksi dan pelaksanaan pelatihan oleh Diskopindag Kota Malang."),
    ),
    (
        QT_TRANSLATE_NOOP("ParticipantForm", "Disimpan oleh:"),
        QT_TRANSLATE_NOOP(
            "ParticipantForm",
            "Diskopindag Kota Malang; dibagikan kepada Disnaker-PMPTSP Kota Malang hanya untuk memeriksa status PHK.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ParticipantForm", "Berapa lama:"),
        QT_TRANSLATE_NOOP("ParticipantForm", "selama program berjalan dan paling lama 5 tahun sesudahnya."),
    ),
    (
        QT_TRANSLATE_NOOP("ParticipantForm", "Hak peserta:"),
        QT_TRANSLATE_NOOP("ParticipantForm", "boleh meminta datanya diperbaiki atau dihapus kapan saja."),
    ),
)




def consent_html() -> str:
    """The consent text in the current language, one line per point."""
    lines = [
        f"<b>{html.escape(QCoreApplication.translate('ParticipantForm', key))}</b> "
        f"{html.escape(QCoreApplication.translate('ParticipantForm', text))}"
        for key, text in _CONSENT_PARTS
    ]
    return "<br>".join(lines)


def display_field(code: str) -> str:
    """The field whose row shows a code's message (`nik.birthdate_mismatch` is shown at the birth date)."""
    return _SHOWN_AT.get(code) or field_of(code)


def photo_jpeg(image: QImage) -> bytes:
    """A photo as stored: at most PHOTO_MAX_SIDE pixels on the long side, JPEG, transparency on white."""
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:
        image = image.scaled(
            PHOTO_MAX_SIDE,
            PHOTO_MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", PHOTO_QUALITY)  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    return bytes(buffer.data().data())


def read_image_file(path: str) -> QImage:
    """Read a picture turned upright (phone photos carry their rotation in EXIF), decoded small when large."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > PHOTO_MAX_SIDE:
        reader.setScaledSize(size.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _date_text(value: Any) -> str:
    """A stored ISO date shown as DD-MM-YYYY; anything else as it was typed."""
    text = "" if value is None else str(value).strip()
    match = _ISO_DATE.match(text)
    return f"{match[3]}-{match[2]}-{match[1]}" if match else text


def _phone_text(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    e164, error = normalise_phone(text)
    return format_phone(e164) if e164 and not error else text


def _placeholder(combo: QComboBox, text: str) -> None:
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(text)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("true", "1", "ya")
    return bool(value)


class DigitsValidator(QValidator):
    """Digits only, at most `limit` of them; spaces, dots and dashes typed or pasted are dropped."""

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def validate(self, text: str, pos: int) -> object:
        before = text[:pos]
        kept_before = "".join(c for c in before if c not in _SEPARATORS)
        digits = "".join(c for c in text if c not in _SEPARATORS)
        if len(digits) > self.limit or not (digits.isascii() and (digits.isdigit() or not digits)):
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, digits, len(kept_before)


class DateTextValidator(QValidator):
    """What a DD-MM-YYYY field accepts while typing: digits and separators (/ and . become -)."""

    def validate(self, text: str, pos: int) -> object:
        text = text.replace("/", "-").replace(".", "-")
        if len(text) > DATE_TEXT_LENGTH or any(c not in "0123456789-" for c in text):
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class DateField(QWidget):
    """A date typed as DD-MM-YYYY (or 8 digits), which may stay EMPTY, with a calendar (button, F4, Alt+Down).

    It never fills in today by itself: an unknown date stays blank, and the rules say so.
    """

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, default_years_back: int = 0) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setValidator(DateTextValidator(self.edit))
        self.edit.setMaxLength(DATE_TEXT_LENGTH)
        # The calendar opens from the arrow inside the field (or F4 / Alt+Down); Tab stays in the text.
        self.calendar_action = self.edit.addAction(
            style.icon("chevron-down", style.MUTED), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self._years_back = default_years_back
        self._popup: QFrame | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._reformat)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.installEventFilter(self)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def _reformat(self, text: str) -> None:
        if len(text) == 8 and text.isdigit():  # "17081985" -> "17-08-1985"
            self.edit.setText(f"{text[:2]}-{text[2:4]}-{text[4:]}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        today = QDate.currentDate()
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(False)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setMaximumDate(today)
        shown = QDate.fromString(self.text(), "dd-MM-yyyy")
        if shown.isValid():
            calendar.setSelectedDate(shown)
        else:  # open near a likely date, without choosing it
            start = today.addYears(-self._years_back)
            calendar.setCurrentPage(start.year(), start.month())
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(calendar)
        self._popup = popup
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString("dd-MM-yyyy"))
        if self._popup is not None:
            self._popup.close()
            self._popup.deleteLater()
            self._popup = None
        self.edit.setFocus()


class ElidingComboBox(QComboBox):
    """A list whose closed box ends a long choice with "…" (instead of cutting it mid-word); the open list
    is as wide as its longest choice."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(field.width() - 4, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 32, max(self.window().width() - 40, self.width())))
        super().showPopup()


@dataclass
class _Row:
    """One field's label, inputs (marked red on errors), message (red) and hint (grey or amber)."""

    name: str
    label: QLabel
    inputs: list[QWidget]
    message: QLabel
    hint: QLabel
    required: bool
    codes: list[str] = field(default_factory=list)


class ParticipantForm(QWidget):
    """All participant input fields; `record()` gives canonical names with values as typed or chosen."""

    validityChanged = Signal(bool)
    changed = Signal()  # any edit by the officer (for drafts)
    openParticipantRequested = Signal(str)  # participant id: "open that record" of an already registered NIK
    submitRequested = Signal()  # Enter in a single-line field: the host saves (or reveals what is missing)
    validated = Signal()  # after every check (the host refreshes its summary)

    def __init__(
        self,
        workspace: Workspace,
        service: RegistrationService,
        parent: QWidget | None = None,
        *,
        editing_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = service
        self.editing_id = editing_id
        self._loading = False
        self._touched: set[str] = set()
        self._reveal_all = False
        self._errors: list[str] = []
        self._valid = False
        self._owner: dict[str, Any] | None = None
        self._similar: list[dict[str, Any]] = []
        self._auto: dict[str, str] = {}  # values filled from the NIK, while the officer leaves them so
        self._nik_info: tuple[str, str] | None = None  # (DD-MM-YYYY, L/P) read from a complete NIK
        self._programs: list[dict[str, Any]] = []
        self._photo_id = ""
        self._photo_problem = ""  # red: the file could not be read or stored
        self._photo_note = ""  # amber: e.g. no camera
        self._kecamatan_code: str | None = None
        self._rows: dict[str, _Row] = {}

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)

        self._build_inputs()
        self._build_layout()
        self._connect()
        self._set_tab_order()
        self._retranslate()
        self.refresh_programs()
        self._fill_villages(None)
        self._update_phk_rows()
        self._show_photo("")
        self.validate_now()

    # === building ===================================================================================
    def _line(self, max_length: int = NAME_MAX) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        return edit

    def _choice(self, editable: bool = False) -> QComboBox:
        combo = QComboBox(self) if editable else ElidingComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setMaxVisibleItems(16)
        if editable:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            # Type any part of a name ("wok" finds Lowokwaru), in any case.
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
        else:
            combo.addItem("", None)  # the empty first choice: nothing is chosen by accident
        return combo

    def _build_inputs(self) -> None:
        self.nik = self._line(NIK_LENGTH + 8)
        self.nik.setValidator(DigitsValidator(NIK_LENGTH, self.nik))
        self.open_existing = QPushButton(self)
        self.open_existing.setIcon(style.icon("person"))
        self.existing_label = QLabel(self)
        self.existing_label.setWordWrap(True)
        self.existing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.existing_box = QFrame(self)
        style.set_role(self.existing_box, "card")
        box = QHBoxLayout(self.existing_box)
        box.setContentsMargins(8, 4, 4, 4)
        box.addWidget(self.existing_label, 1)
        box.addWidget(self.open_existing)
        self.existing_box.hide()

        self.kk_number = self._line(NIK_LENGTH + 8)
        self.kk_number.setValidator(DigitsValidator(NIK_LENGTH, self.kk_number))
        self.full_name = self._line()
        self.birth_place = self._line()
        self.birth_date = DateField(self, default_years_back=35)
        self.gender_l = QRadioButton(self)
        self.gender_p = QRadioButton(self)
        self.gender_group = QButtonGroup(self)
        self.gender_group.addButton(self.gender_l)
        self.gender_group.addButton(self.gender_p)
        self.education = self._choice()
        for code in EDUCATION_LEVELS:
            self.education.addItem("", code)
        self.phone = self._line(24)

        self.photo_view = QLabel(self)
        self.photo_view.setFixedSize(THUMBNAIL)
        self.photo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_view.setObjectName("photoView")
        self.photo_view.setStyleSheet(
            f"QLabel#photoView {{ border: 1px solid {style.BORDER}; border-radius: 4px; background: #f7f9fb; }}"
        )
        self.photo_file_button = QPushButton(self)
        self.photo_file_button.setIcon(style.icon("image"))
        self.photo_camera_button = QPushButton(self)
        self.photo_camera_button.setIcon(style.icon("camera"))
        self.photo_remove_button = QPushButton(self)
        self.photo_remove_button.setIcon(style.icon("close"))

        self.kecamatan = self._choice(editable=True)
        self.kelurahan = self._choice(editable=True)
        self.address = self._line(200)
        self.rt = self._line(RT_RW_DIGITS)
        self.rw = self._line(RT_RW_DIGITS)
        for edit in (self.rt, self.rw):
            edit.setValidator(DigitsValidator(RT_RW_DIGITS, edit))
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000") + 24)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rw_label = QLabel(self)
        self.rw_label.setBuddy(self.rw)

        self.category = self._choice()
        for code in CATEGORIES:
            self.category.addItem("", code)
        self.former_employer = self._line()
        self.phk_date = DateField(self)
        self.program = self._choice()
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        lines = self.notes.fontMetrics().lineSpacing()
        self.notes.setFixedHeight(lines * 3 + 16)

        self.consent = QCheckBox(self)
        self.consent_text = QLabel(self)
        self.consent_text.setWordWrap(True)
        self.consent_text.setTextFormat(Qt.TextFormat.RichText)
        self.consent_text.setObjectName("consentText")
        self.consent_text.setStyleSheet(
            f"QLabel#consentText {{ background: {style.ACCENT_SOFT}; border-radius: 4px; padding: 6px 8px; }}"
        )

        for button in (self.open_existing, self.photo_file_button, self.photo_camera_button, self.photo_remove_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it (it does not save the form)

    def _row_labels(self, name: str, inputs: list[QWidget], required: bool) -> _Row:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumHeight(self.nik.sizeHint().height())
        label.setBuddy(inputs[0])
        message_label = QLabel(self)
        message_label.setWordWrap(True)
        message_label.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(message_label, "error")
        message_label.hide()
        hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(hint, "muted")
        hint.hide()
        row = _Row(name, label, inputs, message_label, hint, required)
        self._rows[name] = row
        return row

    def _add_row(
        self,
        form: QFormLayout,
        name: str,
        main: QWidget | QHBoxLayout,
        inputs: list[QWidget],
        *,
        extra: Iterable[QWidget] = (),
        also: Iterable[_Row] = (),
    ) -> _Row:
        """A form row: label | the input, then its messages (and those of `also`, e.g. RW beside RT)."""
        row = self._row_labels(name, inputs, name in REQUIRED_FIELDS or name == "kecamatan")
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(main, QWidget):
            box.addWidget(main)
        else:
            box.addLayout(main)
        for shown in (row, *also):
            box.addWidget(shown.message)
            box.addWidget(shown.hint)
        for widget in extra:
            box.addWidget(widget)
        holder = QWidget(self)
        holder.setLayout(box)
        form.addRow(row.label, holder)
        self._holders[name] = holder
        return row

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(7)
        return form

    def _card(self, form: QFormLayout | QVBoxLayout) -> tuple[QFrame, QLabel]:
        card = QFrame(self)
        style.set_role(card, "card")
        heading = QLabel(card)
        style.set_role(heading, "heading")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addLayout(form)
        return card, heading

    def _build_layout(self) -> None:
        self._holders: dict[str, QWidget] = {}

        identity = self._form()
        self._add_row(identity, "nik", self.nik, [self.nik], extra=[self.existing_box])
        self._add_row(identity, "kk_number", self.kk_number, [self.kk_number])
        self._add_row(identity, "full_name", self.full_name, [self.full_name])
        self._add_row(identity, "birth_place", self.birth_place, [self.birth_place])
        self._add_row(identity, "birth_date", self.birth_date, [self.birth_date.edit])
        genders = QHBoxLayout()
        genders.setSpacing(18)
        genders.addWidget(self.gender_l)
        genders.addWidget(self.gender_p)
        genders.addStretch(1)
        self._add_row(identity, "gender", genders, [self.gender_l, self.gender_p])
        self._add_row(identity, "education", self.education, [self.education])
        self._add_row(identity, "phone", self.phone, [self.phone])

        photo_buttons = QVBoxLayout()
        photo_buttons.setSpacing(4)
        for button in (self.photo_file_button, self.photo_camera_button, self.photo_remove_button):
            photo_buttons.addWidget(button)
        photo_buttons.addStretch(1)
        photo_line = QHBoxLayout()
        photo_line.setSpacing(12)
        photo_line.addWidget(self.photo_view)
        photo_line.addLayout(photo_buttons)
        photo_line.addStretch(1)
        photo_row = self._row_labels("photo", [self.photo_view], False)
        photo_row.label.hide()  # the card's heading names it
        photo_box = QVBoxLayout()
        photo_box.setSpacing(4)
        photo_box.addLayout(photo_line)
        photo_box.addWidget(photo_row.message)
        photo_box.addWidget(photo_row.hint)

        address = self._form()
        self._add_row(address, "kecamatan", self.kecamatan, [self.kecamatan])
        self._add_row(address, "kelurahan_code", self.kelurahan, [self.kelurahan])
        self._add_row(address, "address", self.address, [self.address])
        rw_row = self._row_labels("rw", [self.rw], True)
        rw_row.label.hide()  # RW has its own small label beside the RT field
        rt_rw = QHBoxLayout()
        rt_rw.setSpacing(8)
        rt_rw.addWidget(self.rt)
        rt_rw.addSpacing(10)
        rt_rw.addWidget(self.rw_label)
        rt_rw.addWidget(self.rw)
        rt_rw.addStretch(1)
        self._add_row(address, "rt", rt_rw, [self.rt], also=[rw_row])

        training = self._form()
        self._add_row(training, "category", self.category, [self.category])
        self._add_row(training, "former_employer", self.former_employer, [self.former_employer])
        self._add_row(training, "phk_date", self.phk_date, [self.phk_date.edit])
        self._add_row(training, "program_code", self.program, [self.program])
        self._add_row(training, "notes", self.notes, [self.notes])
        self._training_form = training

        consent_box = QVBoxLayout()
        consent_box.setSpacing(6)
        consent_box.addWidget(self.consent_text)
        consent_box.addWidget(self.consent)
        consent_row = self._row_labels("consent", [self.consent], True)
        consent_row.label.hide()  # the card's heading names it
        consent_box.addWidget(consent_row.message)

        identity_card, self._identity_heading = self._card(identity)
        photo_card, self._photo_heading = self._card(photo_box)
        address_card, self._address_heading = self._card(address)
        training_card, self._training_heading = self._card(training)
        consent_card, self._consent_heading = self._card(consent_box)
        self._consent_heading.setTextFormat(Qt.TextFormat.RichText)

        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setContentsMargins(4, 0, 0, 0)
        style.set_role(self.legend, "muted")

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(identity_card)
        left.addWidget(photo_card)
        left.addWidget(self.legend)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(address_card)
        right.addWidget(training_card)
        right.addWidget(consent_card)
        right.addStretch(1)
        # The scroll area and its content first, so that the columns are made where they stay: moving
        # a widget that is already styled (measuring the columns styles them) styles it all over again.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        content = QWidget()
        self.scroll_area.setWidget(content)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(2, 2, 8, 8)
        inner.setSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        inner.addLayout(columns)
        inner.addStretch(1)
        for column in (left, right):
            # Equal halves whatever the fields' preferred widths, never narrower than they need.
            holder = QWidget(content)
            holder.setLayout(column)
            column.setContentsMargins(0, 0, 0, 0)
            holder.setMinimumWidth(holder.minimumSizeHint().width())
            holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            columns.addWidget(holder, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _connect(self) -> None:
        texts: dict[str, QLineEdit] = {
            "nik": self.nik,
            "kk_number": self.kk_number,
            "full_name": self.full_name,
            "birth_place": self.birth_place,
            "address": self.address,
            "rt": self.rt,
            "rw": self.rw,
            "phone": self.phone,
            "former_employer": self.former_employer,
        }
        for name, edit in texts.items():
            edit.textChanged.connect(self._edit_handler(name))
        self.birth_date.textChanged.connect(self._edit_handler("birth_date"))
        self.phk_date.textChanged.connect(self._edit_handler("phk_date"))
        self.notes.textChanged.connect(self._edit_handler("notes"))
        self.gender_group.buttonToggled.connect(self._gender_toggled)
        self.consent.toggled.connect(self._edit_handler("consent", touch=True))
        self.education.currentIndexChanged.connect(self._edit_handler("education", touch=True))
        self.category.currentIndexChanged.connect(self._category_changed)
        self.program.currentIndexChanged.connect(self._edit_handler("program_code", touch=True))
        self.kecamatan.editTextChanged.connect(self._kecamatan_text_changed)
        self.kelurahan.editTextChanged.connect(self._edit_handler("kelurahan_code"))
        self.open_existing.clicked.connect(self._open_existing)
        self.photo_file_button.clicked.connect(self.choose_photo_file)
        self.photo_camera_button.clicked.connect(self.take_camera_photo)
        self.photo_remove_button.clicked.connect(self.remove_photo)
        # Leaving a field after editing it shows its messages ("punish late").
        self._focus_names: dict[QObject, str] = {
            **{edit: name for name, edit in texts.items()},
            self.birth_date.edit: "birth_date",
            self.phk_date.edit: "phk_date",
            self.notes: "notes",
            self.kecamatan: "kecamatan",
            self.kelurahan: "kelurahan_code",
        }
        self._edited: set[str] = set()
        for widget in (*self._focus_names, self.gender_l, self.gender_p):
            widget.installEventFilter(self)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.nik, self.open_existing, self.kk_number, self.full_name, self.birth_place, self.birth_date.edit,
            self.gender_l, self.gender_p, self.education, self.phone,
            self.photo_file_button, self.photo_camera_button, self.photo_remove_button,
            self.kecamatan, self.kelurahan, self.address, self.rt, self.rw,
            self.category, self.former_employer, self.phk_date.edit, self.program, self.notes,
            self.consent,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # === edits ======================================================================================
    def _edit_handler(self, name: str, *, touch: bool = False) -> Callable[..., None]:
        def handler(*_args: object) -> None:
            self._edited_by_officer(name, touch=touch)

        return handler

    def _edited_by_officer(self, name: str, *, touch: bool = False) -> None:
        if self._loading:
            return
        self._edited.add(name)
        if touch or self._finished(name):
            self._touched.add(name)
        if name == "nik" and self._finished(name):
            self._fill_from_nik()  # at once: a fast typist is already on the next field
        self._timer.start()
        self.changed.emit()

    def _finished(self, name: str) -> bool:
        """A value that cannot get better by typing more: its messages may show at once."""
        if name in ("nik", "kk_number"):
            return len(self._widget_text(name)) >= NIK_LENGTH
        if name in ("birth_date", "phk_date"):
            return len(self._widget_text(name)) >= DATE_TEXT_LENGTH
        return False

    def _widget_text(self, name: str) -> str:
        widget = {"nik": self.nik, "kk_number": self.kk_number}.get(name)
        if widget is not None:
            return widget.text()
        return self.birth_date.text() if name == "birth_date" else self.phk_date.text()

    def _gender_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._edited_by_officer("gender", touch=True)

    def _category_changed(self) -> None:
        self._update_phk_rows()
        self._edited_by_officer("category", touch=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and watched in (self.gender_l, self.gender_p)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        ):
            checked = self.gender_group.checkedButton()
            if checked is not None and checked is not watched:  # Tab lands on the chosen gender
                checked.setFocus(event.reason())
        # A popup (the completer's list, a calendar, a context menu) takes the focus only for a moment.
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
            and watched in self._focus_names
        ):
            self._left(self._focus_names[watched])
        return super().eventFilter(watched, event)

    def _left(self, name: str) -> None:
        """The officer left a field: finish what was typed, and show its messages if it was edited."""
        if name == "kecamatan":
            self._complete_region(self.kecamatan)
        elif name == "kelurahan_code":
            self._complete_region(self.kelurahan)
        elif name == "phone":
            e164, error = normalise_phone(self.phone.text())
            if e164 and not error and self.phone.text() != format_phone(e164):
                self.phone.setText(format_phone(e164))  # the national form, as the hint showed it
        if name in self._edited:
            self._touched.add(name)
            self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter left unused by a line edit, a list or a tick box arrives here: the host saves.
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()
            self.submitRequested.emit()
            return
        super().keyPressEvent(event)

    # === regions ====================================================================================
    def _fill_kecamatan(self) -> None:
        index = regions()
        combo = self.kecamatan
        self._loading, was_loading = True, self._loading
        try:
            text, code = combo.currentText(), self._kecamatan_code
            combo.clear()
            for position, city_code in enumerate(MALANG_CITIES):
                city = index.get(city_code)
                if position:
                    combo.insertSeparator(combo.count())
                for kecamatan in index.kecamatan_list(city_code):
                    combo.addItem(fill(self.tr("%1 (%2)"), kecamatan.name, city.name if city else ""), kecamatan.code)
                    combo.setItemData(combo.count() - 1, kecamatan.name, _NAME_ROLE)
            position = combo.findData(code) if code else -1
            combo.setCurrentIndex(position)
            combo.setEditText(combo.itemText(position) if position >= 0 else text)
        finally:
            self._loading = was_loading

    @staticmethod
    def _match(combo: QComboBox, text: str) -> int:
        """The item meant by the typed text: its whole text or bare name, else the only item containing it.

        Reading the text (rather than waiting for the completer or a focus change) means "lowo" + Tab is
        Lowokwaru however the completer's popup took the key.
        """
        wanted = text.strip().casefold()
        if not wanted:
            return -1
        items = [i for i in range(combo.count()) if combo.itemData(i)]
        for i in items:
            if wanted in (combo.itemText(i).casefold(), str(combo.itemData(i, _NAME_ROLE)).casefold()):
                return i
        hits = [i for i in items if wanted in combo.itemText(i).casefold()]
        return hits[0] if len(hits) == 1 else -1

    def _complete_region(self, combo: QComboBox) -> None:
        """Show the full name of the item a partly typed text means (once the officer is elsewhere)."""
        completer = combo.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()
        index = self._match(combo, combo.currentText())
        if index >= 0 and combo.currentText() != combo.itemText(index):
            self._loading, was_loading = True, self._loading
            try:
                combo.setCurrentIndex(index)
                combo.setEditText(combo.itemText(index))
            finally:
                self._loading = was_loading

    def kecamatan_code(self) -> str | None:
        index = self._match(self.kecamatan, self.kecamatan.currentText())
        return str(self.kecamatan.itemData(index)) if index >= 0 else None

    def _kecamatan_text_changed(self) -> None:
        if self._loading:
            return
        code = self.kecamatan_code()
        if code != self._kecamatan_code:
            self._fill_villages(code)
        self._edited_by_officer("kecamatan")

    def _fill_villages(self, kecamatan_code: str | None) -> None:
        self._kecamatan_code = kecamatan_code
        combo = self.kelurahan
        self._loading, was_loading = True, self._loading
        try:
            combo.clear()
            if kecamatan_code:
                for village in regions().villages_of(kecamatan_code):
                    combo.addItem(village.name, village.code)
                    combo.setItemData(combo.count() - 1, village.name, _NAME_ROLE)
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        finally:
            self._loading = was_loading
        self._village_placeholder()

    def _village_placeholder(self) -> None:
        if self.kelurahan.count():
            _placeholder(self.kelurahan, self.tr("Ketik untuk mencari…"))
        else:
            _placeholder(self.kelurahan, self.tr("Pilih kecamatan dulu"))

    def _kelurahan_value(self) -> str:
        index = self._match(self.kelurahan, self.kelurahan.currentText())
        if index >= 0:
            return str(self.kelurahan.itemData(index))
        return self.kelurahan.currentText().strip()  # not in the list: the rules say so

    def _set_kelurahan(self, code: str) -> None:
        index = regions()
        if index.is_village(code):
            kecamatan = index.kecamatan_of(code)
            position = self.kecamatan.findData(kecamatan.code if kecamatan else None)
            self.kecamatan.setCurrentIndex(position)
            self.kecamatan.setEditText(self.kecamatan.itemText(position) if position >= 0 else "")
            self._fill_villages(kecamatan.code if kecamatan else None)
            village = self.kelurahan.findData(code)
            self.kelurahan.setCurrentIndex(village)
            self.kelurahan.setEditText(self.kelurahan.itemText(village))
        else:
            self.kecamatan.setCurrentIndex(-1)
            self.kecamatan.setEditText("")
            self._fill_villages(None)
            self.kelurahan.setEditText(code)

    # === programs, category =========================================================================
    def refresh_programs(self) -> None:
        """Re-read the trainings and their counts (after a save, the "sudah mendaftar" numbers change)."""
        current = self.program.currentData()
        try:
            self._programs = list_programs(self.workspace)
        except sqlite3.Error:
            return
        self._loading, was_loading = True, self._loading
        try:
            self.program.clear()
            self.program.addItem("", None)
            for program in self._programs:
                self.program.addItem(self._program_text(program), program["code"])
            self._set_combo(self.program, current)
            self._retranslate_choices()
        finally:
            self._loading = was_loading
        self._timer.start()

    def _program_text(self, program: Mapping[str, Any]) -> str:
        locale = QLocale()
        name = str(program["name"])
        registered = locale.toString(int(program["registered"]))
        accepted = locale.toString(int(program["accepted"]))
        if program["quota"] is None:
            return fill(self.tr("%1 — sudah mendaftar %2, diterima %3"), name, registered, accepted)
        quota = locale.toString(int(program["quota"]))
        return fill(self.tr("%1 — kuota %2, sudah mendaftar %3, diterima %4"), name, quota, registered, accepted)

    def _program_hint(self, code: str) -> tuple[str, str]:
        program = next((p for p in self._programs if p["code"] == code), None)
        if program is None or program["quota"] is None:
            return "", "muted"
        locale = QLocale()
        quota, registered, accepted = int(program["quota"]), int(program["registered"]), int(program["accepted"])
        left = max(quota - accepted, 0)
        text = fill(
            self.tr("Sisa kuota %1 dari %2 (sudah diterima %3)."),
            locale.toString(left), locale.toString(quota), locale.toString(accepted),
        )  # fmt: skip
        if registered >= quota or left == 0:
            more = self.tr("Pendaftar sudah %1: peserta ini mungkin masuk daftar cadangan.")
            return text + " " + fill(more, locale.toString(registered)), "warning"
        return text, "muted"

    def _update_phk_rows(self) -> None:
        """Former employer and PHK date belong to laid-off workers; shown for others only if they hold a value."""
        phk = self.category.currentData() == PHK_CATEGORY
        employer = self._rows["former_employer"]
        if employer.required != phk:  # the rules ask a laid-off worker where from
            employer.required = phk
            self._label_row(employer)
        for name, widget in (("former_employer", self.former_employer), ("phk_date", self.phk_date)):
            has_value = bool(widget.text().strip())
            visible = phk or has_value
            self._training_form.setRowVisible(self._holders[name], visible)
            widget.setEnabled(visible)

    @staticmethod
    def _set_combo(combo: QComboBox, code: Any) -> None:
        code = None if code in (None, "") else str(code)
        index = combo.findData(code) if code is not None else 0
        if index < 0:  # a value this laptop does not know (e.g. a training removed later): keep it visible
            combo.addItem(code or "", code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # === record =====================================================================================
    def record(self) -> dict[str, Any]:
        """The form's values under canonical names, as typed or chosen ("" for blank; consent a bool)."""
        checked = self.gender_group.checkedButton()
        gender = "L" if checked is self.gender_l else "P" if checked is self.gender_p else ""
        return {
            "nik": self.nik.text(),
            "kk_number": self.kk_number.text(),
            "full_name": self.full_name.text(),
            "birth_place": self.birth_place.text(),
            "birth_date": self.birth_date.text(),
            "gender": gender,
            "address": self.address.text(),
            "rt": self.rt.text(),
            "rw": self.rw.text(),
            "kelurahan_code": self._kelurahan_value(),
            "phone": self.phone.text(),
            "education": self.education.currentData() or "",
            "category": self.category.currentData() or "",
            "former_employer": self.former_employer.text(),
            "phk_date": self.phk_date.text(),
            "program_code": self.program.currentData() or "",
            "consent": self.consent.isChecked(),
            "photo": self._photo_id,
            "notes": self.notes.toPlainText(),
        }

    def has_input(self) -> bool:
        """Whether anything was typed or chosen (clearing it then deserves a question)."""
        return any(value for value in self.record().values()) or bool(self.kecamatan.currentText().strip())

    def set_record(self, record: Mapping[str, Any]) -> None:
        """Show a record (stored values or a draft); fields it lacks are emptied. Not an edit: no `changed`."""
        self._loading = True
        try:
            self._reset_state()
            get = record.get
            for name, edit in (
                ("nik", self.nik), ("kk_number", self.kk_number), ("full_name", self.full_name),
                ("birth_place", self.birth_place), ("address", self.address), ("rt", self.rt), ("rw", self.rw),
                ("former_employer", self.former_employer),
            ):  # fmt: skip
                edit.setText("" if get(name) is None else str(get(name)))
            self.phone.setText(_phone_text(get("phone")))
            self.birth_date.setText(_date_text(get("birth_date")))
            self.phk_date.setText(_date_text(get("phk_date")))
            self._set_gender(str(get("gender") or "").strip().upper())
            self._set_combo(self.education, get("education"))
            self._set_combo(self.category, get("category"))
            self._set_combo(self.program, get("program_code"))
            self._set_kelurahan(str(get("kelurahan_code") or "").strip())
            self.consent.setChecked(_truthy(get("consent")))
            self.notes.setPlainText("" if get("notes") is None else str(get("notes")))
            self._show_photo(str(get("photo") or ""))
        finally:
            self._loading = False
        values = self.record()
        self._touched = {name for name in FORM_FIELDS if values.get(name) not in ("", None, False)}
        self._update_phk_rows()
        self.validate_now()

    def clear(self, keep: Iterable[str] = ()) -> None:
        """Empty the form for the next person, keeping the fields named in `keep` (canonical names)."""
        kept = set(keep)
        self._loading = True
        try:
            for name, edit in (
                ("nik", self.nik), ("kk_number", self.kk_number), ("full_name", self.full_name),
                ("birth_place", self.birth_place), ("address", self.address), ("rt", self.rt), ("rw", self.rw),
                ("phone", self.phone), ("former_employer", self.former_employer),
            ):  # fmt: skip
                if name not in kept:
                    edit.clear()
            for name, date_field in (("birth_date", self.birth_date), ("phk_date", self.phk_date)):
                if name not in kept:
                    date_field.setText("")
            if "gender" not in kept:
                self._set_gender("")
            for name, combo in (("education", self.education), ("category", self.category),
                                ("program_code", self.program)):
                if name not in kept:
                    combo.setCurrentIndex(0)
            if "kelurahan_code" not in kept:
                self._set_kelurahan("")
            if "consent" not in kept:
                self.consent.setChecked(False)
            if "notes" not in kept:
                self.notes.clear()
            if "photo" not in kept:
                self._show_photo("")
            self._reset_state(keep_photo_notes="photo" in kept)
        finally:
            self._loading = False
        self._update_phk_rows()
        self.validate_now()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _reset_state(self, keep_photo_notes: bool = False) -> None:
        self._timer.stop()
        self._touched.clear()
        self._edited.clear()
        self._reveal_all = False
        self._auto.clear()
        if not keep_photo_notes:
            self._photo_problem = self._photo_note = ""

    def _set_gender(self, code: str) -> None:
        target = {"L": self.gender_l, "P": self.gender_p}.get(code)
        if target is not None:
            target.setChecked(True)
            return
        self.gender_group.setExclusive(False)  # an exclusive group cannot go back to "none chosen"
        self.gender_l.setChecked(False)
        self.gender_p.setChecked(False)
        self.gender_group.setExclusive(True)

    def focus_first(self) -> None:
        """Put the cursor in the first field (the NIK), at the top of the form."""
        self.scroll_area.verticalScrollBar().setValue(0)
        self.nik.setFocus(Qt.FocusReason.OtherFocusReason)

    # === checking ===================================================================================
    def validate_now(self) -> bool:
        """Check the form at once (instead of after the typing pause) and show the result; True when valid."""
        self._timer.stop()
        self._fill_from_nik()
        values, errors = self.service.check(self.record())
        nik = self.nik.text()
        self._owner = None
        if len(nik) == NIK_LENGTH and nik.isdigit():
            self._owner = self.service.nik_owner(nik, exclude_id=self.editing_id)
        if self._owner is not None:
            errors = sorted({*errors, "nik.duplicate"})
        self._errors = list(errors)
        self._similar = []
        if not any(code.startswith(("full_name.", "birth_date.")) for code in errors):
            self._similar = self.service.duplicates_of(values, exclude_id=self.editing_id)
        self._render()
        valid = not self._errors
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        self.validated.emit()
        return valid

    def errors(self) -> list[str]:
        """The codes that stop this record from being saved (`service.check`, plus `nik.duplicate`)."""
        self.validate_now()
        return list(self._errors)

    def is_valid(self) -> bool:
        return not self.errors()

    def current_errors(self) -> list[str]:
        """The codes of the last check, without checking again (for a host reacting to `validated`)."""
        return list(self._errors)

    def checked_values(self) -> dict[str, Any]:
        """The record as the service would store it (ISO dates, E.164 phone, "007" RT), for comparisons."""
        values, _errors = self.service.check(self.record())
        return values

    def duplicate_owner(self) -> dict[str, Any] | None:
        """The registered participant who already has this NIK, if any."""
        return self._owner

    def problem_fields(self) -> list[str]:
        """Rows with a problem, in the order of the form (for a summary beside the Save button)."""
        wanted = {display_field(code) for code in self._errors}
        return [name for name in self._rows if name in wanted]

    def reveal_errors(self) -> None:
        """Show every message, also of fields not visited yet, and go to the first one."""
        self._reveal_all = True
        self.validate_now()
        for name in self.problem_fields():
            row = self._rows[name]
            target = row.inputs[0]
            if name == "gender":
                target = self.gender_l
            if target.isVisible() and target.isEnabled():
                self.scroll_area.ensureWidgetVisible(target, 40, 60)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def message_label(self, name: str) -> QLabel:
        """The red label under a field (canonical name, or "kecamatan"), e.g. for tests and screenshots."""
        return self._rows[name].message

    def hint_label(self, name: str) -> QLabel:
        return self._rows[name].hint

    def _fill_from_nik(self) -> None:
        """A complete NIK fills an empty birth date and gender (and keeps them in step until the officer edits)."""
        self._nik_info = None
        nik = self.nik.text()
        if len(nik) != NIK_LENGTH:
            return
        info = check_nik(nik, today=self.service.today)
        if info.birth_date is None or info.gender is None:
            return
        born = info.birth_date.strftime("%d-%m-%Y")
        self._nik_info = (born, info.gender)
        filled = False
        self._loading = True
        try:
            current = self.birth_date.text()
            if not current or current == self._auto.get("birth_date"):
                filled |= current != born
                self.birth_date.setText(born)
                self._auto["birth_date"] = born
            checked = self.gender_group.checkedButton()
            gender = "L" if checked is self.gender_l else "P" if checked is self.gender_p else ""
            if not gender or gender == self._auto.get("gender"):
                filled |= gender != info.gender
                self._set_gender(info.gender)
                self._auto["gender"] = info.gender
        finally:
            self._loading = False
        if filled:
            self.changed.emit()

    def _visible(self, code: str, name: str) -> bool:
        if self._reveal_all or code == "nik.duplicate" or name in self._touched:
            return True
        partner = _ALSO_MARKS.get(code)
        return partner is not None and partner in self._touched

    def _render(self) -> None:
        for combo in (self.kecamatan, self.kelurahan):
            if not combo.hasFocus():
                self._complete_region(combo)
        shown: dict[str, list[str]] = {name: [] for name in self._rows}
        marked: set[str] = set()
        for code in self._errors:
            name = display_field(code)
            if name not in shown:
                name = "nik" if code.startswith("nik.") else name
            if name in shown and self._visible(code, name):
                shown[name].append(code)
                marked.add(name)
                if code in _ALSO_MARKS:
                    marked.add(_ALSO_MARKS[code])
        # The kecamatan is no field of the record: its message is the form's own.
        kecamatan_text = self.kecamatan.currentText().strip()
        kecamatan_problem = bool(kecamatan_text) and self.kecamatan_code() is None
        kecamatan_shown = kecamatan_problem and ("kecamatan" in self._touched or self._reveal_all)
        for name, row in self._rows.items():
            row.codes = shown[name]
            texts = list(dict.fromkeys(message(code) for code in row.codes))
            if name == "kecamatan" and kecamatan_shown:
                texts.append(self.tr("Pilih kecamatan dari daftar."))
                marked.add(name)
            if name == "photo" and self._photo_problem:
                texts.append(self._photo_problem)
            self._set_label(row.message, "\n".join(texts))
            for widget in row.inputs:
                style.set_invalid(widget, name in marked)
        self._render_hints()
        self._render_owner()

    def _render_hints(self) -> None:
        hints: dict[str, tuple[str, str]] = {}
        values = self.record()
        e164, error = normalise_phone(values["phone"])
        if e164 and not error:
            hints["phone"] = (fill(self.tr("Dibaca sebagai %1"), format_phone(e164)), "muted")
        code = values["kelurahan_code"]
        if code and regions().is_village(code):
            hints["kelurahan_code"] = (regions().describe(code), "muted")
        if values["program_code"]:
            hints["program_code"] = self._program_hint(values["program_code"])
        for name, from_nik in (("birth_date", "birth_date"), ("gender", "gender")):
            if values[name] and values[name] == self._auto.get(from_nik):
                hints[name] = (self.tr("Diisi dari NIK."), "muted")
        if self._nik_info is not None:
            born, gender = self._nik_info
            if "nik.birthdate_mismatch" in self._rows["birth_date"].codes:
                hints["birth_date"] = (fill(self.tr("Menurut NIK: %1."), born), "muted")
            if "nik.gender_mismatch" in self._rows["gender"].codes:
                hints["gender"] = (fill(self.tr("Menurut NIK: %1."), gender_name(gender)), "muted")
        if self._similar:
            other = self._similar[0]
            text = message("duplicate.name_birth") + " " + fill(
                self.tr("(%1, %2)"), str(other.get("existing_name") or ""), str(other.get("existing_short_code") or "")
            )
            hints["full_name"] = (text, "warning")
        if self._photo_note:
            hints["photo"] = (self._photo_note, "warning")
        for name, row in self._rows.items():
            text, role = hints.get(name, ("", "muted"))
            style.set_role(row.hint, role)
            self._set_label(row.hint, text)

    def _render_owner(self) -> None:
        owner = self._owner
        if owner is None:
            self.existing_box.hide()
            return
        self.existing_label.setText(
            fill(
                self.tr("Terdaftar atas nama %1 (%2)."),
                str(owner.get("full_name") or ""),
                str(owner.get("short_code") or ""),
            )
        )
        self.existing_box.show()

    @staticmethod
    def _set_label(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
        label.setVisible(bool(text))

    def _open_existing(self) -> None:
        if self._owner is not None:
            self.openParticipantRequested.emit(str(self._owner["id"]))

    # === photo ======================================================================================
    def choose_photo_file(self) -> None:
        """Pick a picture file; it is turned upright, made small and stored (the record keeps its id)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Pilih foto peserta"), start, self.tr("Gambar (*.jpg *.jpeg *.png *.bmp *.webp)")
        )
        if not path:
            return
        image = read_image_file(path)
        if image.isNull():
            self._photo_failed(message("photo.unreadable"))
            return
        self.store_photo(image)

    def take_camera_photo(self) -> None:
        """Open the camera dialog, or say there is no camera and carry on."""
        self._photo_problem = ""
        cameras = camera_dialog.available_cameras()
        if not cameras:
            self._photo_note = camera_dialog.no_camera_text()
            self._render()
            return
        try:
            dialog = camera_dialog.CameraDialog(cameras, self)
        except ImportError:
            self._photo_note = camera_dialog.no_camera_text()
            self._render()
            return
        accepted = dialog.exec() == QDialog.DialogCode.Accepted.value
        if accepted and not dialog.image().isNull():
            self.store_photo(dialog.image())
        dialog.deleteLater()

    def store_photo(self, image: QImage) -> str | None:
        """Store a picture in the workspace as the participant's photo; its id, or None with a message."""
        try:
            photo_id = put_photo(self.workspace, photo_jpeg(image), "image/jpeg")
        except PintuError as error:
            self._photo_failed(message(error.code))
            return None
        except sqlite3.Error:
            self._photo_failed(message("disk.full_or_readonly"))
            return None
        self._photo_problem = self._photo_note = ""
        self._show_photo(photo_id, image)
        self._edited_by_officer("photo", touch=True)
        self._render()
        return photo_id

    def remove_photo(self) -> None:
        self._photo_problem = self._photo_note = ""
        self._show_photo("")
        self._edited_by_officer("photo", touch=True)
        self._render()

    def _photo_failed(self, text: str) -> None:
        self._photo_problem = text
        self._photo_note = ""
        self._render()

    def _show_photo(self, photo_id: str, image: QImage | None = None) -> None:
        self._photo_id = photo_id
        pixmap = QPixmap()
        if photo_id and image is None:
            try:
                stored = get_photo(self.workspace, photo_id)
            except sqlite3.Error:
                stored = None
            if stored is not None:
                pixmap.loadFromData(stored[0])
        elif image is not None:
            pixmap = QPixmap.fromImage(image)
        if pixmap.isNull():
            icon = style.icon("person", style.BORDER)
            self.photo_view.setPixmap(icon.pixmap(48, 48))
        else:  # drawn at the screen's pixel density: sharp at 125% scaling too
            ratio = self.photo_view.devicePixelRatioF()
            thumbnail = pixmap.scaled(
                THUMBNAIL * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            thumbnail.setDevicePixelRatio(ratio)
            self.photo_view.setPixmap(thumbnail)
        self.photo_remove_button.setVisible(bool(photo_id))

    # === language ===================================================================================
    def _label_row(self, row: _Row) -> None:
        label = self.tr("Kecamatan") if row.name == "kecamatan" else field_label(row.name)
        row.label.setText(html.escape(label) + (_STAR if row.required else ""))

    def _retranslate(self) -> None:
        star = _STAR
        for row in self._rows.values():
            self._label_row(row)
        self.rw_label.setText(html.escape(field_label("rw")) + star)
        self.rw_label.setTextFormat(Qt.TextFormat.RichText)
        self._identity_heading.setText(self.tr("Data diri"))
        self._photo_heading.setText(self.tr("Foto (boleh tidak ada)"))
        self._address_heading.setText(self.tr("Alamat tinggal sekarang"))
        self._training_heading.setText(self.tr("Pelatihan"))
        self._consent_heading.setText(html.escape(self.tr("Persetujuan pengolahan data")) + star)
        self.legend.setText(fill(html.escape(self.tr("Tanda %1 wajib diisi.")), star.strip()))

        self.nik.setPlaceholderText(self.tr("16 angka, seperti di KTP"))
        self.nik.setToolTip(self.tr("Nomor Induk Kependudukan: 16 angka. Spasi boleh, akan dibuang."))
        self.kk_number.setPlaceholderText(self.tr("Boleh dikosongkan"))
        self.full_name.setPlaceholderText(self.tr("Seperti di KTP"))
        for date_field in (self.birth_date, self.phk_date):
            date_field.edit.setPlaceholderText(self.tr("HH-BB-TTTT"))
            date_field.edit.setToolTip(
                self.tr("Tanggal ditulis hari-bulan-tahun, misalnya 17-08-1985. F4 membuka kalender.")
            )
            date_field.calendar_action.setToolTip(self.tr("Pilih dari kalender (F4)"))
        self.gender_l.setText(gender_name("L"))
        self.gender_p.setText(gender_name("P"))
        self.phone.setPlaceholderText(self.tr("Contoh: 0812-3456-7890"))
        _placeholder(self.kecamatan, self.tr("Ketik untuk mencari…"))
        self._village_placeholder()
        self.address.setPlaceholderText(self.tr("Jalan, nomor rumah, gang"))
        self.former_employer.setPlaceholderText(self.tr("Nama pabrik/perusahaan"))
        self.notes.setPlaceholderText(self.tr("Boleh dikosongkan"))
        self.open_existing.setText(self.tr("Buka data peserta ini"))
        self.photo_file_button.setText(self.tr("Pilih berkas…"))
        self.photo_camera_button.setText(self.tr("Kamera…"))
        self.photo_remove_button.setText(self.tr("Hapus foto"))
        self.consent_text.setText(consent_html())
        self.consent.setText(self.tr("Peserta sudah membaca (atau dibacakan) keterangan di atas dan setuju."))
        self._fill_kecamatan()
        self._retranslate_choices()

    def _retranslate_choices(self) -> None:
        pick = self.tr("— Pilih —")
        for combo, name_of in (
            (self.education, education_name),
            (self.category, category_name),
        ):
            combo.setItemText(0, pick)
            for index in range(1, combo.count()):
                combo.setItemText(index, name_of(combo.itemData(index)))
        self.program.setItemText(0, pick)
        for index in range(1, self.program.count()):
            program = next((p for p in self._programs if p["code"] == self.program.itemData(index)), None)
            if program is not None:
                self.program.setItemText(index, self._program_text(program))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
        super().changeEvent(event)
