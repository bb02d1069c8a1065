"""One participant: their data (and editing it), their selection status, withdrawal, and the history of changes.

The dialog reads through the repository and writes only through the `RegistrationService`, so it can
never save what the registration form would refuse. Every write is followed by `changed`, for the list
and the window's counts to read again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import DuplicateNik, PintuError, ValidationFailed
from desktop_app.core.hlc import wall_ms
from desktop_app.core.participant import INPUT_FIELDS, STATUSES
from desktop_app.core.phone import format_phone
from desktop_app.core.regions import regions
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.photos import get_photo
from desktop_app.storage.programs import program_load
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.messages import message
from desktop_app.ui.participant_table_model import format_date, format_datetime
from desktop_app.ui.style import icon, make_primary, set_role
from desktop_app.ui.vocab import category_name, education_name, field_label, gender_name, status_name

# Largest size the dialog asks for (logical pixels); smaller screens get 95% of what they have.
PREFERRED_SIZE = (1000, 660)
PHOTO_SIZE = (120, 160)  # 3:4, as on the card

# Status colours (text, background) for the chip in the header.
_STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "terdaftar": ("#1d2733", "#e3e8ee"),
    "terverifikasi": ("#0c4f89", "#e3eef8"),
    "diterima": ("#17703a", "#e6f4ea"),
    "cadangan": ("#8a5a00", "#fff4d6"),
    "ditolak": ("#b3261e", "#fdecea"),
    "withdrawn": ("#ffffff", "#586474"),
}

# Fields the history shows as dates, or as date and time.
_DATE_FIELDS = frozenset({"birth_date", "phk_date"})
_DATETIME_FIELDS = frozenset({"consent_at", "registered_at", "withdrawn_at"})
# Bookkeeping the history does not list as changes of their own.
_QUIET_FIELDS = frozenset({"withdraw_reason", "device_id", "_updated_hlc"})


def ask(parent: QWidget, title: str, text: str, accept_text: str, reject_text: str) -> bool:
    """A yes/no question with our own (translated) button texts; the safe answer is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reject)
    box.setEscapeButton(reject)
    box.exec()
    return box.clickedButton() is accept


def _form_class() -> Any:
    """The registration form used for editing, or None in a build that does not have it yet."""
    try:
        from desktop_app.ui.participant_form import ParticipantForm
    except ImportError:  # pragma: no cover - the form arrives with the registration page
        return None
    return ParticipantForm


def _age(birth: Any, today: date | None = None) -> int | None:
    try:
        born = date.fromisoformat(str(birth)[:10])
    except ValueError:
        return None
    today = today or date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _event_time(hlc: int) -> str:
    """DD-MM-YYYY HH:MM on this laptop's clock, from an event's hybrid clock."""
    return datetime.fromtimestamp(wall_ms(int(hlc)) / 1000).strftime("%d-%m-%Y %H:%M")


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class ParticipantDialog(QDialog):
    """Data, status and history of one participant; edits go through the registration service."""

    changed = Signal()  # something was saved: the list and the counts should read again
    openParticipantRequested = Signal(str)  # show another participant (the one who already has this NIK)

    DATA_TAB, STATUS_TAB, HISTORY_TAB = 0, 1, 2

    def __init__(
        self,
        workspace: Workspace,
        service: RegistrationService,
        participant_id: str,
        *,
        program_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = service
        self.repo = service.store
        self.participant_id = participant_id
        if program_names is None:
            rows = workspace.db.execute("SELECT id, name FROM programs WHERE deleted_at IS NULL").fetchall()
            program_names = {str(code): str(name) for code, name in rows}
        self.program_names = dict(program_names)
        self.record: dict[str, Any] = self._read()
        self.form: Any = None  # the ParticipantForm while editing
        self._form_dirty = False
        self._duplicate_id: str | None = None

        self.setModal(True)
        self.setSizeGripEnabled(True)

        # Header: who this is, at a glance on every tab.
        self.photo_label = QLabel(self)
        self.name_label = QLabel(self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_font = QFont(self.font())
        name_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.subtitle_label, "muted")
        self.status_chip = QLabel(self)
        self.withdrawn_banner = QLabel(self)
        self.withdrawn_banner.setWordWrap(True)
        set_role(self.withdrawn_banner, "warning-box")

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_data_tab(), "")
        self.tabs.addTab(self._build_status_tab(), "")
        self.tabs.addTab(self._build_history_tab(), "")

        self.note_label = QLabel(self)  # what the last action did ("Perubahan disimpan.")
        self.note_label.setWordWrap(True)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        header_text = QVBoxLayout()
        header_text.setSpacing(2)
        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label)
        title_row.addSpacing(10)
        title_row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        header_text.addLayout(title_row)
        header_text.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.note_label, 1)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.withdrawn_banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

        self._retranslate()
        self._show_record()
        self._fit_to_screen()

    # --- building ---------------------------------------------------------------------------------
    def _build_data_tab(self) -> QWidget:
        self.data_stack = QStackedWidget(self)

        # Read-only view.
        view = QWidget()
        self.photo_view = QLabel(view)
        self.photo_view.setFixedSize(*PHOTO_SIZE)
        self.photo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_view.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        self.value_names: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        sections = {
            "identity": ("nik", "kk_number", "birth", "gender", "education"),
            "address": ("address", "kelurahan_code", "phone"),
            "training": ("category", "former_employer", "phk_date", "program_code", "status"),
            "registration": ("short_code", "registered", "consent", "notes"),
        }
        for section, keys in sections.items():
            group = QGroupBox(view)
            form = QFormLayout(group)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(6)
            for key in keys:
                name = QLabel(group)
                set_role(name, "muted")
                value = _value_label(group)
                form.addRow(name, value)
                self.value_names[key] = name
                self.values[key] = value
            self.groups[section] = group
        self.edit_button = QPushButton(view)
        self.edit_button.setIcon(icon("edit"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.start_editing)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.photo_view, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.groups["identity"], 0, 1)
        grid.addWidget(self.groups["address"], 1, 1)
        grid.addWidget(self.groups["training"], 0, 2)
        grid.addWidget(self.groups["registration"], 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._label_columns = (("identity", "address"), ("training", "registration"))
        grid.setRowStretch(2, 1)
        content = QWidget()
        content.setLayout(grid)
        scroll = QScrollArea(view)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(8, 8, 8, 8)
        view_layout.addWidget(scroll, 1)
        view_layout.addLayout(buttons)
        self.data_stack.addWidget(view)

        # Editing: the registration form, in a scroll area (it is taller than a laptop screen).
        edit = QWidget()
        self.form_host = QVBoxLayout()  # the form scrolls by itself
        self.form_host.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel(edit)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.error_label, "error-box")
        self.error_label.hide()
        self.open_duplicate_button = QPushButton(edit)
        self.open_duplicate_button.setAutoDefault(False)
        self.open_duplicate_button.hide()
        self.open_duplicate_button.clicked.connect(self._open_duplicate)
        self.save_button = QPushButton(edit)
        self.save_button.setIcon(icon("save", "#ffffff"))
        make_primary(self.save_button)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_edits)
        self.cancel_button = QPushButton(edit)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_editing)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.open_duplicate_button)
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.cancel_button)
        edit_buttons.addWidget(self.save_button)
        edit_layout = QVBoxLayout(edit)
        edit_layout.setContentsMargins(8, 8, 8, 8)
        edit_layout.addLayout(self.form_host, 1)
        edit_layout.addWidget(self.error_label)
        edit_layout.addLayout(edit_buttons)
        self.data_stack.addWidget(edit)
        return self.data_stack

    def _build_status_tab(self) -> QWidget:
        page = QWidget()

        self.selection_group = QGroupBox(page)
        self.quota_label = QLabel(self.selection_group)
        self.quota_label.setWordWrap(True)
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[str, QRadioButton] = {}
        self.status_hints: dict[str, QLabel] = {}
        choices = QGridLayout()
        choices.setHorizontalSpacing(10)
        choices.setVerticalSpacing(4)
        for row, code in enumerate(STATUSES):
            button = QRadioButton(self.selection_group)
            hint = QLabel(self.selection_group)
            set_role(hint, "muted")
            self.status_group.addButton(button, row)
            self.status_buttons[code] = button
            self.status_hints[code] = hint
            choices.addWidget(button, row, 0)
            choices.addWidget(hint, row, 1)
        choices.setColumnStretch(1, 1)
        self.status_group.idToggled.connect(lambda _id, _on: self._status_choice_changed())
        self.status_save_button = QPushButton(self.selection_group)
        make_primary(self.status_save_button)
        self.status_save_button.setAutoDefault(False)
        self.status_save_button.clicked.connect(self.save_status)
        self.status_message = QLabel(self.selection_group)
        self.status_message.setWordWrap(True)
        set_role(self.status_message, "warning-box")  # a box role before the first polish: padding applies
        self.status_message.hide()
        self.waitlist_button = QPushButton(self.selection_group)
        self.waitlist_button.setAutoDefault(False)
        self.waitlist_button.hide()
        self.waitlist_button.clicked.connect(lambda: self.change_status("cadangan"))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.status_save_button)
        waitlist_row = QHBoxLayout()
        waitlist_row.addWidget(self.waitlist_button)
        waitlist_row.addStretch(1)
        selection = QVBoxLayout(self.selection_group)
        selection.setSpacing(8)
        selection.addWidget(self.quota_label)
        selection.addLayout(choices)
        selection.addLayout(save_row)
        selection.addWidget(self.status_message)
        selection.addLayout(waitlist_row)
        selection.addStretch(1)

        self.withdraw_group = QGroupBox(page)
        self.withdraw_help = QLabel(self.withdraw_group)
        self.withdraw_help.setWordWrap(True)
        set_role(self.withdraw_help, "muted")
        self.reason_label = QLabel(self.withdraw_group)
        self.reason_edit = QComboBox(self.withdraw_group)
        self.reason_edit.setEditable(True)
        self.reason_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_edit.editTextChanged.connect(self._reason_changed)
        self.withdraw_button = QPushButton(self.withdraw_group)
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdrawn_label = QLabel(self.withdraw_group)
        self.withdrawn_label.setWordWrap(True)
        self.withdrawn_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        withdraw = QVBoxLayout(self.withdraw_group)
        withdraw.setSpacing(8)
        withdraw.addWidget(self.withdraw_help)
        withdraw.addWidget(self.reason_label)
        withdraw.addWidget(self.reason_edit)
        withdraw_row = QHBoxLayout()
        withdraw_row.addStretch(1)
        withdraw_row.addWidget(self.withdraw_button)
        withdraw.addLayout(withdraw_row)
        withdraw.addWidget(self.withdrawn_label)
        withdraw.addStretch(1)

        layout = QHBoxLayout(page)
        layout.setContentsMargins(10, 6, 10, 10)
        layout.setSpacing(12)
        layout.addWidget(self.selection_group, 3)
        layout.addWidget(self.withdraw_group, 2)
        return page

    def _build_history_tab(self) -> QWidget:
        page = QWidget()
        self.history_table = QTableWidget(0, 4, page)
        table = self.history_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: no current-cell frame
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized in `_show_history`
        columns = table.horizontalHeader()
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setStretchLastSection(True)
        metrics = table.fontMetrics()
        table.setColumnWidth(0, metrics.horizontalAdvance("28-12-2026 08:15") + 24)
        table.setColumnWidth(1, metrics.horizontalAdvance("Bambang Prasetyo") + 20)
        table.setColumnWidth(2, metrics.horizontalAdvance("Laptop Petugas 12") + 20)
        self.history_help = QLabel(page)
        set_role(self.history_help, "muted")
        self.history_help.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.history_help)
        layout.addWidget(table, 1)
        return page

    def _fit_to_screen(self) -> None:
        """The preferred size, or 95% of the screen on a small one (1366x768 at 125% is 1093x614)."""
        screen = (self.parentWidget() or self).screen()
        available = screen.availableGeometry()
        width = min(PREFERRED_SIZE[0], int(available.width() * 0.95))
        height = min(PREFERRED_SIZE[1], int(available.height() * 0.95))
        self.resize(width, height)

    # --- showing ------------------------------------------------------------------------------------
    def _read(self) -> dict[str, Any]:
        record = self.repo.get(self.participant_id)
        if record is None:
            raise PintuError("participant.not_found", key=self.participant_id)
        return record

    def withdrawn(self) -> bool:
        return bool(self.record.get("withdrawn_at"))

    def _show_record(self) -> None:
        """Fill every tab from `self.record` (after opening and after every save)."""
        record = self.record
        self.setWindowTitle(self.tr("Peserta: %1").replace("%1", str(record.get("full_name") or "")))
        self.name_label.setText(str(record.get("full_name") or ""))
        program = self.program_names.get(record.get("program_code") or "", record.get("program_code") or "")
        self.subtitle_label.setText(" · ".join(p for p in (str(record.get("short_code") or ""), program) if p))
        self._show_chip()
        if self.withdrawn():
            text = self.tr("Mengundurkan diri pada %1.").replace("%1", format_datetime(record.get("withdrawn_at")))
            reason = str(record.get("withdraw_reason") or "").strip().rstrip(".")
            if reason:
                text += " " + self.tr("Alasan: %1.").replace("%1", reason)
            self.withdrawn_banner.setText(text + " " + self.tr("Data dan riwayatnya tetap disimpan."))
        self.withdrawn_banner.setVisible(self.withdrawn())
        self._show_values()
        self._show_photo()
        self._show_status()
        self._show_history()

    def _show_chip(self) -> None:
        code = "withdrawn" if self.withdrawn() else str(self.record.get("status") or "terdaftar")
        text = self.tr("Mundur") if code == "withdrawn" else status_name(code)
        colour, background = _STATUS_COLOURS.get(code, _STATUS_COLOURS["terdaftar"])
        self.status_chip.setText(text)
        self.status_chip.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border-radius: 9px; padding: 2px 10px;"
            " font-weight: bold; }"
        )

    def _show_values(self) -> None:
        record = self.record
        none = "—"

        def show(key: str, text: str | None) -> None:
            self.values[key].setText(text if text else none)

        show("nik", record.get("nik"))
        show("kk_number", record.get("kk_number"))
        birth = ", ".join(p for p in (record.get("birth_place"), format_date(record.get("birth_date"))) if p)
        age = _age(record.get("birth_date")) if record.get("birth_date") else None
        if age is not None:
            birth += " " + self.tr("(%1 tahun)").replace("%1", str(age))
        show("birth", birth)
        show("gender", gender_name(record.get("gender")))
        show("education", education_name(record.get("education")))
        address = str(record.get("address") or "")
        if record.get("rt") or record.get("rw"):
            address += (", " if address else "") + self.tr("RT %1/RW %2").replace(
                "%1", str(record.get("rt") or "-").zfill(3)
            ).replace("%2", str(record.get("rw") or "-").zfill(3))
        show("address", address)
        show("kelurahan_code", regions().describe(record["kelurahan_code"]) if record.get("kelurahan_code") else "")
        show("phone", format_phone(record["phone"]) if record.get("phone") else "")
        show("category", category_name(record.get("category")))
        laid_off = record.get("category") == "phk" or record.get("former_employer") or record.get("phk_date")
        for key in ("former_employer", "phk_date"):
            self.values[key].setVisible(bool(laid_off))
            self.value_names[key].setVisible(bool(laid_off))
        show("former_employer", record.get("former_employer"))
        show("phk_date", format_date(record.get("phk_date")))
        show("program_code", self.program_names.get(record.get("program_code") or "", record.get("program_code")))
        show("status", self.tr("Mundur") if self.withdrawn() else status_name(record.get("status")))
        show("short_code", record.get("short_code"))
        registered = format_datetime(record.get("registered_at"))
        if record.get("registered_by"):
            registered = self.tr("%1 oleh %2").replace("%1", registered).replace("%2", str(record["registered_by"]))
        show("registered", registered)
        if record.get("consent"):
            consent = self.tr("Ya, %1").replace("%1", format_datetime(record.get("consent_at")))
        else:
            consent = self.tr("Belum")
        show("consent", consent.rstrip(", "))
        show("notes", record.get("notes"))
        editable = not self.withdrawn() and _form_class() is not None
        self.edit_button.setEnabled(editable)
        if self.withdrawn():
            self.edit_button.setToolTip(self.tr("Data peserta yang sudah mundur tidak diubah lagi."))
        elif _form_class() is None:
            self.edit_button.setToolTip(self.tr("Formulir pengubahan belum tersedia di versi ini."))
        else:
            self.edit_button.setToolTip(self.tr("Ubah data peserta ini dengan formulir pendaftaran"))

    def _show_photo(self) -> None:
        photo_id = self.record.get("photo")
        found = get_photo(self.workspace, str(photo_id)) if photo_id else None
        pixmap = QPixmap()
        if found is not None:
            pixmap.loadFromData(found[0])
        if pixmap.isNull():
            self.photo_view.setPixmap(QPixmap())
            self.photo_view.setText(self.tr("Tanpa foto") if not photo_id else self.tr("Foto tidak dapat dibaca"))
            set_role(self.photo_view, "muted")
            return
        self.photo_view.setPixmap(
            pixmap.scaled(
                self.photo_view.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def quota(self) -> tuple[int | None, int]:
        """(quota, accepted) of this participant's training."""
        code = self.record.get("program_code")
        return program_load(self.workspace, str(code)) if code else (None, 0)

    def _show_status(self) -> None:
        current = str(self.record.get("status") or "terdaftar")
        quota, accepted = self.quota()
        program = self.program_names.get(self.record.get("program_code") or "", "")
        if quota is None:
            text = self.tr("%1: diterima %2, kuota belum ditetapkan")
            text = text.replace("%1", program).replace("%2", str(accepted))
            full = False
        else:
            text = (
                self.tr("%1: diterima %2 dari kuota %3")
                .replace("%1", program)
                .replace("%2", str(accepted))
                .replace("%3", str(quota))
            )
            full = accepted >= quota
            if full:
                text += " · " + self.tr("kuota penuh")
            else:
                text += " · " + self.tr("sisa %1 tempat").replace("%1", str(quota - accepted))
        self.quota_label.setText(text)
        set_role(self.quota_label, "warning" if full and current != "diterima" else "heading")
        hints = {
            "terdaftar": self.tr("baru didaftarkan, belum diperiksa"),
            "terverifikasi": self.tr("data dan kelayakan sudah diperiksa"),
            "diterima": self.tr("masuk kelas pelatihan (memakai kuota)"),
            "cadangan": self.tr("menunggu tempat kosong"),
            "ditolak": self.tr("tidak memenuhi syarat"),
        }
        if full and current != "diterima":
            hints["diterima"] = self.tr("kuota penuh: tidak dapat diterima sekarang")
        for code, button in self.status_buttons.items():
            label = status_name(code)
            if code == current:
                label = self.tr("%1 (sekarang)").replace("%1", label)
            button.setText(label)
            self.status_hints[code].setText(hints[code])
            button.setEnabled(not self.withdrawn())
        blocked = self.status_group.blockSignals(True)
        self.status_buttons.get(current, self.status_buttons["terdaftar"]).setChecked(True)
        self.status_group.blockSignals(blocked)
        self._status_choice_changed()

        withdrawn = self.withdrawn()
        for widget in (self.withdraw_help, self.reason_label, self.reason_edit, self.withdraw_button):
            widget.setVisible(not withdrawn)
        self.withdrawn_label.setVisible(withdrawn)
        if withdrawn:
            text = self.tr("Mengundurkan diri pada %1.").replace("%1", format_datetime(self.record.get("withdrawn_at")))
            if self.record.get("withdraw_reason"):
                text += "\n" + self.tr("Alasan: %1").replace("%1", str(self.record["withdraw_reason"]))
            self.withdrawn_label.setText(text)

    def chosen_status(self) -> str:
        for code, button in self.status_buttons.items():
            if button.isChecked():
                return code
        return str(self.record.get("status") or "terdaftar")

    def _status_choice_changed(self) -> None:
        self.status_save_button.setEnabled(
            not self.withdrawn() and self.chosen_status() != (self.record.get("status") or "terdaftar")
        )

    def _show_history(self) -> None:
        events = ParticipantRepository(self.workspace).history(self.participant_id)  # NIK hidden from a trainer
        rows = list(reversed(list(self._describe_events(events))))  # newest first
        table = self.history_table
        table.setRowCount(len(rows))
        for row, (when, who, laptop, what) in enumerate(rows):
            for column, text in enumerate((when, who, laptop, what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
            # One line per changed field, with a little air between the events (long values end in "…",
            # whole in the tooltip).
            table.setRowHeight(row, (what.count("\n") + 1) * table.fontMetrics().lineSpacing() + 12)

    def _describe_events(self, events: Iterable[dict[str, Any]]) -> Iterable[tuple[str, str, str, str]]:
        """(when, who, laptop, what) for each event, oldest first; old values come from replaying the log."""
        state: dict[str, Any] = {}
        for event in events:
            fields: dict[str, Any] = event.get("fields") or {}
            op = event.get("op")
            if op == "create":
                what = self.tr("Didaftarkan")
                program = fields.get("program_code")
                if program:
                    what += " — " + self._history_value("program_code", program)
                lines = [what]
            elif op == "delete":
                lines = [self.tr("Dihapus")]
            else:
                lines = []
                for name, new in fields.items():
                    if name in _QUIET_FIELDS or name.startswith("_"):
                        continue
                    if name == "withdrawn_at" and new:
                        line = self.tr("Mengundurkan diri")
                        reason = fields.get("withdraw_reason")
                        if reason:
                            line += " — " + self.tr("alasan: %1").replace("%1", str(reason))
                        lines.append(line)
                        continue
                    old = state.get(name)
                    before, after = self._history_value(name, old), self._history_value(name, new)
                    lines.append(f"{field_label(name)}: {before} → {after}")
                if not lines:
                    lines = [self.tr("Perubahan data")]
            state.update(fields)
            yield (
                _event_time(event["hlc"]),
                str(event.get("actor") or "—"),
                str(event.get("device_name") or event.get("device_id") or "—"),
                "\n".join(lines),
            )

    def _history_value(self, name: str, value: Any) -> str:
        """A field's value in words, as the history shows it."""
        if value is None or value == "":
            return self.tr("(kosong)")
        formatters: dict[str, Callable[[Any], str]] = {
            "category": category_name,
            "status": status_name,
            "education": education_name,
            "gender": gender_name,
            "program_code": lambda code: self.program_names.get(code, str(code)),
            "kelurahan_code": lambda code: regions().describe(str(code)),
            "phone": lambda number: format_phone(str(number)),
            "consent": lambda given: self.tr("Ya") if given else self.tr("Tidak"),
            "photo": lambda _photo: self.tr("foto baru"),
            "duplicate_of": self._participant_words,
        }
        if name in formatters:
            return formatters[name](value)
        if name in _DATE_FIELDS:
            return format_date(value)
        if name in _DATETIME_FIELDS:
            return format_datetime(value)
        text = str(value)
        return text if len(text) <= 80 else text[:79] + "…"

    def _participant_words(self, participant_id: Any) -> str:
        other = self.repo.get(str(participant_id))
        if other is None:
            return str(participant_id)
        return f"{other.get('full_name') or ''} ({other.get('short_code') or ''})"

    # --- editing ------------------------------------------------------------------------------------
    def editing(self) -> bool:
        return self.data_stack.currentIndex() == 1

    def start_editing(self) -> None:
        """Show the registration form filled with this person's data."""
        form_class = _form_class()
        if form_class is None or self.withdrawn():
            return
        if self.form is not None:
            self.form.deleteLater()
        self.form = form_class(self.workspace, self.service, None, editing_id=self.participant_id)
        self.form.set_record(dict(self.record))
        self.form.validityChanged.connect(self._form_validity)
        self.form.changed.connect(self._form_changed)
        self.form.openParticipantRequested.connect(self.openParticipantRequested)
        self.form.submitRequested.connect(self._submit)
        self.form_host.addWidget(self.form)
        self._form_dirty = False
        self._show_errors([])
        self.save_button.setEnabled(not self.form.errors())
        self.save_button.setDefault(True)
        self.data_stack.setCurrentIndex(1)
        self.tabs.setCurrentIndex(self.DATA_TAB)
        for index in (self.STATUS_TAB, self.HISTORY_TAB):
            self.tabs.setTabEnabled(index, False)  # one thing at a time: save or cancel first
        self.note_label.clear()
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        """Enter in the form: save when it is valid, else show what is missing."""
        if self.form is None:
            return
        if self.form.errors():
            self.form.reveal_errors()
        else:
            self.save_edits()

    def _form_validity(self, valid: bool) -> None:
        self.save_button.setEnabled(valid)

    def _form_changed(self) -> None:
        self._form_dirty = True

    def changes(self) -> dict[str, Any]:
        """The fields whose value in the form (normalised as stored) differs from the saved record.

        A field left blank is None (the service clears it); the consent time stays when consent was given.
        """
        if self.form is None:
            return {}
        edited = self.form.checked_values()
        result: dict[str, Any] = {}
        for name in INPUT_FIELDS:
            if name == "consent_at":
                continue
            new, old = edited.get(name), self.record.get(name)
            if _comparable(new) != _comparable(old):
                result[name] = new
        return result

    def save_edits(self) -> bool:
        """Save the form through the service; on any refusal the form stays as typed, with the reasons."""
        if self.form is None:
            return False
        changes = self.changes()
        if not changes:
            self._finish_editing()
            self.note_label.setText(self.tr("Tidak ada yang berubah."))
            set_role(self.note_label, "muted")
            return True
        try:
            saved = self.service.update(self.participant_id, changes)
        except DuplicateNik as error:
            self._duplicate_id = error.existing_id
            details = error.details
            self._show_errors(
                [
                    message("nik.duplicate")
                    + " "
                    + self.tr("Pemiliknya: %1 (%2).")
                    .replace("%1", str(details.get("existing_name") or ""))
                    .replace("%2", str(details.get("existing_short_code") or ""))
                ],
                duplicate=True,
            )
            return False
        except ValidationFailed as error:
            self._show_errors([message(code) for code in error.errors])
            return False
        except PintuError as error:
            self._show_errors([message(error.code)])
            return False
        self.record = self._read()
        self._finish_editing()
        self._show_record()
        count = len(changes)
        note = self.tr("Perubahan disimpan (%1 isian).").replace("%1", str(count))
        if saved.warnings:
            note += " " + " ".join(message(w["code"]) for w in saved.warnings)
        self.note_label.setText(note)
        set_role(self.note_label, "warning" if saved.warnings else "success")
        self.changed.emit()
        return True

    def cancel_editing(self) -> None:
        if self._form_dirty and not ask(
            self,
            self.tr("Batalkan perubahan"),
            self.tr("Perubahan yang belum disimpan akan hilang. Batalkan?"),
            self.tr("Ya, batalkan"),
            self.tr("Lanjutkan mengubah"),
        ):
            return
        self._finish_editing()

    def _finish_editing(self) -> None:
        self.data_stack.setCurrentIndex(0)
        self.save_button.setDefault(False)
        for index in (self.STATUS_TAB, self.HISTORY_TAB):
            self.tabs.setTabEnabled(index, True)
        if self.form is not None:
            self.form_host.removeWidget(self.form)
            self.form.hide()
            self.form.deleteLater()
            self.form = None
        self._form_dirty = False
        self._show_errors([])
        self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_errors(self, lines: list[str], *, duplicate: bool = False) -> None:
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))
        self.open_duplicate_button.setVisible(duplicate)
        if not duplicate:
            self._duplicate_id = None

    def _open_duplicate(self) -> None:
        if self._duplicate_id:
            self.openParticipantRequested.emit(self._duplicate_id)

    # --- status and withdrawal ------------------------------------------------------------------------
    def save_status(self) -> bool:
        return self.change_status(self.chosen_status())

    def change_status(self, status: str) -> bool:
        """Save a new status; a refused acceptance (quota full) is explained, with the waitlist offered."""
        if self.withdrawn() or status == self.record.get("status"):
            return False
        try:
            self.service.update(self.participant_id, {"status": status})
        except ValidationFailed as error:
            self._status_refused(error)
            return False
        except PintuError as error:
            self._status_note(message(error.code), "error-box")
            return False
        old = self.record.get("status")
        self.record = self._read()
        self._show_record()
        self._status_note(
            self.tr("Status diubah: %1 → %2.").replace("%1", status_name(old)).replace("%2", status_name(status)),
            "success-box",
        )
        self.waitlist_button.hide()
        self.changed.emit()
        return True

    def _status_refused(self, error: ValidationFailed) -> None:
        if "status.quota_full" in error.errors:
            quota = error.details.get("quota")
            accepted = error.details.get("accepted")
            program = self.program_names.get(self.record.get("program_code") or "", "")
            text = (
                self.tr("Belum dapat diterima: kuota %1 sudah penuh (%2 dari %3 tempat terisi).")
                .replace("%1", program)
                .replace("%2", str(accepted))
                .replace("%3", str(quota))
            )
            text += " " + self.tr(
                "Jadikan peserta ini cadangan: ia mendapat tempat bila ada yang mundur. "
                "Atau naikkan kuota pelatihan lebih dulu."
            )
            self._status_note(text, "warning-box")
            self.waitlist_button.setVisible(self.record.get("status") != "cadangan")
            self.waitlist_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._status_note("\n".join(message(code) for code in error.errors), "error-box")
        self._show_status()
        self.status_buttons.get(str(self.record.get("status")), self.status_buttons["terdaftar"]).setChecked(True)

    def _status_note(self, text: str, role: str) -> None:
        self.status_message.setText(text)
        set_role(self.status_message, role)
        self.status_message.show()

    def _reason_changed(self, text: str) -> None:
        self.withdraw_button.setEnabled(bool(text.strip()) and not self.withdrawn())

    def withdraw(self) -> bool:
        """Withdraw the person (asked first): they leave the lists and quotas; record and history stay."""
        reason = self.reason_edit.currentText().strip()
        if not reason or self.withdrawn():
            return False
        name = str(self.record.get("full_name") or "")
        if not ask(
            self,
            self.tr("Mundurkan peserta"),
            self.tr(
                "%1 akan ditandai mengundurkan diri dan hilang dari daftar peserta dan kuota pelatihan.\n\n"
                "Alasan: %2\n\nData dan riwayatnya tetap disimpan. Lanjutkan?"
            )
            .replace("%1", name)
            .replace("%2", reason),
            self.tr("Ya, mundurkan"),
            self.tr("Batal"),
        ):
            return False
        try:
            self.service.withdraw(self.participant_id, reason)
        except PintuError as error:
            self._status_note(message(error.code), "error-box")
            return False
        self.record = self._read()
        self._show_record()
        self.status_message.hide()
        self.waitlist_button.hide()
        self.note_label.setText(self.tr("%1 sudah dicatat mengundurkan diri.").replace("%1", name))
        set_role(self.note_label, "success")
        self.changed.emit()
        return True

    # --- closing and language -----------------------------------------------------------------------
    def reject(self) -> None:
        """Close; unsaved edits are only thrown away when the user says so."""
        if self.editing() and self._form_dirty and not ask(
            self,
            self.tr("Tutup tanpa menyimpan"),
            self.tr("Perubahan data belum disimpan. Tutup dan buang perubahan?"),
            self.tr("Tutup, buang perubahan"),
            self.tr("Kembali ke formulir"),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closed (by any way): an open form goes with the dialog, its pending checks with it."""
        if self.form is not None:
            self._finish_editing()
        super().done(result)

    def _retranslate(self) -> None:
        self.tabs.setTabText(self.DATA_TAB, self.tr("Data"))
        self.tabs.setTabText(self.STATUS_TAB, self.tr("Status"))
        self.tabs.setTabText(self.HISTORY_TAB, self.tr("Riwayat"))
        self.groups["identity"].setTitle(self.tr("Identitas"))
        self.groups["address"].setTitle(self.tr("Alamat dan kontak"))
        self.groups["training"].setTitle(self.tr("Pelatihan"))
        self.groups["registration"].setTitle(self.tr("Pendaftaran"))
        names = {
            "birth": self.tr("Tempat, tgl. lahir"),
            "registered": self.tr("Didaftarkan"),
        }
        for key, label in self.value_names.items():
            label.setText(names.get(key) or field_label(key))
        self._align_labels()
        self.edit_button.setText(self.tr("Ubah data"))
        self.save_button.setText(self.tr("Simpan perubahan"))
        self.cancel_button.setText(self.tr("Batal"))
        self.open_duplicate_button.setText(self.tr("Buka data pemilik NIK itu"))
        self.close_button.setText(self.tr("Tutup"))
        self.selection_group.setTitle(self.tr("Status seleksi"))
        self.status_save_button.setText(self.tr("Simpan status"))
        self.waitlist_button.setText(self.tr("Jadikan cadangan"))
        self.withdraw_group.setTitle(self.tr("Mengundurkan diri"))
        self.withdraw_help.setText(
            self.tr(
                "Peserta yang mundur hilang dari daftar dan tidak lagi memakai kuota. "
                "Datanya dan riwayatnya tetap disimpan."
            )
        )
        self.reason_label.setText(self.tr("&Alasan mundur (wajib):"))
        current = self.reason_edit.currentText()
        self.reason_edit.clear()
        self.reason_edit.addItems(
            [
                self.tr("Sudah bekerja lagi"),
                self.tr("Pindah tempat tinggal"),
                self.tr("Sakit"),
                self.tr("Tidak dapat dihubungi"),
                self.tr("Alasan keluarga"),
            ]
        )
        self.reason_edit.setEditText(current)
        reason_line = self.reason_edit.lineEdit()  # the combo is editable: it has one
        if reason_line is not None:
            reason_line.setPlaceholderText(self.tr("Pilih atau ketik alasannya"))
        self.withdraw_button.setText(self.tr("Mundurkan peserta…"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Petugas"), self.tr("Laptop"), self.tr("Perubahan")]
        )
        self.history_help.setText(
            self.tr("Setiap perubahan data ini, terbaru di atas: kapan, oleh siapa, di laptop mana, apa yang berubah.")
        )

    def _align_labels(self) -> None:
        """The groups stacked in one column start their values at the same place."""
        for sections in self._label_columns:
            labels = [
                label
                for section in sections
                for label in self.groups[section].findChildren(QLabel)
                if label in self.value_names.values()
            ]
            width = max((label.fontMetrics().horizontalAdvance(label.text()) for label in labels), default=0)
            for label in labels:
                label.setMinimumWidth(width + 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_record()
        super().changeEvent(event)


def _comparable(value: Any) -> Any:
    """Values as the form and the database may hold them (a date or its ISO text, "" or None) compared alike."""
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    return str(value).strip()
