"""Bulk reading: worker isolation, dedupe, the store and resume, error modes, Dask."""

from __future__ import annotations

import os
import sqlite3
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import reviewminer
from helpers_batch import write_docs
from reviewminer.batch import Corpus, Result, find_sources, iter_read_many, read_many
from reviewminer.errors import CorruptDocumentError
from reviewminer.export import COLUMNS, TABLES
from reviewminer.store import Store

FAKE = "helpers_batch:fake_read"
SAMPLE_DOCS = Path(__file__).resolve().parent.parent / "sample_docs"
# A few real documents (PDF and .docx) keep the real-reader test short.
SAMPLES = sorted(p for p in SAMPLE_DOCS.glob("*") if p.suffix in (".pdf", ".docx"))[:4]


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A side file where the fake processor logs every document it reads."""
    path = tmp_path / "calls.txt"
    monkeypatch.setenv("REVIEWMINER_TEST_CALLS", str(path))
    return path


def read_calls(path: Path) -> Counter[str]:
    return Counter(path.read_text().split()) if path.exists() else Counter()


def test_find_sources_walks_folders_globs_and_keeps_explicit_files(tmp_path: Path) -> None:
    write_docs(tmp_path, {
        "a.pdf": "a", "sub/b.DOCX": "b", "sub/deep/c.pdf": "c", "notes.txt": "n",
        ".hidden/d.pdf": "d", "sub/~$lock.docx": "l", "sub/.e.pdf": "e",
    })
    found = [Path(p).relative_to(tmp_path).as_posix() for p in find_sources(tmp_path)]
    assert found == ["a.pdf", "sub/b.DOCX", "sub/deep/c.pdf"]
    # A glob adds matching files; an explicit path is kept whatever its suffix (it fails later).
    globbed = find_sources([str(tmp_path / "**" / "*.pdf"), tmp_path / "notes.txt",
                            tmp_path / "missing.pdf", tmp_path / "a.pdf"])
    rel = [os.path.relpath(p, tmp_path) for p in globbed]
    assert rel == ["a.pdf", os.path.join("sub", "deep", "c.pdf"), "notes.txt", "missing.pdf"]
    assert find_sources(str(tmp_path / "*.nothing")) == []


def test_hang_crash_segfault_and_memory_are_isolated(tmp_path: Path) -> None:
    write_docs(tmp_path, {
        "good1.pdf": "first report", "good2.pdf": "second report", "good3.docx": "third",
        "hang.pdf": "HANG", "exit.pdf": "EXIT", "segv.pdf": "SEGV", "memhog.pdf": "MEMHOG",
        "bad.pdf": "BADPDF", "bug.pdf": "BUG",
    })
    corpus = read_many([tmp_path], workers=2, processor=FAKE, timeout=6, memory_limit=600,
                       progress=False)
    codes = dict(zip(corpus.failures["source"].map(lambda s: Path(s).name),
                     corpus.failures["code"]))
    assert codes == {
        "hang.pdf": "timeout", "exit.pdf": "crashed", "segv.pdf": "crashed",
        "memhog.pdf": "too_large", "bad.pdf": "corrupt", "bug.pdf": "error",
    }
    for source, message in zip(corpus.failures["source"], corpus.failures["message"]):
        assert message.startswith(f"{source}: ")
    seg = corpus.failures.loc[corpus.failures["source"].str.endswith("segv.pdf"), "message"]
    assert "SIGSEGV" in seg.iloc[0]
    docs = corpus.to_frames()["documents"]
    assert sorted(Path(s).name for s in docs["source"]) == ["good1.pdf", "good2.pdf", "good3.docx"]
    assert len(corpus.to_frames()["recommendations"]) == 3


def test_identical_content_under_two_names_is_read_once(tmp_path: Path, calls: Path) -> None:
    write_docs(tmp_path, {"b_copy.pdf": "same bytes", "a_orig.pdf": "same bytes",
                          "other.pdf": "different"})
    corpus = read_many([tmp_path], workers=2, processor=FAKE, progress=False)
    assert sum(read_calls(calls).values()) == 2  # two distinct contents
    frames = corpus.to_frames()
    docs = frames["documents"]
    assert len(docs) == 3  # one documents row per source ...
    assert docs["document_id"].nunique() == 2
    dup_ids = docs.loc[docs["source"].str.endswith("_orig.pdf") | docs["source"].str.endswith(
        "_copy.pdf"), "document_id"]
    assert dup_ids.nunique() == 1
    # ... extraction rows once per content, under the alphabetically first name.
    recs = frames["recommendations"]
    assert len(recs) == 2
    assert recs["document_id"].is_unique
    dup_rec = recs[recs["document_id"] == dup_ids.iloc[0]]
    assert Path(dup_rec["source"].iloc[0]).name == "a_orig.pdf"
    assert len(corpus.reports) == 2
    assert all(r.ok and not r.cached for r in corpus)


def test_store_resume_reads_only_what_is_missing(tmp_path: Path, calls: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, {f"r{i}.pdf": f"report {i}" for i in range(4)} | {"bad.pdf": "BADPDF"})
    store = tmp_path / "store.sqlite"
    first = read_many([docs], workers=2, processor=FAKE, store=store, progress=False)
    assert len(first) == 5 and len(first.failures) == 1
    assert sum(read_calls(calls).values()) == 5

    write_docs(docs, {"r9.pdf": "report 9"})
    second = read_many([docs], workers=2, processor=FAKE, store=store, progress=False)
    counts = read_calls(calls)
    assert counts["r9.pdf"] == 1 and counts["bad.pdf"] == 1  # failures are not retried ...
    assert sum(counts.values()) == 6
    assert {r.source for r in second if not r.cached} == {str(docs / "r9.pdf")}
    pd.testing.assert_frame_equal(first.failures, second.failures)

    third = read_many([docs], workers=1, processor=FAKE, store=store, progress=False,
                      retry_failed=True)  # ... unless asked
    assert read_calls(calls)["bad.pdf"] == 2
    assert len(third.to_frames()["documents"]) == 5

    with sqlite3.connect(store) as db:
        n = db.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents").fetchone()
    assert n == (6, 6)


def test_error_modes(tmp_path: Path) -> None:
    write_docs(tmp_path, {"ok.pdf": "fine", "bad.pdf": "BADPDF"})
    with pytest.raises(CorruptDocumentError, match="bad.pdf"):
        read_many([tmp_path], processor=FAKE, errors="raise", progress=False, workers=1)
    skipped = read_many([tmp_path], processor=FAKE, errors="skip", progress=False, workers=1)
    assert [Path(r.source).name for r in skipped] == ["ok.pdf"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warned = read_many([tmp_path], processor=FAKE, errors="warn", progress=False, workers=1)
    assert len(warned.failures) == 1 and any("bad.pdf" in str(w.message) for w in caught)
    with pytest.raises(ValueError, match="errors must be one of"):
        read_many([tmp_path], errors="ignore")  # type: ignore[arg-type]


def test_streaming_results_and_missing_files(tmp_path: Path) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "b.pdf": "b"})
    gen = iter_read_many([tmp_path, tmp_path / "gone.pdf"], processor=FAKE, progress=False,
                         workers=1)
    results = list(gen)
    assert all(isinstance(r, Result) for r in results)
    gone = [r for r in results if not r.ok]
    assert len(gone) == 1 and gone[0].code == "not_found" and "gone.pdf" in gone[0].message
    corpus = Corpus(results)
    assert list(corpus.failures.columns) == ["source", "code", "message"]
    report = next(r.report for r in results if r.ok)
    assert isinstance(report, reviewminer.Report)
    written = corpus.write(tmp_path / "out", formats="csv")
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in [*TABLES, "failures"])
    assert len(pd.read_csv(tmp_path / "out" / "failures.csv")) == 1


def test_empty_corpus_keeps_columns(tmp_path: Path) -> None:
    corpus = read_many([tmp_path], processor=FAKE, progress=False)
    assert len(corpus) == 0
    for table, frame in corpus.to_frames().items():
        assert list(frame.columns) == list(COLUMNS[table]) and frame.empty


def test_progress_log_lines_when_not_a_tty(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "bad.pdf": "BADPDF"})
    read_many([tmp_path], processor=FAKE, workers=1)
    err = capsys.readouterr().err
    assert "reading 2 document(s)" in err
    assert "FAILED" in err and "bad.pdf" in err and "corrupt" in err
    assert "\r" not in err


@pytest.mark.skipif(not SAMPLES, reason="sample_docs/ not generated yet")
def test_real_reader_in_workers_matches_read_and_reports_bad_files(tmp_path: Path) -> None:
    bad = write_docs(tmp_path, {"notes.pdf": "just text, named .pdf", "empty.docx": b"",
                                "broken.docx": b"PK\x03\x04 not really a zip"})
    corpus = read_many(SAMPLES + bad, workers=2, progress=False)
    expected = reviewminer.export.report_frames(reviewminer.read(p) for p in SAMPLES)
    frames = corpus.to_frames()
    for table in TABLES:
        got = frames[table].sort_values(["source"], kind="stable").reset_index(drop=True)
        want = expected[table].sort_values(["source"], kind="stable").reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
    fails = dict(zip(corpus.failures["source"].map(lambda s: Path(s).name),
                     corpus.failures["code"]))
    assert fails == {"notes.pdf": "corrupt", "empty.docx": "empty", "broken.docx": "corrupt"}
    assert all(Path(s).name in m for s, m in zip(corpus.failures["source"],
                                                 corpus.failures["message"]))


def test_dask_local_cluster_gives_the_same_tables(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed")
    write_docs(tmp_path, {"a.pdf": "alpha", "b.pdf": "beta", "b_copy.pdf": "beta",
                          "c.docx": "gamma", "bad.pdf": "BADPDF", "exit.pdf": "EXIT"})
    local = read_many([tmp_path], processor=FAKE, workers=2, progress=False)
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = read_many([tmp_path], processor=FAKE, scheduler=client, progress=False,
                           timeout=60)
        # The CLI on the same cluster writes the same files as a local CLI run.
        from reviewminer.cli import main

        monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
        assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o_dask"), "-q",
                     "--scheduler", cluster.scheduler_address]) == 1
        assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o_local"), "-q"]) == 1
        for table in [*TABLES, "failures"]:
            assert (tmp_path / "o_dask" / f"{table}.csv").read_bytes() == (
                tmp_path / "o_local" / f"{table}.csv").read_bytes(), table
    assert len(remote.failures) == 2
    for table in TABLES:
        pd.testing.assert_frame_equal(local.to_frames()[table], remote.to_frames()[table])
    pd.testing.assert_frame_equal(local.failures, remote.failures)


def test_store_records_sources_and_hash_cache(tmp_path: Path) -> None:
    write_docs(tmp_path / "d", {"a.pdf": "a"})
    with Store(tmp_path / "s.sqlite") as st:
        list(iter_read_many([tmp_path / "d"], processor=FAKE, store=st, progress=False))
        (rec,) = st.sources()
        assert rec.source.endswith("a.pdf") and rec.sha256 and rec.size == 1
        assert st.cached_hash(rec.path, rec.size, rec.mtime_ns) == rec.sha256
        assert st.pending_sources(reviewminer.batch.extractor_key(FAKE)) == []


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
    from reviewminer.batch import Outcome, Progress

    tty = _FakeTTY()
    bar = Progress(3, stream=tty)  # type: ignore[arg-type]
    bar.update("a.pdf", Outcome("ok", page_count=10, seconds=0.1))
    bar.update("b.pdf", Outcome("failed", "timeout", "too slow"))
    bar.update("c.pdf", Outcome("ok", page_count=5, seconds=0.1))
    bar.close()
    last = tty.text.split("\r")[-1]
    assert "3/3 docs" in last and "pages/s" in last and "ETA" in last and "1 failed" in last
    assert tty.text.rstrip().endswith("pages/s)")  # the closing summary line
