"""Logging: named loggers with only a NullHandler in the library; the CLI's stderr and --log-file."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers_batch import FAKE, write_docs
from reviewminer.cli import main


def test_the_library_adds_no_handler_but_a_null_handler() -> None:
    code = ("import logging, reviewminer, reviewminer.bulk.run\n"
            "lg = logging.getLogger('reviewminer')\n"
            "print([type(h).__name__ for h in lg.handlers], logging.getLogger().handlers,"
            " lg.level)")
    src = Path(__file__).resolve().parents[1] / "src"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, check=True)
    assert out.stdout.strip() == "['NullHandler'] [] 0"


def test_log_file_has_a_line_per_document_and_the_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    docs = tmp_path / "in"
    write_docs(docs, {"a.pdf": "report a", "b.pdf": "report b", "bad.pdf": "BADPDF"})
    log = tmp_path / "run.log"
    assert main(["extract", str(docs), "--out", str(tmp_path / "out"), "-w", "1",
                 "--log-file", str(log)]) == 1
    lines = log.read_text(encoding="utf-8").splitlines()
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}"
    assert all(re.match(stamp + r" (DEBUG|INFO|WARNING) +reviewminer\.(bulk|cli): ", x)
               for x in lines), lines
    text = "\n".join(lines)
    for name in ("a.pdf", "b.pdf", "bad.pdf"):
        assert re.search(rf"DEBUG +reviewminer\.bulk: started \S*{name}$", text, re.M), name
    assert re.search(r"INFO +reviewminer\.bulk: done \S*a\.pdf \(\d+ pages, \d+\.\d s\)", text)
    assert re.search(r"WARNING +reviewminer\.bulk: failed \S*bad\.pdf: corrupt: a damaged PDF",
                     text)
    assert re.search(r"INFO +reviewminer\.bulk: done: 2 read, 1 failed, \d+ pages in", text)
    assert "reviewminer.cli: 2 document(s) read" in text
    # where the main process's time went (benchmarks/ read these two lines)
    part = r"\d+\.\d\d/\d+\.\d\d"
    assert re.search(rf"DEBUG +reviewminer\.bulk: main process \d+\.\d\d s, \d+\.\d\d s CPU; "
                     rf"workers \d+\.\d\d s CPU; find {part}, key {part}, hash {part}, .* "
                     rf"wait {part}, stop {part}, caller {part}$", text, re.M)
    assert re.search(r"DEBUG +reviewminer\.cli: export \(tables from the store, written\): "
                     r"\d+\.\d\d s, \d+\.\d\d s CPU$", text, re.M)
    # stderr (not a terminal here): progress lines, the failure, the summary; no DEBUG/INFO
    # lines of single documents
    err = capsys.readouterr().err
    assert "reading 3 document(s)" in err
    assert "reviewminer: failed " in err and "bad.pdf: corrupt" in err
    assert "reviewminer: 2 document(s) read, 1 failed" in err
    assert "started" not in err and "a.pdf (" not in err
    # handlers are removed after the command
    assert not [h for h in logging.getLogger("reviewminer").handlers
                if not isinstance(h, logging.NullHandler)]


def test_quiet_shows_only_errors_and_the_logger_can_be_silenced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    docs = tmp_path / "in"
    write_docs(docs, {"a.pdf": "report a", "bad.pdf": "BADPDF"})
    assert main(["extract", str(docs), "--out", str(tmp_path / "o1"), "-w", "1", "-q"]) == 1
    assert capsys.readouterr().err == ""
    lg = logging.getLogger("reviewminer.bulk")
    lg.setLevel(logging.ERROR)
    try:
        assert main(["extract", str(docs), "--out", str(tmp_path / "o2"), "-w", "1"]) == 1
    finally:
        lg.setLevel(logging.NOTSET)
    err = capsys.readouterr().err
    assert "bad.pdf" not in err and "reviewminer: 1 document(s) read" in err


def test_an_unwritable_log_file_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "in"
    write_docs(docs, {"a.pdf": "report a"})
    bad = tmp_path / "no" / "such" / "run.log"
    assert main(["extract", str(docs), "--out", str(tmp_path / "out"), "--log-file",
                 str(bad)]) == 2
    err = capsys.readouterr().err
    assert "cannot write the log file" in err and str(bad) in err
