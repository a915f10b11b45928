"""The parser registry: formats registered once, sniffed by content, suffixes derived."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewminer.errors import CorruptDocumentError, UnsupportedFormatError
from reviewminer.parsers import (
    Block,
    RawDocument,
    Registration,
    detect_format,
    parse,
    parser_for,
    register,
    registrations,
    registry,
    supported_suffixes,
)


class _MarkdownParser:
    format = "md"

    def parse(self, path: Path) -> RawDocument:
        lines = path.read_text(encoding="utf-8").splitlines()
        blocks = [Block(text=ln.lstrip("# "), page=1, kind="heading" if ln.startswith("#") else "paragraph")
                  for ln in lines if ln.strip()]
        return RawDocument(source=path, format="md", page_count=1, blocks=blocks)


@pytest.fixture
def markdown_registered():
    saved = dict(registry._REGISTRY)
    register(Registration("md", (".md",), sniff=lambda head, path: head.startswith(b"# "),
                          load=_MarkdownParser))
    yield
    registry._REGISTRY.clear()
    registry._REGISTRY.update(saved)


def test_builtin_formats_and_suffixes():
    assert [r.format for r in registrations()] == ["pdf", "docx", "doc", "rtf", "odt"]
    assert supported_suffixes() == (".pdf", ".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot",
                                    ".rtf", ".odt", ".ott")


def test_a_registered_format_is_read_and_discovered(tmp_path, markdown_registered):
    f = tmp_path / "review.md"
    f.write_text("# Recommendations\n\nThe Board should publish a protocol.\n")
    assert ".md" in supported_suffixes()
    assert detect_format(f) == "md"
    assert isinstance(parser_for(f), _MarkdownParser)
    raw = parse(f)
    assert [b.kind for b in raw.blocks] == ["heading", "paragraph"]


def test_content_decides_not_the_suffix(tmp_path):
    pdf = Path(__file__).resolve().parents[2] / "sample_docs" / "cpr_2018_child_t.pdf"
    renamed = tmp_path / "report.docx"
    renamed.write_bytes(pdf.read_bytes())
    assert detect_format(renamed) == "pdf"
    text = tmp_path / "notes.pdf"
    text.write_text("just text")
    with pytest.raises(CorruptDocumentError, match=r"named \.pdf but its content is not a PDF"):
        detect_format(text)
    other = tmp_path / "notes.txt"
    other.write_text("just text")
    with pytest.raises(UnsupportedFormatError, match=r"unsupported file type \.txt"):
        detect_format(other)
