"""Pieces the printed sheets share: the card's gold rule under a header."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop_app.printing.cards_pdf import ACCENT


class GoldRule(Flowable):
    """The gold line under the header, as on the cards."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 1.2 * mm

    def draw(self) -> None:
        self.canv.setFillColor(ACCENT)
        self.canv.rect(0, 0.3 * mm, self.width, 0.7 * mm, stroke=0, fill=1)
