"""Fitting a line of text (a long Indonesian name) into a box: shrink first, then two lines, never cut.

Text width is proportional to the font size, so each candidate is measured once at size 1 and the
largest size that fits is computed, not searched for.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth


@dataclass(frozen=True)
class FittedText:
    size: float  # font size in points
    lines: tuple[str, ...]
    widths: tuple[float, ...]  # each line's width at `size`, in points

    @property
    def width(self) -> float:
        return max(self.widths, default=0.0)


def _floor(size: float, step: float = 0.1) -> float:
    return math.floor(size / step + 1e-9) * step


def fit_text(
    text: str,
    font_name: str,
    max_width: float,
    *,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    wrapped_max_size: float | None = None,
) -> FittedText:
    """Fit `text` into `max_width` points without ever dropping a character.

    One line at the largest size up to `max_size`, if that is at least `min_size`. Otherwise (and if
    `max_lines` allows and there is a space) two lines, split where the longer one is shortest, at the
    largest size up to `wrapped_max_size` (default `max_size`). If even that is small, the text just
    gets smaller: a card shows the whole name, at worst in small type.
    """
    text = " ".join(text.split())
    if not text:
        return FittedText(max_size, ("",), (0.0,))
    width_1 = stringWidth(text, font_name, 1.0)
    one_line = _floor(min(max_size, max_width / width_1)) if width_1 else max_size
    words = text.split(" ")
    if one_line >= min_size or max_lines < 2 or len(words) < 2:
        size = one_line
        return FittedText(size, (text,), (width_1 * size,))

    best: tuple[float, str, str] | None = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        longest = max(stringWidth(first, font_name, 1.0), stringWidth(second, font_name, 1.0))
        if best is None or longest < best[0]:
            best = (longest, first, second)
    assert best is not None
    longest, first, second = best
    limit = wrapped_max_size if wrapped_max_size is not None else max_size
    size = _floor(min(limit, max_width / longest))
    if size < one_line:  # two lines would not be larger: keep one line, smaller
        return FittedText(one_line, (text,), (width_1 * one_line,))
    return FittedText(
        size,
        (first, second),
        (stringWidth(first, font_name, size), stringWidth(second, font_name, size)),
    )
