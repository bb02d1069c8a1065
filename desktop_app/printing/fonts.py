"""The card fonts shipped in `resources/fonts/`, registered with ReportLab once per process.

Embedded as subsets in every PDF (ReportLab does that for TrueType fonts), so a card looks the same on
a computer that has none of them installed.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.core.resources import resource_path

SANS = "PintuSans"
SANS_BOLD = "PintuSans-Bold"
MONO_BOLD = "PintuMono-Bold"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    MONO_BOLD: "NotoSansMono-Bold.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str, str]:
    """Register the fonts (parsing each file once) and return their names: sans, sans bold, mono bold."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    return SANS, SANS_BOLD, MONO_BOLD


def cap_height(font_name: str) -> float:
    """Height of a capital letter for a font size of 1 (for aligning text tops with boxes)."""
    face = pdfmetrics.getFont(font_name).face
    value = getattr(face, "capHeight", 0) or 0.7 * 1000
    return float(value) / 1000.0


def descent(font_name: str) -> float:
    """Depth below the baseline for a font size of 1 (positive)."""
    face = pdfmetrics.getFont(font_name).face
    return abs(float(getattr(face, "descent", -250))) / 1000.0
