"""The registration page: the participant form, Save / Save & next, the saved person's code, the draft.

Keyboard flow on a doorstep: Enter saves (or, when something is missing, jumps to it and says what);
Ctrl+Enter saves and starts the next person in the same kelurahan, RT/RW and training. Every edit is
kept as a draft in the workspace, so a closed window or a crash loses nothing; saving clears it.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import DuplicateNik, PintuError, ValidationFailed
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.drafts import clear_draft, load_draft, save_draft
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import style
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message
from desktop_app.ui.participant_form import FORM_FIELDS, ParticipantForm
from desktop_app.ui.vocab import field_label

DRAFT_KEY = "registration"
DRAFT_DELAY_MS = 400
# What "Simpan & baru" keeps: the next door is usually in the same RT, for the same training.
KEEP_FOR_NEXT: tuple[str, ...] = ("kelurahan_code", "rt", "rw", "program_code")
SUMMARY_FIELDS = 4  # fields named beside the Save button before "…"


def _banner(name: str, background: str, border: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(
        f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
        f"QFrame#{name} QLabel {{ background: transparent; border: none; }}"
    )
    return frame


class RegistrationPage(QWidget):
    """Register one person after another; see the module docstring for the keyboard flow."""

    saved = Signal(str)  # the new participant's id
    openParticipantRequested = Signal(str)  # a participant id (already registered NIK, possible duplicate)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.repo = ParticipantRepository(workspace)
        self.service = RegistrationService(
            self.repo, officer=lambda: workspace.session.name, device_id=workspace.info.device_id
        )  # registered by whoever is signed in when saving
        self.form = ParticipantForm(workspace, self.service, self)
        self._last_saved: dict[str, Any] | None = None
        self._last_warnings: list[dict[str, Any]] = []
        self._error_text = ""
        self._error_owner: str | None = None
        self._draft_problem = False

        self._build()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)

        self.form.changed.connect(self._draft_timer.start)
        self.form.validityChanged.connect(self._update_buttons)
        self.form.validated.connect(self._update_summary)
        self.form.submitRequested.connect(self.save)
        self.form.openParticipantRequested.connect(self.openParticipantRequested)
        self.save_button.clicked.connect(self.save)
        self.save_next_button.clicked.connect(self.save_and_next)
        self.clear_button.clicked.connect(self.clear_form)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_and_next)
        save_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_keys.activated.connect(self.save)

        self._retranslate()
        self._restore_draft()
        self._update_buttons()
        self._update_summary()
        self.setFocusProxy(self.form.nik)  # the page opens ready for the NIK

    # === building ===================================================================================
    def _build(self) -> None:
        self.draft_note = QLabel(self)
        style.set_role(self.draft_note, "info-box")
        self.draft_note.hide()

        self.saved_banner = _banner("savedBanner", style.SUCCESS_SOFT, "#a8d5b5")
        self.saved_banner.setParent(self)
        self.saved_icon = QLabel(self.saved_banner)
        self.saved_icon.setPixmap(style.icon("check", style.SUCCESS).pixmap(28, 28))
        self.saved_title = QLabel(self.saved_banner)
        self.saved_title.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_title.setWordWrap(True)
        style.set_role(self.saved_title, "success")
        self.saved_title.setStyleSheet("font-weight: bold;")
        self.saved_hint = QLabel(self.saved_banner)
        self.saved_code = QLabel(self.saved_banner)
        self.saved_code.setObjectName("savedCode")
        code_font = QFont(self.font())
        code_font.setPointSizeF(max(self.font().pointSizeF(), 10.0) * 2.2)
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.saved_code.setFont(code_font)
        self.saved_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_close = QToolButton(self.saved_banner)
        self.saved_close.setIcon(style.icon("close"))
        self.saved_close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.saved_close.clicked.connect(self.saved_banner.hide)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.saved_title)
        texts.addWidget(self.saved_hint)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.saved_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts)
        top.addSpacing(8)
        top.addWidget(self.saved_code)
        top.addStretch(1)
        top.addWidget(self.saved_close, 0, Qt.AlignmentFlag.AlignTop)
        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(4)
        banner_layout = QVBoxLayout(self.saved_banner)
        banner_layout.setContentsMargins(12, 8, 8, 8)
        banner_layout.addLayout(top)
        banner_layout.addLayout(self.warnings_box)
        self.saved_banner.hide()
        self._warning_rows: list[QWidget] = []

        self.error_banner = _banner("errorBanner", style.ERROR_SOFT, "#f3b8b3")
        self.error_banner.setParent(self)
        self.error_label = QLabel(self.error_banner)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(self.error_label, "error")
        self.error_open = QPushButton(self.error_banner)
        self.error_open.clicked.connect(self._open_error_owner)
        error_layout = QHBoxLayout(self.error_banner)
        error_layout.setContentsMargins(12, 8, 8, 8)
        error_layout.addWidget(self.error_label, 1)
        error_layout.addWidget(self.error_open)
        self.error_banner.hide()

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(self.summary, "muted")
        self.clear_button = QPushButton(self)
        self.save_next_button = QPushButton(self)
        self.save_next_button.setIcon(style.icon("next"))
        self.save_button = QPushButton(self)
        self.save_button.setIcon(style.icon("save", "#ffffff"))
        style.make_primary(self.save_button)
        self.save_button.setDefault(True)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {style.BORDER_LIGHT};")
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.summary, 1)
        buttons.addSpacing(12)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_next_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.saved_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.form.consent, self.save_button)
        QWidget.setTabOrder(self.save_button, self.save_next_button)
        QWidget.setTabOrder(self.save_next_button, self.clear_button)

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Pendaftaran")

    # === saving =====================================================================================
    def save(self) -> str | None:
        """Save the person on the form; the form is then emptied. The new id, or None (and why, on screen)."""
        return self._save(next_person=False)

    def save_and_next(self) -> str | None:
        """Save, then start the next person keeping kelurahan, RT/RW and training."""
        return self._save(next_person=True)

    def _save(self, *, next_person: bool) -> str | None:
        if not self.form.validate_now():
            self.form.reveal_errors()
            return None
        try:
            result = self.service.register(self.form.record())
        except DuplicateNik as error:
            owner = error.details
            self._show_error(
                message(error.code) + " " + fill(
                    self.tr("Terdaftar atas nama %1 (%2)."),
                    str(owner.get("existing_name") or ""),
                    str(owner.get("existing_short_code") or ""),
                ),
                owner=error.existing_id,
            )
            self.form.validate_now()
            return None
        except ValidationFailed:
            self.form.reveal_errors()
            self._show_error(self.tr("Data belum lengkap atau ada yang salah: lihat pesan merah di formulir."))
            return None
        except PintuError as error:
            self._show_error(message(error.code))
            return None
        except sqlite3.OperationalError as error:
            self._show_error(self._database_problem(error))
            return None
        except sqlite3.Error as error:
            self._show_error(fill(self.tr("Data tidak dapat disimpan (%1). Tidak ada yang berubah."), str(error)))
            return None

        participant = result.participant
        self._draft_timer.stop()
        # The person is saved; a draft left behind would only be shown again, never saved by itself.
        with contextlib.suppress(sqlite3.Error):
            clear_draft(self.workspace, DRAFT_KEY)
        self._last_saved = participant
        self._last_warnings = list(result.warnings)
        self._show_saved()
        self._hide_error()
        self.draft_note.hide()
        self.form.clear(keep=KEEP_FOR_NEXT if next_person else ())
        self.form.refresh_programs()
        self.form.focus_first()
        participant_id = str(participant["id"])
        self.saved.emit(participant_id)
        return participant_id

    def _database_problem(self, error: sqlite3.OperationalError) -> str:
        text = str(error).casefold()
        if "locked" in text or "busy" in text:
            return self.tr("Basis data sedang dipakai program lain. Tunggu sebentar, lalu simpan lagi.")
        return message("disk.full_or_readonly")

    # === clearing ===================================================================================
    def clear_form(self) -> bool:
        """Empty the form (after asking, when something was typed); True if it was emptied."""
        if self.form.has_input() and not self._confirm_clear():
            return False
        self._draft_timer.stop()
        self.form.clear()
        with contextlib.suppress(sqlite3.Error):
            clear_draft(self.workspace, DRAFT_KEY)
        self.draft_note.hide()
        self._hide_error()
        self.form.focus_first()
        return True

    def _confirm_clear(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Kosongkan formulir?"))
        box.setText(self.tr("Semua yang sudah diketik untuk peserta ini akan dihapus dari formulir."))
        empty = box.addButton(self.tr("Kosongkan"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is empty

    # === draft ======================================================================================
    def save_draft_now(self) -> None:
        """Write the form as the draft at once (normally 0.4 s after the last edit)."""
        self._draft_timer.stop()
        try:
            if self.form.has_input():
                save_draft(self.workspace, DRAFT_KEY, self.form.record())
            else:
                clear_draft(self.workspace, DRAFT_KEY)
        except sqlite3.Error:
            self._draft_problem = True
            self._show_draft_note()
            return
        if self._draft_problem:
            self._draft_problem = False
            self.draft_note.hide()

    def _restore_draft(self) -> None:
        try:
            draft = load_draft(self.workspace, DRAFT_KEY)
        except sqlite3.Error:
            draft = None
        if not draft:
            return
        self.form.set_record({name: value for name, value in draft.items() if name in FORM_FIELDS})
        if self.form.has_input():
            self._show_draft_note()

    def _show_draft_note(self) -> None:
        if self._draft_problem:
            style.set_role(self.draft_note, "error-box")
            self.draft_note.setText(
                self.tr("Draf tidak dapat disimpan (disk penuh atau hanya-baca). Simpan peserta ini secepatnya.")
            )
        else:
            style.set_role(self.draft_note, "info-box")
            self.draft_note.setText(self.tr("Draf yang belum disimpan dipulihkan."))
        self.draft_note.show()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._draft_timer.isActive():  # the window closes within the draft delay
            self.save_draft_now()
        super().hideEvent(event)

    # === showing ====================================================================================
    def _update_buttons(self, *_args: object) -> None:
        valid = not self.form.problem_fields() and self.form.has_input()
        self.save_button.setEnabled(valid)
        self.save_next_button.setEnabled(valid)

    def _update_summary(self) -> None:
        self._update_buttons()
        problems = self.form.problem_fields()
        if not self.form.has_input():
            text = self.tr("Mulai dari NIK. Enter menyimpan, Ctrl+Enter menyimpan lalu mulai peserta berikutnya.")
            role = "muted"
        elif not problems:
            text, role = self.tr("Siap disimpan: tekan Enter."), "success"
        else:
            names = [self.tr("Kecamatan") if name == "kecamatan" else field_label(name) for name in problems]
            shown = ", ".join(names[:SUMMARY_FIELDS])
            if len(names) > SUMMARY_FIELDS:
                shown = fill(self.tr("%1 dan %2 lainnya"), shown, str(len(names) - SUMMARY_FIELDS))
            if all(code.endswith(".required") for code in self.form.current_errors()):
                text = fill(self.tr("Belum diisi: %1."), shown)
            else:
                text = fill(self.tr("Belum dapat disimpan. Periksa: %1."), shown)
            role = "muted"
        style.set_role(self.summary, role)
        self.summary.setText(text)

    def _show_saved(self) -> None:
        participant = self._last_saved
        if participant is None:
            return
        self.saved_title.setText(fill(self.tr("Tersimpan: %1"), str(participant.get("full_name") or "")))
        self.saved_hint.setText(self.tr("Tulis kode peserta ini di formulir kertas:"))
        self.saved_code.setText(str(participant.get("short_code") or ""))
        for row in self._warning_rows:
            row.deleteLater()
        self._warning_rows = []
        for warning in self._last_warnings:
            self._warning_rows.append(self._warning_row(warning))
        self.saved_banner.show()

    def _warning_row(self, warning: dict[str, Any]) -> QWidget:
        row = QWidget(self.saved_banner)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(40, 0, 0, 0)
        icon = QLabel(row)
        icon.setPixmap(style.icon("warning", style.WARNING).pixmap(18, 18))
        text = message(str(warning.get("code")))
        if warning.get("existing_name") or warning.get("existing_short_code"):
            text += " " + fill(
                self.tr("(%1, %2)"),
                str(warning.get("existing_name") or ""),
                str(warning.get("existing_short_code") or ""),
            )
        label = QLabel(text, row)
        label.setWordWrap(True)
        style.set_role(label, "warning")
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1)
        existing = warning.get("existing_id")
        if existing:
            button = QPushButton(self.tr("Buka data peserta ini"), row)
            button.setObjectName("openWarning")
            button.clicked.connect(lambda _checked=False, pid=str(existing): self.openParticipantRequested.emit(pid))
            layout.addWidget(button)
        self.warnings_box.addWidget(row)
        return row

    def _show_error(self, text: str, owner: str | None = None) -> None:
        self._error_text = text
        self._error_owner = owner
        self.error_label.setText(text)
        self.error_open.setVisible(owner is not None)
        self.error_banner.show()

    def _hide_error(self) -> None:
        self._error_text = ""
        self._error_owner = None
        self.error_banner.hide()

    def _open_error_owner(self) -> None:
        if self._error_owner:
            self.openParticipantRequested.emit(self._error_owner)

    # === language ===================================================================================
    def _retranslate(self) -> None:
        self.save_button.setText(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan peserta ini (Enter)"))
        self.save_next_button.setText(self.tr("Simpan && baru"))
        self.save_next_button.setToolTip(
            self.tr("Simpan, lalu mulai peserta berikutnya di kelurahan, RT/RW dan pelatihan yang sama (Ctrl+Enter)")
        )
        self.clear_button.setText(self.tr("Kosongkan"))
        self.clear_button.setToolTip(self.tr("Hapus isian formulir tanpa menyimpan"))
        self.saved_close.setToolTip(self.tr("Tutup"))
        self.error_open.setText(self.tr("Buka data peserta ini"))
        if self.draft_note.isVisible() or self._draft_problem:
            self._show_draft_note()
        if self.saved_banner.isVisible():
            self._show_saved()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._update_summary()
        super().changeEvent(event)
