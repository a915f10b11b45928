"""reviewminer.bulk.progress: log lines off a terminal, a bar on one."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_batch import FAKE, write_docs
from reviewminer.bulk import Outcome, read_many
from reviewminer.bulk.progress import Progress, format_eta


def test_progress_log_lines_when_not_a_tty(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "bad.pdf": "BADPDF"})
    read_many([tmp_path], processor=FAKE, workers=1)
    err = capsys.readouterr().err
    assert "reading 2 document(s)" in err
    assert "FAILED" in err and "bad.pdf" in err and "corrupt" in err
    assert "\r" not in err


class _FakeTTY:
    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self.text += s
        return len(s)

    def flush(self) -> None:
        pass


def test_progress_bar_on_a_terminal() -> None:
    tty = _FakeTTY()
    bar = Progress(3, stream=tty)  # type: ignore[arg-type]
    bar.update("a.pdf", Outcome("ok", page_count=10, seconds=0.1))
    bar.update("b.pdf", Outcome("failed", "timeout", "too slow"))
    bar.update("c.pdf", Outcome("ok", page_count=5, seconds=0.1))
    bar.close()
    last = tty.text.split("\r")[-1]
    assert "3/3 docs" in last and "pages/s" in last and "ETA" in last and "1 failed" in last
    assert tty.text.rstrip().endswith("pages/s)")  # the closing summary line


def test_format_eta() -> None:
    assert format_eta(float("inf")) == "--:--"
    assert format_eta(75) == "01:15"
    assert format_eta(3725) == "1:02:05"


def test_progress_counts_pages_read_by_ocr() -> None:
    import io

    log = io.StringIO()
    bar = Progress(2, stream=log)
    bar.update("scan.pdf", Outcome("ok", page_count=10, seconds=12.0, ocr_pages=10))
    bar.update("text.pdf", Outcome("ok", page_count=4, seconds=0.1))
    bar.close()
    assert "scan.pdf (10 pages, 10 by OCR, 12.0 s)" in log.getvalue()
    assert "text.pdf (4 pages, 0.1 s)" in log.getvalue()
    assert "14 pages (10 by OCR) in" in log.getvalue()
    tty = _FakeTTY()
    bar = Progress(1, stream=tty)  # type: ignore[arg-type]
    bar.update("scan.pdf", Outcome("ok", page_count=3, seconds=1.0, ocr_pages=3))
    bar.close()
    assert "(3 by OCR)" in tty.text
