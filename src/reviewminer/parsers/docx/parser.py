"""DocxParser: open the package, map container errors, walk the body into a RawDocument."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from reviewminer.errors import (
    CorruptDocumentError,
    DocumentNotFoundError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    UnsupportedFormatError,
)
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.parsers.docx.numbering import Numbering
from reviewminer.parsers.docx.ole import OLE_MAGIC, ole_reason
from reviewminer.parsers.docx.ooxml import LRPB, PPR, SECTPR, W_STRICT_NS, w
from reviewminer.parsers.docx.package import Package
from reviewminer.parsers.docx.pages import Pages, Section
from reviewminer.parsers.docx.settings import DocxSettings
from reviewminer.parsers.docx.styles import Styles
from reviewminer.parsers.docx.walker import Walker
from reviewminer.parsers.sniff import check_zip_directory, regular_file

# Errors of a damaged ZIP container met while reading its parts.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, zlib.error,
               NotImplementedError)


class DocxParser:
    """Parse a Word .docx file into a :class:`~reviewminer.parsers.base.RawDocument`.

    Page numbers of a .docx are **estimates** (see :mod:`reviewminer.parsers.docx`): counted
    from explicit page and section breaks and from the page-break markers Word saves, never
    rendered.

    Args:
        settings: limits and page-estimate constants (default: ``DocxSettings()``), e.g.
            ``DocxSettings(max_xml_bytes=...)`` to refuse a larger ``word/document.xml``, or
            ``DocxSettings(estimate_layout=False)`` to count explicit page breaks only.

    Example:
        >>> from reviewminer.parsers.docx import DocxParser
        >>> doc = DocxParser().parse(Path("tests/data/docx/numbering.docx"))  # doctest: +SKIP
        >>> doc.blocks[1].label  # doctest: +SKIP
        '1.'
    """

    format: str = "docx"

    def __init__(self, settings: DocxSettings | None = None) -> None:
        self.settings = settings if settings is not None else DocxSettings()

    def parse(self, path: Path | str) -> RawDocument:
        """Read ``path``.

        Raises:
            CorruptDocumentError: not a ZIP, a damaged ZIP, no main document part, bad XML.
            EncryptedDocumentError: a password-protected Office file (an OLE container).
            DocumentTooLargeError: ``document.xml`` inflates past ``settings.max_xml_bytes``.
            EmptyDocumentError: the body has no text at all.
        """
        path = Path(path)
        zf = self._open(path)
        with zf:
            try:
                return self._parse_zip(zf, path)
            except RuntimeError as e:
                # zipfile raises RuntimeError for password-protected ZIP entries.
                if "encrypted" in str(e).lower() or "password" in str(e).lower():
                    raise EncryptedDocumentError(
                        path, "the ZIP container is password-protected") from e
                raise CorruptDocumentError(path, f"damaged ZIP container: {e}") from e
            except _ZIP_ERRORS as e:
                raise CorruptDocumentError(path, f"damaged ZIP container: {e}") from e
            except DocumentTooLargeError as e:
                if e.source is None:  # raised where the path is not known
                    raise DocumentTooLargeError(path, e.reason) from e
                raise
            except MemoryError as e:
                raise DocumentTooLargeError(path, "ran out of memory while reading it") from e

    def _open(self, path: Path) -> zipfile.ZipFile:
        regular_file(path)  # never open a pipe or device: reading it could block forever
        check_zip_directory(path, self.settings.max_zip_entries)
        try:
            return zipfile.ZipFile(path)
        except FileNotFoundError as e:
            raise DocumentNotFoundError(path, "file not found") from e
        except (zipfile.BadZipFile, OSError, ValueError) as e:
            try:
                with open(path, "rb") as fh:
                    head = fh.read(8)
            except OSError:
                head = b""
            if head.startswith(OLE_MAGIC):
                err, reason = ole_reason(path, self.settings.max_ole_scan_bytes)
                raise err(path, reason) from e
            raise CorruptDocumentError(path, f"not a readable .docx (ZIP) file: {e}") from e

    def _parse_zip(self, zf: zipfile.ZipFile, path: Path) -> RawDocument:
        st = self.settings
        pkg = Package(zf, path, st.max_side_part_bytes, st.max_total_bytes)
        root = pkg.main_part(self.settings.max_xml_bytes)
        if root.tag.startswith("{" + W_STRICT_NS):
            raise UnsupportedFormatError(
                path, "a 'Strict Open XML' document; save it as a standard Word .docx")
        body = root.find(w("body"))
        styles = Styles(pkg.related("styles", "styles.xml"), self.settings)
        numbering = Numbering(pkg.related("numbering", "numbering.xml"), styles)
        metadata = pkg.metadata()
        blocks: list[Block] = []
        warnings: list[str] = []
        page_count = 1
        if body is not None:
            blocks, warnings, page_count = self._walk(body, styles, numbering)
        if not blocks:
            raise EmptyDocumentError(path, "the document body contains no text")
        return RawDocument(
            source=path,
            format="docx",
            page_count=max(1, page_count),
            blocks=blocks,
            metadata=metadata,
            warnings=list(dict.fromkeys(warnings)),
        )

    def _walk(self, body: etree._Element, styles: Styles, numbering: Numbering
              ) -> tuple[list[Block], list[str], int]:
        """(blocks, warnings, page count) of the document body."""
        # Each w:sectPr ends a section and its w:type says how *that* section starts.
        sections = [
            Section.from_xml(s, self.settings) for s in body.iter(SECTPR)
            if s.getparent() is body or _parent_tag(s) == PPR
        ]
        rendered = next(body.iter(LRPB), None) is not None
        pages = Pages(sections, self.settings, flow=self.settings.estimate_layout and not rendered)
        walker = Walker(styles, numbering, pages)
        walker.block_children(body)
        blocks = walker.blocks
        warnings = walker.warnings
        if numbering.missing:
            warnings.append(
                "list numbering definitions missing for numId "
                + ", ".join(str(n) for n in sorted(numbering.missing)))
        page_count = max([pages.page] + [b.last_page for b in blocks])
        # A trailing break with nothing after it does not start a printed page.
        if pages.break_pending:
            page_count = max([1] + [b.last_page for b in blocks])
        return blocks, warnings, page_count


def _parent_tag(el: etree._Element) -> object:
    parent = el.getparent()
    return parent.tag if parent is not None else None
