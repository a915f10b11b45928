"""DocxSettings: defaults are the parser's historical constants; out-of-range values are refused."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reviewminer.parsers.docx import DocxParser, DocxSettings

DATA = Path(__file__).parents[1] / "data" / "docx"


def test_defaults() -> None:
    s = DocxSettings()
    assert s.max_xml_bytes == 200 * 1024 * 1024
    assert s.max_side_part_bytes == 50 * 1024 * 1024
    assert s.estimate_layout is True
    assert (s.char_width, s.line_height, s.page_width, s.page_height) == (0.44, 1.15, 451.0, 698.0)
    assert DocxParser().settings == s


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DocxSettings().max_xml_bytes = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_xml_bytes", 0),
        ("max_xml_bytes", -1),
        ("max_xml_bytes", 1.5),
        ("max_side_part_bytes", 0),
        ("max_ole_scan_bytes", 0),
        ("default_font_size", 0.0),
        ("char_width", -0.1),
        ("line_height", float("nan")),
        ("page_width", 0),
        ("min_chars_per_line", 0),
        ("default_margin_twips", -1),
        ("cell_padding", -0.5),
        ("row_padding", -1.0),
        ("page_height", "698"),
        ("estimate_layout", 1),
        ("max_row_first_line", True),
    ],
)
def test_out_of_range_values_name_the_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=rf"DocxSettings\.{field}\b"):
        DocxSettings(**{field: value})  # type: ignore[arg-type]


def test_every_field_is_validated() -> None:
    # each numeric field refuses a negative value
    for f in dataclasses.fields(DocxSettings):
        if f.name == "estimate_layout":
            continue
        with pytest.raises(ValueError, match=f.name):
            DocxSettings(**{f.name: -1})  # type: ignore[arg-type]


def test_zero_margins_and_padding_are_allowed() -> None:
    s = DocxSettings(default_margin_twips=0, cell_padding=0.0, row_padding=0.0)
    assert s.cell_padding == 0.0


def test_settings_reach_the_parser() -> None:
    assert DocxParser(DocxSettings(estimate_layout=False)).parse(DATA / "flow.docx").page_count == 1
    assert DocxParser().parse(DATA / "flow.docx").page_count > 1
    # wider glyphs fit fewer characters on a line: more estimated pages
    normal = DocxParser().parse(DATA / "flow.docx").page_count
    wide_glyphs = DocxParser(DocxSettings(char_width=0.88)).parse(DATA / "flow.docx").page_count
    assert wide_glyphs > normal
