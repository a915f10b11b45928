"""reviewminer.bulk.store and resuming a run from it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from helpers_batch import FAKE, read_calls, write_docs
from reviewminer.bulk import Store, WorkerPool, extractor_key, iter_read_many, read_many
from reviewminer.bulk.store import (
    DocumentRecord,
    SourceRecord,
    compress_report,
    decompress_report,
)


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


def test_workers_started_before_hashing_end_when_everything_is_stored(
        tmp_path: Path, calls: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reviewminer.bulk.run as run

    pools: list[WorkerPool] = []

    class Recorded(WorkerPool):
        def start(self, workers: int | None = None) -> None:
            super().start(workers)
            pools.append(self)
            self.started = list(self._workers)

    monkeypatch.setattr(run, "WorkerPool", Recorded)
    docs = tmp_path / "docs"
    write_docs(docs, {f"r{i}.pdf": f"report {i}" for i in range(3)})
    store = tmp_path / "store.sqlite"
    read_many([docs], workers=2, processor=FAKE, store=store, progress=False)
    again = read_many([docs], workers=2, processor=FAKE, store=store, progress=False)
    assert all(r.cached for r in again) and sum(read_calls(calls).values()) == 3
    assert len(pools) == 2 and all(len(p.started) == 2 for p in pools)  # started at once ...
    for p in pools:  # ... and every one of them has ended, also where nothing was left to read
        assert p._workers == [] and all(w.proc.returncode is not None for w in p.started)


def test_a_run_keeps_the_rows_its_workers_built_and_they_export_the_same(tmp_path: Path) -> None:
    from reviewminer.bulk import store_results
    from reviewminer.bulk.tables import _fingerprint, results_data

    docs = tmp_path / "docs"
    write_docs(docs, {"a.pdf": "report a", "b.pdf": "report b", "copy_of_b.pdf": "report b",
                      "bad.pdf": "BADPDF"})
    with Store(tmp_path / "s.sqlite") as st:
        results = list(iter_read_many([docs], workers=2, processor=FAKE, store=st,
                                      progress=False))
        kept = st.table_rows(_fingerprint())  # stored with the outcomes, before any export
        assert set(kept) == {(r.sha256, extractor_key(FAKE)) for r in results if r.ok}
        assert len(kept) == 2
        from_rows = results_data(store_results(st, processor=FAKE), st)
    from_reports = results_data(results)  # no store: every row built from the reports
    assert from_rows.keys() == from_reports.keys()
    for name, data in from_reports.items():
        assert [list(c) for c in from_rows[name].columns] == [list(c) for c in data.columns], name
    with Store(":memory:") as st:  # a store that ends with the run: the workers build no rows
        list(iter_read_many([docs], processor=FAKE, store=st, progress=False))
        assert st.table_rows(_fingerprint()) == {}


def test_store_records_sources_and_hash_cache(tmp_path: Path) -> None:
    write_docs(tmp_path / "d", {"a.pdf": "a"})
    with Store(tmp_path / "s.sqlite") as st:
        list(iter_read_many([tmp_path / "d"], processor=FAKE, store=st, progress=False))
        (rec,) = st.sources()
        assert rec.source.endswith("a.pdf") and rec.sha256 and rec.size == 1
        assert st.cached_hash(rec.path, rec.size, rec.mtime_ns) == rec.sha256
        assert st.pending_sources(extractor_key(FAKE)) == []


def test_store_round_trip_and_pending(tmp_path: Path) -> None:
    blob = compress_report(b'{"page_count": 3}')
    assert decompress_report(blob) == b'{"page_count": 3}'
    with Store(tmp_path / "sub" / "s.sqlite") as st:
        assert st.meta("store_schema") == "1"
        st.put_sources([SourceRecord("/x/a.pdf", "a.pdf", "a" * 64, 1, 2),
                        SourceRecord("/x/b.pdf", "b.pdf", "b" * 64, 1, 2),
                        SourceRecord("/x/c.pdf", "c.pdf", None, code="not_found",
                                     reason="file not found")])
        assert [r.source for r in st.pending_sources("v1")] == ["a.pdf", "b.pdf"]
        rec = DocumentRecord("a" * 64, "v1", "ok", None, None, "a.pdf", 3, 0.5, 100, blob)
        st.put(rec)
        assert st.get("a" * 64, "v1") == rec and st.get("a" * 64, "v2") is None
        assert st.count_documents("v1") == 1 and st.count_documents("v1", "failed") == 0
        assert [r.source for r in st.pending_sources("v1")] == ["b.pdf"]
        assert [r.code for r in st.sources()] == [None, None, "not_found"]


def test_store_refuses_an_unknown_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'store_schema'")
    db.close()
    with pytest.raises(ValueError, match="store schema '99' is not supported"):
        Store(path)
