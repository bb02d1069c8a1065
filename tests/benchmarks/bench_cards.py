"""Card printing benchmark: 1,000 cards on A4 sheets against the 3 s budget, and the naive baselines.

    python3 tests/benchmarks/bench_cards.py [--cards 1000] [--runs 3] [--baseline 100] [--keep]

Builds a demo workspace (`pintu demo`), then times, each on a fresh copy of it:
- `pintu cards --layout a4` as a user runs it (a new process: start-up, issuing, rendering, rename);
- rendering alone (`render_cards` on cards already issued), without and with a photo on every card;
and in the same run the naive ways it replaces, on the same codes:
- ReportLab's own QR widget drawing the cards' QR codes (on `--baseline` cards, extrapolated);
- the `qrcode` library with its automatic mask search, one code at a time (extrapolated), and the
  same spread over a two-process pool (spawn), the parallel alternative that was measured and dropped;
- Pintu's batch QR (arrays; identical modules) for all the codes.
Prints a table; exits 0 whatever the figures (speed is reported, not asserted).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402
from qrcode import QRCode, util  # noqa: E402
from qrcode.constants import ERROR_CORRECT_M  # noqa: E402
from reportlab.graphics import renderPDF  # noqa: E402
from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop_app.cli import DEMO_PASSPHRASE as PASSPHRASE  # noqa: E402
from desktop_app.cli import main as cli_main  # noqa: E402
from desktop_app.printing.cards_pdf import card_origins, render_cards  # noqa: E402
from desktop_app.printing.qr_vector import qr_paths  # noqa: E402
from desktop_app.storage import connection, keyfile  # noqa: E402
from desktop_app.storage.cards import IssuedCard, issue_cards, select_for_printing  # noqa: E402
from desktop_app.storage.photos import get_photo, put_photo  # noqa: E402
from desktop_app.storage.workspace import Workspace, open_workspace  # noqa: E402

BUDGET_S = 3.0


def build(folder: Path, participants: int) -> Path:
    db = folder / "demo.sqlite"
    started = time.perf_counter()
    quiet = io.StringIO()
    stdout, sys.stdout = sys.stdout, quiet
    try:
        code = cli_main(["demo", "--db", str(db), "--participants", str(participants)])
    finally:
        sys.stdout = stdout
    if code != 0:
        raise SystemExit(f"demo failed: {quiet.getvalue()}")
    print(f"demo workspace: {participants:,} participants in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return db


def fresh_copy(db: Path, name: str) -> Path:
    copy = db.with_name(name)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(db, copy)
    keyfile.copy_keys(db, copy)  # an encrypted workspace travels with its key file
    return copy


def time_cli(db: Path, folder: Path, runs: int) -> list[float]:
    times = []
    for run in range(runs):
        copy = fresh_copy(db, f"cli-{run}.sqlite")
        out = folder / f"cli-{run}.pdf"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop_app", "cards", "--db", str(copy), "--out", str(out),
                        "--layout", "a4"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PINTU_PASSPHRASE": PASSPHRASE})
        times.append(time.perf_counter() - started)
    return times


def issued(db: Path, name: str, *, photos: bool = False) -> tuple[Workspace, list[IssuedCard]]:
    workspace = open_workspace(fresh_copy(db, name), passphrase=PASSPHRASE)
    ids = select_for_printing(workspace)
    if photos:  # a different photo for everyone: nothing is prepared twice
        with connection.transaction(workspace.db):
            for index, participant_id in enumerate(ids):
                photo = put_photo(workspace, portrait(index))
                workspace.db.execute("UPDATE participants SET photo = ? WHERE id = ?", [photo, participant_id])
    return workspace, issue_cards(workspace, ids, layout="a4")


def portrait(seed: int) -> bytes:
    """A 600 x 800 JPEG, about what the registration camera keeps."""
    image = Image.new("RGB", (600, 800), (170 + seed % 40, 190, 210))
    draw = ImageDraw.Draw(image)
    draw.ellipse([190, 150, 410, 400], fill=(200, 150 + seed % 50, 120))
    draw.rectangle([100, 560, 500, 800], fill=(30, 60, 110 + seed % 100))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def time_render(workspace: Workspace, cards: list[IssuedCard], folder: Path, runs: int) -> tuple[list[float], int]:
    times = []
    out = folder / "render.pdf"
    for _ in range(runs):
        started = time.perf_counter()
        render_cards(cards, out, layout="a4", workspace_name=workspace.info.name,
                     photo_loader=lambda photo_id: get_photo(workspace, photo_id))
        times.append(time.perf_counter() - started)
    return times, out.stat().st_size


def reportlab_widget(codes: list[str], out: Path) -> float:
    """ReportLab's own QR widget, 21.3 mm, on the A4 grid: the naive way to draw the codes."""
    page_size, slots = card_origins("a4")
    started = time.perf_counter()
    canvas = Canvas(str(out), pagesize=page_size)
    for index, code in enumerate(codes):
        x, y = slots[index % len(slots)]
        widget = QrCodeWidget(code, barLevel="M", barBorder=0)
        x0, y0, x1, y1 = widget.getBounds()
        size = 21.3 * mm
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, x + 58 * mm, y + 5 * mm)
        if index % len(slots) == len(slots) - 1:
            canvas.showPage()
    canvas.save()
    return time.perf_counter() - started


def library_matrix(code: str) -> int:
    qr: QRCode = QRCode(error_correction=ERROR_CORRECT_M, border=0)  # automatic mask search
    qr.add_data(util.QRData(code))
    qr.make(fit=True)
    return len(qr.modules)


def library_chunk(codes: list[str]) -> int:
    return sum(library_matrix(code) for code in codes)


def library_in_pool(codes: list[str]) -> float:
    started = time.perf_counter()
    chunks = [codes[i : i + 100] for i in range(0, len(codes), 100)]
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        list(pool.map(library_chunk, chunks))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=int, default=100, help="cards for the slow baselines (extrapolated)")
    parser.add_argument("--keep", action="store_true", help="keep the workspace copies and PDFs")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pintu-bench-cards-"))
    db = build(folder, args.cards)

    cli = time_cli(db, folder, args.runs)
    workspace, cards = issued(db, "render.sqlite")
    render, size = time_render(workspace, cards, folder, args.runs)
    codes = [card.code for card in cards]
    workspace.close()
    photo_workspace, photo_cards = issued(db, "photos.sqlite", photos=True)
    render_photos, size_photos = time_render(photo_workspace, photo_cards, folder, args.runs)
    photo_workspace.close()

    n, k = len(codes), min(args.baseline, len(codes))
    widget = reportlab_widget(codes[:k], folder / "widget.pdf")
    started = time.perf_counter()
    for code in codes[:k]:
        library_matrix(code)
    library = time.perf_counter() - started
    pool = library_in_pool(codes)
    batch = []
    for _ in range(args.runs):
        started = time.perf_counter()
        for _path in qr_paths(codes):
            pass
        batch.append(time.perf_counter() - started)

    best = min
    rows = [
        (f"pintu cards --layout a4, {n:,} cards (new process, end to end)", best(cli),
         f"median {statistics.median(cli):.2f} s; budget {BUDGET_S:.0f} s: "
         + ("ok" if best(cli) <= BUDGET_S else "OVER BUDGET")),
        (f"render_cards a4, {n:,} cards, no photos", best(render), f"{size / 1e6:.1f} MB PDF"),
        (f"render_cards a4, {n:,} cards, a photo on every card", best(render_photos),
         f"{size_photos / 1e6:.1f} MB PDF; 600x800 JPEGs, prepared in 2 threads"),
        (f"baseline: ReportLab QrCodeWidget, {k} cards x {n // k}", widget * n / k,
         f"measured {widget:.2f} s for {k} ({k / widget:.0f} cards/s)"),
        (f"baseline: qrcode mask search, {k} codes x {n // k}", library * n / k,
         f"{library / k * 1000:.1f} ms per code"),
        (f"alternative: qrcode mask search, 2-process pool, {n:,} codes", pool,
         "spawn start-up included: the pool idea, measured"),
        (f"Pintu batch QR (same modules), {n:,} codes", best(batch), f"{best(batch) / n * 1000:.2f} ms per code"),
    ]
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    where = f", files in {folder}" if args.keep else ""
    print(f"\nPintu card benchmarks: {n:,} cards, best of {args.runs} runs where repeated{where}\n")
    width = max(len(r[0]) for r in rows)
    print(f"{'step'.ljust(width)}  {'seconds':>8}  note")
    for label, seconds, note in rows:
        print(f"{label.ljust(width)}  {seconds:8.2f}  {note}")


if __name__ == "__main__":
    main()
