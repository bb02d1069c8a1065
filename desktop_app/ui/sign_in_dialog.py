"""Signing in on a shared laptop: choose your name, type your PIN.

`SignInPanel` is the form itself; `SignInDialog` shows it at start-up, and the idle lock
(`ui.idle_lock`) shows it over the window. Checking the PIN, counting failures and the growing wait
are the core's (`storage.people.sign_in`); the panel only says so in words: after a wrong PIN that
must be waited out, a countdown runs and the button stays disabled until it ends.

`sign_in_at_start(workspace)` is what the app calls after opening the workspace.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.core.pin import PIN_MAX_LENGTH
from desktop_app.core.roles import Role, Session
from desktop_app.storage.people import has_people, list_people, sign_in, wait_seconds
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.messages import message
from desktop_app.ui.style import app_icon, make_primary, set_role

PERSON_ID = Qt.ItemDataRole.UserRole
PERSON_NAME = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2

ROLE_NAMES: dict[Role, str] = {
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Koordinator"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "Petugas pendata"),
    Role.TRAINER: QT_TRANSLATE_NOOP("Roles", "Pelatih"),
}


def role_name(role: Role) -> str:
    """A role in words, in the current language."""
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


class SignInPanel(QWidget):
    """Names to choose from, a PIN field and the button; emits `signedIn` with the new session."""

    signedIn = Signal(object)  # core.roles.Session

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._clock = clock
        self._wait_until = 0.0
        self._problem = ""  # the message code shown, re-read on a language change
        self.countdown_text = ""

        self.heading = QLabel(self)
        set_role(self.heading, "title")
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        set_role(self.help_label, "muted")
        self.people_list = QListWidget(self)
        self.people_list.setObjectName("signInPeople")
        self.people_list.setMinimumHeight(140)
        self.people_list.currentItemChanged.connect(self._person_chosen)
        self.people_list.itemActivated.connect(lambda _item: self.pin_edit.setFocus())
        self.pin_label = QLabel(self)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("signInPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(PIN_MAX_LENGTH)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.pin_edit))
        self.pin_edit.returnPressed.connect(self.try_sign_in)
        self.pin_label.setBuddy(self.pin_edit)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signInButton")
        make_primary(self.sign_in_button)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("signInMessage")
        set_role(self.message_label, "error")
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin_edit, 1)
        pin_row.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.help_label)
        layout.addWidget(self.people_list, 1)
        layout.addLayout(pin_row)
        layout.addWidget(self.message_label)
        self._retranslate()
        self.reload()

    # --- people -------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the people again (someone may have been added); select `select`, else the first."""
        self.people_list.clear()
        for person in list_people(self.workspace):
            item = QListWidgetItem(self._entry(person.name, person.role))
            item.setData(PERSON_ID, person.id)
            item.setData(PERSON_NAME, person.name)
            item.setData(PERSON_ROLE, person.role.value)
            self.people_list.addItem(item)
            if person.id == select:
                self.people_list.setCurrentItem(item)
        if self.people_list.currentItem() is None and self.people_list.count():
            self.people_list.setCurrentRow(0)
        self.pin_edit.clear()

    @staticmethod
    def _entry(name: str, role: Role) -> str:
        return f"{name}  ·  {role_name(role)}"

    def person_id(self) -> str | None:
        item = self.people_list.currentItem()
        return str(item.data(PERSON_ID)) if item is not None else None

    def _person_chosen(self, *_args: object) -> None:
        self.pin_edit.clear()
        self._show_problem("")
        person_id = self.person_id()
        self._start_wait(wait_seconds(self.workspace, person_id, now=self._clock()) if person_id else 0)
        self.pin_edit.setFocus()

    # --- signing in ---------------------------------------------------------------------------------
    def try_sign_in(self) -> None:
        person_id = self.person_id()
        if person_id is None:
            self._show_problem("person.choose")
            return
        if self._wait_until > self._clock() or not self.sign_in_button.isEnabled():
            return
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        try:
            session = sign_in(self.workspace, person_id, pin, now=self._clock())
        except PintuError as error:
            self._show_problem(error.code)
            if error.code == "pin.wrong":
                self._start_wait(int(error.details.get("wait") or 0))
            elif error.code == "pin.wait":
                self._start_wait(int(error.details.get("seconds") or 0))
            elif error.code == "person.not_found":
                self.reload()
            return
        self._show_problem("")
        self.signedIn.emit(session)

    def _start_wait(self, seconds: int) -> None:
        self._wait_until = self._clock() + seconds if seconds > 0 else 0.0
        self._tick()
        if seconds > 0:
            self._timer.start()

    def seconds_left(self) -> int:
        return max(0, int(self._wait_until - self._clock() + 0.999))

    def _tick(self) -> None:
        left = self.seconds_left()
        self.sign_in_button.setEnabled(left == 0)
        self.pin_edit.setEnabled(left == 0)
        if left == 0:
            self._timer.stop()
            self.countdown_text = ""
            if self._problem == "pin.wait":
                self._show_problem("")
            self._refresh_message()
            self.pin_edit.setFocus()
            return
        self.countdown_text = self.tr("Coba lagi dalam %1 detik.").replace("%1", str(left))
        self._refresh_message()

    def _show_problem(self, code: str) -> None:
        self._problem = code
        self._refresh_message()

    def _refresh_message(self) -> None:
        parts = [message(self._problem)] if self._problem else []
        if self.countdown_text:
            parts.append(self.countdown_text)
        self.message_label.setText(" ".join(parts))
        self.message_label.setVisible(bool(parts))

    # --- language -----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Siapa yang memakai laptop ini?"))
        self.help_label.setText(self.tr("Pilih nama Anda, lalu ketik PIN Anda."))
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin_edit.setPlaceholderText(self.tr("4-8 angka"))
        self.sign_in_button.setText(self.tr("Masuk"))
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setText(self._entry(str(item.data(PERSON_NAME)), Role(item.data(PERSON_ROLE))))
        if self.seconds_left():
            self._tick()
        else:
            self._refresh_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class SignInDialog(QDialog):
    """The sign-in at start-up: accepted once someone signed in; `Keluar` (reject) closes the app."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.setWindowIcon(app_icon())
        self.panel = SignInPanel(workspace, self, clock=clock)
        self.panel.signedIn.connect(self._signed_in)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.resize(440, 420)
        self._retranslate()
        self.panel.pin_edit.setFocus()

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Masuk ke Pintu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def sign_in_at_start(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """Ask who is using the laptop, if people were set up on it; True once someone signed in.

    With nobody set up, nothing is asked and the passphrase holder keeps every right (True). False:
    the dialog was closed without signing in, and the app should close.
    """
    if not has_people(workspace):
        return True
    dialog = SignInDialog(workspace, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.session is not None
