"""``Report.highlight``: a page image with an item's boxes drawn on it (Pillow needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewminer.view.render import open_pdf, render_page, require_pillow

if TYPE_CHECKING:
    from reviewminer.model import Box, Provenance, Report

__all__ = ["NoPageGeometryError", "highlight", "item_boxes"]

FILL = (255, 214, 0, 90)  # translucent yellow
OUTLINE = (200, 30, 30, 255)


class NoPageGeometryError(ValueError):
    """The item has no boxes to draw (a .docx has no page geometry)."""


def item_boxes(item: Any) -> tuple[Box, ...]:
    """Every box of an item: its provenance's, then those of its other locations."""
    if hasattr(item, "page_start") and hasattr(item, "boxes"):  # a Provenance
        provs: list[Provenance] = [item]
    else:
        provs = [item.provenance, *getattr(item, "locations", ())]
    seen: dict[Box, None] = {}
    for p in provs:
        for b in p.boxes:
            seen.setdefault(tuple(b), None)  # type: ignore[arg-type]
    return tuple(seen)


def highlight(report: Report, item: Any, page: int | None = None, *, scale: float = 1.5,
              source: str | None = None) -> Any:
    """Page ``page`` (else the item's first page with a box) rendered at ``scale`` pixels per
    point as a PIL RGB image, the item's boxes on that page drawn as translucent rectangles."""
    if report.format != "pdf" or not report.page_sizes:
        raise NoPageGeometryError(
            f"{report.source}: a {report.format} document has no page geometry, so there is no "
            "page to draw on; its items give their place as paragraph indexes "
            "(provenance.block_start/block_end) and spans of report.text")
    image_mod = require_pillow()
    from PIL import ImageDraw

    boxes = item_boxes(item)
    if page is None:
        if not boxes:
            raise NoPageGeometryError(
                "the item has no page boxes (a result stored before page boxes were recorded?): "
                "pass page= to see its page")
        page = boxes[0][0]
    if not 1 <= page <= len(report.page_sizes):
        raise ValueError(f"page {page} is not a page of {report.source} "
                         f"(1-{len(report.page_sizes)} were read)")
    pdf = open_pdf(source or report.source)
    try:
        bitmap = render_page(pdf, page, report.page_sizes[page - 1], scale)
        img = bitmap.to_pil().convert("RGBA")
    finally:
        pdf.close()
    overlay = image_mod.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    width = max(1, round(scale * 1.2))
    for p, x0, y0, x1, y1 in boxes:
        if p == page:
            draw.rectangle([x0 * scale - 2, y0 * scale - 1, x1 * scale + 2, y1 * scale + 1],
                           fill=FILL, outline=OUTLINE, width=width)
    return image_mod.alpha_composite(img, overlay).convert("RGB")
