"""Locking the window after a few idle minutes: a laptop left on a table shows nobody's data.

`install_idle_lock(window, workspace)` puts an application-wide event filter in place. Any key, click,
wheel or touch counts as activity; after `minutes` without any (5 by default), the window's content is
covered by the sign-in (`ui.sign_in_dialog.SignInPanel`), other open windows and dialogs are closed
(unsaved edits in a dialog are dropped; the registration form keeps its draft), and nothing behind the
cover takes a key, a click or a shortcut. The same person or another one signs in to continue; the
window then follows the new person's role (`MainWindow.apply_session`). Ctrl+L locks at once.

On a laptop with nobody set up (no PINs), there is nothing to sign in to: the window never locks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.roles import Session
from desktop_app.storage.people import has_people
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.sign_in_dialog import SignInPanel
from desktop_app.ui.style import set_role

DEFAULT_IDLE_MINUTES = 5
CHECK_INTERVAL_MS = 5_000

# What a person does (activity), and what is kept from the window while it is locked.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
_BLOCKED = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.ContextMenu, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.DragEnter, QEvent.Type.Drop,
})


class PassphrasePanel(QWidget):
    """The lock's way back when no people are set up on the laptop: the workspace passphrase.

    Same surface as `SignInPanel` (`signedIn`, `reload`, `pin_edit`), so the overlay holds either. Wrong
    tries count in the key file with the same growing wait as at start.
    """

    signedIn = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.caption = QLabel(self)
        self.pin_edit = QLineEdit(self)  # named as in SignInPanel: the field the lock focuses
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.returnPressed.connect(self.try_unlock)
        self.caption.setBuddy(self.pin_edit)
        self.error = QLabel(self)
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.button = QPushButton(self)
        self.button.clicked.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self._retranslate()

    def reload(self, select: str | None = None) -> None:
        self.pin_edit.clear()
        self.error.hide()

    def try_unlock(self) -> None:
        from desktop_app.core.errors import PintuError
        from desktop_app.storage import keyfile
        from desktop_app.ui.messages import message

        if self.workspace.path is None:
            self.signedIn.emit(self.workspace.session)
            return
        try:
            keyfile.unlock(self.workspace.path, passphrase=self.pin_edit.text())
        except PintuError as error:
            wait = error.details.get("wait") or error.details.get("seconds") or 0
            text = message(error.code)
            if wait:
                text += " " + self.tr("Coba lagi dalam %n detik.", "", int(wait))
            self.error.setText(text)
            self.error.show()
            self.pin_edit.selectAll()
            return
        self.pin_edit.clear()
        self.signedIn.emit(self.workspace.session)

    def _retranslate(self) -> None:
        self.caption.setText(self.tr("&Kata sandi ruang kerja"))
        self.button.setText(self.tr("Buka"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class LockOverlay(QFrame):
    """An opaque cover over the whole window with the sign-in in the middle."""

    def __init__(self, window: QWidget, workspace: Workspace, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lockOverlay { background: #1f2d3b; }")
        card = QFrame(self)
        set_role(card, "card")
        card.setFixedWidth(440)
        self.heading = QLabel(card)
        set_role(self.heading, "heading")
        self.heading.setObjectName("lockHeading")
        self.heading.setWordWrap(True)
        # With people on the laptop, whoever comes back signs in with their PIN; with none, the passphrase.
        self.panel: SignInPanel | PassphrasePanel = (
            SignInPanel(workspace, card, clock=clock) if has_people(workspace) else PassphrasePanel(workspace, card))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addWidget(self.heading)
        inner.addWidget(self.panel, 1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Layar terkunci karena tidak dipakai. Masuk lagi untuk melanjutkan."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class IdleLock(QObject):
    """The idle watch and the lock of one window; `unlocked` carries the session that signed in."""

    locked = Signal()
    unlocked = Signal(object)

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        *,
        minutes: float = DEFAULT_IDLE_MINUTES,
        on_unlock: Callable[[Session], None] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.idle_seconds = minutes * 60
        self._on_unlock = on_unlock
        self._monotonic = monotonic
        self._clock = clock
        self._last_activity = monotonic()
        self.overlay: LockOverlay | None = None
        self._disabled: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.overlay is not None

    def uninstall(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- watching ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.overlay is not None:
            return kind in _BLOCKED and not self._inside_overlay(watched, kind)
        if kind in _ACTIVITY:
            self._last_activity = self._monotonic()
        return False

    def _inside_overlay(self, watched: QObject, kind: QEvent.Type) -> bool:
        overlay = self.overlay
        assert overlay is not None
        if isinstance(watched, QWidget):
            return watched is overlay or overlay.isAncestorOf(watched)
        # Events to windows (QWindow) go on to the widget under them, checked then; shortcuts (QShortcut)
        # belong to the window behind the cover.
        return kind not in (QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride)

    def idle_for(self) -> float:
        return self._monotonic() - self._last_activity

    def check_idle(self) -> None:
        if self.overlay is None and self.idle_for() >= self.idle_seconds:
            self.lock()

    # --- locking ------------------------------------------------------------------------------------
    def lock(self) -> bool:
        """Cover the window now: the sign-in with a PIN, or the passphrase when no people are set up."""
        if self.overlay is not None:
            return True
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and widget.isWindow():
                if isinstance(widget, QDialog):
                    widget.reject()
                widget.close()
        children = self.window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self._disabled = [child for child in children if child.isEnabled() and not child.isWindow()]
        for child in self._disabled:
            child.setEnabled(False)
        self.overlay = LockOverlay(self.window, self.workspace, clock=self._clock)
        self.overlay.panel.reload(select=self.workspace.session.person_id)
        self.overlay.panel.signedIn.connect(self._signed_in)
        self.overlay.show()
        self.overlay.raise_()
        self.overlay.panel.pin_edit.setFocus()
        self.locked.emit()
        return True

    def _signed_in(self, session: Session) -> None:
        overlay = self.overlay
        self.overlay = None
        for child in self._disabled:
            child.setEnabled(True)
        self._disabled = []
        if overlay is not None:
            overlay.hide()
            overlay.deleteLater()
        self._last_activity = self._monotonic()
        if self._on_unlock is not None:
            self._on_unlock(session)
        self.unlocked.emit(session)


def install_idle_lock(window: QWidget, workspace: Workspace, *, minutes: float = DEFAULT_IDLE_MINUTES) -> IdleLock:
    """Lock `window` after `minutes` idle (and on Ctrl+L); after a sign-in, the window follows the new
    session if it can (`apply_session`). Keep the returned object for as long as the window lives."""
    apply = getattr(window, "apply_session", None)
    lock = IdleLock(window, workspace, minutes=minutes, on_unlock=apply if callable(apply) else None)
    shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
    shortcut.activated.connect(lock.lock)
    return lock
