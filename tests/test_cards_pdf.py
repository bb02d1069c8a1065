"""Card PDFs as a printer and a scanner see them: page sizes, embedded fonts, names inside their cards,
and every QR on every page decoded (zxing-cpp, from a 300 dpi rendering) and verified."""

from __future__ import annotations

import html
import io
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from desktop_app.cli import main
from desktop_app.core.cards import CardStatus
from desktop_app.core.errors import PintuError
from desktop_app.core.registration import RegistrationService
from desktop_app.printing import cards_pdf, print_job
from desktop_app.printing.cards_pdf import CARD_H, CARD_W, MARGIN, fit_name, name_box, qr_frame_pad, qr_placement
from desktop_app.printing.print_job import print_cards
from desktop_app.printing.qr_encode import encode_alphanumeric
from desktop_app.printing.qr_matrix import qr_matrices, reference_matrix
from desktop_app.storage.cards import check_code, issue_cards, print_log, select_for_printing
from desktop_app.storage.photos import get_photo, put_photo
from desktop_app.storage.workspace import Workspace, open_workspace
from tests.conftest import PASSPHRASE, make_record

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

MM = 72 / 25.4
LONG_NAMES = [
    "Raden Roro Siti Nurhayati Kusumaningrum Wulandari Setyaningsih",
    # 97 characters (a name may hold 100)
    "Raden Roro Siti Nurhayati Kusumaningrum Wulandari Setyaningsih Purwaningtyas Hadiningrat Sastrowi",
    "Wiwiekwidyaningsihkusumawardhaniputriayuningtyasrahmawati",
    "Ni'matul Ma'rifah Çelik-Nugroho",
]


# --- helpers ------------------------------------------------------------------------------------
def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip().startswith("{")]
    return code, lines[-1] if lines else {}, captured.err


def jpeg_portrait() -> bytes:
    image = Image.new("RGB", (600, 800), (176, 196, 214))
    draw = ImageDraw.Draw(image)
    draw.ellipse([190, 150, 410, 400], fill=(205, 160, 125))
    draw.rectangle([100, 560, 500, 800], fill=(30, 60, 110))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def register(service: RegistrationService, count: int, *, photo: str | None = None,
             names: list[str] | None = None) -> list[dict[str, Any]]:
    people = []
    for i in range(count):
        overrides: dict[str, Any] = {}
        if names and i < len(names):
            overrides["full_name"] = names[i]
        if photo and i % 2 == 0:
            overrides["photo"] = photo
        if i % 3 == 1:
            overrides["program_code"] = "olahan_makanan"
        people.append(service.register(make_record(1000 + i, **overrides)).participant)
    return people


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(float(w) / MM, float(h) / MM) for w, h in sizes]


def decode_pages(pdf: Path, tmp_path: Path, dpi: int = 300) -> list[list[str]]:
    """The QR texts found on each page, rendered by poppler and read by zxing-cpp."""
    folder = tmp_path / f"pages-{pdf.stem}"
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "p")], check=True)
    pages = []
    for png in sorted(folder.glob("p-*.png")):
        with Image.open(png) as image:
            found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
        pages.append([barcode.text for barcode in found])
    return pages


def fonts_embedded(pdf: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


def word_boxes(pdf: Path) -> list[tuple[int, str, float, float, float, float]]:
    """(page, word, xMin, yMin, xMax, yMax) in points from the top-left, by `pdftotext -bbox`."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    boxes = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            boxes.append((page, html.unescape(match.group(5)), x0, y0, x1, y1))
    return boxes


def photo_loader(workspace: Workspace) -> Any:
    return lambda photo_id: get_photo(workspace, photo_id)


# --- QR matrices: the library's modules, faster ---------------------------------------------------
def test_qr_matrices_equal_the_qrcode_library(workspace: Workspace, service: RegistrationService) -> None:
    people = register(service, 40)
    codes = [card.code for card in issue_cards(workspace, [p["id"] for p in people], layout="a4")]
    rng = random.Random(7)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    others = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 200))) for _ in range(30)]
    others += ["hello, world", "12345678901234567890", "", "é" * 20, "x" * 500]
    texts = codes + others
    for text, matrix in zip(texts, qr_matrices(texts), strict=True):
        assert np.array_equal(matrix, reference_matrix(text)), text


@pytest.mark.parametrize("version", [1, 2, 5, 6, 7, 10, 15, 27, 40])
def test_alphanumeric_codewords_equal_the_qrcode_library(version: int) -> None:
    from qrcode import util

    rng = random.Random(version)
    alphabet = util.ALPHA_NUM.decode()
    for error_correction in range(4):
        for length in (1, 2, 9, 54, 130, 155, 600):
            texts = ["A" + "".join(rng.choice(alphabet) for _ in range(length)) for _ in range(3)]
            try:
                expected = [util.create_data(version, error_correction, [util.QRData(t)]) for t in texts]
            except Exception:  # does not fit this version
                continue
            assert encode_alphanumeric(texts, version, error_correction).tolist() == expected


def test_card_codes_are_version_6_and_the_qr_is_big_enough() -> None:
    placement = qr_placement()
    assert placement.size == 41 and placement.width >= 20 * MM
    quiet = 4 * placement.module
    # The quiet zone, and the frame around it, are inside the card.
    assert placement.x - qr_frame_pad() >= MARGIN - 0.01 and qr_frame_pad() >= quiet
    assert placement.x + placement.width + qr_frame_pad() <= CARD_W - MARGIN + 0.01
    assert placement.y - qr_frame_pad() > 0


# --- the PDFs -----------------------------------------------------------------------------------
def test_a4_sheets_via_cli_every_qr_decodes_and_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        workspace: Workspace, service: RegistrationService) -> None:
    photo = put_photo(workspace, jpeg_portrait())
    people = register(service, 23, photo=photo, names=LONG_NAMES)
    db = str(workspace.path)
    out = tmp_path / "kartu.pdf"

    code, result, err = run(capsys, "cards", "--db", db, "--out", str(out), "--layout", "a4")
    assert code == 0, err
    assert result == {"ok": True, "pages": 3, "cards": 23, "file": str(out.resolve()), "layout": "a4",
                      "seconds": result["seconds"]}
    assert not list(tmp_path.glob(".*.part"))

    for width, height in page_sizes_mm(out):
        assert abs(width - 210) < 0.1 and abs(height - 297) < 0.1
    assert all(embedded == "yes" for _, embedded in fonts_embedded(out))
    assert {name.split("+")[-1] for name, _ in fonts_embedded(out)} == {
        "NotoSans-Regular", "NotoSans-Bold", "NotoSansMono-Bold"}

    pages = decode_pages(out, tmp_path)
    assert [len(texts) for texts in pages] == [10, 10, 3]
    verified = workspace_reopened(db)
    decoded_codes = set()
    for texts in pages:
        for text in texts:
            result_check = check_code(verified, text)
            assert result_check.status is CardStatus.VALID and result_check.known_participant
            assert result_check.card is not None
            decoded_codes.add(result_check.card.short_code)
    verified.close()
    assert decoded_codes == {p["short_code"] for p in people}


def workspace_reopened(db: str) -> Workspace:
    return open_workspace(Path(db), passphrase=PASSPHRASE)


def test_single_cards_are_id1_size_one_code_each(tmp_path: Path, workspace: Workspace,
                                                 service: RegistrationService) -> None:
    photo = put_photo(workspace, jpeg_portrait())
    people = register(service, 4, photo=photo, names=LONG_NAMES)
    ids = select_for_printing(workspace)
    result = print_cards(workspace, ids, tmp_path / "single.pdf", layout="single")
    assert result.pages == 4 and len(result.cards) == 4
    sizes = page_sizes_mm(result.file)
    assert len(sizes) == 4
    for width, height in sizes:
        assert abs(width - 85.60) < 0.1 and abs(height - 53.98) < 0.1
    pages = decode_pages(result.file, tmp_path)
    assert [len(texts) for texts in pages] == [1, 1, 1, 1]
    by_page = [check_code(workspace, texts[0]) for texts in pages]
    assert all(check.status is CardStatus.VALID for check in by_page)
    # Page order is the selection's order (by name), each card with its own code.
    assert [check.card.short_code for check in by_page if check.card] == [card.short_code for card in result.cards]
    assert {card.short_code for card in result.cards} == {p["short_code"] for p in people}
    images = subprocess.run(["pdfimages", "-list", str(result.file)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) == 2  # the two cards with a photo (one image each; the placeholder is vector)
    assert all(" jpeg " in line for line in images)


def test_long_names_stay_inside_their_card(tmp_path: Path, workspace: Workspace,
                                           service: RegistrationService) -> None:
    _, column = name_box()
    for name in [*LONG_NAMES, "Agus", "A" * 100]:
        fitted = fit_name(name)
        assert fitted.width <= column + 0.01
        assert " ".join(fitted.lines) == " ".join(name.split())  # nothing cut
        assert len(fitted.lines) <= 2

    register(service, 4, names=LONG_NAMES)
    result = print_cards(workspace, select_for_printing(workspace), tmp_path / "long.pdf", layout="single")
    boxes = word_boxes(result.file)
    words_of_names = {word for name in LONG_NAMES for word in name.split()}
    seen = set()
    for _page, word, x0, y0, x1, y1 in boxes:
        # Every word on a card page lies inside the card; the names inside the safe margin.
        assert x0 >= 0 and x1 <= CARD_W + 0.01 and y0 >= 0 and y1 <= CARD_H + 0.01, word
        if word in words_of_names:
            seen.add(word)
            assert x0 >= MARGIN - 0.5 and x1 <= CARD_W - MARGIN + 0.5, word
    assert seen == words_of_names


def test_a4_long_name_stays_inside_its_slot(tmp_path: Path, workspace: Workspace,
                                            service: RegistrationService) -> None:
    register(service, 4, names=LONG_NAMES)
    result = print_cards(workspace, select_for_printing(workspace), tmp_path / "long-a4.pdf", layout="a4")
    _, slots = cards_pdf.card_origins("a4")
    page_h = 297 * MM
    words_of_names = {word for name in LONG_NAMES for word in name.split()}
    for _page, word, x0, y0, x1, y1 in word_boxes(result.file):
        if word not in words_of_names:
            continue
        inside = [
            (sx, sy) for sx, sy in slots
            if sx + MARGIN - 0.5 <= x0 and x1 <= sx + CARD_W - MARGIN + 0.5
            and page_h - (sy + CARD_H) <= y0 and y1 <= page_h - sy
        ]
        assert inside, word


def test_reprint_supersedes_the_old_card(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        workspace: Workspace, service: RegistrationService) -> None:
    [person] = register(service, 1)
    db = str(workspace.path)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert run(capsys, "cards", "--db", db, "--out", str(first), "--ids", person["short_code"])[0] == 0
    assert run(capsys, "cards", "--db", db, "--out", str(second), "--layout", "single",
               "--ids", person["id"])[0] == 0
    [[old_text]] = decode_pages(first, tmp_path)
    [[new_text]] = decode_pages(second, tmp_path)

    code, result, err = run(capsys, "verify-code", "--db", db, old_text)
    assert code == 1 and result["status"] == "superseded" and "Kartu lama" in err
    assert result["card"]["generation"] == 1 and result["participant"]["id"] == person["id"]
    code, result, _ = run(capsys, "verify-code", "--db", db, new_text)
    assert code == 0 and result["status"] == "valid" and result["card"]["generation"] == 2
    assert result["participant"] == {"id": person["id"], "short_code": person["short_code"],
                                     "full_name": person["full_name"], "program_code": person["program_code"],
                                     "status": person["status"]}
    assert result["known_participant"] is True
    assert [entry["layout"] for entry in print_log(workspace)] == ["single", "a4"]


# --- all or nothing -----------------------------------------------------------------------------
def test_cancel_stops_early_writes_nothing_and_issues_nothing(tmp_path: Path, workspace: Workspace,
                                                             service: RegistrationService) -> None:
    register(service, 30)
    ids = select_for_printing(workspace)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 5

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(PintuError) as excinfo:
        print_cards(workspace, ids, folder / "batal.pdf", layout="a4", progress=progress)
    assert excinfo.value.code == "cards.cancelled"
    assert calls == [(i, 30) for i in range(1, 6)]  # stopped at once
    assert list(folder.iterdir()) == []  # no PDF, no temporary file
    assert select_for_printing(workspace, unprinted=True) == ids  # no generation raised
    assert print_log(workspace) == []


def test_a_failing_render_issues_nothing(tmp_path: Path, workspace: Workspace, service: RegistrationService,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    register(service, 3)
    ids = select_for_printing(workspace)

    def broken(*args: Any, **kwargs: Any) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(print_job, "render_cards", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(PintuError) as excinfo:
        print_cards(workspace, ids, folder / "x.pdf", layout="a4")
    assert excinfo.value.code == "cards.unwritable"
    assert list(folder.iterdir()) == []
    assert select_for_printing(workspace, unprinted=True) == ids and print_log(workspace) == []


def test_the_pdf_appears_complete_or_not_at_all(tmp_path: Path, workspace: Workspace,
                                                service: RegistrationService) -> None:
    register(service, 12)
    out = tmp_path / "out" / "kartu.pdf"
    out.parent.mkdir()

    def progress(done: int, total: int) -> bool:
        assert not out.exists()  # while rendering, only a hidden temporary name exists
        assert [p.name.startswith(".kartu.pdf.") for p in out.parent.iterdir()] == [True]
        return True

    result = print_cards(workspace, select_for_printing(workspace), out, layout="a4", progress=progress)
    assert [p.name for p in out.parent.iterdir()] == ["kartu.pdf"] and result.pages == 2
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")


def test_progress_reports_every_card(tmp_path: Path, workspace: Workspace, service: RegistrationService) -> None:
    register(service, 12)
    cards = issue_cards(workspace, select_for_printing(workspace), layout="a4")
    seen: list[tuple[int, int]] = []
    pages = cards_pdf.render_cards(cards, tmp_path / "p.pdf", layout="a4", workspace_name="W",
                                   photo_loader=photo_loader(workspace),
                                   progress=lambda done, total: seen.append((done, total)) is None)
    assert pages == 2 and seen == [(i, 12) for i in range(1, 13)]


def test_unreadable_photo_gets_the_placeholder(tmp_path: Path, workspace: Workspace,
                                               service: RegistrationService) -> None:
    register(service, 2)
    cards = issue_cards(workspace, select_for_printing(workspace), layout="single")
    cards = [cards[0].__class__(**{**cards[0].__dict__, "photo": "broken"}), cards[1]]
    pages = cards_pdf.render_cards(cards, tmp_path / "p.pdf", layout="single", workspace_name="W",
                                   photo_loader=lambda _id: (b"not an image", "image/jpeg"),
                                   class_name=lambda card: "Kelas A")
    assert pages == 2
    assert [len(texts) for texts in decode_pages(tmp_path / "p.pdf", tmp_path)] == [1, 1]
    assert "Kelas A" in subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True,
                                       text=True, check=True).stdout


def test_cli_errors_have_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str], workspace: Workspace,
                               service: RegistrationService) -> None:
    db = str(workspace.path)
    code, result, err = run(capsys, "cards", "--db", db, "--out", str(tmp_path / "a.pdf"))
    assert code == 1 and result["error"] == "cards.none_selected" and "Tidak ada peserta" in err
    register(service, 2)
    code, result, _ = run(capsys, "cards", "--db", db, "--out", str(tmp_path / "a.pdf"), "--program", "nope")
    assert code == 1 and result["error"] == "program.not_found"
    code, result, _ = run(capsys, "cards", "--db", db, "--out", str(tmp_path / "a.pdf"), "--ids", "MLG-0000-000")
    assert code == 1 and result["error"] == "participant.not_found"
    code, result, _ = run(capsys, "cards", "--db", db, "--out", str(tmp_path / "no" / "a.pdf"))
    assert code == 1 and result["error"] == "cards.folder_missing"
    (tmp_path / "adir.pdf").mkdir()
    code, result, _ = run(capsys, "cards", "--db", db, "--out", str(tmp_path / "adir.pdf"))
    assert code == 1 and result["error"] == "cards.unwritable"
    assert select_for_printing(workspace, unprinted=True) == select_for_printing(workspace)

    code, result, _ = run(capsys, "cards", "--db", db, "--out", str(tmp_path / "b.pdf"), "--program", "barista",
                          "--unprinted")
    assert code == 0 and result["cards"] == 1  # make_record's training is barista except every third
    code, result, _ = run(capsys, "cards", "--db", db, "--out", str(tmp_path / "c.pdf"), "--program", "barista",
                          "--unprinted")
    assert code == 1 and result["error"] == "cards.none_selected"


# --- verify-code --------------------------------------------------------------------------------
def test_verify_code_gives_a_typed_result_for_any_text(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       workspace: Workspace, service: RegistrationService) -> None:
    [person] = register(service, 1)
    [card] = issue_cards(workspace, [person["id"]], layout="a4")
    db = str(workspace.path)

    code, result, _ = run(capsys, "verify-code", "--db", db, card.code.lower())  # Caps Lock off: still valid
    assert code == 0 and result["status"] == "valid"
    assert result["card"] == {"short_code": card.short_code, "generation": 1, "key_id": workspace.info.key_id,
                              "program_tag": card.code.split(".")[2]}

    signature_char = card.code[-5]
    tampered = card.code[:-5] + ("A" if signature_char != "A" else "B") + card.code[-4:]
    generation_bumped = card.code.replace(".1.", ".2.", 1)
    rng = random.Random(1)
    cases = {
        tampered: "bad_signature",
        generation_bumped: "bad_signature",
        "hello world": "malformed",
        "": "malformed",
        "PNT1." + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567.") for _ in range(10_000)): "malformed",
        "\x00\ufffd" * 50: "malformed",
    }
    for text, status in cases.items():
        code, result, err = run(capsys, "verify-code", "--db", db, text)
        assert code == 1 and result["status"] == status, text[:40]
        assert result["participant"] is None and result["known_participant"] is False
        assert "Traceback" not in err and err.startswith("pintu: ")
    code, result, _ = run(capsys, "verify-code", "--db", db, tampered)
    assert result["card"]["short_code"] == card.short_code  # what it read, but nobody is named


def test_verify_code_as_a_process_never_tracebacks(tmp_path: Path, workspace: Workspace) -> None:
    for text in ("", "x" * 10_240, "PNT1.", "-"):
        done = subprocess.run([sys.executable, "-m", "desktop_app", "verify-code", "--db", str(workspace.path), text],
                              capture_output=True, text=True, check=False, cwd=Path(__file__).resolve().parents[1])
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert json.loads(done.stdout)["status"] == "malformed"
