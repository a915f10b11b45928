"""Every limit and layout constant of the .docx parser, named and validated in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields

_MB = 1024 * 1024

# Fields that must be > 0, and fields that may also be 0.
_POSITIVE = ("max_xml_bytes", "max_side_part_bytes", "max_ole_scan_bytes", "max_total_bytes",
             "max_zip_entries", "max_table_cells", "default_font_size",
             "fallback_font_size", "char_width", "line_height", "page_width", "page_height",
             "min_text_area", "min_line_width", "min_chars_per_line", "fallback_cell_width",
             "max_row_first_line")
_NON_NEGATIVE = ("default_margin_twips", "cell_padding", "row_padding")
_INTEGER = ("max_xml_bytes", "max_side_part_bytes", "max_ole_scan_bytes", "max_total_bytes",
            "max_zip_entries", "max_table_cells", "default_margin_twips", "min_chars_per_line")


@dataclass(frozen=True, slots=True)
class DocxSettings:
    """Limits and page-estimate constants of :class:`~reviewminer.parsers.docx.DocxParser`.

    Lengths are in points unless the name says otherwise. The defaults are the values the parser
    has always used; ``DocxSettings()`` changes nothing.

    Raises:
        ValueError: a field is out of range (the message names the field).
    """

    # -- untrusted input ---------------------------------------------------------------------
    max_xml_bytes: int = 200 * _MB
    """Refuse a main document part larger than this when uncompressed."""
    max_side_part_bytes: int = 50 * _MB
    """The same for styles, numbering and core properties (small in real documents)."""
    max_ole_scan_bytes: int = 64 * _MB
    """How much of an OLE container is searched for the encrypted-package stream name."""
    max_total_bytes: int = 250 * _MB
    """Refuse a package whose parts read together inflate past this (every part is read with
    its own limit and counted here; declared sizes are checked first, actual sizes while
    inflating)."""
    max_zip_entries: int = 10_000
    """Refuse a ZIP container listing more members than this (its directory alone would take
    memory; a real .docx has a few dozen)."""
    max_table_cells: int = 1_000_000
    """Refuse a table whose rows, padded to its widest row, would hold more cells than this."""

    # -- page estimate ---------------------------------------------------------------------
    estimate_layout: bool = True
    """Without Word's rendered page-break markers, also estimate page overflow from text length,
    font size and page size (otherwise only explicit breaks count: a lower bound)."""
    default_font_size: float = 10.0
    """Body font size when styles.xml sets none (Word's own default)."""
    fallback_font_size: float = 11.0
    """Body font size when the document defaults carry an unreadable w:sz."""
    char_width: float = 0.44
    """Average glyph width as a fraction of the font size (Calibri/Arial text, spaces included)."""
    line_height: float = 1.15
    """Single line height as a multiple of the font size."""
    page_width: float = 451.0
    """Text-area width of a section without w:pgSz (A4 with 2.54 cm margins)."""
    page_height: float = 698.0
    """Text-area height of such a section."""
    default_margin_twips: int = 1440
    """A page margin w:pgMar leaves out, in twips (1 inch)."""
    min_text_area: float = 72.0
    """Narrowest / shortest text area a section's page and margins can leave."""
    min_line_width: float = 36.0
    """Narrowest text width of a paragraph or table cell after indents and cell margins."""
    min_chars_per_line: int = 8
    """Fewest characters counted on one estimated line, however narrow the column."""
    cell_padding: float = 11.0
    """Left plus right cell margins taken from a table grid column's width."""
    fallback_cell_width: float = 72.0
    """Width of a cell lying beyond the columns of its table's grid."""
    row_padding: float = 4.0
    """Cell margins and borders added to the height of each table row."""
    max_row_first_line: float = 20.0
    """Height of a table row that must still fit for the row to start on the current page."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "estimate_layout":
                if not isinstance(value, bool):
                    raise ValueError(f"DocxSettings.{f.name} must be True or False, got {value!r}")
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"DocxSettings.{f.name} must be a number, got {value!r}")
            if f.name in _INTEGER and not isinstance(value, int):
                raise ValueError(f"DocxSettings.{f.name} must be an integer, got {value!r}")
            if f.name in _POSITIVE and not value > 0:
                raise ValueError(f"DocxSettings.{f.name} must be > 0, got {value!r}")
            if f.name in _NON_NEGATIVE and not value >= 0:
                raise ValueError(f"DocxSettings.{f.name} must be >= 0, got {value!r}")
