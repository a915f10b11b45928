"""The public entry point: ``read(path) -> Report``."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reviewminer.digest import file_sha256
from reviewminer.errors import DocumentTooLargeError, ReviewMinerError
from reviewminer.model import Report
from reviewminer.parsers import OcrSettings, ParseOptions, parse
from reviewminer.pipeline import build_report
from reviewminer.rules import RulesSpec

#: Largest document read from bytes or a file object (written to a private temporary file).
MAX_STREAM_BYTES = 1 << 30


def read(source: str | Path | bytes | BinaryIO, *, rules: RulesSpec = None,
         ocr: str | OcrSettings = "auto", name: str | None = None) -> Report:
    """Read one review report (PDF, .docx; .doc/.rtf/.odt with LibreOffice) and extract its
    structure.

    Args:
        source: path of the file (the format is judged by content), or its content as
            ``bytes`` or a binary file object (an upload in a notebook or web app): it is written
            to a private temporary file (at most :data:`MAX_STREAM_BYTES`) and read from there.
        rules: the shipped rules (default), or a directory / JSON file / dict of overlays merged
            with them (e.g. a board's local agency names); see :func:`reviewminer.rules.load_rules`.
        ocr: PDF pages without a usable text layer: ``"auto"`` recognises them with Tesseract
            (when installed), ``"always"`` recognises every page (a poor existing OCR layer),
            ``"never"`` leaves them (a scan then fails with ``no_text_layer``); or an
            :class:`~reviewminer.parsers.OcrSettings` (resolution, time per page, parallel pages).
        name: for bytes or a file object, the name the report's ``source`` carries (default: the
            file object's ``name``, else ``"<bytes>"``).

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
    if isinstance(source, (str, Path)):
        return _read_path(Path(source), rules, ocr)
    return _read_stream(source, rules, ocr, name)


def _read_path(path: Path, rules: RulesSpec, ocr: str | OcrSettings,
               shown: str | None = None) -> Report:
    raw = parse(path, ParseOptions.of(ocr))
    report = build_report(raw, sha256=file_sha256(path), rules=rules)
    if shown is None:
        return report
    import dataclasses

    return dataclasses.replace(report, source=shown)


def _read_stream(data: bytes | BinaryIO, rules: RulesSpec, ocr: str | OcrSettings,
                 name: str | None) -> Report:
    """Read content given as bytes or a file object, through a private temporary file."""
    import tempfile

    shown = name or str(getattr(data, "name", "") or "<bytes>")
    with tempfile.TemporaryDirectory(prefix="reviewminer-read-") as tmp:
        path = Path(tmp) / ("document" + Path(shown).suffix.lower()[:8])
        with open(path, "wb") as out:
            if isinstance(data, (bytes, bytearray, memoryview)):
                if len(data) > MAX_STREAM_BYTES:
                    raise DocumentTooLargeError(shown, f"{len(data)} bytes, more than "
                                                       f"{MAX_STREAM_BYTES} read from memory")
                out.write(data)
            else:
                copied = 0
                while chunk := data.read(1 << 20):
                    copied += len(chunk)
                    if copied > MAX_STREAM_BYTES:
                        raise DocumentTooLargeError(shown, f"more than {MAX_STREAM_BYTES} "
                                                           "bytes read from the file object")
                    out.write(chunk)
        try:
            return _read_path(path, rules, ocr, shown)
        except ReviewMinerError as e:
            raise type(e)(shown, e.reason) from e


__all__ = ["ReviewMinerError", "file_sha256", "read"]
