"""Printing cards from the app: choose people in the list, save or print, and read every card back.

The produced PDFs are rendered by poppler (`pdftoppm`) and every QR on them is decoded by zxing-cpp
and verified against the workspace, as `test_cards_pdf.py` does for the core.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog

from desktop_app.core.cards import CardStatus
from desktop_app.core.registration import RegistrationService
from desktop_app.printing.print_job import print_cards
from desktop_app.storage.cards import check_code, print_log
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import participants_page, print_cards_dialog
from desktop_app.ui.background import running_tasks
from desktop_app.ui.messages import message
from desktop_app.ui.participant_table_model import COLUMN_KEYS
from desktop_app.ui.participants_page import ParticipantsPage
from desktop_app.ui.print_cards_dialog import PREVIEW_CODE, PROGRAM, SELECTED, UNPRINTED, PrintCardsDialog
from desktop_app.ui.print_log_dialog import PrintLogDialog
from tests.conftest import make_record

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

PROGRAMS = ("barista", "olahan_makanan", "muslim_fashion")
PEOPLE = 14
MM = 72 / 25.4
TODAY_PDF = f"kartu-peserta-{date.today().isoformat()}.pdf"


# --- fixtures -------------------------------------------------------------------------------------------
@pytest.fixture
def people(service: RegistrationService) -> list[str]:
    return [service.register(make_record(500 + i, program_code=PROGRAMS[i % 3])).participant["id"]
            for i in range(PEOPLE)]


@pytest.fixture
def page(qtbot: Any, repo: ParticipantRepository, service: RegistrationService, people: list[str]) -> Iterator[
    ParticipantsPage
]:
    widget = ParticipantsPage(repo, service=service)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    _finish_tasks()
    if widget.print_dialog is not None:
        widget.print_dialog.done(0)
    widget.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def dialogs(qtbot: Any) -> Iterator[list[PrintCardsDialog]]:
    """Dialogs made by a test, closed (and their tasks ended) before the workspace closes."""
    made: list[PrintCardsDialog] = []
    yield made
    _finish_tasks()
    for dialog in made:
        dialog.done(0)
        dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _finish_tasks() -> None:
    for task in running_tasks():
        task.cancel()
        assert task.wait(10_000)
    QApplication.processEvents()


class SaveAs:
    """Stands in for `QFileDialog` in the dialog's module: answers with `path`, remembers the suggestion."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.suggested: list[str] = []

    def getSaveFileName(self, parent: Any, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        self.suggested.append(suggested)
        return (str(self.path) if self.path else "", filters)


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> SaveAs:
    fake = SaveAs(path)
    monkeypatch.setattr(print_cards_dialog, "QFileDialog", fake)
    return fake


def answer_reprint(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def ask(parent: Any, title: str, text: str, accept: str, reject: str) -> bool:
        asked.append(text)
        assert (accept, reject) == ("Ya, cetak ulang", "Batal")
        return answer

    monkeypatch.setattr(print_cards_dialog, "ask", ask)
    return asked


def select_rows(page: ParticipantsPage, rows: list[int]) -> list[str]:
    selection = QItemSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), page.model.index(row, len(COLUMN_KEYS) - 1))
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return [page.model.participant_id(row) or "" for row in rows]


def generations(repo: ParticipantRepository, ids: list[str]) -> dict[str, int]:
    return {pid: int(repo.get(pid)["card_generation"] or 0) for pid in ids}  # type: ignore[index]


def decode_pages(pdf: Path, folder: Path, dpi: int = 300) -> list[list[Any]]:
    """The QR codes found on each page (text and position), as poppler renders it and zxing-cpp reads it."""
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "p")], check=True)
    pages = []
    for png in sorted(folder.glob("p-*.png")):
        with Image.open(png) as image:
            pages.append(zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode))
    return pages


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "1000", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return [(float(w) / MM, float(h) / MM) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def verified_short_codes(workspace: Workspace, pages: list[list[Any]]) -> list[str]:
    codes = []
    for found in pages:
        for barcode in found:
            check = check_code(workspace, barcode.text)
            assert check.status == CardStatus.VALID, (barcode.text, check.status)
            assert check.card is not None
            codes.append(check.card.short_code)
    return codes


def short_codes(repo: ParticipantRepository, ids: list[str]) -> set[str]:
    return {repo.get(pid)["short_code"] for pid in ids}  # type: ignore[index]


def open_dialog(qtbot: Any, page: ParticipantsPage) -> PrintCardsDialog:
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.print_dialog
    assert isinstance(dialog, PrintCardsDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)  # the first preview
    return dialog


def make_dialog(qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, **kwargs: Any) -> PrintCardsDialog:
    dialog = PrintCardsDialog(workspace, **kwargs)
    dialogs.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)  # the first preview
    return dialog


# --- the list ---------------------------------------------------------------------------------------------
def test_the_list_has_a_print_button_and_selects_several_rows(qtbot: Any, page: ParticipantsPage) -> None:
    assert page.print_button.text() == "Cetak kartu…"
    assert page.print_button.isEnabled()  # with nothing selected too
    assert page.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    table = page.table
    first = table.visualRect(page.model.index(1, 1)).center()
    third = table.visualRect(page.model.index(3, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos=third)
    assert page.selected_ids() == [page.model.participant_id(1), page.model.participant_id(3)]
    assert page.selected_id() == page.model.participant_id(3)  # the detail dialog opens the current one


def test_selecting_the_whole_list_gives_everyone_in_it(
    qtbot: Any, page: ParticipantsPage, people: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page.program_filter.setCurrentIndex(page.program_filter.findData("barista"))
    shown = {page.model.participant_id(row) for row in range(page.model.rowCount())}
    page.table.selectAll()
    assert set(page.selected_ids()) == shown
    monkeypatch.setattr(participants_page, "WHOLE_LIST_QUERY", 2)  # as with 100,000 rows: one query
    assert set(page.selected_ids()) == shown and len(page.selected_ids()) == len(shown) == len(people[0::3])


def test_with_no_selection_the_dialog_offers_the_never_printed(
    qtbot: Any, page: ParticipantsPage, workspace: Workspace, people: list[str]
) -> None:
    print_cards(workspace, people[:5], workspace.path.parent / "first.pdf", layout="a4")  # type: ignore[union-attr]
    page.table.clearSelection()
    dialog = open_dialog(qtbot, page)
    assert not dialog.selected_radio.isEnabled()
    assert dialog.source() == UNPRINTED
    assert len(dialog.batch().ids) == PEOPLE - 5
    assert set(dialog.batch().ids) == set(people[5:])
    assert dialog.count_label.text() == f"{PEOPLE - 5} kartu akan dicetak"
    assert not dialog.reprint_label.isVisible()  # nobody among the never printed has a card
    assert dialog.sheets_label.text() == "1 lembar A4"


# --- saving a PDF ---------------------------------------------------------------------------------------
def test_selected_people_saved_as_pdf_carry_valid_cards_and_their_generations_rise(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, workspace: Workspace, people: list[str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = select_rows(page, list(range(12)))
    dialog = open_dialog(qtbot, page)
    assert dialog.source() == SELECTED
    assert dialog.selected_radio.text() == "Peserta yang dipilih di daftar (12)"
    assert dialog.count_label.text() == "12 kartu akan dicetak"
    assert dialog.sheets_label.text() == "2 lembar A4"
    assert "Ukuran sebenarnya" in dialog.scale_note.text() and "85,60" in dialog.scale_note.text()
    out = tmp_path / "out" / TODAY_PDF
    out.parent.mkdir()
    files = save_as(monkeypatch, out)
    others = [pid for pid in people if pid not in chosen]

    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())

    # The suggested name holds a date only: no name, no NIK.
    assert Path(files.suggested[0]).name == TODAY_PDF
    assert re.fullmatch(r"kartu-peserta-\d{4}-\d{2}-\d{2}\.pdf", TODAY_PDF)
    result = printed.args[0]
    assert result.file == out and result.pages == 2 and len(result.cards) == 12
    assert out.exists() and not list(out.parent.glob(".*.part"))

    pages = decode_pages(out, tmp_path / "pages")
    assert [len(found) for found in pages] == [10, 2]
    decoded = verified_short_codes(workspace, pages)
    assert sorted(decoded) == sorted(short_codes(repo, chosen))
    assert all(abs(w - 210) < 0.5 and abs(h - 297) < 0.5 for w, h in page_sizes_mm(out))

    assert set(generations(repo, chosen).values()) == {1}
    assert set(generations(repo, others).values()) == {0}
    log = print_log(workspace)
    assert len(log) == 1 and log[0]["card_count"] == 12 and set(log[0]["participant_ids"]) == set(chosen)

    summary = dialog.result_label.text()
    assert dialog.result_label.isVisible() and dialog.result_label.property("role") == "success-box"
    assert summary.startswith("12 kartu dicetak oleh Rina, ")
    assert "(A4, 2 lembar)" in summary and str(out) in summary
    assert "dan 7 lainnya" in summary  # five names, then the rest counted
    assert dialog.save_button.isEnabled()


def test_reprinting_warns_with_the_count_and_old_cards_stop_working(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, workspace: Workspace, people: list[str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "first.pdf"
    old = print_cards(workspace, people[:3], first, layout="a4")
    old_codes = {card.participant_id: card.code for card in old.cards}
    chosen = select_rows(page, list(range(PEOPLE)))
    dialog = open_dialog(qtbot, page)
    assert dialog.reprint_label.isVisible()
    assert dialog.reprint_label.text().startswith("3 di antaranya sudah punya kartu.")

    # "Batal": nothing asked further, nothing issued.
    files = save_as(monkeypatch, tmp_path / "again.pdf")
    asked = answer_reprint(monkeypatch, False)
    dialog.save_button.click()
    assert asked and asked[0].startswith(f"3 dari {PEOPLE} peserta ini sudah punya kartu.")
    assert files.suggested == [] and not dialog.busy()
    assert generations(repo, people[:3]) == dict.fromkeys(people[:3], 1)

    answer_reprint(monkeypatch, True)
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy())
    assert generations(repo, people[:3]) == dict.fromkeys(people[:3], 2)
    assert set(generations(repo, people[3:]).values()) == {1}
    for code in old_codes.values():
        assert check_code(workspace, code).status == CardStatus.SUPERSEDED  # "kartu lama"
    assert "3 kartu lama tidak berlaku lagi." in dialog.result_label.text()
    assert len(chosen) == PEOPLE
    # All have a card now: the next warning says so.
    assert dialog.reprint_label.text().startswith("Semuanya sudah punya kartu.")


def test_cancel_midway_leaves_no_file_and_no_generation_change(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, workspace: Workspace, people: list[str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_rows(page, list(range(PEOPLE)))
    dialog = open_dialog(qtbot, page)
    out_folder = tmp_path / "usb"
    out_folder.mkdir()
    save_as(monkeypatch, out_folder / TODAY_PDF)

    # The worker waits after its first card until the user has pressed "Batal" (no race with a fast render).
    pressed = threading.Event()
    real_print_cards = print_cards_dialog.print_cards

    def print_cards_waiting(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def gated(done: int, total: int) -> bool:
            keep_going = progress(done, total)
            if done == 1:
                assert pressed.wait(10)
                keep_going = progress(done, total)
            return keep_going

        return real_print_cards(*args, progress=gated, **kwargs)

    monkeypatch.setattr(print_cards_dialog, "print_cards", print_cards_waiting)

    def press_cancel(done: int, total: int) -> None:
        if not pressed.is_set():
            assert dialog.progress.isVisible() and dialog.progress.cancel_button.text() == "Batal"
            assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
            qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
            pressed.set()

    dialog.save_button.click()
    assert dialog.task is not None
    dialog.task.progressed.connect(press_cancel)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)

    assert pressed.is_set()
    assert dialog.task.outcome == "cancelled"
    assert list(out_folder.iterdir()) == []  # no PDF, no temporary part
    assert set(generations(repo, people).values()) == {0}
    assert print_log(workspace) == []
    assert dialog.result_label.text() == message("cards.cancelled")
    assert not dialog.progress.isVisible()
    assert dialog.save_button.isEnabled()


def test_saving_while_the_preview_renders_waits_for_it(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, repo: ParticipantRepository,
    people: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = PrintCardsDialog(workspace, selected_ids=people[:4])
    dialogs.append(dialog)
    dialog.show()
    assert dialog.busy() and not dialog.issuing()  # the first preview runs; the buttons stay usable
    assert dialog.save_button.isEnabled()
    out = tmp_path / TODAY_PDF
    save_as(monkeypatch, out)
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        dialog.save_button.click()
        assert dialog.issuing() and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    pages = decode_pages(out, tmp_path / "pages")
    assert sorted(verified_short_codes(workspace, pages)) == sorted(short_codes(repo, people[:4]))
    assert not dialog.preview_image.pixmap().isNull()  # rendered again after printing (next generation)


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not write in: a read-only one, or for root (who writes anywhere) /sys."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if not Path("/sys").is_dir():
            pytest.skip("running as root without /sys: no folder is unwritable")
        return Path("/sys")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def test_an_unwritable_folder_gives_a_message_not_a_traceback(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, workspace: Workspace, people: list[str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_rows(page, [0, 1, 2])
    dialog = open_dialog(qtbot, page)
    save_as(monkeypatch, _unwritable_folder(tmp_path) / TODAY_PDF)
    with qtbot.waitSignal(dialog.busyChanged, timeout=10_000, check_params_cb=lambda busy: not busy):
        dialog.save_button.click()
    assert dialog.result_label.text() == message("cards.unwritable")
    assert dialog.result_label.property("role") == "error-box"
    assert "Traceback" not in dialog.result_label.text()
    assert set(generations(repo, people).values()) == {0}
    assert print_log(workspace) == []

    # A folder that is gone (the USB stick was pulled): its own sentence.
    save_as(monkeypatch, tmp_path / "gone" / TODAY_PDF)
    with qtbot.waitSignal(dialog.busyChanged, timeout=10_000, check_params_cb=lambda busy: not busy):
        dialog.save_button.click()
    assert dialog.result_label.text() == message("cards.folder_missing")
    assert dialog.save_button.isEnabled()


# --- the choices ----------------------------------------------------------------------------------------
def test_the_counts_of_each_choice(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, service: RegistrationService,
    people: list[str], tmp_path: Path,
) -> None:
    barista = people[0::3]
    print_cards(workspace, [people[0], people[1], people[3]], tmp_path / "a.pdf", layout="a4")  # 2 baristas
    service.withdraw(people[6], "Sudah bekerja lagi")  # a barista, never printed

    dialog = make_dialog(qtbot, dialogs, workspace, selected_ids=[people[6], people[7], people[0]],
                         program_code="barista")
    assert dialog.source() == SELECTED
    batch = dialog.batch()
    assert set(batch.ids) == {people[7], people[0]} and batch.reprints == 1 and batch.skipped == 1
    assert dialog.skipped_label.text() == "1 peserta yang dipilih sudah mundur dan tidak dicetak."

    dialog.set_source(PROGRAM, "barista")
    active_barista = [pid for pid in barista if pid != people[6]]
    assert set(dialog.batch().ids) == set(active_barista)
    assert dialog.batch().reprints == 2
    assert dialog.count_label.text() == f"{len(active_barista)} kartu akan dicetak"

    dialog.program_combo.setCurrentIndex(dialog.program_combo.findData("muslim_fashion"))
    assert dialog.source() == PROGRAM
    assert set(dialog.batch().ids) == set(people[2::3]) and dialog.batch().reprints == 0

    dialog.set_source(UNPRINTED)
    never = [pid for pid in people if pid not in (people[0], people[1], people[3], people[6])]
    assert set(dialog.batch().ids) == set(never)
    assert dialog.count_label.text() == f"{len(never)} kartu akan dicetak"

    dialog.set_layout_choice("single")
    assert dialog.sheets_label.text() == f"{len(never)} halaman seukuran kartu"


def test_preview_shows_the_first_page_and_issues_nothing(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, repo: ParticipantRepository,
    people: list[str],
) -> None:
    dialog = make_dialog(qtbot, dialogs, workspace, selected_ids=people)  # shown: the preview is rendered
    assert dialog.preview_button.text() == "Pratinjau"
    assert not dialog.preview_image.pixmap().isNull()
    with qtbot.waitSignal(dialog.busyChanged, timeout=20_000, check_params_cb=lambda busy: not busy):
        dialog.preview_button.click()  # again, e.g. after a photo was added
    pixmap = dialog.preview_image.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # one A4 page, upright
    assert set(generations(repo, people).values()) == {0}
    assert print_log(workspace) == []
    # The preview's QR is no card.
    cards = print_cards_dialog.preview_cards(workspace, people[:2], dialog.program_names)
    assert [card.generation for card in cards] == [1, 1]
    assert check_code(workspace, PREVIEW_CODE).status == CardStatus.MALFORMED

    # Another layout: the preview follows (three cards, one under another).
    with qtbot.waitSignal(dialog.busyChanged, timeout=20_000, check_params_cb=lambda busy: not busy):
        dialog.set_layout_choice("single")
    single = dialog.preview_image.pixmap()
    assert len(dialog._preview_images) == 3 and single.height() > single.width()
    assert all(image.width() > image.height() for image in dialog._preview_images)


# --- printing on paper ----------------------------------------------------------------------------------
class AcceptingPrintDialog(QPrintDialog):
    """The system print dialog, answered with "Print" without being shown."""

    shown = 0

    def exec(self) -> int:
        AcceptingPrintDialog.shown += 1
        return int(QDialog.DialogCode.Accepted)


def _pdf_printer(dialog: PrintCardsDialog, out: Path) -> QPrinter:
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(300)
    return printer


def test_printing_draws_the_cards_at_their_real_size(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, repo: ParticipantRepository,
    people: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(print_cards_dialog, "QPrintDialog", AcceptingPrintDialog)
    chosen = people[:12]
    dialog = make_dialog(qtbot, dialogs, workspace, selected_ids=chosen)
    paper = tmp_path / "printer-a4.pdf"
    _pdf_printer(dialog, paper)
    AcceptingPrintDialog.shown = 0
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert AcceptingPrintDialog.shown == 1
    assert "Dikirim ke printer" in dialog.result_label.text()
    assert set(generations(repo, chosen).values()) == {1}

    # What reached the "printer": two A4 pages with every card readable and valid ...
    assert [(round(w), round(h)) for w, h in page_sizes_mm(paper)] == [(210, 297), (210, 297)]
    on_paper = decode_pages(paper, tmp_path / "paper")
    assert sorted(verified_short_codes(workspace, on_paper)) == sorted(short_codes(repo, chosen))
    # ... where the issued PDF has them: at 100%, nothing scaled or shifted (within a pixel or two at 300 dpi).
    issued = tmp_path / "issued.pdf"
    from desktop_app.printing.cards_pdf import render_cards

    render_cards(printed.args[0].cards, issued, layout="a4", workspace_name=workspace.info.name)
    reference = decode_pages(issued, tmp_path / "reference")
    for got, want in zip(on_paper, reference, strict=True):
        got_at = {b.text: (b.position.top_left.x, b.position.top_left.y) for b in got}
        for barcode in want:
            x, y = got_at[barcode.text]
            assert abs(x - barcode.position.top_left.x) <= 3 and abs(y - barcode.position.top_left.y) <= 3
    assert not dialog._issued_pdf  # the temporary PDF of valid cards is gone


def test_printing_single_cards_uses_id1_pages(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, repo: ParticipantRepository,
    people: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(print_cards_dialog, "QPrintDialog", AcceptingPrintDialog)
    dialog = make_dialog(qtbot, dialogs, workspace, selected_ids=people[:2])
    dialog.set_layout_choice("single")
    paper = tmp_path / "printer-cards.pdf"
    _pdf_printer(dialog, paper)
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        dialog.print_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    sizes = page_sizes_mm(paper)
    assert len(sizes) == 2
    assert all(abs(w - 85.60) < 0.3 and abs(h - 53.98) < 0.3 for w, h in sizes)
    pages = decode_pages(paper, tmp_path / "paper")
    assert sorted(verified_short_codes(workspace, pages)) == sorted(short_codes(repo, people[:2]))


class UprightCardPrintDialog(AcceptingPrintDialog):
    """A card printer whose driver describes the card upright (53.98 wide, 85.60 tall)."""

    def exec(self) -> int:
        upright = QPageSize(QSizeF(53.98, 85.60), QPageSize.Unit.Millimeter, "CR80",
                            QPageSize.SizeMatchPolicy.ExactMatch)
        self.printer().setPageLayout(QPageLayout(upright, QPageLayout.Orientation.Portrait, QMarginsF()))
        return super().exec()


def test_a_card_printer_with_upright_cards_gets_them_turned_not_shrunk(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, repo: ParticipantRepository,
    people: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(print_cards_dialog, "QPrintDialog", UprightCardPrintDialog)
    dialog = make_dialog(qtbot, dialogs, workspace, selected_ids=people[:1])
    dialog.set_layout_choice("single")
    paper = tmp_path / "upright.pdf"
    _pdf_printer(dialog, paper)
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        dialog.print_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    [(width, height)] = page_sizes_mm(paper)
    assert abs(width - 53.98) < 0.3 and abs(height - 85.60) < 0.3
    [found] = decode_pages(paper, tmp_path / "paper")
    assert verified_short_codes(workspace, [found]) == [repo.get(people[0])["short_code"]]  # type: ignore[index]
    # The symbol is as large as on the flat card: turned, not shrunk (21.3 mm: 250 px at 300 dpi).
    side = abs(found[0].position.bottom_left.y - found[0].position.top_left.y)
    side = max(side, abs(found[0].position.top_right.x - found[0].position.top_left.x),
               abs(found[0].position.top_left.x - found[0].position.bottom_left.x))
    assert 235 <= side <= 260


def test_render_resolution_follows_the_printer_within_memory() -> None:
    a4, card = QSizeF(595.28, 841.89), QSizeF(242.65, 153.01)
    assert print_cards_dialog.render_dpi(600, card) == 600
    assert print_cards_dialog.render_dpi(1200, card) == 600
    assert print_cards_dialog.render_dpi(600, a4) == 300
    assert print_cards_dialog.render_dpi(360, a4) == 360
    assert print_cards_dialog.render_dpi(300, a4) == 300


def test_a_printer_that_fails_keeps_the_issued_pdf_to_save(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, repo: ParticipantRepository,
    people: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(print_cards_dialog, "QPrintDialog", AcceptingPrintDialog)
    dialog = make_dialog(qtbot, dialogs, workspace, selected_ids=people[:3])
    _pdf_printer(dialog, tmp_path / "no-such-folder" / "out.pdf")  # QPainter cannot begin on it
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.save_issued_button.isVisible() and not dialog.issuing(), timeout=30_000)
    assert dialog.result_label.text().startswith(message("cards.printer_failed"))
    assert "belum tercetak" in dialog.result_label.text()
    assert set(generations(repo, people[:3]).values()) == {1}  # issued: say so, and keep those cards
    assert dialog.save_issued_button.isVisible()

    target = tmp_path / "saved.pdf"
    save_as(monkeypatch, target)
    dialog.save_issued_button.click()
    pages = decode_pages(target, tmp_path / "saved")
    assert sorted(verified_short_codes(workspace, pages)) == sorted(short_codes(repo, people[:3]))
    assert not dialog.save_issued_button.isVisible()
    assert set(generations(repo, people[:3]).values()) == {1}  # saving the copy issued nothing more


# --- the log ----------------------------------------------------------------------------------------------
def test_the_printing_log_lists_who_when_how_many(
    qtbot: Any, dialogs: list[PrintCardsDialog], workspace: Workspace, repo: ParticipantRepository,
    people: list[str], tmp_path: Path,
) -> None:
    print_cards(workspace, people[:4], tmp_path / "a.pdf", layout="a4")
    print_cards(workspace, people[4:5], tmp_path / "b.pdf", layout="single")
    dialog = make_dialog(qtbot, dialogs, workspace)
    dialog.log_button.click()
    log = dialog.log_dialog
    assert isinstance(log, PrintLogDialog)
    table = log.table
    assert table.rowCount() == 2
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["Waktu", "Petugas", "Kartu", "Tata letak"]
    assert [table.item(0, c).text() for c in (1, 2, 3)] == ["Rina", "1", "Satu per halaman"]  # newest first
    assert [table.item(1, c).text() for c in (1, 2, 3)] == ["Rina", "4", "A4, 10 per lembar"]
    table.selectRow(1)
    names = [repo.get(pid)["full_name"] for pid in people[:4]]  # type: ignore[index]
    assert log.names_label.text() == "Peserta: " + ", ".join(names)
    log.accept()
