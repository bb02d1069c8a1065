"""The printed recovery key: one A4 page to keep in the office's locked cupboard, away from the laptop.

Drawn directly on a canvas (one page, nothing to flow): title, workspace, date, the key in large
monospace letters in a box, and what it is for. The texts come from the caller (translated there).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop_app.printing.cards_pdf import INK, MUTED, PRIMARY
from desktop_app.printing.fonts import register_fonts


def render_recovery_sheet(path: Path, *, recovery_key: str, workspace_name: str, texts: dict[str, str],
                          now: datetime | None = None) -> None:
    """Write the sheet; the file is written beside and moved in place, so a failure leaves no half PDF."""
    sans, bold, mono = register_fonts()
    width, height = A4
    partial = path.with_name(path.name + ".partial")
    canvas = Canvas(str(partial), pagesize=A4, invariant=True)
    canvas.setTitle(texts["title"])
    x = 22 * mm
    y = height - 30 * mm
    canvas.setFillColor(PRIMARY)
    canvas.setFont(bold, 20)
    canvas.drawString(x, y, texts["title"])
    canvas.setFillColor(INK)
    canvas.setFont(sans, 11)
    y -= 12 * mm
    canvas.drawString(x, y, f"{texts['workspace']}: {workspace_name}")
    y -= 6 * mm
    canvas.drawString(x, y, f"{texts['created']}: {(now or datetime.now()).strftime('%d-%m-%Y %H:%M')}")
    y -= 30 * mm
    box_height = 22 * mm
    canvas.setStrokeColor(MUTED)
    canvas.setDash(4, 3)
    canvas.roundRect(x, y, width - 2 * x, box_height, 3 * mm)
    canvas.setDash()
    canvas.setFont(mono, 19)
    canvas.drawCentredString(width / 2, y + box_height / 2 - 3.5 * mm, recovery_key)
    style = ParagraphStyle("explain", fontName=sans, fontSize=11, leading=15, textColor=INK)
    paragraph = Paragraph(texts["explain"], style)
    _w, used = paragraph.wrap(width - 2 * x, 80 * mm)
    paragraph.drawOn(canvas, x, y - 10 * mm - used)
    canvas.showPage()
    try:
        canvas.save()
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
