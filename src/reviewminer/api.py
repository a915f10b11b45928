"""The public entry point: ``read(path) -> Report``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reviewminer.errors import ReviewMinerError
from reviewminer.model import Report
from reviewminer.parsers import OcrSettings, ParseOptions, parse
from reviewminer.pipeline import build_report
from reviewminer.rules import RulesSpec


def file_sha256(path: str | Path) -> str:
    """Content hash of a file (streamed)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read(source: str | Path, *, rules: RulesSpec = None,
         ocr: str | OcrSettings = "auto") -> Report:
    """Read one review report (PDF, .docx; .doc/.rtf/.odt with LibreOffice) and extract its
    structure.

    Args:
        source: path of the file (the format is judged by content).
        rules: the shipped rules (default), or a directory / JSON file / dict of overlays merged
            with them (e.g. a board's local agency names); see :func:`reviewminer.rules.load_rules`.
        ocr: PDF pages without a usable text layer: ``"auto"`` recognises them with Tesseract
            (when installed), ``"always"`` recognises every page (a poor existing OCR layer),
            ``"never"`` leaves them (a scan then fails with ``no_text_layer``); or an
            :class:`~reviewminer.parsers.OcrSettings` (resolution, time per page, parallel pages).

    Returns:
        A :class:`reviewminer.model.Report`.

    Raises:
        reviewminer.errors.ReviewMinerError: a subclass naming the file and the reason
            (unsupported format, encrypted, corrupt, empty, no text layer, too large,
            needs_ocr / needs_libreoffice when the program a file needs is missing).

    Example:
        >>> import reviewminer
        >>> report = reviewminer.read("sample_docs/scr_2012_child_k.pdf")  # doctest: +SKIP
        >>> report.to_frames()["recommendations"][["number", "parties", "text"]]  # doctest: +SKIP
    """
    path = Path(source)
    raw = parse(path, ParseOptions.of(ocr))
    sha = file_sha256(path)
    return build_report(raw, sha256=sha, rules=rules)


__all__ = ["ReviewMinerError", "file_sha256", "read"]
