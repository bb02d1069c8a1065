"""First-run setup: with no workspace on this laptop, create one or join one from a coordinator's file.

A short dialog of three pages, Indonesian first with the language chosen on the first page:

1. welcome: the language, and the choice between a new workspace and joining an existing one;
2. create: the workspace's name, this laptop's name and the officer's name, checked as they are typed;
3. join: the coordinator's invitation file, the workspace passphrase and this laptop's and officer's names
   (`sync.join.join_workspace`, run off the UI thread). In a build without sync, this page explains that
   joining comes with it and leads back.

The dialog creates (or joins) the workspace and hands it, open, to the caller, which opens the main
window. It is a plain dialog with its own buttons (not QWizard), so every button text is ours and
translated: Qt ships no Indonesian for its own.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.core.passphrase import MIN_PASSPHRASE_LENGTH
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.workspace import Workspace, create_workspace, open_workspace
from desktop_app.ui import i18n
from desktop_app.ui.background import Task
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message
from desktop_app.ui.style import app_icon, icon, make_primary, set_invalid, set_role

try:  # joining from a coordinator's file comes with sync; without it, the join page says it is coming
    from desktop_app.sync.join import join_workspace
except ImportError:  # pragma: no cover - a build without sync
    join_workspace = None

DEFAULT_WORKSPACE_NAME = "Pelatihan DBHCHT 2026"
NAME_MAX_LENGTH = 80
# Field -> the code `create_workspace` raises when it is empty (turned into words by `messages`).
FIELDS = {"workspace": "workspace.required", "device": "device.required", "officer": "officer.required",
          "passphrase": "passphrase.required", "passphrase2": "passphrase.required"}
SECRET_FIELDS = ("passphrase", "passphrase2")

# Join page fields -> the code for an empty one (the file has no code of its own: words below).
JOIN_FIELDS = {
    "file": "",
    "passphrase": "passphrase.required",
    "device": "device.required",
    "officer": "officer.required",
}
JOIN_SUFFIX = "*.pintu"

WELCOME, CREATE, JOIN, RECOVERY = range(4)


def can_join() -> bool:
    """Whether this build can join a workspace from a file (the sync feature is present)."""
    return join_workspace is not None


def _join_and_close(db_path: Path, join_file: Path, passphrase: str, device: str,
                    officer: str) -> tuple[bytes, str]:
    """The work of joining, on a worker thread: its connection stays there; the dialog reopens the file
    with the database key returned here, and shows the recovery key once."""
    assert join_workspace is not None
    joined = join_workspace(db_path, join_file, passphrase, device_name=device, officer=officer, make_folder=True)
    key, recovery = joined.key, joined.recovery_key
    joined.close()
    assert key is not None and recovery is not None
    return key, recovery




class SetupWizard(QDialog):
    """Creates the workspace at `db_path`; afterwards `workspace` holds it open (None if cancelled)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.workspace: Workspace | None = None
        self.join_task: Task[tuple[bytes, str]] | None = None
        self.recovery_key = ""
        self.setObjectName("setupWizard")
        self.setWindowIcon(app_icon())
        self.setModal(True)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._create_page())
        self.pages.addWidget(self._join_page())
        self.pages.addWidget(self._recovery_page())

        self.back_button = QPushButton(icon("back"), "", self)
        self.back_button.setAutoDefault(False)
        self.next_button = QPushButton(self)
        self.next_button.setAutoDefault(True)
        self.next_button.setDefault(True)
        make_primary(self.next_button)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        footer = QFrame(self)
        footer.setObjectName("wizardFooter")
        footer.setLayout(buttons)
        buttons.setContentsMargins(20, 10, 20, 12)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(footer)
        self.setStyleSheet(
            "QFrame#wizardFooter { background: #ffffff; border-top: 1px solid #e1e6ec; }"
            'QRadioButton[choice="true"] { font-weight: bold; font-size: 11pt; }'
        )

        self.setMinimumWidth(600)
        self.resize(680, 520)
        self._retranslate()
        self.show_page(WELCOME)

    # --- pages ------------------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QVBoxLayout, QLabel]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(10)
        title = QLabel(page)
        set_role(title, "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        return page, layout, title

    def _welcome_page(self) -> QWidget:
        page, layout, self.welcome_title = self._page()
        self.welcome_text = QLabel(page)
        self.welcome_text.setWordWrap(True)
        layout.addWidget(self.welcome_text)
        layout.addSpacing(4)

        # Language first, in both languages at once: whoever needs English must be able to find it.
        language_row = QHBoxLayout()
        language_row.setSpacing(18)
        self.language_caption = QLabel("Bahasa / Language:", page)  # deliberately both languages, untranslated
        language_row.addWidget(self.language_caption)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, name in i18n.LANGUAGES.items():
            button = QRadioButton(name, page)  # each language named in itself
            button.setObjectName(f"language_{code}")
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            language_row.addWidget(button)
        language_row.addStretch(1)
        self.language_buttons[i18n.active_language()].setChecked(True)
        self.language_group.buttonToggled.connect(self._language_toggled)
        layout.addLayout(language_row)
        layout.addSpacing(8)

        self.choice_question = QLabel(page)
        set_role(self.choice_question, "heading")
        layout.addWidget(self.choice_question)
        self.choice_group = QButtonGroup(self)
        self._choice_cards: dict[QObject, QRadioButton] = {}
        self.create_choice, self.create_choice_help = self._choice(page, layout)
        self.join_choice, self.join_choice_help = self._choice(page, layout)
        self.create_choice.setChecked(True)
        layout.addStretch(1)
        return page

    def _choice(self, page: QWidget, layout: QVBoxLayout) -> tuple[QRadioButton, QLabel]:
        card = QFrame(page)
        set_role(card, "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.setSpacing(2)
        button = QRadioButton(card)
        button.setProperty("choice", True)
        self.choice_group.addButton(button)
        help_text = QLabel(card)
        help_text.setWordWrap(True)
        help_text.setContentsMargins(26, 0, 0, 0)  # under the button's text, past its circle
        set_role(help_text, "muted")
        inner.addWidget(button)
        inner.addWidget(help_text)
        layout.addWidget(card)
        # The whole card is the choice: a click on its explanation picks it too.
        card.setCursor(Qt.CursorShape.PointingHandCursor)
        self._choice_cards[card] = button
        self._choice_cards[help_text] = button
        card.installEventFilter(self)
        help_text.installEventFilter(self)
        return button, help_text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        button = self._choice_cards.get(watched)
        if button is not None and event.type() == QEvent.Type.MouseButtonRelease:
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _create_page(self) -> QWidget:
        page, layout, self.create_title = self._page()
        self.create_text = QLabel(page)
        self.create_text.setWordWrap(True)
        layout.addWidget(self.create_text)
        layout.addSpacing(4)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.inputs: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        for key in FIELDS:
            caption = QLabel(page)
            field = QLineEdit(page)
            field.setObjectName(f"{key}_name")
            field.setMaxLength(NAME_MAX_LENGTH if key not in SECRET_FIELDS else 200)
            if key in SECRET_FIELDS:
                field.setEchoMode(QLineEdit.EchoMode.Password)
            caption.setBuddy(field)
            hint = QLabel(page)
            set_role(hint, "muted")
            hint.setWordWrap(True)
            error = QLabel(page)
            set_role(error, "error")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            column.addWidget(hint)
            form.addRow(caption, column)
            field.textEdited.connect(lambda _text, key=key: self._check_field(key))
            self.inputs[key], self.captions[key], self.errors[key], self.hints[key] = field, caption, error, hint
        self.inputs["workspace"].setText(DEFAULT_WORKSPACE_NAME)
        layout.addLayout(form)
        layout.addSpacing(6)

        self.location_label = QLabel(page)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.location_label, "muted")
        layout.addWidget(self.location_label)
        self.create_error = QLabel(page)
        self.create_error.setObjectName("createError")
        self.create_error.setWordWrap(True)
        self.create_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.create_error, "error-box")
        self.create_error.hide()
        layout.addWidget(self.create_error)
        layout.addStretch(1)
        return page

    def _join_page(self) -> QWidget:
        page, layout, self.join_title = self._page()
        self.join_explanation = QLabel(page)
        self.join_explanation.setObjectName("joinExplanation")
        self.join_explanation.setWordWrap(True)
        set_role(self.join_explanation, "info-box")
        layout.addWidget(self.join_explanation)
        self.join_advice = QLabel(page)
        self.join_advice.setWordWrap(True)
        self.join_advice.setTextFormat(Qt.TextFormat.RichText)
        self.join_advice.setVisible(not can_join())
        layout.addWidget(self.join_advice)

        self.join_form = QWidget(page)
        self.join_form.setVisible(can_join())
        form = QFormLayout(self.join_form)
        form.setContentsMargins(0, 4, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.join_inputs: dict[str, QLineEdit] = {}
        self.join_captions: dict[str, QLabel] = {}
        self.join_errors: dict[str, QLabel] = {}
        for key in JOIN_FIELDS:
            caption = QLabel(self.join_form)
            field = QLineEdit(self.join_form)
            field.setObjectName(f"join_{key}")
            field.setMaxLength(NAME_MAX_LENGTH if key in ("device", "officer") else 1000)
            caption.setBuddy(field)
            error = QLabel(self.join_form)
            set_role(error, "error")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            if key == "file":
                self.join_file_button = QPushButton(icon("folder"), "", self.join_form)
                self.join_file_button.setAutoDefault(False)
                self.join_file_button.clicked.connect(self.choose_join_file)
                row = QHBoxLayout()
                row.setSpacing(8)
                row.addWidget(field, 1)
                row.addWidget(self.join_file_button)
                column.addLayout(row)
            else:
                column.addWidget(field)
            column.addWidget(error)
            form.addRow(caption, column)
            field.textEdited.connect(lambda _text, key=key: self._check_join_field(key))
            self.join_inputs[key], self.join_captions[key], self.join_errors[key] = field, caption, error
        self.join_inputs["passphrase"].setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.join_form)

        self.join_status = QLabel(page)
        self.join_status.setObjectName("joinStatus")
        self.join_status.setWordWrap(True)
        set_role(self.join_status, "muted")
        self.join_status.hide()
        layout.addWidget(self.join_status)
        self.join_error = QLabel(page)
        self.join_error.setObjectName("joinError")
        self.join_error.setWordWrap(True)
        self.join_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.join_error, "error-box")
        self.join_error.hide()
        layout.addWidget(self.join_error)
        layout.addStretch(1)
        return page

    # --- navigation -------------------------------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page, layout, self.recovery_title = self._page()
        self.recovery_text = QLabel(page)
        self.recovery_text.setWordWrap(True)
        layout.addWidget(self.recovery_text)
        self.recovery_label = QLabel(page)
        self.recovery_label.setObjectName("recoveryKey")
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_label.setStyleSheet(
            "QLabel#recoveryKey { font-family: 'DejaVu Sans Mono', 'Consolas', monospace; font-size: 17pt;"
            " font-weight: bold; letter-spacing: 1px; padding: 14px; background: #f4f7fa;"
            " border: 1px dashed #8a97a6; border-radius: 6px; }")
        layout.addWidget(self.recovery_label)
        row = QHBoxLayout()
        self.copy_button = QPushButton(page)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_recovery)
        self.save_button = QPushButton(icon("print"), "", page)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_recovery_sheet)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.recovery_status = QLabel(page)
        self.recovery_status.setWordWrap(True)
        set_role(self.recovery_status, "muted")
        layout.addWidget(self.recovery_status)
        self.recovery_done = QCheckBox(page)
        self.recovery_done.toggled.connect(lambda _on: self._update_buttons())
        layout.addWidget(self.recovery_done)
        layout.addStretch(1)
        return page

    def show_recovery(self, recovery_key: str) -> None:
        """The recovery key, shown this once: the officer must note or print it before going on."""
        self.recovery_key = recovery_key
        self.recovery_label.setText(recovery_key)
        self.recovery_done.setChecked(False)
        self.show_page(RECOVERY)

    def copy_recovery(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.recovery_status.setText(
            self.tr("Kunci pemulihan disalin. Tempel di tempat yang aman, bukan di laptop ini."))

    def save_recovery_sheet(self) -> None:
        """A one-page PDF to print and keep in the office (never next to the laptop)."""
        from desktop_app.printing.recovery_sheet import render_recovery_sheet

        start = str(Path.home() / "pintu-kunci-pemulihan.pdf")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Simpan lembar kunci pemulihan"), start, "PDF (*.pdf)")
        if not path:
            return
        name = self.workspace.info.name if self.workspace is not None else ""
        try:
            render_recovery_sheet(Path(path), recovery_key=self.recovery_key, workspace_name=name,
                                  texts=self._sheet_texts())
        except OSError:
            self.recovery_status.setText(message("file.write_failed"))
            return
        self.recovery_status.setText(fill(self.tr("Tersimpan: %1. Cetak, lalu hapus berkasnya dari laptop ini."),
                                           path))

    def _sheet_texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Kunci pemulihan Pintu"),
            "workspace": self.tr("Ruang kerja"),
            "created": self.tr("Dibuat"),
            "explain": self.tr(
                "Kunci ini membuka data ruang kerja bila kata sandi terlupa, dan memulihkan cadangan di laptop "
                "baru bila laptop ini rusak atau hilang. Simpan lembar ini di lemari kantor yang terkunci, "
                "terpisah dari laptop. Siapa pun yang memegang kunci ini dan cadangan data dapat membaca data."),
        }

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()
        if index == CREATE:
            first_empty = next((f for f in self.inputs.values() if not f.text().strip()), self.inputs["device"])
            first_empty.setFocus(Qt.FocusReason.OtherFocusReason)
        elif index == JOIN and can_join():
            first_empty = next((f for f in self.join_inputs.values() if not f.text().strip()), None)
            (first_empty or self.next_button).setFocus(Qt.FocusReason.OtherFocusReason)
        elif index == JOIN:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_next(self) -> None:
        page = self.current_page()
        if page == RECOVERY:
            if self.recovery_done.isChecked():
                self.accept()
            return
        if page == WELCOME:
            self.show_page(CREATE if self.create_choice.isChecked() else JOIN)
        elif page == CREATE:
            self.create()
        elif page == JOIN and can_join():
            self.join()

    def go_back(self) -> None:
        if self.current_page() not in (WELCOME, RECOVERY):
            self.show_page(WELCOME)

    def _update_buttons(self) -> None:
        page = self.current_page()
        dead_end = page == JOIN and not can_join()
        self.back_button.setVisible(page not in (WELCOME, RECOVERY))
        self.cancel_button.setVisible(page != RECOVERY)  # the workspace exists now: only forward
        self.next_button.setVisible(not dead_end)
        self.next_button.setEnabled(page != RECOVERY or self.recovery_done.isChecked())
        # Without sync the join page leads nowhere but back: make that the main button.
        make_back_primary = dead_end
        if bool(self.back_button.property("primary")) != make_back_primary:
            self.back_button.setProperty("primary", make_back_primary)
            self.back_button.style().unpolish(self.back_button)
            self.back_button.style().polish(self.back_button)
        self.back_button.setDefault(make_back_primary)
        self.next_button.setDefault(not make_back_primary)
        self._button_texts()

    def _button_texts(self) -> None:
        page = self.current_page()
        dead_end = page == JOIN and not can_join()
        if page == RECOVERY:
            self.next_button.setText(self.tr("Selesai"))
            self.next_button.setIcon(icon("check", "#ffffff"))
        elif page == CREATE:
            self.next_button.setText(self.tr("Buat ruang kerja"))
            self.next_button.setIcon(icon("check", "#ffffff"))
        elif page == JOIN:
            self.next_button.setText(self.tr("Gabung"))
            self.next_button.setIcon(icon("check", "#ffffff"))
        else:
            self.next_button.setText(self.tr("Lanjut"))
            self.next_button.setIcon(icon("next", "#ffffff"))
        self.back_button.setText(self.tr("Kembali"))
        self.back_button.setIcon(icon("back", "#ffffff" if dead_end else "#1d2733"))
        self.cancel_button.setText(self.tr("Tutup") if dead_end else self.tr("Batal"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter goes forward (or back, on the join page) rather than closing the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            dead_end = self.current_page() == JOIN and not can_join()
            (self.go_back if dead_end else self.go_next)()
            return
        super().keyPressEvent(event)

    # --- language ---------------------------------------------------------------------------------
    def _language_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            code = next(code for code, b in self.language_buttons.items() if b is button)
            i18n.set_language(code)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pintu — persiapan pertama"))
        self.welcome_title.setText(self.tr("Selamat datang di Pintu"))
        self.welcome_text.setText(
            self.tr(
                "Pintu mencatat pendaftaran peserta pelatihan, juga tanpa internet. Semua data disimpan dalam "
                "sebuah ruang kerja di laptop ini. Belum ada ruang kerja di sini: mari siapkan sekarang."
            )
        )
        self.choice_question.setText(self.tr("Apa yang ingin Anda lakukan?"))
        self.create_choice.setText(self.tr("Buat ruang kerja baru"))
        self.create_choice_help.setText(
            self.tr("Untuk laptop pertama sebuah program pelatihan, atau bila koordinator meminta Anda memulai.")
        )
        self.join_choice.setText(self.tr("Gabung ke ruang kerja yang ada"))
        self.join_choice_help.setText(self.tr("Bila koordinator sudah punya ruang kerja dan memberi Anda berkasnya."))

        self.create_title.setText(self.tr("Buat ruang kerja baru"))
        self.create_text.setText(
            self.tr("Tiga nama dan satu kata sandi. Nama-nama ini tercatat pada setiap data yang dibuat di laptop "
                    "ini; kata sandi mengunci data di laptop dan di berkas sinkronisasi.")
        )
        captions = {
            "workspace": self.tr("Nama ruang kerja"),
            "device": self.tr("Nama laptop ini"),
            "officer": self.tr("Nama petugas"),
            "passphrase": self.tr("Kata sandi ruang kerja"),
            "passphrase2": self.tr("Ulangi kata sandi"),
        }
        hints = {
            "workspace": self.tr("Sama untuk semua laptop dalam satu program."),
            "device": self.tr("Agar data dari laptop ini mudah dikenali, misalnya nomor inventaris."),
            "officer": self.tr("Orang yang mendata dengan laptop ini."),
            "passphrase": self.tr("Minimal 8 karakter; sebuah kalimat pendek mudah diingat dan sulit ditebak."),
            "passphrase2": "",
        }
        placeholders = {
            "workspace": DEFAULT_WORKSPACE_NAME,
            "device": self.tr("contoh: Laptop Petugas 1"),
            "officer": self.tr("contoh: Rina Kartikasari"),
            "passphrase": "",
            "passphrase2": "",
        }
        for key in FIELDS:
            self.captions[key].setText(captions[key])
            self.hints[key].setText(hints[key])
            self.inputs[key].setPlaceholderText(placeholders[key])
            if self.errors[key].isVisibleTo(self):
                self._check_field(key)
        self.location_label.setText(fill(self.tr("Data disimpan di laptop ini: %1"), str(self.db_path)))

        self.join_title.setText(self.tr("Gabung ke ruang kerja yang ada"))
        if can_join():
            self.join_explanation.setText(
                self.tr(
                    "Koordinator memberi Anda sebuah berkas undangan (.pintu) dan, secara langsung, kata sandi "
                    "ruang kerja. Laptop ini lalu mendapat semua data ruang kerja sampai saat itu, dan tanda "
                    "tangannya sendiri untuk kartu peserta."
                )
            )
        else:
            self.join_explanation.setText(
                self.tr(
                    "Untuk bergabung, koordinator memberi Anda sebuah berkas ruang kerja beserta kata sandinya. "
                    "Bergabung dari berkas hadir bersama fitur sinkronisasi, yang belum tersedia di versi Pintu ini."
                )
            )
        self.join_advice.setText(
            self.tr(
                "<p><b>Yang dapat Anda lakukan sekarang:</b></p>"
                "<ul>"
                "<li>Jika ini laptop pertama program Anda: tekan <b>Kembali</b> dan pilih "
                "<b>Buat ruang kerja baru</b>.</li>"
                "<li>Jika koordinator sudah punya ruang kerja: tanyakan kepadanya kapan versi Pintu dengan "
                "sinkronisasi tersedia. Ruang kerja yang dibuat terpisah tidak dapat digabungkan nanti.</li>"
                "</ul>"
            )
        )
        join_captions = {
            "file": self.tr("Berkas undangan"),
            "passphrase": self.tr("Kata sandi ruang kerja"),
            "device": self.tr("Nama laptop ini"),
            "officer": self.tr("Nama petugas"),
        }
        join_placeholders = {
            "file": self.tr("Berkas .pintu dari koordinator"),
            "passphrase": self.tr("Dari koordinator, minimal 8 karakter"),
            "device": self.tr("contoh: Laptop Petugas 2"),
            "officer": self.tr("contoh: Rina Kartikasari"),
        }
        for key in JOIN_FIELDS:
            self.join_captions[key].setText(join_captions[key])
            self.join_inputs[key].setPlaceholderText(join_placeholders[key])
            if self.join_errors[key].isVisibleTo(self):
                self._check_join_field(key)
        self.join_file_button.setText(self.tr("Pilih berkas…"))
        self.recovery_title.setText(self.tr("Simpan kunci pemulihan"))
        self.recovery_text.setText(self.tr(
            "Data di laptop ini terkunci dengan kata sandi ruang kerja. Bila kata sandi terlupa, atau laptop "
            "rusak dan data harus dipulihkan dari cadangan, hanya kunci di bawah ini yang dapat membukanya. "
            "Kunci ini hanya ditampilkan sekarang."))
        self.copy_button.setText(self.tr("Salin"))
        self.save_button.setText(self.tr("Simpan lembar untuk dicetak…"))
        self.recovery_done.setText(
            self.tr("Saya sudah mencatat atau mencetak kunci ini dan menyimpannya di tempat aman"))
        if self.join_status.isVisibleTo(self):
            self.join_status.setText(self.tr("Bergabung: membuka berkas dan menyalin data ruang kerja…"))
        self._button_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- creating ---------------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {key: field.text() if key in SECRET_FIELDS else " ".join(field.text().split())
                for key, field in self.inputs.items()}

    def _check_field(self, key: str) -> bool:
        values = self.values()
        code = FIELDS[key] if not values[key].strip() else None
        if code is None and key == "passphrase" and len(values[key].strip()) < MIN_PASSPHRASE_LENGTH:
            code = "passphrase.too_short"
        if code is None and key == "passphrase2" and values[key] != values["passphrase"]:
            code = "passphrase.mismatch"
        error = self.errors[key]
        error.setText(message(code) if code else "")
        error.setVisible(code is not None)
        set_invalid(self.inputs[key], code is not None)
        return code is None

    def create(self) -> None:
        """Check the names, then create the workspace; problems are shown in words, never raised."""
        if self.workspace is not None:  # created already (a second Enter while closing)
            return
        self.create_error.hide()
        invalid = [key for key in FIELDS if not self._check_field(key)]
        if invalid:
            self.inputs[invalid[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        values = self.values()
        existed = self.db_path.exists()
        try:
            workspace = create_workspace(
                self.db_path,
                name=values["workspace"],
                device_name=values["device"],
                officer=values["officer"],
                make_folder=True,
                passphrase=values["passphrase"],
            )
        except PintuError as error:
            field = error.code.partition(".")[0]
            if field in FIELDS and field not in SECRET_FIELDS:
                self._check_field(field)
            self._show_error(self._error_text(error))
            return
        except (OSError, sqlite3.Error) as error:
            if not existed:
                _remove_partial(self.db_path)
            self._show_error(self._error_text(error))
            return
        self.workspace = workspace
        self.show_recovery(workspace.recovery_key or "")

    def _error_text(self, error: PintuError | OSError | sqlite3.Error) -> str:
        where = str(self.db_path)
        if isinstance(error, PintuError):
            if error.code == "workspace.exists":
                return fill(self.tr("%1\n\nBerkas: %2"), message(error.code), where)
            return message(error.code)
        if isinstance(error, PermissionError):
            return fill(
                self.tr("Pintu tidak diizinkan menulis di folder ini:\n%1\n\nTidak ada data yang berubah."),
                str(self.db_path.parent),
            )
        return fill(self.tr("%1\n\nBerkas: %2\n(%3)"), message("disk.full_or_readonly"), where, str(error))

    def _show_error(self, text: str) -> None:
        self.create_error.setText(text)
        self.create_error.show()

    # --- joining ----------------------------------------------------------------------------------
    def choose_join_file(self) -> None:
        """Pick the coordinator's file (often on a USB stick)."""
        start = self.join_inputs["file"].text() or str(Path.home())
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas undangan"), start, self.tr("Berkas Pintu (%1)").replace("%1", JOIN_SUFFIX)
        )
        if path:
            self.join_inputs["file"].setText(path)
            self._check_join_field("file")
            next_empty = next((f for f in self.join_inputs.values() if not f.text().strip()), self.next_button)
            next_empty.setFocus(Qt.FocusReason.OtherFocusReason)

    def _join_problem(self, key: str) -> str:
        value = self.join_inputs[key].text()
        if key == "file":
            if not value.strip():
                return self.tr("Pilih berkas undangan dari koordinator.")
            if not Path(value.strip()).is_file():
                return message("file.not_found")
            return ""
        if key == "passphrase":
            return message(JOIN_FIELDS[key]) if not value else ""
        return message(JOIN_FIELDS[key]) if not " ".join(value.split()) else ""

    def _check_join_field(self, key: str) -> bool:
        problem = self._join_problem(key)
        error = self.join_errors[key]
        error.setText(problem)
        error.setVisible(bool(problem))
        set_invalid(self.join_inputs[key], bool(problem))
        return not problem

    def join(self) -> None:
        """Check the fields, then join on a worker thread (reading a big file takes seconds)."""
        if self.workspace is not None or (self.join_task is not None and self.join_task.is_running()):
            return
        self.join_error.hide()
        invalid = [key for key in JOIN_FIELDS if not self._check_join_field(key)]
        if invalid:
            self.join_inputs[invalid[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        values = {key: field.text() for key, field in self.join_inputs.items()}
        join_file = Path(values["file"].strip())
        device, officer = (" ".join(values[key].split()) for key in ("device", "officer"))
        passphrase = values["passphrase"]
        db_path = self.db_path
        existed = db_path.exists()
        task: Task[tuple[bytes, str]] = Task(
            lambda _progress: _join_and_close(db_path, join_file, passphrase, device, officer))
        task.succeeded.connect(self._joined)
        task.failed.connect(lambda failure: self._join_failed(failure.code, failure.message, existed))
        task.finished.connect(lambda: self._set_busy(False))
        self.join_task = task
        self._set_busy(True)
        task.start()

    def _set_busy(self, busy: bool) -> None:
        self.join_status.setText(self.tr("Bergabung: membuka berkas dan menyalin data ruang kerja…"))
        self.join_status.setVisible(busy)
        for widget in (
            *self.join_inputs.values(),
            self.join_file_button,
            self.next_button,
            self.back_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        if not busy:
            self._update_buttons()  # joined: the recovery page keeps its button off until the key is kept

    def _joined(self, result: tuple[bytes, str]) -> None:
        key, recovery = result
        try:
            self.workspace = open_workspace(self.db_path, key=key)
        except (PintuError, OSError, sqlite3.Error) as error:
            self._show_join_error(self._error_text(error))
            return
        self.show_recovery(recovery)

    def _join_failed(self, code: str, text: str, existed: bool) -> None:
        if not existed and code != "workspace.exists":
            _remove_partial(self.db_path)
        if code.startswith("passphrase."):
            self.join_errors["passphrase"].setText(text)
            self.join_errors["passphrase"].show()
            set_invalid(self.join_inputs["passphrase"], True)
            self.join_inputs["passphrase"].selectAll()
            self.join_inputs["passphrase"].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        field = code.partition(".")[0]
        if field in ("device", "officer"):
            self._check_join_field(field)
        self._show_join_error(text)

    def _show_join_error(self, text: str) -> None:
        self.join_error.setText(text)
        self.join_error.show()

    def reject(self) -> None:
        if self.join_task is not None and self.join_task.is_running():
            return  # joining writes the database: let it finish (it is all-or-nothing either way)
        super().reject()


def _remove_partial(path: Path) -> None:
    """A creation that failed half-way leaves no half-made file behind (it holds no data yet)."""
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def run_setup(db_path: Path, parent: QWidget | None = None) -> Workspace | None:
    """Show the setup dialog; the created workspace, or None if the user closed it."""
    wizard = SetupWizard(db_path, parent)
    try:
        wizard.exec()
        return wizard.workspace
    finally:
        wizard.deleteLater()
