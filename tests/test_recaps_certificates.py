"""PDF recaps and certificates as a reader and a scanner see them: text extracted with `pdftotext`,
certificate QRs decoded from rendered pages (poppler + zxing-cpp) and verified offline, only the people
who reached the class's threshold certified, and every printing in the audit log."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desktop_app.cli import main
from desktop_app.core.cards import PublicKeyInfo
from desktop_app.core.certificates import (
    CertificateStatus,
    certificate_number,
    class_tag,
    parse_certificate,
    sign_certificate,
    verify_certificate,
)
from desktop_app.core.errors import PintuError
from desktop_app.core.keys import generate_device_key
from desktop_app.printing.certificates import print_certificates, render_certificates
from desktop_app.printing.recaps import write_recap
from desktop_app.reports import labels
from desktop_app.reports.attendance_grid import class_grid
from desktop_app.reports.certificates import certificates_for_class, check_certificate
from desktop_app.storage import audit
from desktop_app.storage.attendance import class_results
from desktop_app.storage.cards import issue_cards
from desktop_app.storage.classes import create_class
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace, create_workspace
from tests.test_reports_exports import TODAY, Scenario, build_scenario

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                                reason="needs poppler-utils")


@pytest.fixture
def scenario(workspace: Workspace) -> Scenario:
    return build_scenario(workspace)


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext keeps the reading order with -layout off)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def decode_pages(pdf: Path, folder: Path, dpi: int = 150) -> list[list[str]]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "p")], check=True)
    pages = []
    for png in sorted(folder.glob("p-*.png")):
        with Image.open(png) as image:
            found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
        pages.append([barcode.text for barcode in found])
    return pages


# --- certificate codes (core) ------------------------------------------------------------------------
def test_certificate_code_signs_and_verifies_offline() -> None:
    key = generate_device_key()
    keys = {key.key_id: PublicKeyInfo(key.public_raw, False)}
    code = sign_certificate(workspace_id="ws-1", short_code="MLG-52ZC-QFB", class_id="class-1", minutes=1930,
                            key_id=key.key_id, private_key=key.private_raw)
    assert code.startswith("PNS1.") and len(code) <= 154 and re.fullmatch(r"[0-9A-Z.]+", code)
    check = verify_certificate(code, workspace_id="ws-1", keys=keys.get)
    assert check.ok and check.certificate is not None
    assert (check.certificate.short_code, check.certificate.class_tag, check.certificate.minutes) == (
        "MLG-52ZC-QFB", class_tag("class-1"), 1930)
    assert verify_certificate(code.lower(), workspace_id="ws-1", keys=keys.get).ok  # Caps Lock off on a scanner
    parts = code.split(".")
    assert parts[3] == "1WA"  # 1930 minutes in base32
    more_hours = ".".join([*parts[:3], "1WB", *parts[4:]])  # 1931 minutes: the signature no longer fits
    assert verify_certificate(more_hours, workspace_id="ws-1", keys=keys.get).status is CertificateStatus.BAD_SIGNATURE
    assert verify_certificate(code, workspace_id="ws-2", keys=keys.get).status is CertificateStatus.BAD_SIGNATURE
    assert verify_certificate(code, workspace_id="ws-1", keys={}.get).status is CertificateStatus.UNKNOWN_KEY
    revoked = {key.key_id: PublicKeyInfo(key.public_raw, True)}
    assert verify_certificate(code, workspace_id="ws-1", keys=revoked.get).status is CertificateStatus.REVOKED_KEY
    for junk in ("", "PNT1.52ZCQFB", "hello", code[:-1], "PNS1." + "A" * 200):
        assert verify_certificate(junk, workspace_id="ws-1", keys=keys.get).status is CertificateStatus.MALFORMED
    assert parse_certificate(code.replace("52ZCQFB", "52ZCQFC")) is None  # check character of the short code
    assert certificate_number("MLG-52ZC-QFB", "class-1", 2026) == f"SRT/2026/{class_tag('class-1')}/52ZC-QFB"


def test_a_card_code_is_not_a_certificate(scenario: Scenario) -> None:
    card = issue_cards(scenario.workspace, [scenario.members[0]["id"]], layout="single")[0].code
    assert check_certificate(scenario.workspace, card).status is CertificateStatus.MALFORMED


# --- certificates ---------------------------------------------------------------------------------
def test_only_eligible_people_get_a_certificate(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    results = class_results(workspace, scenario.class_id, today=TODAY)["participants"]
    eligible = sorted((p for p in results if p["eligible"]), key=lambda p: p["full_name"].casefold())
    assert 0 < len(eligible) < len(results)  # the scenario has both
    printed = print_certificates(workspace, scenario.class_id, tmp_path / "sertifikat.pdf", today=TODAY,
                                 issued_on=date(2026, 10, 17))
    assert printed.pages == len(eligible)
    assert [c.full_name for c in printed.certificates] == [p["full_name"] for p in eligible]

    pages = pdf_pages(printed.file)
    assert len(pages) == len(eligible)
    grid = class_grid(workspace, scenario.class_id, today=TODAY)
    minutes = {m.short_code: m.minutes for m in grid.members}
    for text, person in zip(pages, eligible, strict=True):
        assert "SERTIFIKAT" in text.replace(" ", "") and person["full_name"] in text
        assert "Malang, 17 Oktober 2026" in text and "Kepala Dinas Koperasi" in text and "NIP." in text
        assert "Barista A" in text and "5–16 Oktober 2026" in text
        assert f"{person['attended']} dari 10 pertemuan" in text
        assert labels.hours_text(minutes[person["short_code"]]) + " pelatihan" in text
    not_eligible = [p["full_name"] for p in results if not p["eligible"]]
    assert not any(name in " ".join(pages) for name in not_eligible)

    scanned = decode_pages(printed.file, tmp_path / "pages")
    for codes, person, text in zip(scanned, eligible, pages, strict=True):
        assert len(codes) == 1, "one QR per certificate"
        found = check_certificate(workspace, codes[0])
        assert found.ok and found.participant is not None and found.klass is not None
        assert found.participant["full_name"] == person["full_name"]
        assert found.klass["id"] == scenario.class_id and found.klass["name"] == "Barista A"
        assert found.certificate is not None and found.certificate.minutes == minutes[person["short_code"]]
        assert found.number is not None and found.number in text

    entry = audit.entries(workspace)[0]
    assert (entry.action, entry.report, entry.file_format, entry.row_count, entry.masked, entry.file_name) == (
        "print", "certificates", "pdf", len(eligible), None, "sertifikat.pdf")


def test_certificates_check_on_another_laptop_after_sync(tmp_path: Path) -> None:
    from desktop_app.sync.exchange import export_bundle, import_bundle
    from tests.sync_helpers import PASSPHRASE, coordinator, join

    office = coordinator(tmp_path)
    trainer = join(office, tmp_path, "pelatih")
    scenario = build_scenario(office)
    code = certificates_for_class(office, scenario.class_id, today=TODAY)[0].code
    assert check_certificate(trainer, code).status is CertificateStatus.VALID  # keys came with the join file
    assert check_certificate(trainer, code).participant is None  # the person has not been synced yet
    export_bundle(office, tmp_path / "office.pintu", PASSPHRASE)
    import_bundle(trainer, tmp_path / "office.pintu", PASSPHRASE)
    found = check_certificate(trainer, code)
    assert found.ok and found.participant is not None and found.klass is not None
    assert found.klass["name"] == "Barista A"
    stranger = create_workspace(tmp_path / "other.sqlite", name="Lain", device_name="L", officer="X",
                                passphrase=PASSPHRASE)
    assert check_certificate(stranger, code).status is CertificateStatus.UNKNOWN_KEY
    for ws in (office, trainer, stranger):
        ws.close()


def test_no_one_eligible_means_no_file(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    empty = create_class(workspace, program_code="home_decor", name="Home Decor A", start=date(2027, 1, 4),
                         end=date(2027, 1, 8))
    before = audit.count(workspace)
    with pytest.raises(PintuError) as none:
        print_certificates(workspace, empty["id"], tmp_path / "kosong.pdf", today=TODAY)
    assert none.value.code == "certificates.none_eligible"
    assert not (tmp_path / "kosong.pdf").exists() and audit.count(workspace) == before
    with pytest.raises(PintuError):
        render_certificates([], tmp_path / "x.pdf", workspace_name="W", issued_on=TODAY)


def test_long_names_and_places_stay_on_the_page(scenario: Scenario, tmp_path: Path) -> None:
    certificate = certificates_for_class(scenario.workspace, scenario.class_id, today=TODAY)[0]
    long = replace(certificate, full_name="Raden Roro Siti Nurhayati Kusumaningrum Wulandari Setyaningsih "
                   "Purwaningtyas Hadiningrat Sastrowi", place="Gedung Pelatihan Kerja Terpadu Dinas Koperasi "
                   "Perindustrian dan Perdagangan, Jl. Raya Panji Suroso No. 2, Blimbing, Kota Malang")
    out = tmp_path / "panjang.pdf"
    render_certificates([long], out, workspace_name="Pelatihan DBHCHT 2026", issued_on=TODAY)
    boxes = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', boxes)
    width, height = 841.89, 595.28
    inside = 11 * 72 / 25.4  # the gold frame
    for x0, y0, x1, y1, _word in words:
        assert inside < float(x0) and float(x1) < width - inside and inside < float(y0) and float(y1) < height - inside
    date_line = max(float(y0) for x0, y0, x1, y1, w in words if w == "Malang,")  # the lowest: "Malang, <date>"
    body_bottom = max(float(y1) for x0, y0, x1, y1, w in words if w in ("Malang.", "pelatihan."))
    assert body_bottom < date_line  # the text ends above the place and date of the signature
    assert "Sastrowi" in " ".join(w for *_, w in words)
    assert decode_pages(out, tmp_path / "qr")[0] == [long.code]


# --- recaps -----------------------------------------------------------------------------------------
def test_registration_recap_text(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    result = write_recap(workspace, "registrations", tmp_path / "rekap.pdf", today=TODAY)
    text = " ".join(pdf_pages(result.file))
    assert "REKAPITULASI PENDAFTARAN PESERTA" in text
    assert "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang" in text and "Pelatihan DBHCHT 2026" in text
    for program in list_programs(workspace):
        assert re.search(rf"{re.escape(program['name'])} {program['quota']} {program['registered']}\b", text), program
    assert "Korban PHK" in text and "Warga sekitar pabrik" in text and "Perempuan" in text
    assert "Lowokwaru" in text and "Kota Batu" in text
    assert "Per petugas pendata" in text and "Rina" in text and "Halaman 1 dari" in text
    assert "Orang Mundur" not in text and "3573" not in text  # counts only: no names, no NIK
    assert result.rows == 16 and audit.entries(workspace)[0].report == "registration_recap"


def test_attendance_recap_text(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    result = write_recap(workspace, "attendance", tmp_path / "hadir.pdf", class_id=scenario.class_id, today=TODAY)
    pages = pdf_pages(result.file)
    text = " ".join(pages)
    assert "REKAPITULASI KEHADIRAN PESERTA" in text and "Barista A" in text and "Andi Wijaya" in text
    assert "10/10" in text and "sesi terlaksana" in text
    for person in class_results(workspace, scenario.class_id, today=TODAY)["participants"]:
        pattern = (rf"{re.escape(person['full_name'])} {person['short_code']} {person['attended']}/10 "
                   rf"{labels.percent(person['percent'])}")
        assert re.search(pattern, text), person["full_name"]
    eligible = sum(p["eligible"] for p in class_results(workspace, scenario.class_id, today=TODAY)["participants"])
    rate = class_grid(workspace, scenario.class_id, today=TODAY).rate
    assert rate is not None
    assert re.search(rf"10/10 10 {re.escape(labels.percent(rate))} {eligible} sesi terlaksana", text), text[:600]
    assert result.rows == 10 and audit.entries(workspace)[0].report == "attendance_recap"


def test_summary_recap_adds_the_classes(scenario: Scenario, tmp_path: Path) -> None:
    result = write_recap(scenario.workspace, "summary", tmp_path / "ringkas.pdf", today=TODAY)
    text = " ".join(pdf_pages(result.file))
    assert "REKAPITULASI PENDAFTARAN DAN KEHADIRAN" in text and "Kelas dan kehadiran" in text
    rate = class_grid(scenario.workspace, scenario.class_id, today=TODAY).rate
    assert rate is not None
    assert re.search(rf"Barista A Barista Peserta Sesi Kehadiran Sertifikat 10 10/10 {re.escape(labels.percent(rate))}",
                     text), text
    assert text.count("Halaman 1 dari 2") == 1  # the signature stays with the last table, no page for it alone
    with pytest.raises(PintuError):
        write_recap(scenario.workspace, "summary", tmp_path / "ringkas.xlsx")


def test_no_classes_no_attendance_recap(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(PintuError) as none:
        write_recap(workspace, "attendance", tmp_path / "x.pdf")
    assert none.value.code == "report.no_classes" and not (tmp_path / "x.pdf").exists()


# --- CLI --------------------------------------------------------------------------------------------
def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip().startswith("{")]
    return code, lines[-1] if lines else {}, captured.err


def test_cli_certificates_and_verify(scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(scenario.workspace.path)
    code, out, _ = run(capsys, "certificates", "--db", db, "--class", "Barista A", "--out", str(tmp_path / "s.pdf"),
                       "--date", "17-10-2026")
    assert code == 0 and out["pages"] == len(out["certificates"]) > 0
    assert Path(out["file"]).exists()
    qr = decode_pages(Path(out["file"]), tmp_path / "qr")[0][0]
    code, out, err = run(capsys, "verify-certificate", "--db", db, qr)
    assert code == 0 and out["status"] == "valid" and out["class"]["name"] == "Barista A"
    assert out["participant"]["full_name"] and not err
    forged = qr[:-3] + ("AAA" if not qr.endswith("AAA") else "BBB")
    code, out, err = run(capsys, "verify-certificate", "--db", db, forged)
    assert code == 1 and out["status"] == "bad_signature" and out["participant"] is None and err
    code, out, _ = run(capsys, "certificates", "--db", db, "--class", "Barista A", "--out", str(tmp_path / "s.docx"))
    assert code == 2 and out["error"] == "report.format_unsupported"
    code, out, _ = run(capsys, "certificates", "--db", db, "--class", "Tidak Ada", "--out", str(tmp_path / "t.pdf"))
    assert code == 1 and out["error"] == "class.not_found"
