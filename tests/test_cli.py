"""The command line: exit codes, output files, failures, resume after SIGKILL."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import reviewminer
from helpers_batch import write_docs
from reviewminer.cli import main
from reviewminer.export import COLUMNS
from reviewminer.export.columns import CORPUS_COLUMNS

TESTS = Path(__file__).resolve().parent
SRC = Path(reviewminer.__file__).resolve().parent.parent
SAMPLE_DOCS = TESTS.parent / "sample_docs"
FAKE = "helpers_batch:fake_read"
# every table of export.COLUMNS, the tables across documents, then failures
TABLE_FILES = [*COLUMNS, *CORPUS_COLUMNS, "failures"]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Use the test-only fake processor; return the side file that counts its calls."""
    calls = tmp_path / "calls.txt"
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    monkeypatch.setenv("REVIEWMINER_TEST_CALLS", str(calls))
    return calls


def counts(calls: Path) -> Counter[str]:
    return Counter(calls.read_text().split()) if calls.exists() else Counter()


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(TESTS)] + (
        [env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env.update(extra)
    return env


# -- usage errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    [],
    ["extract", "x.pdf"],  # no --out
    ["extract", "x.pdf", "--out", "o", "--format", "csv,pdf"],
    ["extract", "x.pdf", "--out", "o", "--workers", "0"],
    ["extract", "x.pdf", "--out", "o", "--timeout", "soon"],
    ["extract", "x.pdf", "--out", "o", "--resume", "--overwrite"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                             ) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2


def test_no_input_files_exit_2_with_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 2
    assert "no input files found" in capsys.readouterr().err
    write_docs(tmp_path / "in", {"notes.txt": "not a report"})
    assert main(["extract", str(tmp_path / "in" / "*.pdf"), "--out", str(tmp_path / "o")]) == 2


def test_a_usage_error_changes_nothing_in_out(tmp_path: Path, fake: Path) -> None:
    """No input found leaves no store behind (the next run into that folder is not refused),
    and with --overwrite deletes nothing of the earlier run; --resume into a new folder with
    nothing recorded leaves no store either."""
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "empty"), "--out", str(out), "-q"]) == 2
    assert not (out / "reviewminer.sqlite").exists()
    write_docs(tmp_path / "in", {"a.pdf": "a"})
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "-q"]) == 0
    before = sorted(p.name for p in out.iterdir())
    assert main(["extract", str(tmp_path / "empty"), "--out", str(out), "--overwrite", "-q"]) == 2
    assert sorted(p.name for p in out.iterdir()) == before
    assert len(pd.read_csv(out / "documents.csv")) == 1
    fresh = tmp_path / "fresh"
    assert main(["extract", "--out", str(fresh), "--resume", "-q"]) == 2
    assert not any(fresh.glob("reviewminer.sqlite*"))
    assert main(["extract", str(tmp_path / "in"), "--out", str(fresh), "-q"]) == 0


@pytest.mark.parametrize(("formats", "where"), [
    ("csv", "out/failures.csv"), ("xlsx,parquet,jsonl", "out/failures.jsonl"),
    ("xlsx", "the failures sheet of out/reviewminer.xlsx")])
def test_the_summary_names_the_failures_file_written(
        formats: str, where: str, tmp_path: Path, fake: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    if "parquet" in formats:
        pytest.importorskip("pyarrow")
    if "xlsx" in formats:
        pytest.importorskip("xlsxwriter")
    write_docs(tmp_path / "in", {"a.pdf": "a", "bad.pdf": "BADPDF"})
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.INFO, logger="reviewminer.cli"):
        assert main(["extract", "in", "--out", "out", "--format", formats]) == 1
    assert f"see {where} for what was not read" in caplog.text


def test_a_folder_s_unreadable_files_are_listed_as_failures(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", {"notes.txt": "not a report"})
    # listed with its reason; a file of a type reviewminer does not read is not a failed document
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"]) == 0
    failures = (tmp_path / "out" / "failures.csv").read_text()
    assert "notes.txt,unsupported_format," in failures
    write_docs(tmp_path / "in", {"broken.pdf": "not a pdf at all"})
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "o2"), "-q"]) == 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.strip() == f"reviewminer {reviewminer.__version__}"
    assert main(["--version"]) == 0
    assert reviewminer.__version__ in capsys.readouterr().out


def test_existing_store_needs_resume_or_overwrite(tmp_path: Path, fake: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "a"})
    args = ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]
    assert main(args) == 0
    assert main(args) == 2
    assert "--resume" in capsys.readouterr().err
    assert main(args + ["--retry-failed"]) == 2  # needs --resume
    (tmp_path / "out" / "documents.parquet").write_text("stale export of the earlier run")
    assert main(args + ["--overwrite"]) == 0
    assert counts(fake)["a.pdf"] == 2  # read afresh after --overwrite
    assert not (tmp_path / "out" / "documents.parquet").exists()  # stale exports removed
    assert main(args + ["--resume"]) == 0
    assert counts(fake)["a.pdf"] == 2  # not again with --resume
    write_docs(tmp_path / "in", {"b.pdf": "b"})
    # No PATH with --resume: finish the recorded job (the new b.pdf is not part of it).
    assert main(["extract", "--out", str(tmp_path / "out"), "--resume", "-q"]) == 0
    assert counts(fake)["b.pdf"] == 0
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv")) == 1
    assert main(["extract", "--out", str(tmp_path / "out")]) == 2  # no PATH, no --resume


# -- outputs ---------------------------------------------------------------------------------


def test_all_formats_with_fixed_columns_and_failures(tmp_path: Path, fake: Path) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "alpha", "sub/b.docx": "beta", "bad.pdf": "BADPDF"})
    out = tmp_path / "out"
    rc = main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet",
               "--format", "csv,xlsx,jsonl,parquet", "--workers", "2"])
    assert rc == 1  # one document failed
    cols = dict(COLUMNS) | CORPUS_COLUMNS | {"failures": ("source", "code", "message")}
    sheets = pd.read_excel(out / "reviewminer.xlsx", sheet_name=None)
    assert list(sheets) == TABLE_FILES
    for table in TABLE_FILES:
        csv = pd.read_csv(out / f"{table}.csv")
        parquet = pd.read_parquet(out / f"{table}.parquet")
        assert list(csv.columns) == list(cols[table]), table
        assert list(parquet.columns) == list(cols[table]), table
        assert list(sheets[table].columns) == list(cols[table]), table
        lines = (out / f"{table}.jsonl").read_text().splitlines()
        assert len(lines) == len(csv) == len(parquet) == len(sheets[table])
        for line in lines:
            assert list(json.loads(line)) == list(cols[table])
    # The fake reader finds no lines of enquiry: the empty table keeps its columns.
    assert pd.read_csv(out / "lines_of_enquiry.csv").empty
    assert pd.read_parquet(out / "lines_of_enquiry.parquet").empty
    failures = pd.read_csv(out / "failures.csv")
    assert failures.to_dict("records") == [{
        "source": str(tmp_path / "in" / "bad.pdf"), "code": "corrupt",
        "message": f"{tmp_path / 'in' / 'bad.pdf'}: a damaged PDF (test)",
    }]
    assert len(pd.read_csv(out / "documents.csv")) == 2
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_hang_and_crash_become_failure_rows(tmp_path: Path, fake: Path) -> None:
    write_docs(tmp_path / "in", {"ok1.pdf": "one", "ok2.pdf": "two", "hang.pdf": "HANG",
                                 "exit.pdf": "EXIT", "segv.docx": "SEGV"})
    out = tmp_path / "out"
    rc = main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet", "--timeout", "2"])
    assert rc == 1
    failures = pd.read_csv(out / "failures.csv")
    got = dict(zip(failures["source"].map(lambda s: Path(s).name), failures["code"]))
    assert got == {"hang.pdf": "timeout", "exit.pdf": "crashed", "segv.docx": "crashed"}
    docs = pd.read_csv(out / "documents.csv")
    assert sorted(Path(s).name for s in docs["source"]) == ["ok1.pdf", "ok2.pdf"]


def test_duplicates_read_once_listed_twice(tmp_path: Path, fake: Path) -> None:
    write_docs(tmp_path / "in", {"x.pdf": "same", "y/x_again.pdf": "same"})
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet"]) == 0
    assert sum(counts(fake).values()) == 1
    docs = pd.read_csv(out / "documents.csv")
    assert len(docs) == 2 and docs["document_id"].nunique() == 1
    assert len(pd.read_csv(out / "recommendations.csv")) == 1


@pytest.mark.skipif(not list(SAMPLE_DOCS.glob("*.pdf")), reason="sample_docs/ not generated")
def test_mislabelled_corrupt_empty_files_with_the_real_reader(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", {
        "report.pdf": "this is plain text with a .pdf name",
        "empty.docx": b"",
        "zipped.docx": b"PK\x03\x04" + b"\x00" * 40,
        "sheet.docx": _zip_bytes({"xl/workbook.xml": "<x/>"}),
    })
    out = tmp_path / "out"
    rc = main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet", "--workers", "1"])
    assert rc == 1
    failures = pd.read_csv(out / "failures.csv")
    got = dict(zip(failures["source"].map(lambda s: Path(s).name), failures["code"]))
    assert got == {"report.pdf": "corrupt", "empty.docx": "empty", "zipped.docx": "corrupt",
                   "sheet.docx": "unsupported_format"}
    for source, message in zip(failures["source"], failures["message"]):
        assert Path(source).name in message
    assert pd.read_csv(out / "documents.csv").empty


def _zip_bytes(files: dict[str, str]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buf.getvalue()


# -- kill -9 and resume ------------------------------------------------------------------------


def _store_count(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_resume_after_sigkill(tmp_path: Path) -> None:
    n = 14
    write_docs(tmp_path / "in", {f"doc{i:02d}.pdf": f"SLOW report {i}" for i in range(n)}
               | {"z_copy.pdf": "SLOW report 3"})  # duplicate of doc03
    out = tmp_path / "out"
    calls = tmp_path / "calls.txt"
    env = cli_env(REVIEWMINER_TEST_PROCESSOR=FAKE, REVIEWMINER_TEST_CALLS=str(calls),
                  REVIEWMINER_TEST_SLOW="0.4")
    cmd = [sys.executable, "-m", "reviewminer.cli", "extract", str(tmp_path / "in"),
           "--out", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    store = out / "reviewminer.sqlite"
    deadline = time.monotonic() + 60
    while _store_count(store) < 4 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    done_before = _store_count(store)
    assert 4 <= done_before < n, "the run should have been killed mid-way"
    time.sleep(1.0)  # workers die with their parent (no orphans keep reading)
    calls_after_kill = counts(calls)
    time.sleep(1.0)
    assert counts(calls) == calls_after_kill
    assert not (out / "documents.csv").exists()  # exports are written at the end only

    with sqlite3.connect(store) as db:
        finished = {Path(r[0]).name for r in db.execute("SELECT source FROM documents")}
    resumed = subprocess.run(cmd + ["--resume"], env=env, capture_output=True, text=True,
                             timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    total = counts(calls)
    for name in finished:  # finished before the kill: not read again
        assert total[name] == 1, name
    assert set(total) == {f"doc{i:02d}.pdf" for i in range(n)}  # nothing lost, copy never read
    docs = pd.read_csv(out / "documents.csv")
    assert len(docs) == n + 1 and docs["source"].is_unique
    assert docs["document_id"].nunique() == n
    recs = pd.read_csv(out / "recommendations.csv")
    assert len(recs) == n and recs["document_id"].is_unique
    assert _store_count(store) == n
    assert pd.read_csv(out / "failures.csv").empty


@pytest.mark.skipif(not (SAMPLE_DOCS / "scr_2012_child_k.pdf").exists(), reason="no sample")
def test_show_prints_a_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["show", str(SAMPLE_DOCS / "scr_2012_child_k.pdf")]) == 0
    out = capsys.readouterr().out
    assert "sections (" in out and "recommendations (" in out
    (tmp_path / "x.pdf").write_text("not a pdf")
    assert main(["show", str(tmp_path / "x.pdf")]) == 1
    assert "corrupt" in capsys.readouterr().err


COVER = SAMPLE_DOCS / "cover_report_2022_adult_b_committee.docx"


def test_rules_option_changes_results_and_a_bad_file_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "parties.json").write_text(json.dumps({"agencies": [
        {"canonical": "Integrated Care Board", "category": "voluntary"}]}), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(COVER), "--out", str(out), "-q", "-w", "1",
                 "--rules", str(rules)]) == 0
    parties = pd.read_csv(out / "parties.csv")
    assert set(parties.loc[parties["canonical"] == "Integrated Care Board", "category"]) == {
        "voluntary"}
    docs = pd.read_csv(out / "documents.csv")
    assert docs["extractor_version"].iloc[0] == reviewminer.read(
        COVER, rules=rules).extractor_version != reviewminer.read(COVER).extractor_version
    assert main(["show", str(COVER), "--rules", str(rules), "--json"]) == 0
    assert '"voluntary"' in capsys.readouterr().out
    (rules / "parties.json").write_text("{not json", encoding="utf-8")
    for argv in (["extract", str(COVER), "--out", str(tmp_path / "o2"), "-q"],
                 ["show", str(COVER)]):
        assert main([*argv, "--rules", str(rules)]) == 2
        assert "parties.json" in capsys.readouterr().err


def test_the_summary_counts_documents_without_recommendations(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from docx import Document

    src = tmp_path / "in"
    src.mkdir()
    shutil.copyfile(Path(__file__).resolve().parents[1] / "sample_docs" / "scr_2012_child_k.pdf",
                    src / "review.pdf")
    doc = Document()
    doc.add_heading("Minutes of the board", 1)
    doc.add_paragraph("The board met and noted the annual report.")
    doc.save(str(src / "minutes.docx"))
    assert main(["extract", str(src), "--out", str(tmp_path / "out")]) == 0
    assert "2 document(s) read (1 with no recommendations)" in capsys.readouterr().err


def test_other_files_of_a_folder_are_listed_without_being_sent_to_a_worker(
        tmp_path: Path, fake: Path) -> None:
    """Notes and data beside the reports are listed as not read; only documents are given to
    a worker (the fake processor logs every file it is given)."""
    write_docs(tmp_path / "in", {"a.pdf": "report a", "notes.txt": "minutes", "gold.json": "{}"})
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "--workers", "1",
                 "--quiet"]) == 0
    assert counts(fake) == Counter({"a.pdf": 1})
    failures = pd.read_csv(out / "failures.csv")
    assert sorted(Path(p).name for p in failures["source"]) == ["gold.json", "notes.txt"]
    assert set(failures["code"]) == {"unsupported_format"}
