"""The settings page: the display language (switched at once, remembered) and facts about this laptop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.core.roles import Capability
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.backup_section import BackupSection
from desktop_app.ui.people_section import PeopleSection
from desktop_app.ui.style import icon, set_role

# Facts shown, in order: key -> how to read it from the workspace.
FACT_KEYS = ("workspace", "device", "officer", "key_id", "database", "version")


class SettingsPage(QWidget):
    """Language choice and read-only facts; it writes nothing but the language preference."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

        self.title_label = QLabel(self)
        set_role(self.title_label, "title")

        # --- language ---
        language_card = self._card()
        self.language_heading = QLabel(language_card)
        set_role(self.language_heading, "heading")
        self.language_help = QLabel(language_card)
        self.language_help.setWordWrap(True)
        set_role(self.language_help, "muted")
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        choices.setSpacing(24)
        for code, name in i18n.LANGUAGES.items():
            button = QRadioButton(name, language_card)  # each language named in itself: never translated
            button.setObjectName(f"language_{code}")
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            choices.addWidget(button)
        choices.addStretch(1)
        self.language_buttons[i18n.current_language()].setChecked(True)
        self.language_group.buttonToggled.connect(self._language_toggled)
        language_layout = QVBoxLayout(language_card)
        language_layout.setContentsMargins(16, 12, 16, 14)
        language_layout.setSpacing(8)
        language_layout.addWidget(self.language_heading)
        language_layout.addLayout(choices)
        language_layout.addWidget(self.language_help)

        # --- facts about this workspace and laptop ---
        facts_card = self._card()
        self.facts_heading = QLabel(facts_card)
        set_role(self.facts_heading, "heading")
        self.facts_help = QLabel(facts_card)
        self.facts_help.setWordWrap(True)
        set_role(self.facts_help, "muted")
        self.fact_labels: dict[str, QLabel] = {}
        self.facts: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        info = workspace.info
        values = {
            "workspace": info.name,
            "device": info.device_name,
            "officer": info.officer,
            "key_id": info.key_id,
            "version": __version__,
        }
        for key in FACT_KEYS:
            caption = QLabel(facts_card)
            self.fact_labels[key] = caption
            if key == "database":
                form.addRow(caption, self._database_row(facts_card))
                continue
            value = QLabel(values[key], facts_card)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"fact_{key}")
            if key == "key_id":
                value.setFont(_monospace(value))
            self.facts[key] = value
            form.addRow(caption, value)
        facts_layout = QVBoxLayout(facts_card)
        facts_layout.setContentsMargins(16, 12, 16, 14)
        facts_layout.setSpacing(8)
        facts_layout.addWidget(self.facts_heading)
        facts_layout.addLayout(form)
        facts_layout.addWidget(self.facts_help)

        self.people_section = PeopleSection(workspace, self)  # "Orang & PIN": people, roles and PINs
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(language_card)
        layout.addWidget(facts_card)
        layout.addWidget(self.people_section)
        backup_card = self._card()  # backups, restore and the passphrase (ui/backup_section.py)
        self.backup_section = BackupSection(workspace, backup_card)
        backup_layout = QVBoxLayout(backup_card)
        backup_layout.setContentsMargins(16, 12, 16, 14)
        backup_layout.addWidget(self.backup_section)
        layout.addWidget(backup_card)
        layout.addStretch(1)
        scroll = QScrollArea(self)  # the cards are taller than a 768-pixel laptop screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.language_buttons[i18n.current_language()])
        self._retranslate()
        self.refresh()

    def _card(self) -> QFrame:
        card = QFrame(self)
        set_role(card, "card")
        card.setMaximumWidth(860)
        return card

    def _database_row(self, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        path = self.workspace.path
        self.database_path = QLineEdit(str(path) if path is not None else "", row)
        self.database_path.setObjectName("fact_database")
        self.database_path.setReadOnly(True)
        self.database_path.setCursorPosition(0)
        self.open_folder_button = QPushButton(icon("folder"), "", row)
        self.open_folder_button.setEnabled(path is not None)
        self.open_folder_button.clicked.connect(self._open_folder)
        layout.addWidget(self.database_path, 1)
        layout.addWidget(self.open_folder_button)
        self.facts["database"] = self.database_path
        return row

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Pengaturan")

    def refresh(self) -> None:
        """Follow who is signed in (the main window calls this when another person signs in)."""
        self.people_section.refresh()
        # backups and restores are a coordinator's (core.roles: backup)
        self.backup_section.parentWidget().setVisible(self.workspace.session.can(Capability.BACKUP))

    # --- language ---------------------------------------------------------------------------------
    def _language_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        code = next(code for code, b in self.language_buttons.items() if b is button)
        if code != i18n.current_language() or i18n.active_language() != code:
            i18n.set_language(code)

    def _open_folder(self) -> None:
        if self.workspace.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.path.parent)))

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Pengaturan"))
        self.language_heading.setText(self.tr("Bahasa tampilan"))
        self.language_help.setText(
            self.tr("Berlaku langsung untuk seluruh aplikasi dan diingat di laptop ini.")
        )
        self.facts_heading.setText(self.tr("Ruang kerja dan laptop ini"))
        self.facts_help.setText(
            self.tr(
                "Nama-nama ini ditetapkan saat ruang kerja dibuat. ID kunci perangkat menandai kartu peserta "
                "yang dicetak di laptop ini."
            )
        )
        captions = {
            "workspace": self.tr("Nama ruang kerja"),
            "device": self.tr("Nama laptop ini"),
            "officer": self.tr("Petugas"),
            "key_id": self.tr("ID kunci perangkat"),
            "database": self.tr("Berkas basis data"),
            "version": self.tr("Versi Pintu"),
        }
        for key, caption in captions.items():
            self.fact_labels[key].setText(caption)
        self.open_folder_button.setText(self.tr("Buka folder"))
        self.open_folder_button.setToolTip(self.tr("Buka folder tempat berkas basis data disimpan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            # Another window (or the wizard) may have switched the language: show the active one.
            active = self.language_buttons.get(i18n.active_language())
            if active is not None and not active.isChecked():
                self.language_group.blockSignals(True)
                active.setChecked(True)
                self.language_group.blockSignals(False)
        super().changeEvent(event)


def _monospace(widget: QWidget) -> QFont:
    font = widget.font()
    font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
    return font
