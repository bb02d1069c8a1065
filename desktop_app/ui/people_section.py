"""The "Orang & PIN" part of the settings page: who uses this laptop, their roles and PINs.

A coordinator (or, before anyone is set up, whoever opened the workspace) adds people with a role and
a PIN, gives someone a new PIN, and removes people; anyone signed in changes their own PIN. The rules
(first person a coordinator, never the last coordinator, PIN format, the wait after wrong PINs) are the
core's (`storage.people`); this section shows them in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.core.pin import PIN_MAX_LENGTH, check_pin
from desktop_app.core.roles import Capability, Role
from desktop_app.storage import people
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.messages import message
from desktop_app.ui.participant_table_model import format_datetime
from desktop_app.ui.sign_in_dialog import role_name
from desktop_app.ui.style import icon, make_primary, set_role

PERSON_ID = Qt.ItemDataRole.UserRole
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def pin_field(parent: QWidget) -> QLineEdit:
    """A masked field that takes digits only, at most 8."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX_LENGTH)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), field))
    return field


class PinDialog(QDialog):
    """A new PIN typed twice (and the current one, to change one's own); `apply(old, new)` saves it.

    A refusal from the core (wrong current PIN, a PIN too simple) is shown here and the dialog stays open.
    """

    def __init__(self, apply: Callable[[str, str], None], *, ask_current: bool, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.setWindowTitle(title)
        self.current_edit = pin_field(self) if ask_current else None
        self.new_edit = pin_field(self)
        self.new_edit.setObjectName("newPin")
        self.again_edit = pin_field(self)
        self.again_edit.setObjectName("newPinAgain")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        form = QFormLayout()
        if self.current_edit is not None:
            self.current_edit.setObjectName("currentPin")
            form.addRow(self.tr("PIN sekarang:"), self.current_edit)
        form.addRow(self.tr("PIN baru:"), self.new_edit)
        form.addRow(self.tr("Ulangi PIN baru:"), self.again_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan PIN"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        new = self.new_edit.text()
        try:
            if new != self.again_edit.text():
                raise PintuError("pin.mismatch")
            check_pin(new)
            self._apply(self.current_edit.text() if self.current_edit is not None else "", new)
        except PintuError as error:
            self.error_label.setText(message(error.code))
            self.error_label.show()
            for field in (self.current_edit, self.new_edit, self.again_edit):
                if field is not None:
                    field.clear()
            (self.current_edit or self.new_edit).setFocus()
            return
        self.accept()


class PeopleSection(QFrame):
    """The card on the settings page; `changed` after someone was added or removed or got a new PIN."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        set_role(self, "card")
        self.setMaximumWidth(860)
        self.setObjectName("peopleSection")
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        set_role(self.help_label, "muted")

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("peopleTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("personName")
        self.name_edit.setMaxLength(people.MAX_NAME_LENGTH)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("personRole")
        for role in (Role.OFFICER, Role.TRAINER, Role.COORDINATOR):
            self.role_combo.addItem(role_name(role), role.value)
        self.pin_edit = pin_field(self)
        self.pin_edit.setObjectName("personPin")
        self.pin_again_edit = pin_field(self)
        self.pin_again_edit.setObjectName("personPinAgain")
        self.add_button = QPushButton(icon("add"), "", self)
        self.add_button.setObjectName("addPerson")
        make_primary(self.add_button)
        self.add_button.clicked.connect(self.add_person)
        self.pin_again_edit.returnPressed.connect(self.add_person)
        self.remove_button = QPushButton(icon("close"), "", self)
        self.remove_button.setObjectName("removePerson")
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_pin_button = QPushButton(self)
        self.reset_pin_button.setObjectName("resetPin")
        self.reset_pin_button.clicked.connect(self.reset_selected_pin)
        self.own_pin_button = QPushButton(self)
        self.own_pin_button.setObjectName("changeOwnPin")
        self.own_pin_button.clicked.connect(self.change_own_pin)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("peopleMessage")
        self.message_label.hide()

        self.add_form = QWidget(self)
        add_layout = QFormLayout(self.add_form)
        add_layout.setContentsMargins(0, 0, 0, 0)
        self.add_captions = [QLabel(self.add_form) for _ in range(4)]
        for caption, field in zip(self.add_captions, (self.name_edit, self.role_combo, self.pin_edit,
                                                      self.pin_again_edit), strict=True):
            caption.setBuddy(field)
            add_layout.addRow(caption, field)
        add_layout.addRow("", self.add_button)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.reset_pin_button)
        table_buttons.addWidget(self.remove_button)
        table_buttons.addStretch(1)
        table_buttons.addWidget(self.own_pin_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.help_label)
        layout.addWidget(self.table)
        layout.addLayout(table_buttons)
        layout.addWidget(self.add_form)
        layout.addWidget(self.message_label)
        self._retranslate()
        self.refresh()

    # --- reading --------------------------------------------------------------------------------------
    def manages(self) -> bool:
        return self.workspace.session.can(Capability.MANAGE_PEOPLE)

    def refresh(self) -> None:
        """Follow the session and the people on the laptop (called when shown and after each change)."""
        session = self.workspace.session
        manages = self.manages()
        everyone = people.list_people(self.workspace) if manages else []
        self.table.setRowCount(len(everyone))
        for row, person in enumerate(everyone):
            name = QTableWidgetItem(person.name)
            name.setData(PERSON_ID, person.id)
            if person.id == session.person_id:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.table.setItem(row, 0, name)
            role = QTableWidgetItem(role_name(person.role))
            role.setData(PERSON_ROLE, person.role.value)
            self.table.setItem(row, 1, role)
            self.table.setItem(row, 2, QTableWidgetItem(format_datetime(person.last_sign_in_at)))
        first = manages and not everyone
        if first:  # the first person must be a coordinator
            self.role_combo.setCurrentIndex(self.role_combo.findData(Role.COORDINATOR.value))
        self.role_combo.setEnabled(not first)
        for widget in (self.table, self.add_form, self.remove_button, self.reset_pin_button):
            widget.setVisible(manages)
        self.own_pin_button.setVisible(session.signed_in)
        self.setVisible(manages or session.signed_in)
        self._selection_changed()
        self._retranslate_help()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(PERSON_ID)) if item is not None else None

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.remove_button.setEnabled(chosen)
        self.reset_pin_button.setEnabled(chosen)

    # --- changes ----------------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        set_role(self.message_label, "success")
        self.message_label.setText(text)
        self.message_label.show()
        self.refresh()
        self.changed.emit()

    def _problem(self, error: PintuError) -> None:
        set_role(self.message_label, "error")
        self.message_label.setText(message(error.code))
        self.message_label.show()

    def add_person(self) -> None:
        try:
            if self.pin_edit.text() != self.pin_again_edit.text():
                raise PintuError("pin.mismatch")
            person = people.add_person(self.workspace, self.name_edit.text(), str(self.role_combo.currentData()),
                                       self.pin_edit.text())
        except PintuError as error:
            self._problem(error)
            self.pin_edit.clear()
            self.pin_again_edit.clear()
            return
        for field in (self.name_edit, self.pin_edit, self.pin_again_edit):
            field.clear()
        self._done(self.tr("%1 ditambahkan sebagai %2.").replace("%1", person.name)
                   .replace("%2", role_name(person.role).lower()))

    def confirm(self, text: str) -> bool:
        """Ask before removing someone (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Hapus orang"), text)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        if not self.confirm(self.tr("Hapus %1 dari laptop ini? Namanya tetap tercatat pada data yang pernah "
                                    "diubahnya.").replace("%1", name)):
            return
        try:
            people.remove_person(self.workspace, person_id)
        except PintuError as error:
            self._problem(error)
            return
        self._done(self.tr("%1 dihapus dari laptop ini.").replace("%1", name))

    def pin_dialog(self, apply: Callable[[str, str], None], *, ask_current: bool, title: str) -> PinDialog:
        return PinDialog(apply, ask_current=ask_current, title=title, parent=self)

    def reset_selected_pin(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        dialog = self.pin_dialog(lambda _current, new: people.reset_pin(self.workspace, person_id, new),
                                 ask_current=False, title=self.tr("PIN baru untuk %1").replace("%1", name))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("PIN %1 sudah diganti.").replace("%1", name))

    def change_own_pin(self) -> None:
        dialog = self.pin_dialog(lambda current, new: people.change_own_pin(self.workspace, current, new),
                                 ask_current=True, title=self.tr("Ganti PIN saya"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("PIN Anda sudah diganti."))

    # --- language -------------------------------------------------------------------------------------
    def _retranslate_help(self) -> None:
        if self.manages() and self.table.rowCount() == 0:
            self.help_label.setText(self.tr(
                "Belum ada orang di laptop ini. Tambahkan koordinator pertama; setelah itu setiap orang masuk "
                "dengan nama dan PIN-nya sendiri, dan laptop terkunci sendiri setelah beberapa menit tidak dipakai."))
        elif self.manages():
            self.help_label.setText(self.tr(
                "Setiap orang masuk dengan nama dan PIN-nya sendiri. Pelatih hanya melihat nama, foto dan "
                "kehadiran (tidak pernah NIK, KK, nomor HP atau alamat); petugas mendaftar dan mengubah data; "
                "koordinator boleh melakukan semuanya. PIN hanya disimpan di laptop ini."))
        else:
            self.help_label.setText(self.tr("PIN Anda hanya berlaku di laptop ini."))

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Orang & PIN"))
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Peran"), self.tr("Terakhir masuk")])
        for caption, text in zip(self.add_captions, (self.tr("&Nama:"), self.tr("P&eran:"), self.tr("P&IN:"),
                                                     self.tr("&Ulangi PIN:")), strict=True):
            caption.setText(text)
        self.pin_edit.setPlaceholderText(self.tr("4-8 angka"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_name(Role(self.role_combo.itemData(index))))
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            if item is not None:
                item.setText(role_name(Role(item.data(PERSON_ROLE))))
        self.add_button.setText(self.tr("Tambah orang"))
        self.remove_button.setText(self.tr("Hapus"))
        self.reset_pin_button.setText(self.tr("Buat PIN baru"))
        self.own_pin_button.setText(self.tr("Ganti PIN saya"))
        self._retranslate_help()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # texts only: the workspace may be closed by now (a window being torn down)
        super().changeEvent(event)
