"""The verification view: ``OUT/html/index.html`` (one row per document: counts, warnings,
failures) and one page per document with every page image and every item drawn over it.

Each item (recommendation, line of enquiry, action-plan row) is drawn as absolutely positioned
``<a class="box" data-item-id="ID">`` elements over the page images (ID is the row's
``recommendation_id``/``enquiry_id``/``action_id``), linked to its entry in the side list and
back. Pages are rendered once at ``scale`` pixels per point (default 1.25) as JPEG (Pillow) or
PNG (standard library) files beside the HTML and loaded lazily (``loading="lazy"``) by the
browser; style and script are inline, links relative: the folder works from file:// and
copied elsewhere, and makes no network request.
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reviewminer.view.assets import DOCUMENT_CSS, DOCUMENT_JS, INDEX_CSS
from reviewminer.view.items import ViewItem, report_items, runs
from reviewminer.view.render import encode_page, open_pdf, render_page

if TYPE_CHECKING:
    from reviewminer.model import Report

__all__ = ["DEFAULT_SCALE", "HtmlDocument", "write_html"]

DEFAULT_SCALE = 1.25  # pixels per point of the page images
_GROUP_NAMES = {"rec": "Recommendations", "enq": "Lines of enquiry", "act": "Action plan"}


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """One row of the index: a report, or a failure (``code`` and ``reason``)."""

    source: str
    report: Report | None = None
    code: str | None = None
    reason: str | None = None


def write_html(documents: Iterable[HtmlDocument | Report], out: str | Path, *,
               scale: float = DEFAULT_SCALE, low_confidence: float | None = None) -> Path:
    """Write ``out/html/index.html`` and a page per document (with its page images in a folder
    named by the document id); return the index's path. ``low_confidence``: recommendations
    below it are marked (default ``ExtractSettings.low_confidence``)."""
    if low_confidence is None:
        from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS

        low_confidence = DEFAULT_EXTRACT_SETTINGS.low_confidence
    root = Path(out) / "html"
    root.mkdir(parents=True, exist_ok=True)
    rows: list[str] = []
    written: set[str] = set()
    for d in documents:
        doc = d if isinstance(d, HtmlDocument) else HtmlDocument(d.source, d)
        if doc.report is not None and doc.report.document_id not in written:
            written.add(doc.report.document_id)
            _write_document(root, doc, low_confidence, scale)
        rows.append(_index_row(doc, low_confidence))
    index = root / "index.html"
    index.write_text(_page("reviewminer: documents", INDEX_CSS, _index_body(rows), ""),
                     encoding="utf-8")
    return index


# --------------------------------------------------------------------------- index
def _index_body(rows: list[str]) -> str:
    head = ("<tr><th>Document</th><th>Format</th><th>Pages</th><th>Recommendations</th>"
            "<th>Low confidence</th><th>Lines of enquiry</th><th>Action-plan rows</th>"
            "<th>Warnings</th><th>Failure</th></tr>")
    return (f"<h1>reviewminer: {len(rows)} document(s)</h1>"
            "<p class=\"meta\">Open a document to see every item drawn on its page.</p>"
            f"<table>{head}{''.join(rows)}</table>")


def _index_row(doc: HtmlDocument, low: float) -> str:
    name = _e(os.path.basename(doc.source) or doc.source)
    r = doc.report
    if r is None:
        return (f"<tr class=\"failed\"><td title=\"{_e(doc.source)}\">{name}</td>"
                + "<td></td>" * 7 + f"<td>{_e(doc.code or '')}: {_e(doc.reason or '')}</td></tr>")
    n_low = sum(1 for x in r.recommendations if x.confidence < low)
    warn = "".join(f"<li>{_e(w)}</li>" for w in r.warnings)
    cells = [r.format, r.page_count, len(r.recommendations), n_low, len(r.lines_of_enquiry),
             len(r.action_plan)]
    nums = "".join(f"<td class=\"n\">{_e(str(c))}</td>" for c in cells)
    return (f"<tr><td title=\"{_e(doc.source)}\"><a href=\"{r.document_id}.html\">{name}</a>"
            f"<div class=\"meta\">{_e(r.metadata.title or '')}</div></td>{nums}"
            f"<td>{f'<ul class=warn>{warn}</ul>' if warn else ''}</td><td></td></tr>")


# --------------------------------------------------------------------------- one document
def _write_document(root: Path, doc: HtmlDocument, low: float, scale: float) -> None:
    r = doc.report
    assert r is not None
    items = report_items(r, low)
    pages = ""
    note = ""
    if r.format == "pdf" and r.page_sizes:
        try:
            pages = _pages(root, doc.source, r, items, scale)
        except (OSError, ValueError) as e:  # the PDF moved or cannot be opened any more
            note = f"The pages could not be rendered ({_e(str(e))}); the items are listed only."
    else:
        note = (f"This is a {_e(r.format)} document: it has no page geometry, so its items are "
                "listed without page images, with the paragraph (block) each starts in.")
    side = _side(r, doc.source, items, note, bool(pages))
    body = f"<nav id=\"items\">{side}</nav><main>{pages}</main>"
    title = r.metadata.title or os.path.basename(doc.source)
    (root / f"{r.document_id}.html").write_text(
        _page(f"reviewminer: {title}", DOCUMENT_CSS, body, DOCUMENT_JS), encoding="utf-8")


def _pages(root: Path, source: str, r: Report, items: list[ViewItem], scale: float) -> str:
    folder = root / r.document_id
    folder.mkdir(exist_ok=True)
    by_page: dict[int, list[str]] = {}
    for it in items:
        for k, (page, x0, y0, x1, y1) in enumerate(runs(it.boxes)):
            ident = f"box-{it.id}" if k == 0 else f"box-{it.id}-{k + 1}"
            style = (f"left:{x0 * scale - 2:.1f}px;top:{y0 * scale - 1:.1f}px;"
                     f"width:{(x1 - x0) * scale + 4:.1f}px;height:{(y1 - y0) * scale + 2:.1f}px")
            tag = f"<span class=\"tag\">{_e(_label(it))}</span>" if k == 0 else ""
            by_page.setdefault(page, []).append(
                f"<a class=\"box {it.group}{' low' if it.low else ''}\" id=\"{_e(ident)}\" "
                f"data-item-id=\"{_e(it.id)}\" href=\"#item-{_e(it.id)}\" "
                f"title=\"{_e(_label(it))}: {_e(it.text[:200])}\" style=\"{style}\">{tag}</a>")
    pdf = open_pdf(source)
    out: list[str] = []
    try:
        for n, size in enumerate(r.page_sizes, start=1):
            data, ext = encode_page(render_page(pdf, n, size, scale))
            name = f"p{n:04d}{ext}"
            (folder / name).write_bytes(data)
            w, h = math.ceil(size.width * scale), math.ceil(size.height * scale)  # as pdfium
            out.append(
                f"<section class=\"page\" id=\"page-{n}\" style=\"width:{w}px;height:{h}px\">"
                f"<span class=\"pno\">{n}</span><img src=\"{r.document_id}/{name}\" "
                f"loading=\"lazy\" decoding=\"async\" width=\"{w}\" height=\"{h}\" "
                f"alt=\"page {n}\">{''.join(by_page.get(n, ()))}</section>")
    finally:
        pdf.close()
    return "".join(out)


def _side(r: Report, source: str, items: list[ViewItem], note: str, drawn: bool) -> str:
    parts = ["<p><a href=\"index.html\">&larr; all documents</a></p>",
             f"<h1>{_e(r.metadata.title or os.path.basename(source))}</h1>",
             f"<p class=\"meta\">{_e(source)} &middot; {r.format} &middot; {r.page_count} "
             f"page(s) &middot; id {r.document_id}</p>"]
    if note:
        parts.append(f"<p class=\"note\">{note}</p>")
    if r.warnings:
        warn = "".join(f"<li>{_e(w)}</li>" for w in r.warnings)
        parts.append(f"<details><summary>{len(r.warnings)} warning(s)</summary><ul>{warn}</ul>"
                     "</details>")
    for group, name in _GROUP_NAMES.items():
        mine = [it for it in items if it.group == group]
        if mine:
            entries = "".join(_entry(it, drawn) for it in mine)
            parts.append(f"<h2>{name} ({len(mine)})</h2><ol class=\"items\">{entries}</ol>")
    if not items:
        parts.append("<p>No recommendations, lines of enquiry or action-plan rows found.</p>")
    return "".join(parts)


def _entry(it: ViewItem, drawn: bool) -> str:
    facts = [it.type]
    if it.parties:
        facts.append(it.parties)
    if it.confidence is not None:
        facts.append(f"confidence {it.confidence:.2f}")
    if it.extra:
        facts.append(it.extra)
    facts.append(f"p{it.page}" + (f", paragraph {it.block + 1}" if not drawn and it.block is not None
                                  else ""))
    low = " <span class=\"low-tag\">low confidence</span>" if it.low else ""
    head = _e(_label(it))
    if drawn and it.boxes:
        head = f"<a class=\"go\" href=\"#box-{_e(it.id)}\">{head}</a>"
    elif drawn:
        head += " <span class=\"none\">(not located on the page)</span>"
    text = it.text if len(it.text) <= 300 else it.text[:299] + "\u2026"
    return (f"<li class=\"item {it.group}{' low' if it.low else ''}\" id=\"item-{_e(it.id)}\" "
            f"data-for=\"{_e(it.id)}\"><div class=\"head\">{head}{low}</div>"
            f"<div class=\"facts\">{_e(' · '.join(facts))}</div><div class=\"text\">{_e(text)}</div></li>")


def _label(it: ViewItem) -> str:
    kind = {"rec": "Recommendation", "enq": "Enquiry", "act": "Action"}[it.group]
    return f"{kind} {it.number}".strip() + f" [{it.id}]"


def _page(title: str, css: str, body: str, js: str) -> str:
    script = f"<script>{js}</script>" if js else ""
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_e(title)}</title><style>{css}</style></head><body>{body}{script}</body></html>")


def _e(text: str) -> str:
    return html.escape(text, quote=True)
