"""The devices page: every laptop of the workspace, and revoking a lost one's key (with a confirmation)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.core.cards import CardStatus
from desktop_app.storage.cards import check_code, issue_cards
from desktop_app.sync.exchange import export_bundle, import_bundle
from desktop_app.ui.devices_page import COLUMNS, DevicesPage
from tests.conftest import make_record
from tests.sync_helpers import PASSPHRASE, coordinator, join, service


def answer_confirmation(button_name: str, seen: dict[str, str]) -> None:
    """Click `button_name` ("confirmRevoke", or "" for Batal) in the confirmation once it is up."""

    def step() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, step)
            return
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = " | ".join(b.text() for b in box.buttons())
        seen["default"] = box.defaultButton().text()
        if button_name:
            button = box.findChild(QPushButton, button_name)
            assert button is not None
            button.click()
        else:
            box.escapeButton().click()

    QTimer.singleShot(0, step)


def test_devices_listed_and_a_lost_laptop_revoked(qtbot: Any, tmp_path: Path) -> None:
    office = coordinator(tmp_path)
    field = join(office, tmp_path, "Laptop Hilang")
    try:
        agus = service(field).register(make_record(2, full_name="Agus Setiawan")).participant
        [card] = issue_cards(field, [agus["id"]], layout="single")
        export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
        import_bundle(office, tmp_path / "f.pintu", PASSPHRASE)
        assert check_code(office, card.code).status is CardStatus.VALID

        page = DevicesPage(office)
        qtbot.addWidget(page)
        page.resize(1000, 500)
        page.show()
        qtbot.waitExposed(page)
        table = page.table
        assert table.rowCount() == 2
        names = [table.item(row, COLUMNS.index("name")).text() for row in range(2)]
        assert names == ["Laptop Hilang", "Laptop Kantor (laptop ini)"]
        assert table.item(0, COLUMNS.index("officer")).text() == "Petugas Laptop Hilang"
        assert table.item(0, COLUMNS.index("key_id")).text() == field.info.key_id
        assert table.item(0, COLUMNS.index("arrived")).text() not in ("", "—")
        assert table.item(0, COLUMNS.index("status")).text() == "Aktif"
        assert "perubahan belum dikirim" in page.unsent_label.text()

        page.select_device(office.info.device_id)
        assert not page.revoke_button.isEnabled()  # never this laptop's own key
        page.select_device(field.info.device_id)
        assert page.revoke_button.isEnabled()

        seen: dict[str, str] = {}
        answer_confirmation("", seen)  # "Batal": nothing happens
        assert page.revoke_selected() is False
        assert "ditolak" in seen["text"] and "Laptop Hilang" in seen["text"]
        assert seen["default"] == "Batal" and "Ya, cabut kuncinya" in seen["buttons"]
        assert office.db.execute("SELECT revoked_at FROM devices WHERE id = ?",
                                 [field.info.device_id]).fetchone()[0] is None

        changed: list[bool] = []
        page.changed.connect(lambda: changed.append(True))
        answer_confirmation("confirmRevoke", seen)
        page.select_device(field.info.device_id)
        assert page.revoke_selected() is True
        assert office.db.execute("SELECT revoked_at FROM devices WHERE id = ?",
                                 [field.info.device_id]).fetchone()[0]
        assert check_code(office, card.code).status is CardStatus.REVOKED_KEY  # its cards are refused now
        assert table.item(0, COLUMNS.index("status")).text().startswith("Kunci dicabut")
        assert page.done_label.isVisible() and changed == [True]
        page.select_device(field.info.device_id)
        assert not page.revoke_button.isEnabled()  # once is enough
    finally:
        office.close()
        field.close()
