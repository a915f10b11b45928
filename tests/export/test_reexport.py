"""Exporting again from a store: the rows kept there are used (no report decoded, no link
computed), give the same tables, and are built again when the documents or the code change."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import reviewminer.link
from helpers_batch import FAKE, write_docs
from reviewminer.bulk import read_many, results_frames, store_results
from reviewminer.bulk.corpus import Result
from reviewminer.bulk.store import Store
from reviewminer.cli import main


def _frames(store: Store) -> dict[str, pd.DataFrame]:
    return results_frames(store_results(store, processor=FAKE), store=store)


def _no_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def decoded(self: Result) -> None:
        raise AssertionError(f"{self.source} was decoded")

    def linked(*args: object) -> None:
        raise AssertionError("links were computed")

    monkeypatch.setattr(Result, "report", property(decoded))
    monkeypatch.setattr(reviewminer.link, "links", linked)


def test_a_second_export_uses_the_rows_kept_in_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "alpha", "b.pdf": "beta", "c.pdf": "alpha"})
    with Store(tmp_path / "store.sqlite") as store:
        read_many([tmp_path / "in"], processor=FAKE, store=store, workers=1, progress=False)
        first = _frames(store)
        with monkeypatch.context() as m:
            _no_decoding(m)
            second = _frames(store)
        for name, frame in first.items():
            pd.testing.assert_frame_equal(second[name], frame, obj=name)
        assert len(first["documents"]) == 3 and len(first["recommendations"]) == 2

        write_docs(tmp_path / "in", {"d.pdf": "delta"})  # a new document: rows, links again
        read_many([tmp_path / "in"], processor=FAKE, store=store, workers=1, progress=False)
        linked: list[int] = []
        real = reviewminer.link.links
        monkeypatch.setattr(reviewminer.link, "links", lambda docs: linked.append(1) or real(docs))
        third = _frames(store)
        assert len(third["documents"]) == 4 and len(third["recommendations"]) == 3
        assert linked == [1]


def test_rows_are_built_again_when_the_code_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reviewminer.bulk.tables as tables
    import reviewminer.export.rows as rows

    write_docs(tmp_path / "in", {"a.pdf": "alpha"})
    with Store(tmp_path / "store.sqlite") as store:
        read_many([tmp_path / "in"], processor=FAKE, store=store, workers=1, progress=False)
        first = _frames(store)
        kept = tables._fingerprint()
        monkeypatch.setattr(tables, "_fingerprint", lambda: "another")
        calls: list[str] = []
        real = rows.report_cells

        def counted(report: object) -> object:
            calls.append("built")
            return real(report)  # type: ignore[arg-type]

        monkeypatch.setattr(rows, "report_cells", counted)
        again = _frames(store)
        assert calls == ["built"]
        pd.testing.assert_frame_equal(again["recommendations"], first["recommendations"])
        assert store.table_rows("another") and not store.table_rows(kept)  # replaced: no growth


def test_storing_a_document_again_drops_its_kept_rows(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "alpha"})
    with Store(tmp_path / "store.sqlite") as store:
        read_many([tmp_path / "in"], processor=FAKE, store=store, workers=1, progress=False)
        _frames(store)
        from reviewminer.bulk.tables import _fingerprint

        kept = store.table_rows(_fingerprint())
        (sha, version), = kept
        record = store.get(sha, version)
        assert record is not None
        store.put(record)
        assert store.table_rows(_fingerprint()) == {}


def test_resume_with_nothing_new_rewrites_the_same_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    write_docs(tmp_path / "in", {"a.pdf": "alpha", "b.pdf": "beta"})
    out = tmp_path / "out"
    argv = ["extract", str(tmp_path / "in"), "--out", str(out), "-q", "-w", "1",
            "-f", "csv,jsonl"]
    assert main(argv) == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.*sv")} | {
        p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    with monkeypatch.context() as m:
        _no_decoding(m)
        assert main([*argv, "--resume"]) == 0
    after = {p.name: p.read_bytes() for p in out.glob("*.*sv")} | {
        p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    assert after == before and len(before) == 20


def test_csv_from_table_data_is_the_csv_of_the_frames(tmp_path: Path) -> None:
    """The CLI writes CSV from the columns (no pandas); Corpus.write from the typed frames:
    the files are the same, byte for byte."""
    from reviewminer.bulk.tables import results_data
    from reviewminer.export import write_tables

    write_docs(tmp_path / "in", {"a.pdf": "alpha =1+1", "b.pdf": "beta", "c.pdf": "alpha =1+1",
                                 "notes.txt": "not a document"})
    corpus = read_many([tmp_path / "in"], processor=FAKE, workers=1, progress=False)
    corpus.write(tmp_path / "frames")
    write_tables(results_data(corpus.results), tmp_path / "data")
    files = sorted(p.name for p in (tmp_path / "frames").glob("*.csv"))
    assert len(files) == 10
    for name in files:
        assert (tmp_path / "data" / name).read_bytes() == (tmp_path / "frames" / name).read_bytes()


def test_a_csv_reexport_does_not_import_pandas(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import subprocess
    import sys

    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    write_docs(tmp_path / "in", {"a.pdf": "alpha", "b.pdf": "beta"})
    tests = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(reviewminer.link.__file__)
                                                            .parents[1]), str(tests)]),
               REVIEWMINER_TEST_PROCESSOR=FAKE)
    argv = ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q", "-w", "1"]
    assert main(argv) == 0
    code = ("import sys; from reviewminer.cli import main; rc = main(sys.argv[1:]); "
            "print(rc, 'pandas' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code, *argv, "--resume"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.stdout.split() == ["0", "False"], run.stderr
