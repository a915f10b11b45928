"""Layout thresholds of the PDF parser, named and validated in one frozen dataclass.

Like pdfplumber's ``TableSettings``: ``PdfParser(settings=PdfSettings(footnote_size_ratio=0.8))``.
Sizes and distances are in PDF points; "x size" means a multiple of the line's font size. The
defaults are the values the parser was tuned with.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TypeVar

__all__ = ["PdfSettings"]

_N = TypeVar("_N", int, float)


def _setting(default: _N, lo: float, hi: float, doc: str) -> _N:
    """A settings field with its allowed range [lo, hi] (checked by ``__post_init__``)."""
    return field(default=default, metadata={"min": lo, "max": hi, "doc": doc})


@dataclass(frozen=True, slots=True)
class PdfSettings:
    """Numeric layout thresholds of :class:`reviewminer.parsers.pdf.PdfParser`.

    Every field is range-checked on construction; a value out of range (or of the wrong type)
    raises ``ValueError`` naming the field. See each field's ``metadata["doc"]``.
    """

    # ---------------------------------------------------------------- fonts
    default_body_size: float = _setting(11.0, 1, 100, "body font size assumed when none is found")
    size_tolerance: float = _setting(0.6, 0, 5, "font sizes closer than this (pt) are the same size")
    scaled_font_below: float = _setting(
        2.0, 0, 6, "a font size below this (pt) is text scaled by its matrix: the size is multiplied "
        "by the matrix scale"
    )
    word_gap_ratio: float = _setting(
        0.15, 0, 1, "a space between glyphs closer than this share of the font size splits a word "
        "(kerning, ligatures) and is removed where a word looks split"
    )
    superscript_ratio: float = _setting(
        0.8, 0.1, 1, "digits glued to a word set below this share of its size are a superscript marker"
    )
    vertical_run: float = _setting(
        2.0, 0.5, 20, "a line whose ends differ in y by more than this x size runs vertically"
    )
    # ---------------------------------------------------------------- visual lines
    gutter_min_gap: float = _setting(
        1.5, 0.5, 10,
        "gap (x size, at least 4 pt) between text runs that splits a line",
    )
    gutter_baseline_tolerance: float = _setting(
        0.5, 0, 2,
        "text runs split at a gutter share a baseline within this x size",
    )
    gutter_min_chars: int = _setting(
        15, 1, 200,
        "each side of a gutter split holds at least this many characters",
    )
    gutter_min_line: int = _setting(30, 2, 500, "lines shorter than this are never split at a gutter")
    gutter_max_rects: int = _setting(4, 1, 100, "gutters are looked for when text runs <= this x lines")
    same_line_tolerance: float = _setting(
        0.35, 0, 2,
        "fragments of one visual line: baselines within this x size",
    )
    same_line_overlap: float = _setting(
        2.0, 0, 20,
        "a fragment may start this far (pt) left of the previous one's end",
    )
    same_line_max_gap: float = _setting(
        1.2, 0, 10,
        "a fragment may start this far (x size) right of the previous one",
    )
    word_gap: float = _setting(0.12, 0, 2, "fragments closer than this (x size) join without a space")
    # ---------------------------------------------------------------- columns
    column_min_lines: int = _setting(10, 2, 1000, "pages with fewer lines are never re-ordered by column")
    column_min_side_lines: int = _setting(
        5, 1, 1000,
        "each column (and the gutter start) needs this many lines",
    )
    column_min_gutter: float = _setting(
        6.0, 0, 200,
        "the gutter between two columns is at least this wide (pt)",
    )
    column_full_share: float = _setting(
        0.5, 0, 1,
        "this share of left-column lines must run close to the gutter",
    )
    column_max_switches: int = _setting(
        3, 0, 1000,
        "a stream switching column at most this often is left as it is",
    )
    # ---------------------------------------------------------------- page objects
    max_objects_scanned: int = _setting(500, 1, 1_000_000, "page objects checked one by one (more: sampled)")
    image_objects_scanned: int = _setting(200, 1, 1_000_000, "page objects checked for an image")
    pages_per_open: int = _setting(
        100, 1, 1_000_000,
        "pages read from one opening of the file: pdfium keeps every font and object it has "
        "loaded until the document is closed, so a long document is opened afresh after this "
        "many pages (a remainder of less than half of it is read with the pages before it; "
        "memory stays flat; the text is the same)",
    )
    table_min_paths: int = _setting(
        4, 1, 1000,
        "path objects (not bullet dots) that make a page a table candidate",
    )
    bullet_min: float = _setting(2.0, 0, 50, "a drawn bullet dot is at least this wide and high (pt)")
    bullet_max: float = _setting(8.0, 0, 50, "a drawn bullet dot is at most this wide and high (pt)")
    bullet_squareness: float = _setting(1.5, 0, 50, "a drawn bullet's width and height differ by less (pt)")
    rule_max_thickness: float = _setting(4.0, 0, 50, "a path this thin (pt) is a ruling line")
    rule_min_length: float = _setting(3.0, 0, 100, "a ruling line is at least this long (pt)")
    rule_axis_tolerance: float = _setting(
        1.0, 0, 10,
        "a path segment this close to level/plumb is a rule (pt)",
    )
    simple_path_segments: int = _setting(
        5, 1, 1000,
        "paths with at most this many segments are read from bounds",
    )
    max_path_segments: int = _setting(4000, 0, 10_000_000, "segments walked per page for ruling lines")
    table_margin: float = _setting(
        2.0, 0, 50,
        "a line belongs to a table whose box it is inside by this margin (pt)",
    )
    # ---------------------------------------------------------------- running headers/footers
    header_band_start: float = _setting(0.82, 0, 1, "the header band starts at this share of the page height")
    footer_band_end: float = _setting(0.18, 0, 1, "the footer band ends at this share of the page height")
    band_lines: int = _setting(4, 1, 100, "lines from each edge considered for headers/footers")
    running_min_percent: int = _setting(40, 1, 100, "a running line recurs on at least this % of the pages")
    running_min_pages: int = _setting(2, 1, 10_000, "...and on at least this many pages")
    running_same_place_pages: int = _setting(3, 1, 10_000, "or on this many pages at the same height")
    running_same_place_tolerance: float = _setting(3.0, 0, 100, "same height: within this (pt)")
    running_max_size_ratio: float = _setting(
        1.15, 1, 10,
        "running lines are not set larger than this x body size",
    )
    running_max_size_margin: float = _setting(0.5, 0, 10, "...plus this (pt)")
    # ---------------------------------------------------------------- footnotes
    footnote_size_ratio: float = _setting(
        0.85, 0.1, 1,
        "footnote lines are set below this share of the body size",
    )
    footnote_zone: float = _setting(0.45, 0, 1, "footnotes lie below this share of the page height")
    # ---------------------------------------------------------------- table of contents
    toc_max_line: int = _setting(200, 1, 10_000, "longer lines are never contents entries")
    toc_plain_max_line: int = _setting(120, 1, 10_000, "contents entries without a leader are shorter")
    toc_title_max_line: int = _setting(40, 1, 10_000, "a contents title is shorter than this")
    toc_max_gap: int = _setting(2, 0, 100, "non-entry lines a contents run may span")
    toc_break_line: int = _setting(100, 1, 10_000, "a non-entry line longer than this ends the run")
    toc_title_distance: int = _setting(2, 1, 100, "a contents title is at most this many lines above its run")
    toc_min_leaders: int = _setting(2, 1, 100, "entries with leaders that make a run a contents list")
    toc_min_plain: int = _setting(3, 1, 100, "entries without leaders (page numbers rising) that make one")
    toc_extra_pages: int = _setting(10, 0, 100_000, "page numbers may exceed the page count by this much")
    toc_min_max_page: int = _setting(20, 1, 100_000, "page numbers up to this are always plausible")
    # ---------------------------------------------------------------- paragraphs
    default_line_pitch: float = _setting(14.0, 1, 200, "line pitch (pt) assumed without a body font")
    pitch_min: float = _setting(
        0.8, 0, 10,
        "baseline distances counted for the pitch: above this x body size",
    )
    pitch_max: float = _setting(3.0, 0, 20, "...and below this x body size")
    pitch_fallback: float = _setting(1.2, 0.5, 10, "pitch (x body size) when no pair of body lines is found")
    paragraph_gap: float = _setting(1.35, 0.5, 10, "a vertical gap above this x pitch starts a new block...")
    paragraph_gap_margin: float = _setting(0.5, 0, 20, "...plus this (pt)")
    list_item_gap: float = _setting(
        1.15, 0.5, 10,
        "a list marker after a gap above this x pitch starts an item",
    )
    column_jump: float = _setting(0.5, 0, 10, "a jump upwards above this x size is the top of a new column")
    column_continue: float = _setting(
        2.0, 0, 50,
        "a new column continues a sentence when it starts right of this (x size before the line end)",
    )
    full_line_margin: float = _setting(2.0, 0, 20, "a bold lead-in ends within this x size of the right edge")
    list_short_line: float = _setting(
        3.0, 0, 50,
        "a line ending this x size before the right edge is short (before a marker)",
    )
    short_line: float = _setting(
        4.0, 0, 50,
        "a sentence ending this x size before the right edge closes its paragraph",
    )
    first_line_indent: float = _setting(0.8, 0, 20, "a first-line indent is at least this x size")
    indent_tolerance: float = _setting(
        2.0, 0, 50,
        "lines starting within this (pt) share the block's left edge",
    )
    word_fit_margin: float = _setting(
        1.5, 0, 20,
        "the next word fits on the line: its length + this many chars...",
    )
    word_fit_ratio: float = _setting(1.1, 0, 10, "...times this fit in the space left")
    right_edge_share: int = _setting(
        3, 1, 100,
        "the right edge is the median of the longest 1/n of the body lines",
    )
    one_column_start: float = _setting(
        0.35, 0, 1,
        "body lines starting right of this share of the width suggest columns",
    )
    one_column_max: int = _setting(3, 1, 1000, "fewer such lines than this: a one-column page")
    list_indent_cluster: float = _setting(
        8.0, 0, 200,
        "list indents further apart than this (pt) are different levels",
    )
    list_indent_slack: float = _setting(
        4.0, 0, 200,
        "an item belongs to a level starting up to this far (pt) right of it",
    )
    # ---------------------------------------------------------------- across pages
    page_join_margin: float = _setting(
        3.0, 0, 50,
        "a page's last line ends within this x size of the margin to run on",
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            lo, hi = f.metadata["min"], f.metadata["max"]
            want = type(f.default)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                want is int and not isinstance(value, int)
            ):
                raise ValueError(f"PdfSettings.{f.name} must be {want.__name__}, not {value!r}")
            if not lo <= value <= hi:
                raise ValueError(f"PdfSettings.{f.name} must be between {lo} and {hi}, not {value!r}")
        if self.footer_band_end >= self.header_band_start:
            raise ValueError("PdfSettings.footer_band_end must be below header_band_start")
        if self.bullet_min > self.bullet_max:
            raise ValueError("PdfSettings.bullet_min must not exceed bullet_max")
        if self.pitch_min >= self.pitch_max:
            raise ValueError("PdfSettings.pitch_min must be below pitch_max")
