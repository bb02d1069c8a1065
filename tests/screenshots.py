"""Screenshots of every page for the README and for review: `python3 tests/screenshots.py OUTDIR`.

Builds a demo workspace in a temporary folder (through the same code path as `pintu demo`), opens the
window offscreen at 1366x768 (the common cheap-laptop screen) and saves, in Bahasa Indonesia (no suffix)
and in English (`-en`):

- `setup.png`, `setup-create.png`, `setup-join.png`: the first-run wizard: its first page, the names page
  with a message, and the page that explains joining;
- `registration.png`, `registration-error.png`: the empty form, and a filled one that cannot be saved yet;
- `participants.png`, `participants-filter.png`: the list, and the list filtered and searched;
- `participant-detail.png`: one person's detail dialog;
- `settings.png`, `settings-backups.png`: the settings page, and its backups card;
- `unlock.png`, `setup-recovery.png`: the window that takes the passphrase at start (after a wrong one),
  and the wizard's last page with the recovery key.

It then runs itself again with QT_SCALE_FACTOR=1.25 (a 1366x768 screen at 125%, as many Windows laptops
are set) and saves `registration-125.png` and `participants-125.png`, 1366x768 pixels each.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if __package__ in (None, ""):  # run as a script: make `desktop_app` importable from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from desktop_app.app import build_main_window, make_application
from desktop_app.cli import DEMO_PASSPHRASE as PASSPHRASE
from desktop_app.cli import main as cli_main
from desktop_app.core.keyslots import new_recovery_key
from desktop_app.storage.backup import make_backup
from desktop_app.storage.workspace import Workspace, open_workspace
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.setup_wizard import CREATE, JOIN, SetupWizard
from desktop_app.ui.unlock_dialog import UnlockDialog

SIZE = (1366, 768)
SCALE = 1.25
PARTICIPANTS = 2000
SCALED_FLAG = "--scaled"


def settle(ms: int = 300) -> None:
    """Let timers (the search delay, validation) fire and the window paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not save {path}")
    print(f"  {path.name}")


def build_demo(folder: Path) -> Workspace:
    db = folder / "demo.sqlite"
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli_main(["demo", "--db", str(db), "--participants", str(PARTICIPANTS)])
    if code != 0:
        raise SystemExit("could not build the demo workspace")
    workspace = open_workspace(db, passphrase=PASSPHRASE)
    make_backup(workspace, "start")  # what the app makes when it opens: the backups card lists it
    return workspace


def invalid_person() -> dict[str, object]:
    """A person typed in a hurry: the NIK's birth date disagrees, the phone number is short, no consent."""
    return {
        "nik": "3573054708850003",  # born 07-08-1985, a woman (day + 40)
        "full_name": "Siti Rahayu",
        "birth_place": "Malang",
        "birth_date": "1985-08-17",
        "gender": "P",
        "address": "Jl. Kawi Gg. 3 No. 12",
        "rt": "3",
        "rw": "4",
        "kelurahan_code": "35.73.05.1001",
        "phone": "0812-345",
        "education": "slta",
        "category": "phk",
        "program_code": "barista",
    }


def shoot_window(window: MainWindow, out: Path, suffix: str) -> None:
    """Every page of the window in the current language."""
    window.show_page(0)
    registration = window.registration_page
    registration.form.clear()
    save(window, out / f"registration{suffix}.png")

    registration.form.set_record(invalid_person())
    registration.save()  # refused: the messages appear next to the fields and above the buttons
    save(window, out / f"registration-error{suffix}.png")
    registration.form.clear()

    page = window.participants_page
    window.show_page(window.stack.indexOf(page))
    page.reset_filters()
    page.search.clear()
    settle()
    if not suffix:
        save(window, out / "participants.png")
    page.category_filter.setCurrentIndex(max(page.category_filter.findData("phk"), 0))
    record = page.model.record(2) or {}
    page.search.setText(str(record.get("full_name", "a")).split()[0][:4])
    save(window, out / f"participants-filter{suffix}.png")

    first = page.model.participant_id(0)
    dialog = page.open_participant(first) if first else None
    if dialog is not None:
        save(dialog, out / f"participant-detail{suffix}.png")
        dialog.close()
    page.reset_filters()
    page.search.clear()

    window.show_page(window.stack.indexOf(window.settings_page))
    save(window, out / f"settings{suffix}.png")
    scroll = window.settings_page.findChild(QScrollArea)
    if scroll is not None:  # the backups card, at the bottom of the page
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        save(window, out / f"settings-backups{suffix}.png")
    window.show_page(0)


def shoot_wizard(folder: Path, out: Path, suffix: str) -> None:
    wizard = SetupWizard(folder / "new" / "pintu.sqlite")
    wizard.show()
    save(wizard, out / f"setup{suffix}.png")
    wizard.show_page(CREATE)
    wizard.inputs["device"].setText("Laptop Petugas 1")
    wizard.create()  # no officer yet: the message shows under that name
    save(wizard, out / f"setup-create{suffix}.png")
    wizard.show_page(JOIN)
    save(wizard, out / f"setup-join{suffix}.png")
    wizard.show_recovery(new_recovery_key())  # the last page, once the workspace exists
    save(wizard, out / f"setup-recovery{suffix}.png")
    wizard.reject()
    wizard.deleteLater()


def shoot_unlock(workspace: Workspace, out: Path, suffix: str) -> None:
    assert workspace.path is not None
    dialog = UnlockDialog(workspace.path)
    dialog.show()
    dialog.secret.setText("bukan-kata-sandinya")
    dialog.unlock()  # a wrong passphrase: the message under the field
    save(dialog, out / f"unlock{suffix}.png")
    dialog.close()
    dialog.deleteLater()


def run(out: Path, scaled: bool) -> None:
    make_application()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ[i18n.SETTINGS_ENV] = str(folder / "pintu.ini")  # never the user's own preferences
        workspace = build_demo(folder)
        window: MainWindow | None = None
        try:
            window = build_main_window(workspace)
            if scaled:  # the whole 1366x768 screen, in the larger logical pixels of 125%
                window.resize(round(SIZE[0] / SCALE), round(SIZE[1] / SCALE))
                window.show()
                window.show_page(0)
                save(window, out / "registration-125.png")
                window.show_page(window.stack.indexOf(window.participants_page))
                save(window, out / "participants-125.png")
                return
            window.resize(*SIZE)
            window.show()
            for code, suffix in (("id", ""), ("en", "-en")):
                i18n.apply_language(code)
                settle()
                shoot_window(window, out, suffix)
                shoot_wizard(folder, out, suffix)
                shoot_unlock(workspace, out, suffix)
            i18n.apply_language("id")
        finally:
            if window is not None:
                window.close()
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            workspace.close()


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != SCALED_FLAG]
    if len(args) != 1:
        print("usage: python3 tests/screenshots.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(args[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    scaled = SCALED_FLAG in argv
    print(f"saving in {out}{' (125%)' if scaled else ''}:")
    run(out, scaled)
    QApplication.processEvents()
    if not scaled:  # the 125% shots need a fresh process: the scale factor is read at start
        env = {**os.environ, "QT_SCALE_FACTOR": str(SCALE)}
        env.pop(i18n.SETTINGS_ENV, None)
        return subprocess.call([sys.executable, __file__, str(out), SCALED_FLAG], env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
