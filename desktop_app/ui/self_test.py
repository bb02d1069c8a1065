"""`pintu --self-test`: an end-to-end check in a temporary workspace, offscreen, also in the frozen app.

Register a person, print their card, find the QR on the rendered page and check them in, export and
import a bundle, open and close the window. Prints one JSON line per step and exits 0 only if every
step passed: an office can run it after installing, and CI runs it on the built app.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

PASSPHRASE = "self-test-passphrase"


def _render_first_page(pdf: Path, dpi: int = 300) -> Any:
    """The card page as a grayscale numpy array, rendered by QtPdf (no poppler on Windows)."""
    import numpy as np
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
    rendered = document.render(0, size)  # transparent where the page is blank: put it on white paper
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    image = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, :width].copy()


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.app import build_main_window, make_application
    from desktop_app.core.demo import generate_participants
    from desktop_app.core.registration import RegistrationService
    from desktop_app.printing.print_job import print_cards
    from desktop_app.storage.attendance import checkin
    from desktop_app.storage.classes import assign, create_class, list_sessions
    from desktop_app.storage.participants import ParticipantRepository
    from desktop_app.storage.workspace import create_workspace
    from desktop_app.sync.exchange import export_bundle, import_bundle
    from desktop_app.sync.join import join_workspace, make_join_file

    make_application()
    folder = Path(tempfile.mkdtemp(prefix="pintu-self-test-"))
    state: dict[str, Any] = {}
    results: list[dict[str, Any]] = []

    def step(name: str, action: Callable[[], Any]) -> bool:
        started = time.perf_counter()
        try:
            detail = action()
            entry = {"step": name, "ok": True, "seconds": round(time.perf_counter() - started, 3)}
            if detail is not None:
                entry["detail"] = detail
        except Exception as exc:  # a self-test reports every failure as data, not a crash
            entry = {"step": name, "ok": False, "error": f"{type(exc).__name__}: {exc}",
                     "trace": traceback.format_exc(limit=3)}
        results.append(entry)
        print(json.dumps(entry, ensure_ascii=False), flush=True)
        return bool(entry["ok"])

    def create() -> str:
        state["ws"] = create_workspace(folder / "office.sqlite", name="Self-test", device_name="Laptop Uji",
                                       officer="Penguji", passphrase=PASSPHRASE)
        make_join_file(state["ws"], folder / "join.pintu", PASSPHRASE)
        return str(state["ws"].info.workspace_id)

    def register() -> str:
        ws = state["ws"]
        repo = ParticipantRepository(ws)
        service = RegistrationService(repo, officer="Penguji", device_id=ws.info.device_id)
        record = next(generate_participants(1, seed=7, program_codes=["barista"], officers=["Penguji"],
                                            start=date.today() - timedelta(days=3), today=date.today()))
        saved = service.register({k: v for k, v in record.items() if k not in ("registered_at", "registered_by")})
        state["person"] = saved.participant
        return str(saved.participant["short_code"])

    def card() -> str:
        result = print_cards(state["ws"], [state["person"]["id"]], folder / "card.pdf", layout="single")
        return f"{result.pages} page"

    def decode() -> str:
        import zxingcpp

        found = zxingcpp.read_barcodes(_render_first_page(folder / "card.pdf"))
        codes = [b.text for b in found if b.text.startswith("PNT1.")]
        if len(codes) != 1:
            raise AssertionError(f"expected one card code on the page, found {len(codes)}")
        state["code"] = codes[0]
        return f"{len(codes[0])} characters"

    def check_in() -> str:
        ws = state["ws"]
        today = date.today()
        klass = create_class(ws, program_code="barista", name="Uji", start=today, end=today + timedelta(days=6),
                             weekdays=frozenset(range(7)))
        assign(ws, klass["id"], [state["person"]["id"]])
        session = list_sessions(ws, klass["id"])[0]["id"]
        verdict = checkin(ws, session, state["code"]).verdict.value
        if verdict != "present":
            raise AssertionError(f"verdict {verdict}")
        return verdict

    def exchange() -> str:
        export_bundle(state["ws"], folder / "office.pintu", PASSPHRASE)
        other = join_workspace(folder / "laptop2.sqlite", folder / "join.pintu", PASSPHRASE,
                               device_name="Laptop 2", officer="Penguji 2")
        try:
            report = import_bundle(other, folder / "office.pintu", PASSPHRASE)
            if report.new_people != 1:
                raise AssertionError(f"expected 1 new person, got {report.new_people}")
            return f"{report.new_events} events"
        finally:
            other.close()

    def window() -> str:
        from PySide6.QtWidgets import QApplication

        main = build_main_window(state["ws"])
        main.show()
        QApplication.processEvents()
        title = main.windowTitle()
        main.close()
        QApplication.processEvents()
        return title

    def encrypted() -> str:
        """The file on disk holds no NIK in plain bytes; a wrong passphrase is refused; a backup restores."""
        from desktop_app.core.errors import PintuError
        from desktop_app.storage.backup import make_backup, read_info
        from desktop_app.storage.workspace import open_workspace

        ws = state["ws"]
        nik = str(state["person"]["nik"]).encode()
        backup = make_backup(ws, "manual")
        files = [p for p in folder.rglob("*") if p.is_file() and ".sqlite" in p.name]
        if any(nik in p.read_bytes() for p in files):
            raise AssertionError("a NIK in plain bytes on disk")
        try:
            open_workspace(folder / "office.sqlite", passphrase="not-the-passphrase")
        except PintuError as error:
            if error.code != "passphrase.wrong":
                raise
        else:
            raise AssertionError("a wrong passphrase opened the workspace")
        if read_info(backup, ws.key).participants != 1:
            raise AssertionError("the backup does not hold the participant")
        return f"{len(files)} files checked"

    ok = True
    for name, action in (("create workspace", create), ("register", register), ("print card", card),
                         ("decode QR", decode), ("check in", check_in), ("export and import", exchange),
                         ("encrypted at rest", encrypted), ("open window", window)):
        if not step(name, action):
            ok = False
            break
    if "ws" in state:
        state["ws"].close()
    summary = {"self_test": "passed" if ok else "failed", "steps": len(results), "folder": str(folder)}
    print(json.dumps(summary), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(run_self_test())
