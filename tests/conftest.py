"""Shared fixtures: build small in-memory documents without any file format."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from reviewminer.parsers.base import Block, RawDocument
from reviewminer.pipeline import build_report

# Compiled rule patterns (reviewminer.rules.regex_cache) go to a folder of this test run, shared
# with the workers and CLI processes the tests start, never to the user's cache folder.
if "REVIEWMINER_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="reviewminer-test-cache-")
    os.environ["REVIEWMINER_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DOCS = REPO / "sample_docs"


def make_raw(spec: list[tuple], *, fmt: str = "docx") -> RawDocument:
    """A RawDocument from (kind, text[, extra]) tuples; ``kind`` h1/h2/h3, p, li, bold, table.

    Pages advance with a ("page",) entry.
    """
    blocks: list[Block] = []
    page = 1
    for entry in spec:
        kind = entry[0]
        if kind == "page":
            page += 1
            continue
        text = entry[1]
        extra = entry[2] if len(entry) > 2 else {}
        if kind in ("h1", "h2", "h3"):
            blocks.append(Block(text, page, "heading", level=int(kind[1]), bold=True, **extra))
        elif kind == "bold":
            blocks.append(Block(text, page, "paragraph", bold=True, **extra))
        elif kind == "li":
            blocks.append(Block(text, page, "list_item", **extra))
        elif kind == "table":
            rows = tuple(tuple(r) for r in text)
            blocks.append(Block("\n".join(" | ".join(r) for r in rows), page, "table", rows=rows))
        else:
            blocks.append(Block(text, page, "paragraph", **extra))
    return RawDocument(source=Path("synthetic.docx"), format=fmt, page_count=page, blocks=blocks)


@pytest.fixture
def build():
    """Build a Report from a block spec."""

    def _build(spec: list[tuple], **kw):
        return build_report(make_raw(spec, **kw), sha256="0" * 64, extractor_version="test")

    return _build


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A side file where the fake bulk processor (helpers_batch) logs every document it reads."""
    path = tmp_path / "calls.txt"
    monkeypatch.setenv("REVIEWMINER_TEST_CALLS", str(path))
    return path
