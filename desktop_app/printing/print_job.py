"""Printing cards, all or nothing: raise the generations, log the printing, write the PDF.

Order matters. Issuing a card makes the person's older card stop checking in, so a printing that
fails or is cancelled must not issue anything, and a PDF must never look finished when it is not:

1. The output folder is checked (a probe file) before anything changes.
2. In one write transaction: `issue_cards` (generations raised, printing logged, codes signed), then
   the PDF is rendered to a temporary name in the same folder, then renamed to the asked name.
3. The transaction commits. If rendering, saving or renaming fails, or the progress callback cancels,
   the transaction rolls back (no generation changed, nothing logged) and the temporary file is
   removed; if the commit itself fails, the renamed PDF is removed too.

The cost: this laptop's write lock is held while rendering (about 1.5 s per 1,000 cards); other
writers on this laptop wait for it (the busy timeout is 10 s).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import PintuError
from desktop_app.printing.cards_pdf import DEFAULT_OFFICE, Layout, Progress, render_cards
from desktop_app.storage import connection
from desktop_app.storage.cards import IssuedCard, issue_cards
from desktop_app.storage.photos import get_photo
from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class PrintResult:
    file: Path
    pages: int
    cards: list[IssuedCard]


def _temporary_name(out: Path) -> Path:
    return out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")


def print_cards(
    workspace: Workspace,
    participant_ids: Sequence[str],
    out_path: str | os.PathLike[str],
    *,
    layout: Layout,
    office_name: str = DEFAULT_OFFICE,
    progress: Progress | None = None,
) -> PrintResult:
    """Issue the cards of these participants and write them to `out_path` (see the module's notes).

    Raises `PintuError`: `cards.none_selected`, `cards.folder_missing`, `cards.unwritable`,
    `cards.cancelled` (from the progress callback); in every case nothing was issued.
    """
    if not participant_ids:
        raise PintuError("cards.none_selected")
    out = Path(out_path)
    if not out.parent.is_dir():
        raise PintuError("cards.folder_missing", folder=str(out.parent))
    if out.is_dir():
        raise PintuError("cards.unwritable", path=str(out))
    temporary = _temporary_name(out)
    try:
        temporary.touch(exist_ok=False)  # the folder takes a new file: checked before anything changes
    except OSError as exc:
        raise PintuError("cards.unwritable", path=str(out)) from exc

    renamed = False
    try:
        with connection.transaction(workspace.db):
            cards = issue_cards(workspace, participant_ids, layout=layout)
            pages = render_cards(
                cards,
                temporary,
                layout=layout,
                office_name=office_name,
                workspace_name=workspace.info.name,
                photo_loader=lambda photo_id: get_photo(workspace, photo_id),
                progress=progress,
            )
            os.replace(temporary, out)
            renamed = True
    except OSError as exc:
        if renamed:  # the commit failed after the rename: no finished-looking PDF of unissued cards
            out.unlink(missing_ok=True)
        raise PintuError("cards.unwritable", path=str(out)) from exc
    except BaseException:
        if renamed:
            out.unlink(missing_ok=True)
        raise
    finally:
        temporary.unlink(missing_ok=True)
    return PrintResult(out, pages, cards)
