"""A participant photo made ready for a card: turned upright, cropped to the frame, scaled to print size.

Scaling down to about 300 dpi keeps a batch PDF small (a camera photo would otherwise be embedded at
full size on every card). The result is a JPEG, which a PDF carries as it is. A JPEG is decoded at a
reduced scale straight away (`draft`), which makes a large photo several times cheaper to prepare.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from PIL import Image, ImageOps, UnidentifiedImageError

MM_PER_INCH = 25.4


def photo_pixels(width_mm: float, height_mm: float, dpi: int = 300) -> tuple[int, int]:
    return max(1, round(width_mm / MM_PER_INCH * dpi)), max(1, round(height_mm / MM_PER_INCH * dpi))


def prepare_photo(data: bytes, width_mm: float, height_mm: float, *, dpi: int = 300) -> bytes | None:
    """JPEG bytes of the photo cropped (centred; a portrait keeps its upper part, where the face is) to
    the frame's shape, or None when the bytes are not a readable image: the card then shows the
    placeholder and the batch goes on."""
    target_w, target_h = photo_pixels(width_mm, height_mm, dpi)
    try:
        with Image.open(io.BytesIO(data)) as opened:
            # Decode a JPEG at 1/2, 1/4 or 1/8 scale when that still covers the frame (either way round,
            # as the EXIF orientation may turn it).
            side = max(target_w, target_h)
            opened.draft("RGB", (side, side))
            image = ImageOps.exif_transpose(opened).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    aspect = target_w / target_h
    w, h = image.size
    if w / h > aspect:  # too wide: cut the sides
        crop_w = max(1, round(h * aspect))
        box = ((w - crop_w) // 2, 0, (w - crop_w) // 2 + crop_w, h)
    else:  # too tall: keep the upper part
        crop_h = max(1, round(w / aspect))
        top = round((h - crop_h) * 0.3)
        box = (0, top, w, top + crop_h)
    image = image.crop(box)
    if image.width > target_w:  # never enlarge: a small photo stays as sharp as it is
        image = image.resize((target_w, target_h), Image.Resampling.LANCZOS, reducing_gap=2.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def prepared_photos(
    photo_ids: Sequence[str | None],
    loader: Callable[[str], tuple[bytes, str] | None],
    width_mm: float,
    height_mm: float,
    *,
    lookahead: int = 24,
    threads: int = 2,
) -> Generator[bytes | None, None, None]:
    """Each card's prepared photo (or None), in order. Photos are read by `loader` here (a database
    connection stays in its thread) and prepared a little ahead in threads (Pillow lets go of the GIL
    while decoding and scaling), so the cards are drawn meanwhile. Close the iterator to stop early."""
    if not any(photo_ids):
        for _ in photo_ids:
            yield None
        return
    executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="card-photo")
    pending: dict[str, Future[bytes | None]] = {}
    submitted = 0

    def submit_until(index: int) -> None:
        nonlocal submitted
        while submitted < min(index, len(photo_ids)):
            photo_id = photo_ids[submitted]
            submitted += 1
            if photo_id and photo_id not in pending:
                loaded = loader(photo_id)
                if loaded is None:
                    done: Future[bytes | None] = Future()
                    done.set_result(None)
                    pending[photo_id] = done
                else:
                    pending[photo_id] = executor.submit(prepare_photo, loaded[0], width_mm, height_mm)

    try:
        for index, photo_id in enumerate(photo_ids):
            submit_until(index + 1 + lookahead)
            yield pending[photo_id].result() if photo_id else None
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
