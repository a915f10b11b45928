"""Pages rendered with pypdfium2 in the frame the parser read them in, encoded as images.

A page the parser turned upright before reading (``PageSize.turn``) is turned the same way
before it is rendered, so the boxes of ``Provenance.boxes`` fall on its text. Images are JPEG
when Pillow is installed (``reviewminer[view]``), else PNG written with the standard library
(zlib), so the HTML view needs nothing beyond the core dependencies.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium

from reviewminer.parsers.pdf.orientation import turn_upright
from reviewminer.parsers.pdf.textlayer import CharProbe

if TYPE_CHECKING:
    from reviewminer.model import PageSize

__all__ = ["PILLOW_HINT", "encode_page", "has_pillow", "open_pdf", "render_page", "require_pillow"]

PILLOW_HINT = "install Pillow: pip install 'reviewminer[view]'"


def has_pillow() -> bool:
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        return False
    return True


def require_pillow() -> Any:
    """The ``PIL.Image`` module, or an ImportError saying how to install it."""
    try:
        import PIL.Image
    except ImportError as e:
        raise ImportError(f"page images need Pillow, which is not installed: {PILLOW_HINT}") from e
    return PIL.Image


def open_pdf(path: str | Path) -> Any:
    """The PDF (a ``pypdfium2.PdfDocument``); FileNotFoundError naming the path when it is gone."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"the document is not at {p} (pass source= to read it elsewhere)")
    return pdfium.PdfDocument(str(p))


def render_page(pdf: Any, number: int, frame: PageSize | None, scale: float) -> Any:
    """Page ``number`` (1-based) rendered at ``scale`` pixels per point as an RGB
    ``PdfBitmap``, turned as the parser turned it (in memory: render a turned page once per
    opened document, as a second turn would add to the first)."""
    page = pdf[number - 1]
    try:
        if frame is not None and frame.turn is not None:
            turn_upright(page, CharProbe(angle=frame.turn, mirrored=frame.mirrored))
        return page.render(scale=scale, rev_byteorder=True, may_draw_forms=False)
    finally:
        page.close()


def encode_page(bitmap: Any, *, quality: int = 80) -> tuple[bytes, str]:
    """The bitmap as image file bytes and their suffix: JPEG with Pillow, else PNG."""
    if has_pillow():
        import io

        buf = io.BytesIO()
        bitmap.to_pil().convert("RGB").save(buf, "JPEG", quality=quality, optimize=True)
        return buf.getvalue(), ".jpg"
    return _png(bitmap), ".png"


def _png(bitmap: Any) -> bytes:
    """An RGB (or RGBx) bitmap as a PNG file, rows unfiltered, zlib level 6."""
    w, h, stride = bitmap.width, bitmap.height, bitmap.stride
    n = bitmap.n_channels
    data = bytes(bitmap.buffer)
    rows = bytearray()
    for y in range(h):
        row = data[y * stride: y * stride + w * n]
        if n == 4:  # drop the padding byte of RGBx
            row = b"".join(row[i:i + 3] for i in range(0, len(row), 4))
        rows += b"\x00" + row
    color = 0 if n == 1 else 2

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, color, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
            + chunk(b"IEND", b""))
