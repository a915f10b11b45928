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
