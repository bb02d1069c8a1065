"""The scan station: USB scanner bursts told from typing, every verdict on screen, the repeat window,
undo, typing a code or a name, the camera path fed real card pictures, full-window mode, and the
attendance sheet and results checked against the scans made.

Key timing is deterministic: the scanner filter and the repeat filter read a fake clock that the test
moves (5 ms per key for a scanner, 150 ms for a person), and keys are sent one event at a time.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import base64
import re
import shutil
import statistics
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageFilter
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.core.cards import sign_card
from desktop_app.core.checkin import Verdict
from desktop_app.core.ids import new_short_code
from desktop_app.core.keys import generate_device_key
from desktop_app.core.registration import RegistrationService
from desktop_app.printing.attendance_sheet import build_sheet
from desktop_app.printing.cards_pdf import render_cards
from desktop_app.storage import connection
from desktop_app.storage.attendance import checkin, class_results
from desktop_app.storage.cards import issue_cards, revoke_device
from desktop_app.storage.classes import assign, create_class, list_sessions
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import attendance_page, i18n
from desktop_app.ui.attendance_page import AttendancePage
from desktop_app.ui.camera_scanner import FrameDecoder, decode_image
from desktop_app.ui.scan_station_page import REPEAT_WINDOW_MS, ScanStationPage
from desktop_app.ui.scanner_input import MAX_GAP_MS
from tests.conftest import make_record

MONDAY = date(2026, 12, 7)
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                                   reason="needs poppler-utils")


class FakeClock:
    """Milliseconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms


@dataclass
class Station:
    page: ScanStationPage
    workspace: Workspace
    clock: FakeClock
    klass: dict[str, Any]
    session: dict[str, Any]
    inside: list[dict[str, Any]]
    outsider: dict[str, Any]
    cards: dict[str, str]  # participant id -> card code

    def rows(self) -> list[tuple[str, str]]:
        """(verdict, method) of every stored scan, oldest first."""
        return [(r[0], r[1]) for r in self.workspace.db.execute(
            "SELECT verdict, method FROM attendance ORDER BY _created_hlc")]


@pytest.fixture
def station(qtbot: Any, workspace: Workspace, service: RegistrationService, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Station]:
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(tmp_path / "pintu.ini"))
    klass = create_class(workspace, program_code="barista", name="Barista Angkatan 1", start=MONDAY,
                         end=date(2026, 12, 18), place="UPT Pelatihan Kerja", trainer="Hadi Susanto")
    inside = [service.register(make_record(i)).participant for i in range(4)]
    outsider = service.register(make_record(7)).participant  # same training, not in the class
    assign(workspace, klass["id"], [p["id"] for p in inside])
    issued = issue_cards(workspace, [*[p["id"] for p in inside], outsider["id"]], layout="single")
    session = list_sessions(workspace, klass["id"])[0]
    clock = FakeClock()
    page = ScanStationPage(workspace, clock=clock, today=lambda: MONDAY)
    page.sounds.muted = True
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    assert page.session_id == session["id"]  # today's session is chosen by itself
    yield Station(page, workspace, clock, klass, session, inside, outsider, {c.participant_id: c.code for c in issued})
    page.shutdown()
    page.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def burst(station: Station, widget: Any, text: str, *, gap: float = 5,
          suffix: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """A USB scanner typing `text` into whatever has the focus: a key every `gap` ms, then Enter or Tab."""
    for char in text:
        station.clock.advance(gap)
        QTest.keyClick(widget, char)
    if suffix is not None:
        station.clock.advance(gap)
        QTest.keyClick(widget, suffix)


def scan(station: Station, code: str) -> None:
    """A scan a few seconds after the previous one (outside the repeat window), into the search box."""
    station.clock.advance(REPEAT_WINDOW_MS + 1000)
    burst(station, station.page.manual_edit, code)


def shown(station: Station) -> tuple[str, str, str]:
    view = station.page.verdict_view
    return view.colour(), view.title.text(), view.name.text()


# --- the USB scanner ------------------------------------------------------------------------------------
def test_a_scanner_burst_into_the_search_box_checks_in_and_the_box_stays_empty(qtbot: Any, station: Station) -> None:
    page, person = station.page, station.inside[0]
    page.manual_edit.setFocus()
    burst(station, page.manual_edit, station.cards[person["id"]])
    assert shown(station) == ("green", "HADIR", person["full_name"])
    assert page.manual_edit.text() == "" and page.scanner.pending() == ""
    assert person["short_code"] in page.verdict_view.detail.text()
    assert page.counter.text() == "1 / 4"
    assert station.rows() == [("present", "usb")]
    assert page.sounds.last_played == "green"
    assert page.recent_table.rowCount() == 1 and page.recent_table.item(0, 1).text() == person["full_name"]
    # Tab ends a burst as well, and focus elsewhere (another window's text field) changes nothing
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.setFocus()
    station.clock.advance(REPEAT_WINDOW_MS + 1000)
    burst(station, other, station.cards[station.inside[1]["id"]], suffix=Qt.Key.Key_Tab)
    assert shown(station) == ("green", "HADIR", station.inside[1]["full_name"])
    assert other.text() == ""
    # a scanner set up without a suffix: the burst counts once it goes quiet
    station.clock.advance(REPEAT_WINDOW_MS + 1000)
    burst(station, other, station.cards[station.inside[2]["id"]], suffix=None)
    qtbot.waitUntil(lambda: station.page.verdict_view.name.text() == station.inside[2]["full_name"], timeout=2000)
    assert other.text() == "" and page.counter.text() == "3 / 4"


def test_a_scanner_burst_with_event_timestamps(qtbot: Any, station: Station) -> None:
    """With the platform's key timestamps (and no clock given), gaps come from the events themselves."""
    page = ScanStationPage(station.workspace, today=lambda: MONDAY)  # the real clock
    page.sounds.muted = True
    qtbot.addWidget(page)
    station.page.hide()
    page.show()
    qtbot.waitExposed(page)
    target = page.manual_edit
    stamp = 5_000

    def key(kind: QEvent.Type, char: str, code: int) -> None:
        event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
        event.setTimestamp(stamp)
        QApplication.sendEvent(target, event)

    for char in station.cards[station.inside[3]["id"]]:
        stamp += 4
        key(QEvent.Type.KeyPress, char, ord(char.upper()))
        key(QEvent.Type.KeyRelease, char, ord(char.upper()))
    stamp += 4
    key(QEvent.Type.KeyPress, "\r", Qt.Key.Key_Return)
    key(QEvent.Type.KeyRelease, "\r", Qt.Key.Key_Return)
    assert page.verdict_view.colour() == "green" and target.text() == ""
    page.shutdown()
    page.close()


def test_a_person_typing_is_not_a_scan(qtbot: Any, station: Station) -> None:
    page = station.page
    box = page.manual_edit
    box.setFocus()
    for char in "Peserta Uji B":  # 150 ms between keys, as people type
        station.clock.advance(150)
        QTest.keyClick(box, char)
    qtbot.waitUntil(lambda: box.text() == "Peserta Uji B", timeout=2000)
    assert page.scanner.scans == 0 and station.rows() == []
    assert page.verdict_view.colour() == "idle"
    # the search found the person; Enter (a person's, after a pause) checks them in by hand
    qtbot.waitUntil(lambda: page.manual_results.count() >= 1, timeout=2000)
    station.clock.advance(300)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert shown(station) == ("green", "HADIR", station.inside[1]["full_name"])
    assert station.rows() == [("present", "manual")] and box.text() == ""
    # a few quick keys (fewer than a code) then a pause: typing too, delivered in order
    for char in "abc":
        station.clock.advance(10)
        QTest.keyClick(box, char)
    qtbot.waitUntil(lambda: box.text() == "abc", timeout=2000)
    # a fast burst of 8+ keys that a person then continues slowly is typing as well
    box.clear()
    for char in "ABCDEFGHIJ":
        station.clock.advance(5)
        QTest.keyClick(box, char)
    station.clock.advance(200)
    QTest.keyClick(box, "K")
    qtbot.waitUntil(lambda: box.text() == "ABCDEFGHIJK", timeout=2000)
    assert page.scanner.scans == 0
    # away from the station the filter is off: keys arrive at once
    page.hide()
    assert not page.scanner.is_active()
    box.clear()
    QTest.keyClicks(box, "xyz")
    assert box.text() == "xyz"


def test_key_gaps_at_the_threshold(qtbot: Any, station: Station) -> None:
    page = station.page
    code = station.cards[station.inside[0]["id"]]
    burst(station, page.manual_edit, code, gap=MAX_GAP_MS)  # slow scanner, still a scanner
    assert page.verdict_view.colour() == "green"
    page.manual_edit.clear()
    station.clock.advance(REPEAT_WINDOW_MS + 1000)
    burst(station, page.manual_edit, "PNT1.ABCDEFGH", gap=MAX_GAP_MS + 1, suffix=None)  # just slower: typing
    qtbot.waitUntil(lambda: page.manual_edit.text() == "PNT1.ABCDEFGH", timeout=2000)
    assert len(station.rows()) == 1


# --- every verdict on screen -----------------------------------------------------------------------------
def test_every_verdict_is_shown_in_its_colour_with_its_reason(station: Station) -> None:
    page, workspace = station.page, station.workspace
    first = station.inside[0]
    scan(station, station.cards[first["id"]])
    assert shown(station) == ("green", "HADIR", first["full_name"])

    scan(station, station.cards[first["id"]])
    view = page.verdict_view
    assert shown(station) == ("amber", "SUDAH TERCATAT", first["full_name"])
    first_time = workspace.db.execute("SELECT scanned_at FROM attendance ORDER BY _created_hlc").fetchone()[0]
    assert view.reason.text() == f"Tercatat pertama pukul {first_time[11:16]} di Laptop Petugas 1"
    assert page.sounds.last_played == "amber"

    scan(station, station.cards[station.outsider["id"]])
    assert shown(station) == ("red", "BUKAN PESERTA KELAS INI", station.outsider["full_name"])
    assert view.reason.text() == "Peserta ini tidak terdaftar di kelas sesi ini."
    assert page.sounds.last_played == "red"

    tampered = station.cards[station.inside[1]["id"]][:-4] + "AAAA"
    scan(station, tampered)
    assert view.colour() == "red" and view.title.text() == "KARTU TIDAK SAH"
    assert "rusak atau sudah diubah" in view.reason.text()

    old = station.cards[station.inside[2]["id"]]
    issue_cards(workspace, [station.inside[2]["id"]], layout="single")  # a reprint
    scan(station, old)
    assert shown(station) == ("red", "KARTU LAMA", station.inside[2]["full_name"])
    assert "cetakan yang lebih baru" in view.reason.text()

    stranger_key = generate_device_key()
    stranger = sign_card(workspace_id=workspace.info.workspace_id, short_code=station.inside[3]["short_code"],
                         program_code="barista", generation=1, key_id=stranger_key.key_id,
                         private_key=stranger_key.private_raw)
    scan(station, stranger)
    assert view.colour() == "red" and view.title.text() == "KARTU BELUM DIKENAL"
    assert "belum sinkron" in view.reason.text()
    with connection.transaction(workspace.db):
        workspace.writer.emit("device", "laptop-2", "create", {
            "name": "Laptop 2", "public_key": base64.b64encode(stranger_key.public_raw).decode(),
            "key_id": stranger_key.key_id})
    revoke_device(workspace, "laptop-2")
    scan(station, stranger)
    assert view.colour() == "red" and view.title.text() == "KARTU DITOLAK"
    assert "dicabut" in view.reason.text()

    page.choose_session(None)  # no session chosen (none today): every scan is refused
    assert page.verdict_view.colour() == "idle"
    scan(station, station.cards[station.inside[1]["id"]])
    assert view.colour() == "red" and view.title.text() == "TIDAK ADA SESI"
    assert "Pilih sesi" in view.reason.text()

    assert [verdict for verdict, _ in station.rows()] == [
        "present", "already_present", "not_in_class", "invalid", "superseded", "unknown_key", "revoked", "no_session"]
    assert {method for _, method in station.rows()} == {"usb"}


def test_a_valid_card_of_someone_not_synced_yet_counts_and_is_marked(station: Station) -> None:
    workspace, page = station.workspace, station.page
    private = bytes(workspace.db.execute("SELECT private_key FROM local_device").fetchone()[0])
    short = new_short_code()
    code = sign_card(workspace_id=workspace.info.workspace_id, short_code=short, program_code="barista",
                     generation=1, key_id=workspace.info.key_id, private_key=private)
    scan(station, code)
    view = page.verdict_view
    assert view.colour() == "green" and view.title.text() == "HADIR"
    assert view.name.text() == "Peserta belum tersinkron" and view.unsynced_badge.isVisibleTo(view)
    assert short in view.detail.text()
    assert page.counter.text() == "1 / 4"
    assert page.recent_table.item(0, 1).text() == f"{short} · belum tersinkron"


# --- the repeat window and undo ----------------------------------------------------------------------------
def test_the_same_code_within_seconds_is_ignored(station: Station) -> None:
    page = station.page
    code = station.cards[station.inside[0]["id"]]
    burst(station, page.manual_edit, code)
    assert page.verdict_view.colour() == "green"
    station.clock.advance(1500)  # the scanner bounced, or the card was scanned twice
    burst(station, page.manual_edit, code)
    assert station.rows() == [("present", "usb")]
    assert page.verdict_view.colour() == "green" and page.ignored_note.isVisibleTo(page)
    assert page.ignored == 1
    station.clock.advance(REPEAT_WINDOW_MS + 1)  # later: a real second scan, amber
    burst(station, page.manual_edit, code)
    assert page.verdict_view.colour() == "amber" and len(station.rows()) == 2
    # another code right away is not held back
    station.clock.advance(10)
    burst(station, page.manual_edit, station.cards[station.inside[1]["id"]])
    assert page.verdict_view.colour() == "green" and len(station.rows()) == 3


def test_undo_a_mistaken_scan(qtbot: Any, station: Station) -> None:
    page = station.page
    first, second = station.inside[0], station.inside[1]
    scan(station, station.cards[first["id"]])
    scan(station, station.cards[second["id"]])  # the wrong person
    assert page.counter.text() == "2 / 4"
    button = page.undo_button(0)  # newest first
    assert button is not None and button.text() == "Batalkan"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.counter.text() == "1 / 4"
    assert page.verdict_view.colour() == "undone" and page.verdict_view.title.text() == "DIBATALKAN"
    assert page.recent_table.item(0, 2).text() == "dibatalkan" and page.undo_button(0) is None
    db = station.workspace.db
    assert db.execute("SELECT count(*) FROM attendance WHERE undone_at IS NOT NULL").fetchone()[0] == 1
    assert station.workspace.db.execute(
        "SELECT count(*) FROM events WHERE entity = 'attendance' AND op = 'update'").fetchone()[0] == 1
    scan(station, station.cards[second["id"]])  # scanned again later: present again, not amber
    assert shown(station) == ("green", "HADIR", second["full_name"])


# --- typing a code or a name -----------------------------------------------------------------------------------
def test_typing_a_short_code_or_picking_a_name(qtbot: Any, station: Station) -> None:
    page = station.page
    person = station.inside[2]
    page.manual_edit.setText(person["short_code"].lower().replace("-", " "))
    page.submit_manual()
    assert shown(station) == ("green", "HADIR", person["full_name"])
    assert station.rows() == [("present", "manual")] and page.manual_edit.text() == ""

    page.manual_edit.setText(station.outsider["full_name"])
    qtbot.waitUntil(lambda: page.manual_results.count() == 1, timeout=2000)
    assert "(bukan kelas ini)" in page.manual_results.item(0).text()
    page.submit_manual()
    assert page.verdict_view.colour() == "red" and page.verdict_view.title.text() == "BUKAN PESERTA KELAS INI"

    page.manual_edit.setText("MLG-0000-001")  # a typo: the check character does not match
    assert page.submit_manual() is None
    assert "Kode peserta tidak benar" in page.manual_message.text()
    page.manual_edit.setText(new_short_code())  # a real-looking code nobody here has
    assert page.submit_manual() is None
    assert "belum ada di laptop ini" in page.manual_message.text()
    page.manual_edit.setText("zzzz qqqq")
    assert page.submit_manual() is None and "Tidak ada peserta" in page.manual_message.text()
    assert len(station.rows()) == 2


# --- the camera --------------------------------------------------------------------------------------------------
def _perspective(im: Image.Image) -> Image.Image:
    """The card seen at an angle: its top edge tilted away from the camera."""
    w, h = im.size
    source = [(0, 0), (w, 0), (w, h), (0, h)]
    target = [(w * 0.12, h * 0.08), (w * 0.93, 0), (w, h), (0, h * 0.9)]
    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    coefficients = np.linalg.solve(np.array(rows, float), np.array(source, float).reshape(8))
    return im.convert("RGBA").transform((w, h), Image.Transform.PERSPECTIVE, coefficients.tolist(),
                                        Image.Resampling.BICUBIC)


def _shrink(im: Image.Image, factor: float) -> Image.Image:
    return im.resize((int(im.width * factor), int(im.height * factor)), Image.Resampling.LANCZOS)


TRANSFORMS = {
    "rotated": lambda im: im.convert("RGBA").rotate(23, expand=True, resample=Image.Resampling.BICUBIC),
    "blurred": lambda im: im.filter(ImageFilter.GaussianBlur(1.6)),
    "shrunk": lambda im: _shrink(im, 0.45),
    "at an angle": _perspective,
    "all at once": lambda im: _shrink(_perspective(im).rotate(-17, expand=True, resample=Image.Resampling.BICUBIC),
                                      0.7).filter(ImageFilter.GaussianBlur(1.0)),
}


def webcam_frame(card: Image.Image, seed: int) -> QImage:
    """A 1280x720 camera frame: a grey, noisy desk with the card in the middle."""
    noise = np.random.default_rng(seed).normal(0, 6, (720, 1280, 3))
    desk = Image.fromarray(np.clip(np.full((720, 1280, 3), (120, 128, 118)) + noise, 0, 255).astype("uint8"))
    desk.paste(card, ((1280 - card.width) // 2, (720 - card.height) // 2), card if card.mode == "RGBA" else None)
    data = desk.tobytes()
    return QImage(data, 1280, 720, 1280 * 3, QImage.Format.Format_RGB888).copy()


@pytest.fixture
def card_pictures(station: Station, tmp_path: Path) -> dict[str, Image.Image]:
    """Each inside person's card page rendered from the card PDF (as printed), by participant id."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("needs poppler-utils")
    cards = issue_cards(station.workspace, [p["id"] for p in station.inside], layout="single")
    station.cards.update({c.participant_id: c.code for c in cards})
    pdf = tmp_path / "cards.pdf"
    render_cards(cards, pdf, layout="single", workspace_name=station.workspace.info.name)
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / "card")], check=True)
    pages = sorted(tmp_path.glob("card-*.png"))
    assert len(pages) == len(cards)
    return {card.participant_id: Image.open(page).convert("RGB") for card, page in zip(cards, pages, strict=True)}


def test_the_camera_path_decodes_real_card_pictures_and_checks_in(qtbot: Any, station: Station,
                                                                  card_pictures: dict[str, Image.Image]) -> None:
    page = station.page
    people = [*station.inside, station.inside[0]]  # five pictures, four people: the last one is amber
    for seed, ((name, transform), person) in enumerate(zip(TRANSFORMS.items(), people, strict=True)):
        frame = webcam_frame(transform(card_pictures[person["id"]]), seed)
        station.clock.advance(REPEAT_WINDOW_MS + 1000)
        with qtbot.waitSignal(page.resultShown, timeout=5000) as shown_signal:
            page.camera.feed(frame)
        result = shown_signal.args[0]
        assert result.participant["id"] == person["id"], name
        assert page.verdict_view.name.text() == person["full_name"], name
        assert page.camera.preview.outlined() == 1, name
        decoded = page.camera.last_decoded
        assert decoded is not None and (decoded.width, decoded.height) == (1280, 720)
    assert page.verdict_view.colour() == "amber"
    assert station.rows() == [("present", "camera")] * 4 + [("already_present", "camera")]
    # a card held in front of the camera is seen in every frame: one check-in only
    held = webcam_frame(card_pictures[station.inside[1]["id"]], 99)
    for _ in range(3):
        station.clock.advance(100)  # frames a few tens of milliseconds apart
        with qtbot.waitSignal(page.camera.codeFound, timeout=5000):
            page.camera.feed(held)
    assert len(station.rows()) == 6 and page.ignored == 2


def test_the_decoder_works_on_the_newest_frame_only(qtbot: Any, card_pictures: dict[str, Image.Image],
                                                    station: Station) -> None:
    people = station.inside
    frames = [webcam_frame(TRANSFORMS["rotated"](card_pictures[p["id"]]), i) for i, p in enumerate(people)]
    frames = frames * 3  # twelve frames handed over at once, faster than any decoder
    assert [c.text for c in decode_image(frames[-1])] == [station.cards[people[-1]["id"]]]
    decoder = FrameDecoder()
    seen: list[str] = []
    decoder.decoded.connect(lambda decoded: seen.extend(code.text for code in decoded.codes))
    from PySide6.QtCore import QThread

    thread = QThread()
    decoder.moveToThread(thread)
    thread.start()
    try:
        for frame in frames:
            decoder.submit(frame)
        qtbot.waitUntil(lambda: not decoder._busy, timeout=10_000)
        qtbot.waitUntil(lambda: len(seen) == decoder.frames_decoded, timeout=2000)
    finally:
        thread.quit()
        thread.wait()
    assert decoder.frames_decoded + decoder.frames_dropped == len(frames)
    assert decoder.frames_decoded <= 2 and decoder.frames_dropped >= len(frames) - 2
    assert seen[-1] == station.cards[people[-1]["id"]]  # the last frame handed over is always decoded


def test_without_a_camera_the_station_says_so_and_still_works(station: Station) -> None:
    camera = station.page.camera
    assert not camera.has_camera()  # this machine has none
    assert not camera.start()
    assert "Tidak ada kamera" in camera.status.text() and camera.status.isVisibleTo(station.page)
    assert not camera.toggle_button.isVisibleTo(station.page)
    scan(station, station.cards[station.inside[0]["id"]])
    assert station.page.verdict_view.colour() == "green"


# --- full window -----------------------------------------------------------------------------------------------
def test_full_window_mode_and_back(qtbot: Any, station: Station) -> None:
    page = station.page
    page.enter_full_window()
    assert page.is_full_window() and page.station.isWindow() and page.station.isVisible()
    assert page.placeholder.isVisibleTo(page) and page.full_header.isVisibleTo(page.station)
    assert "Barista Angkatan 1" in page.full_title.text()
    assert page.scanner.is_active()
    burst(station, page.manual_edit, station.cards[station.inside[0]["id"]])
    assert page.verdict_view.colour() == "green"
    page.station.activateWindow()
    qtbot.waitUntil(lambda: page.station.isActiveWindow(), timeout=2000)
    QTest.keyClick(page.station, Qt.Key.Key_Escape)
    assert not page.is_full_window() and not page.station.isWindow() and page.station.parent() is page
    assert not page.placeholder.isVisibleTo(page)
    page.toggle_full_window()
    assert page.is_full_window()
    page.station.close()  # closing the full window brings the station back into the page
    assert not page.is_full_window() and page.station.isVisibleTo(page)
    page.enter_full_window()
    page.hide()  # the main window closes: no full window stays behind
    assert not page.is_full_window() and not page.station.isWindow() and not page.scanner.is_active()


# --- results and the paper sheet -----------------------------------------------------------------------------
@needs_poppler
def test_attendance_sheet_and_results_match_the_scans(qtbot: Any, station: Station, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page, workspace, session = station.page, station.workspace, station.session
    first, second, late, absent = station.inside
    scan(station, station.cards[first["id"]])
    scan(station, station.cards[second["id"]])
    scan(station, station.cards[second["id"]])  # amber: not a second attendance
    scan(station, station.cards[station.outsider["id"]])  # red: not on the sheet
    # typed in later from the paper list: 08:40 is 40 minutes late
    paper = checkin(workspace, session["id"], station.cards[late["id"]], method="paper",
                    at=f"{session['date']}T08:40:00")
    assert paper.verdict is Verdict.PRESENT
    times = dict(workspace.db.execute(
        "SELECT short_code, min(scanned_at) FROM attendance WHERE verdict = 'present' GROUP BY short_code"))

    target = tmp_path / "sheets" / "daftar-hadir"
    target.parent.mkdir()
    monkeypatch.setattr(attendance_page.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    page.save_sheet()
    pdf = target.with_suffix(".pdf")
    assert pdf.exists() and "Daftar hadir disimpan" in page.sheet_status.text()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "DAFTAR HADIR PESERTA" in text and "Barista Angkatan 1" in text and "Hadi Susanto" in text
    assert "Senin, 07-12-2026" in text and "08:00 – 12:00" in text and "UPT Pelatihan Kerja" in text
    lines = {person["short_code"]: next(line for line in text.splitlines() if person["short_code"] in line)
             for person in station.inside}
    for person in (first, second, late):
        line = lines[person["short_code"]]
        assert person["full_name"] in line
        assert times[person["short_code"]][11:16] in line
    assert "terlambat 40 mnt" in text
    assert not re.search(r"\d\d:\d\d", lines[absent["short_code"]])  # no time: absent, signs nothing
    assert absent["full_name"] in lines[absent["short_code"]]
    assert station.outsider["full_name"] not in text
    assert "3 dari 4 peserta" in text
    sheet = build_sheet(workspace, session["id"])
    assert [(r.full_name, r.scanned_at) for r in sheet.rows] == sorted(
        [(p["full_name"], times[p["short_code"]][11:16] if p is not absent else None) for p in station.inside])

    # results: the session (who came, late, absent) and the class (percent, certificate)
    results = AttendancePage(workspace, today=lambda: MONDAY)
    qtbot.addWidget(results)
    results.set_class(station.klass["id"])
    assert results.session_id() == session["id"]
    table = results.session_table
    notes = {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert notes == {first["full_name"]: "Tepat waktu", second["full_name"]: "Tepat waktu",
                     late["full_name"]: "Terlambat 40 menit", absent["full_name"]: "Tidak hadir"}
    assert results.session_summary.text() == "Hadir 3 dari 4 · terlambat 1 · tidak hadir 1"
    per_class = class_results(workspace, station.klass["id"], today=MONDAY)
    rows = {results.class_table.item(r, 0).text(): (results.class_table.item(r, 3).text(),
                                                     results.class_table.item(r, 4).text())
            for r in range(results.class_table.rowCount())}
    percent = {True: QLocale().toString(100.0, "f", 1) + "%", False: QLocale().toString(0.0, "f", 1) + "%"}
    assert rows == {p["full_name"]: (percent[p is not absent], "Layak" if p is not absent else "Belum")
                    for p in station.inside}
    assert [p["eligible"] for p in per_class["participants"]].count(True) == 3
    assert "3 dari 4 peserta layak" in results.class_summary.text()
    results.close()


# --- how fast -----------------------------------------------------------------------------------------------------
def test_scan_to_verdict_on_screen_is_fast(qtbot: Any, station: Station) -> None:
    """From the Enter that ends a burst to the verdict painted: well inside the 50 ms budget here."""
    page = station.page
    codes = [station.cards[p["id"]] for p in station.inside]
    timings = []
    for i in range(24):
        station.clock.advance(REPEAT_WINDOW_MS + 1000)
        code = codes[i % len(codes)]
        for char in code:
            station.clock.advance(5)
            QTest.keyClick(page.manual_edit, char)
        started = time.perf_counter()
        QTest.keyClick(page.manual_edit, Qt.Key.Key_Return)
        page.verdict_view.repaint()
        timings.append(time.perf_counter() - started)
    assert len(station.rows()) == 24
    assert statistics.median(timings) < 0.05
