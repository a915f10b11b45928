"""reviewminer.bulk.progress: a tqdm bar in a terminal, plain lines elsewhere, log lines always."""

from __future__ import annotations

import ast
import io
import logging
from pathlib import Path

import pytest

from helpers_batch import FAKE, write_docs
from reviewminer.bulk import Outcome, read_many
from reviewminer.bulk.progress import RunProgress, format_eta, progress_mode
from reviewminer.bulk.settings import BulkSettings

SRC = Path(__file__).resolve().parents[2] / "src" / "reviewminer"


class _FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def _screens(text: str) -> list[str]:
    """Every state a bar drew (one per carriage return or newline)."""
    return [s for s in text.replace("\r", "\n").split("\n") if s.strip()]


def test_progress_mode() -> None:
    tty, pipe = _FakeTTY(), io.StringIO()
    assert progress_mode("auto", tty) == progress_mode(True, tty) == "bar"
    assert progress_mode(True, pipe) == "lines"  # CI, cron, a log file
    assert progress_mode("auto", pipe) == "off"
    assert progress_mode(False, tty) == "off"
    with pytest.raises(ValueError, match="progress must be True, False or 'auto'"):
        progress_mode("yes", tty)
    with pytest.raises(ValueError, match="progress must be"):
        read_many([], progress=1)  # type: ignore[arg-type]


def test_the_bar_shows_at_once_and_through_every_phase() -> None:
    tty = _FakeTTY()
    clock = [0.0]
    shown = RunProgress("bar", stream=tty, clock=lambda: clock[0], ticker=False)
    assert "finding documents" in tty.getvalue()  # before any file is even found
    shown.hashing(3)
    shown.hashed(2_000_000)
    assert "checking" in tty.getvalue()
    shown.reading(3, 3000, cached=2, workers=2, waiting="starting 2 worker(s)")
    assert "0/3 docs" in _screens(tty.getvalue())[-1]
    assert "starting 2 worker(s)" in _screens(tty.getvalue())[-1]
    for i, (name, outcome) in enumerate([
            ("a.pdf", Outcome("ok", page_count=10, seconds=1.0, ocr_pages=4)),
            ("b.pdf", Outcome("failed", "timeout", "too slow", seconds=1.0)),
            ("c.pdf", Outcome("ok", page_count=5, seconds=1.0))], 1):
        clock[0] = 4.0 + i
        shown.document(name, 1000, outcome)
        if i == 2:
            shown.tick()
            assert "ETA" not in _screens(tty.getvalue())[-1]  # two documents: no basis yet
    shown.close()
    last = _screens(tty.getvalue())[-1]
    assert "100%" in last and "3/3 docs" in last and "15 pages" in last and "pages/s" in last
    assert "4 by OCR" in last and "1 failed" in last and "2 from the store" in last
    assert "ETA" not in last  # finished


def test_plain_lines_when_not_a_terminal() -> None:
    out = io.StringIO()
    clock = [0.0]
    settings = BulkSettings(progress_log_every=10.0)
    shown = RunProgress("lines", stream=out, settings=settings, clock=lambda: clock[0],
                        ticker=False)
    shown.hashing(2)
    shown.hashed(100)
    shown.hashed(100)
    shown.reading(4, 4000, cached=1, workers=1)
    for t, name in ((3.0, "a.pdf"), (4.0, "b.pdf"), (5.0, "c.pdf")):
        clock[0] = t
        shown.document(name, 1000, Outcome("ok", page_count=10, seconds=1.0, ocr_pages=10))
        shown.tick()
    clock[0] = 10.5
    shown.tick()
    clock[0] = 11.0
    shown.tick()  # not yet 10 s after the last line
    clock[0] = 12.0
    shown.document("scan.pdf", 1000, Outcome("ok", page_count=4, seconds=1.0))
    shown.close()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue()
    assert lines[0] == "checking 2 input file(s)"
    assert lines[1] == "reading 4 document(s) (1 already in the store)"
    assert lines[2].startswith("[3/4]  75%  ETA 00:0") and "30 pages" in lines[2]
    assert "30 by OCR" in lines[2]
    assert lines[3].startswith("done: 4 read, 0 failed, 34 pages (30 by OCR) in 12.0 s")
    assert lines[3].endswith("; 1 already in the store")
    assert len(lines) == 4


def test_each_document_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "bad.pdf": "BADPDF"})
    with caplog.at_level(logging.DEBUG, logger="reviewminer"):
        read_many([tmp_path], processor=FAKE, workers=1, progress=False)
    by_level = {(r.levelname, r.name, r.getMessage().split(" ")[0]) for r in caplog.records}
    assert {("DEBUG", "reviewminer.bulk", "started"), ("INFO", "reviewminer.bulk", "done"),
            ("WARNING", "reviewminer.bulk", "failed"), ("INFO", "reviewminer.bulk", "done:")
            } <= by_level
    text = caplog.text
    assert "failed " in text and "bad.pdf: corrupt:" in text
    assert "a.pdf (2 pages, 0.0 s)" in text
    assert "done: 1 read, 1 failed" in text


def test_inputs_that_fail_or_are_not_documents_when_checked_are_counted(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A missing file fails before reading, a note in a searched folder is not a document: the
    closing line counts them with those found while reading, as the tables do."""
    write_docs(tmp_path / "in", {"a.pdf": "a", "bad.pdf": "BADPDF", "notes.txt": "x"})
    with caplog.at_level(logging.INFO, logger="reviewminer"):
        read_many([tmp_path / "in", tmp_path / "missing.pdf"], processor=FAKE, workers=1,
                  progress=False)
    assert "done: 1 read, 2 failed, 1 other file(s) not read," in caplog.text


def test_progress_lines_from_read_many_off_a_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "bad.pdf": "BADPDF"})
    read_many([tmp_path], processor=FAKE, workers=1)  # "auto": nothing off a terminal
    assert capsys.readouterr().err == ""
    read_many([tmp_path], processor=FAKE, workers=1, progress=True)
    err = capsys.readouterr().err
    assert "reading 2 document(s)" in err and "done: 1 read, 1 failed" in err
    assert "\r" not in err


def test_format_eta() -> None:
    assert format_eta(float("inf")) == "--:--"
    assert format_eta(75) == "01:15"
    assert format_eta(3725) == "1:02:05"


def test_tqdm_is_imported_only_where_a_bar_is_shown() -> None:
    """``import reviewminer`` must not pay for tqdm: no module imports it at its top level."""
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] == "tqdm" for n in names), path
