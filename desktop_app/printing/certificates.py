"""Certificates of completion (sertifikat) as a PDF: one A4 landscape page per participant who earned one.

    ╔═══════════════════════════════════════════════════════════════════╗
    ║                     PEMERINTAH KOTA MALANG                        ║  issuer
    ║   Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang       ║
    ║                      Pelatihan DBHCHT 2026                        ║  the programme
    ║                          S E R T I F I K A T                      ║
    ║                  Nomor: SRT/2026/B4KD9/7K3F-Q2X                   ║  from the code's parts
    ║                         diberikan kepada                          ║
    ║                      Siti Nurhayati Rahayu                        ║  shrunk to fit, never cut
    ║   telah mengikuti dan menyelesaikan pelatihan Barista, kelas …    ║  dates, place, sessions,
    ║   … selama 140 jam pelatihan.                                     ║  hours
    ║  ┌────┐                                   Malang, 28 November 2026║
    ║  │ QR │ Pindai untuk memeriksa            Kepala Dinas …          ║  signature and stamp
    ║  └────┘ keaslian sertifikat ini                                   ║  space, NIP line
    ╚═══════════════════════════════════════════════════════════════════╝

The QR holds the signed certificate code (`core.certificates`): any synced laptop verifies it offline.
Pure drawing in `render_certificates`; `print_certificates` chooses the people (the class's threshold),
signs, renders and writes the audit entry, all or nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop_app.core.errors import PintuError
from desktop_app.printing.cards_pdf import ACCENT, ACCENT_DARK, BAND_SUBTLE, DEFAULT_OFFICE, INK, MUTED, PRIMARY
from desktop_app.printing.fonts import register_fonts
from desktop_app.printing.qr_vector import qr_paths
from desktop_app.printing.text_fit import fit_text
from desktop_app.reports import labels
from desktop_app.reports.certificates import Certificate, certificates_from_grid
from desktop_app.reports.exports import office_name as workspace_office
from desktop_app.reports.exports import write_audited
from desktop_app.reports.progress import Progress, tick
from desktop_app.storage.workspace import Workspace

PAGE_W, PAGE_H = landscape(A4)
CITY = "Malang"
GOVERNMENT = "PEMERINTAH KOTA MALANG"
SIGNER = "Kepala Dinas Koperasi, Perindustrian\ndan Perdagangan Kota Malang"
QR_SIZE = 30 * mm
QR_X, QR_Y = 27 * mm, 27 * mm
SIGN_CENTER_X = PAGE_W - 72 * mm
PAPER_TINT = HexColor("#FBFAF6")
BODY_FLOOR = 68 * mm  # the text ends above the place and date of the signature


@dataclass(frozen=True)
class PrintedCertificates:
    file: Path
    pages: int
    certificates: list[Certificate]
    audit_id: str


class _Painter:
    def __init__(self, canvas: Canvas, *, office: str, workspace_name: str, issued_on: date, city: str) -> None:
        self.c = canvas
        self.sans, self.bold, self.mono = register_fonts()
        registerFontFamily(self.sans, normal=self.sans, bold=self.bold, italic=self.sans, boldItalic=self.bold)
        self.office = office
        self.workspace_name = workspace_name
        self.issued_on = issued_on
        self.city = city
        self.body = ParagraphStyle("certificate-body", fontName=self.sans, fontSize=12.5, leading=19, textColor=INK,
                                   alignment=TA_CENTER)
        self._frame_ready = False

    # -- what every page shares: one PDF form ---------------------------------------------------------
    def _define_frame(self) -> None:
        c = self.c
        c.beginForm("certificate_frame", 0, 0, PAGE_W, PAGE_H)
        c.setFillColor(PAPER_TINT)
        c.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)
        # Corner arcs, faint, like the guilloche of printed certificates.
        c.saveState()
        inside = c.beginPath()
        inside.rect(8 * mm, 8 * mm, PAGE_W - 16 * mm, PAGE_H - 16 * mm)
        c.clipPath(inside, stroke=0, fill=0)
        c.setStrokeColor(BAND_SUBTLE)
        c.setLineWidth(0.6)
        for cx, cy, start in ((0, 0, 0), (PAGE_W, 0, 90), (PAGE_W, PAGE_H, 180), (0, PAGE_H, 270)):
            for r in range(16, 58, 6):
                radius = r * mm
                c.arc(cx - radius, cy - radius, cx + radius, cy + radius, startAng=start, extent=90)
        c.restoreState()
        c.setStrokeColor(PRIMARY)
        c.setLineWidth(2.4)
        c.rect(8 * mm, 8 * mm, PAGE_W - 16 * mm, PAGE_H - 16 * mm, stroke=1, fill=0)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.9)
        c.rect(11 * mm, 11 * mm, PAGE_W - 22 * mm, PAGE_H - 22 * mm, stroke=1, fill=0)
        c.setFillColor(ACCENT)
        for x, y in ((11 * mm, 11 * mm), (PAGE_W - 11 * mm, 11 * mm), (11 * mm, PAGE_H - 11 * mm),
                     (PAGE_W - 11 * mm, PAGE_H - 11 * mm)):
            self._diamond(x, y, 2.6 * mm)

        centre = PAGE_W / 2
        self._spaced_centred(GOVERNMENT, centre, PAGE_H - 27 * mm, self.bold, 9.5, 2.2, MUTED)
        office = fit_text(self.office, self.bold, 210 * mm, max_size=15, min_size=9, max_lines=1)
        c.setFillColor(PRIMARY)
        c.setFont(self.bold, office.size)
        c.drawCentredString(centre, PAGE_H - 35 * mm, office.lines[0])
        workspace = fit_text(self.workspace_name, self.sans, 200 * mm, max_size=11, min_size=7, max_lines=1)
        c.setFillColor(MUTED)
        c.setFont(self.sans, workspace.size)
        c.drawCentredString(centre, PAGE_H - 41.5 * mm, workspace.lines[0])
        c.setFillColor(ACCENT)
        c.rect(centre - 35 * mm, PAGE_H - 46 * mm, 70 * mm, 0.8 * mm, stroke=0, fill=1)
        self._diamond(centre, PAGE_H - 45.6 * mm, 1.8 * mm)

        self._spaced_centred("SERTIFIKAT", centre, PAGE_H - 66 * mm, self.bold, 40, 9, PRIMARY)
        c.setFillColor(INK)
        c.setFont(self.sans, 12.5)
        c.drawCentredString(centre, PAGE_H - 88 * mm, "diberikan kepada")

        # Signature block: place and date (per page), title of the signer, room for the signature and stamp.
        c.setFont(self.sans, 11)
        c.setFillColor(INK)
        for i, line in enumerate(SIGNER.split("\n")):
            c.drawCentredString(SIGN_CENTER_X, 56 * mm - i * 5.2 * mm, line + ("," if i == 1 else ""))
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.line(SIGN_CENTER_X - 38 * mm, 26 * mm, SIGN_CENTER_X + 38 * mm, 26 * mm)
        c.setFont(self.sans, 9.5)
        c.setFillColor(MUTED)
        c.drawString(SIGN_CENTER_X - 38 * mm, 21.5 * mm, "NIP.")

        # The QR's frame and its caption.
        c.setStrokeColor(HexColor("#C9D6DE"))
        c.setLineWidth(0.5)
        pad = 2.6 * mm
        c.roundRect(QR_X - pad, QR_Y - pad, QR_SIZE + 2 * pad, QR_SIZE + 2 * pad, 1.6 * mm, stroke=1, fill=0)
        c.setFillColor(MUTED)
        c.setFont(self.sans, 8)
        caption = ("Pindai kode QR ini untuk", "memeriksa keaslian sertifikat", "dengan aplikasi Pintu.")
        for i, line in enumerate(caption):
            c.drawString(QR_X + QR_SIZE + 6 * mm, QR_Y + QR_SIZE - 4 * mm - i * 3.8 * mm, line)
        c.endForm()
        self._frame_ready = True

    def _diamond(self, x: float, y: float, r: float) -> None:
        path = self.c.beginPath()
        path.moveTo(x, y + r)
        path.lineTo(x + r, y)
        path.lineTo(x, y - r)
        path.lineTo(x - r, y)
        path.close()
        self.c.drawPath(path, stroke=0, fill=1)

    def _spaced_centred(self, text: str, x: float, y: float, font: str, size: float, spacing: float,
                        colour: Color) -> None:
        width = stringWidth(text, font, size) + spacing * (len(text) - 1)
        t = self.c.beginText(x - width / 2, y)
        t.setFont(font, size)
        t.setCharSpace(spacing)
        t.setFillColor(colour)
        t.textOut(text)
        t.setCharSpace(0)
        self.c.drawText(t)

    # -- one certificate --------------------------------------------------------------------------------
    def page(self, certificate: Certificate, qr_ops: str) -> None:
        c = self.c
        if not self._frame_ready:
            self._define_frame()
        c.doForm("certificate_frame")
        centre = PAGE_W / 2
        c.setFillColor(MUTED)
        c.setFont(self.sans, 10.5)
        c.drawCentredString(centre, PAGE_H - 74 * mm, f"Nomor: {certificate.number}")

        name = fit_text(certificate.full_name, self.bold, 230 * mm, max_size=30, min_size=20, max_lines=2,
                        wrapped_max_size=22)
        c.setFillColor(INK)
        c.setFont(self.bold, name.size)
        baseline = PAGE_H - 103 * mm
        if len(name.lines) == 2:
            baseline += name.size * 0.55
        for i, line in enumerate(name.lines):
            c.drawCentredString(centre, baseline - i * name.size * 1.15, line)
        line_y = baseline - (len(name.lines) - 1) * name.size * 1.15 - 4 * mm
        c.setFillColor(ACCENT)
        half = max(name.width / 2 + 10 * mm, 55 * mm)
        c.rect(centre - half, line_y, 2 * half, 0.6 * mm, stroke=0, fill=1)
        c.setFillColor(MUTED)
        c.setFont(self.mono, 9)
        c.drawCentredString(centre, line_y - 5 * mm, f"Kode peserta {certificate.short_code}")

        dates = labels.date_range(certificate.start_date, certificate.end_date)
        place = f" di {escape(certificate.place)}" if certificate.place else ""
        body = (
            f"telah mengikuti dan menyelesaikan pelatihan <b>{escape(certificate.program_name)}</b> "
            f"(kelas {escape(certificate.class_name)}) yang diselenggarakan oleh {escape(self.office)} "
            f"pada <b>{dates}</b>{place}, dengan kehadiran {certificate.attended} dari "
            f"{certificate.sessions_held} pertemuan ({labels.percent(certificate.percent)}), "
            f"selama <b>{labels.hours_text(certificate.minutes)} pelatihan</b>."
        )
        width = 225 * mm
        top = line_y - 11 * mm
        for size in (12.5, 11.5, 10.5, 9.5):  # a long place or office name shrinks the text, never the signature
            style = ParagraphStyle(f"body-{size}", parent=self.body, fontSize=size, leading=size * 1.5)
            paragraph = Paragraph(body, style)
            _, height = paragraph.wrap(width, top - BODY_FLOOR)
            if top - height >= BODY_FLOOR:
                break
        paragraph.drawOn(c, centre - width / 2, top - height)

        c.setFillColor(INK)
        c.setFont(self.sans, 11)
        c.drawCentredString(SIGN_CENTER_X, 62 * mm, f"{self.city}, {labels.long_date(self.issued_on)}")
        c.setFillColor(ACCENT_DARK)
        c.setFont(self.mono, 7.5)
        c.drawString(QR_X + QR_SIZE + 6 * mm, QR_Y + 1 * mm, certificate.number)

        c.saveState()
        c.setFillColor(Color(0, 0, 0))
        module = QR_SIZE / 41  # version 6
        c.transform(module, 0, 0, module, QR_X, QR_Y)
        c.addLiteral(qr_ops)
        c.restoreState()
        c.showPage()


def render_certificates(
    certificates: Sequence[Certificate],
    out_path: str | os.PathLike[str],
    *,
    office_name: str = DEFAULT_OFFICE,
    workspace_name: str,
    issued_on: date,
    city: str = CITY,
    progress: Progress | None = None,
) -> int:
    """Write one page per certificate; returns the number of pages. A failed write leaves no file."""
    if not certificates:
        raise PintuError("certificates.none_eligible")
    path = Path(out_path)
    sans, _, _ = register_fonts()
    canvas = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), pageCompression=1, initialFontName=sans, lang="id")
    canvas.setTitle(f"Sertifikat - {certificates[0].program_name} - {certificates[0].class_name}")
    canvas.setAuthor(office_name)
    canvas.setCreator("Pintu")
    canvas.setSubject("Sertifikat pelatihan (kode QR bertanda tangan)")
    painter = _Painter(canvas, office=office_name or DEFAULT_OFFICE, workspace_name=workspace_name,
                       issued_on=issued_on, city=city)
    paths = qr_paths([certificate.code for certificate in certificates])
    try:
        for done, certificate in enumerate(certificates, start=1):
            painter.page(certificate, next(paths))
            tick(progress, done, len(certificates))
        canvas.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        paths.close()
    return len(certificates)


def print_certificates(
    workspace: Workspace,
    class_id: str,
    out_path: str | os.PathLike[str],
    *,
    issued_on: date | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> PrintedCertificates:
    """Certificates of a class's members who reached its threshold, as one PDF, logged in the audit log.

    Raises NotFound (class), `certificates.none_eligible`, `report.folder_missing`, `report.unwritable`.
    """
    from desktop_app.reports.attendance_grid import class_grid

    grid = class_grid(workspace, class_id, today=today)
    certificates = certificates_from_grid(workspace, grid)
    if not certificates:
        raise PintuError("certificates.none_eligible", key=grid.name)
    office = workspace_office(workspace)

    def write(path: Path) -> int:
        return render_certificates(certificates, path, office_name=office, workspace_name=workspace.info.name,
                                   issued_on=issued_on or date.today(), progress=progress)

    file, pages, entry = write_audited(workspace, out_path, write, action="print", report="certificates",
                                       masked=None, filters={"class_id": class_id, "class_name": grid.name})
    return PrintedCertificates(file, pages, certificates, entry)
