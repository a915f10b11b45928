"""Hostile inputs that used to kill or stall a whole batch run (issue 9, "Run-killers").

Every input is generated here at test time: a file name that is not valid UTF-8, "no limit"
options, a fractional memory limit, a huge sparse file. The batch is driven through
``read_many()`` in-process and through the CLI in a subprocess.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pandas as pd
import pytest

import reviewminer
from helpers_batch import FAKE, fake_read, write_docs
from helpers_batch import run_cli as cli
from reviewminer.bulk import read_many
from reviewminer.bulk.sources import hash_source
from reviewminer.bulk.store import Store
from reviewminer.errors import DocumentTooLargeError
from reviewminer.model import Report

HOSTILE = Path(__file__).resolve().parent
TESTS = HOSTILE.parent
SRC = Path(reviewminer.__file__).resolve().parent.parent
SAMPLE_DOCX = TESTS.parent / "sample_docs" / "cpr_2018_child_t.docx"
OTHER_DOCX = TESTS.parent / "sample_docs" / "dhr_2020_mr_d.docx"
#: This module as a worker processor (the workers get the parent's sys.path, tests/hostile on it).
STAMP = "test_batch_hostile:stamp_read"
LATIN1_NAME = b"caf\xe9 report.docx"  # "café report.docx" in Latin-1: not valid UTF-8


def stamp_read(source: str | os.PathLike[str]) -> Report:
    """Worker processor: note when it was called ($HOSTILE_STAMPS); big files are too large."""
    stamps = os.environ.get("HOSTILE_STAMPS")
    if stamps:
        with open(stamps, "a", encoding="utf-8") as fh:
            fh.write(f"{time.time()}\n")
    if os.path.getsize(source) > 1_000_000:
        raise DocumentTooLargeError(source, "larger than this test reads")
    return fake_read(source)


def _make_latin1_file(folder: Path, data: bytes) -> str:
    """A file whose name is not valid UTF-8 (made through a bytes path); its str name."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = os.path.join(os.fsencode(folder), LATIN1_NAME)
    fd = os.open(raw, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    return os.fsdecode(raw)


# -- a file name that is not valid UTF-8 ------------------------------------------------------


@pytest.mark.skipif(not (SAMPLE_DOCX.exists() and OTHER_DOCX.exists()), reason="no samples")
def test_a_latin1_file_name_is_read_stored_exported_and_resumed(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    _make_latin1_file(docs, SAMPLE_DOCX.read_bytes())  # read by the real reader
    (docs / "plain.docx").write_bytes(OTHER_DOCX.read_bytes())
    out = tmp_path / "out"
    first = cli("extract", str(docs), "--out", str(out), "-w", "1", "-q")
    assert first.returncode == 0, first.stderr
    documents = pd.read_csv(out / "documents.csv")
    shown = sorted(Path(s).name for s in documents["source"])
    # The printable form in tables: the undecodable byte as the four characters \xe9.
    assert shown == ["caf\\xe9 report.docx", "plain.docx"]
    assert (documents["n_recommendations"] > 0).all()  # the document was read, not skipped
    with sqlite3.connect(out / "reviewminer.sqlite") as db:  # the real name, as raw bytes
        paths = [r[0] for r in db.execute("SELECT path FROM sources")]
    assert any(isinstance(p, bytes) and p.endswith(LATIN1_NAME) for p in paths)

    resumed = cli("extract", "--out", str(out), "--resume", "-w", "1", "-q")
    assert resumed.returncode == 0, resumed.stderr
    pd.testing.assert_frame_equal(pd.read_csv(out / "documents.csv"), documents)


def test_a_latin1_file_name_through_read_many(tmp_path: Path) -> None:
    real = _make_latin1_file(tmp_path / "in", b"a report")
    store = tmp_path / "store.sqlite"
    corpus = read_many([tmp_path / "in"], processor=FAKE, progress=False, workers=1, store=store)
    (result,) = corpus.results
    assert result.ok, result.reason
    assert result.source == real and os.path.exists(result.source)  # the real, openable name
    assert corpus.documents["source"].tolist() == [real.replace("\udce9", "\\xe9")]
    with Store(store) as st:  # stored and read back exactly
        assert [rec.path for rec in st.sources()] == [os.path.abspath(real)]
    again = read_many([tmp_path / "in"], processor=FAKE, progress=False, workers=1, store=store)
    assert [r.cached for r in again.results] == [True]


# -- "no limit" and fractional limits -------------------------------------------------------


def test_timeout_none_or_zero_means_no_limit(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "alpha", "b.pdf": "beta"})
    for timeout in (None, 0):
        corpus = read_many([tmp_path / "in"], processor=FAKE, progress=False, workers=1,
                           timeout=timeout, memory_limit=0)
        assert [r.ok for r in corpus.results] == [True, True], timeout
    run = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q",
              "--timeout", "0", "--memory-limit", "0", REVIEWMINER_TEST_PROCESSOR=FAKE)
    assert run.returncode == 0, run.stderr
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv")) == 2


def test_timeout_none_on_dask(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    write_docs(tmp_path / "in", {"a.pdf": "alpha"})
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=1,
                            dashboard_address=None) as client:
        corpus = read_many([tmp_path / "in"], processor=FAKE, progress=False, timeout=None,
                           scheduler=client)
    assert [(r.ok, r.code) for r in corpus.results] == [(True, None)]


def test_a_fractional_memory_limit_is_refused(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "alpha"})
    run = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
              "--memory-limit", "0.5", REVIEWMINER_TEST_PROCESSOR=FAKE)
    assert run.returncode == 2
    assert "--memory-limit" in run.stderr and "whole number of MB" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "out").exists()
    with pytest.raises(ValueError, match="memory_limit must be a whole number of MB"):
        read_many([tmp_path / "in"], processor=FAKE, progress=False,
                  memory_limit=0.5)  # type: ignore[arg-type]


# -- a huge sparse file ------------------------------------------------------------------------


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def test_a_huge_sparse_file_is_keyed_in_bounded_time(tmp_path: Path) -> None:
    size = 3 * 1024**3  # 3 GB apparent size, no disk used
    huge = _sparse(tmp_path / "huge.pdf", size)
    from reviewminer.bulk.sources import FULL_HASH_MAX_BYTES

    assert size > FULL_HASH_MAX_BYTES
    t0 = time.monotonic()
    rec = hash_source(str(huge), None)
    assert time.monotonic() - t0 < 2.0  # reading it whole takes ~10 s
    assert rec.sha256 is not None and len(rec.sha256) == 64
    # Reliable for resume: a change in the middle (with its new mtime) gives a new key.
    with open(huge, "r+b") as fh:
        fh.seek(size // 3 + 12345)
        fh.write(b"changed")
    os.utime(huge, ns=(time.time_ns(), time.time_ns() + 1000))
    assert hash_source(str(huge), None).sha256 != rec.sha256


def test_workers_start_at_once_next_to_a_huge_sparse_file(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    write_docs(docs, {"small.pdf": "a small report"})
    _sparse(docs / "huge.pdf", 3 * 1024**3)
    stamps = tmp_path / "stamps.txt"
    start = time.time()
    run = cli("extract", str(docs), "--out", str(tmp_path / "out"), "-w", "1",
              REVIEWMINER_TEST_PROCESSOR=STAMP, HOSTILE_STAMPS=str(stamps))
    assert run.returncode == 1, run.stderr  # the huge file fails (too_large), the other is read
    first_call = min(float(t) for t in stamps.read_text().split())
    assert first_call - start < 8.0, "the first document waited for the huge file's hash"
    assert run.stderr.splitlines()[0] == "checking 2 input file(s)"  # progress at once
    failures = pd.read_csv(tmp_path / "out" / "failures.csv")
    assert failures["code"].tolist() == ["too_large"]
