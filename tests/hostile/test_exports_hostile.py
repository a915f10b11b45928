"""Hostile inputs for the exports and outputs of a run (issue 9, "Exports and outputs").

Generated at test time: text and file names that spreadsheets run as formulas, lone surrogates,
a run killed with SIGKILL in the middle of writing its tables, a read-only or misplaced output
folder, a store that is not a database, a full disk.
"""

from __future__ import annotations

import dataclasses
import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import reviewminer
from helpers_batch import FAKE, fake_read, write_docs
from helpers_batch import run_cli as cli
from reviewminer.bulk import read_many
from reviewminer.cli import main
from reviewminer.export import TABLES, write_tables
from reviewminer.export.columns import CORPUS_COLUMNS
from reviewminer.model import Provenance, Report

HOSTILE = Path(__file__).resolve().parent
TESTS = HOSTILE.parent
SRC = Path(reviewminer.__file__).resolve().parent.parent
SAMPLE_DOCX = TESTS.parent / "sample_docs" / "cpr_2018_child_t.docx"
#: This module's processor, run in worker processes.
HOSTILE_READ = "test_exports_hostile:hostile_read"
LONE = "<LONE>"  # a marker hostile_read turns into a lone surrogate (no file can hold one)
FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def hostile_read(source: str | os.PathLike[str]) -> Report:
    """Worker processor: the file's first line becomes the title and the recommendation text
    (``<LONE>`` → U+D800), and the recommendation's char_start is negative (a number column)."""
    report = fake_read(source)
    line = Path(source).read_bytes().decode("utf-8").split("\n")[0].replace(LONE, "\ud800")
    rec = report.recommendations[0]
    prov = Provenance(1, 1, -5, 3)
    rec = dataclasses.replace(rec, text=line, provenance=prov, locations=(prov,))
    meta = dataclasses.replace(report.metadata, title=line)
    return dataclasses.replace(report, metadata=meta, recommendations=(rec,))


def _tables_state(out: Path) -> dict[str, int]:
    """Rows per export file (csv and parquet), to see which run each file comes from."""
    state = {p.name: len(pd.read_csv(p)) for p in out.glob("*.csv")}
    state |= {p.name: len(pd.read_parquet(p)) for p in out.glob("*.parquet")}
    return state


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir()
                  if p.name.endswith(".tmp") or "staging" in p.name)


# -- formulas ----------------------------------------------------------------------------------


def test_formula_text_is_neutralised_in_csv_and_never_a_formula_in_xlsx(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    names = {f"{f.strip()[:6]}.pdf": f for f in FORMULAS if f[0] not in "\t\r"}
    names |= {f"doc{i}.pdf": f for i, f in enumerate(FORMULAS) if f[0] in "\t\r"}
    write_docs(docs, names)
    run = cli("extract", "--out", str(tmp_path / "out"), "-q", "-f", "csv,xlsx", "--", *names,
              cwd=docs, REVIEWMINER_TEST_PROCESSOR=HOSTILE_READ)  # relative names: "=HYPER..."
    assert run.returncode == 0, run.stderr
    out = tmp_path / "out"
    recs = pd.read_csv(out / "recommendations.csv", keep_default_na=False)
    # (a carriage return in a CSV cell is written as a line feed, so the row stays whole)
    assert sorted(recs["text"]) == sorted("'" + f.replace("\r", "\n") for f in FORMULAS)
    assert recs["char_start"].tolist() == [-5] * len(FORMULAS)  # numbers untouched
    sources = pd.read_csv(out / "documents.csv")["source"]
    assert "'=HYPER.pdf" in set(sources) and "'@SUM(A.pdf" in set(sources)
    assert all(not s.startswith(("=", "+", "-", "@")) for s in sources)

    from openpyxl import load_workbook

    sheet = load_workbook(out / "reviewminer.xlsx")["recommendations"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert {f for f in FORMULAS if f[0] not in "\r"} <= texts  # verbatim, as strings
    with zipfile.ZipFile(out / "reviewminer.xlsx") as zf:
        assert not any(b"<f>" in zf.read(n) for n in zf.namelist() if n.endswith(".xml"))



def test_csv_safe_in_the_api() -> None:
    """``csv_safe=False`` (``--no-csv-safe``) writes the text as it is."""
    frame = pd.DataFrame({"text": ["=1+1", "plain", "-x"], "n": [-1, 2, 3]})
    buf = {"t": frame}
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        write_tables(buf, d)
        assert pd.read_csv(Path(d) / "t.csv")["text"].tolist() == ["'=1+1", "plain", "'-x"]
        assert pd.read_csv(Path(d) / "t.csv")["n"].tolist() == [-1, 2, 3]
        write_tables(buf, d, csv_safe=False)
        assert pd.read_csv(Path(d) / "t.csv")["text"].tolist() == ["=1+1", "plain", "-x"]


# -- lone surrogates ---------------------------------------------------------------------------


def test_lone_surrogates_reach_every_format(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    write_docs(docs, {"a.pdf": f"Ask the Board{LONE} to act", "b.pdf": "fine"})
    raw = os.path.join(os.fsencode(docs), b"\xff\xfe.pdf")  # a name that is not UTF-8
    with open(raw, "wb") as fh:
        fh.write(b"another report")
    corpus = read_many([docs], processor=HOSTILE_READ, progress=False, workers=1,
                       store=tmp_path / "store.sqlite")
    assert all(r.ok for r in corpus.results), [r.reason for r in corpus.results]
    texts = corpus.to_frames()["recommendations"]["text"].tolist()
    assert "Ask the Board\ufffd to act" in texts
    written = corpus.write(tmp_path / "out", formats="csv,xlsx,jsonl,parquet")
    assert len(written) == 3 * (len(TABLES) + len(CORPUS_COLUMNS) + 1) + 1  # + failures, xlsx
    jsonl = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8")
    assert "\\\\xff\\\\xfe.pdf" in jsonl  # the undecodable bytes as \xff\xfe
    assert "Ask the Board\ufffd to act" in set(
        pd.read_parquet(tmp_path / "out" / "recommendations.parquet")["text"])


@pytest.mark.skipif(not SAMPLE_DOCX.exists(), reason="no sample document")
def test_show_json_with_a_lone_surrogate_in_the_text(tmp_path: Path) -> None:
    """A .docx symbol ``<w:sym w:char="D800"/>`` puts U+D800 in the text."""
    src = zipfile.ZipFile(SAMPLE_DOCX)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:t>", b'<w:sym w:font="Symbol" w:char="D800"/><w:t>', 3)
                data = data.replace(b'<w:t xml:space="preserve">',
                                    b'<w:sym w:font="Symbol" w:char="D800"/>'
                                    b'<w:t xml:space="preserve">', 3)
            dst.writestr(item, data)
    doc = os.path.join(os.fsencode(tmp_path), b"caf\xe9.docx")  # a name that is not UTF-8
    with open(doc, "wb") as fh:
        fh.write(buf.getvalue())
    # A strict UTF-8 stdout, as under an ordinary en_GB.UTF-8 locale.
    shown = cli("show", os.fsdecode(doc), "--json", PYTHONIOENCODING="utf-8:strict")
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert report["page_count"] > 0 and report["source"].endswith("caf\\xe9.docx")
    summary = cli("show", os.fsdecode(doc), PYTHONIOENCODING="utf-8:strict")
    assert summary.returncode == 0, summary.stderr
    assert "caf\\xe9.docx" in summary.stdout


# -- kill -9 while the tables are written ------------------------------------------------------

_KILL_AT = """
import os, signal, sys
import {module} as m
orig, calls = m.{func}, [0]
def hook(*a, **k):
    calls[0] += 1
    if calls[0] == {n}:
        os.kill(os.getpid(), signal.SIGKILL)
    return orig(*a, **k)
m.{func} = hook
from reviewminer.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _killed_run(module: str, func: str, n: int, *args: str, **env: str) -> int:
    full = dict(os.environ)
    full["PYTHONPATH"] = os.pathsep.join([str(SRC), str(TESTS), str(HOSTILE)])
    full.update(env)
    code = _KILL_AT.format(module=module, func=func, n=n)
    return subprocess.run([sys.executable, "-c", code, *args], env=full, capture_output=True,
                          timeout=60).returncode


def _two_runs(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    docs, out = tmp_path / "in", tmp_path / "out"
    write_docs(docs, {"a.pdf": "alpha", "b.pdf": "beta"})
    argv = ["extract", str(docs), "--out", str(out), "-q", "-w", "1", "-f", "csv,parquet"]
    assert main(argv) == 0
    write_docs(docs, {"c.pdf": "gamma"})
    return docs, out, argv


def test_kill_while_staging_keeps_the_earlier_set_and_the_next_run_cleans(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    _docs, out, argv = _two_runs(tmp_path)
    before = _tables_state(out)
    assert set(before.values()) <= {0, 2}
    (out / ".documents.csv.abcd1234.tmp").write_text("half a file")  # an old writer's leftover
    rc = _killed_run("reviewminer.export.writers", "write_csv", 3, *argv, "--resume",
                     REVIEWMINER_TEST_PROCESSOR=FAKE)
    assert rc == -9
    assert _tables_state(out) == before  # nothing of the killed run is visible
    assert main([*argv, "--resume"]) == 0
    after = _tables_state(out)
    assert after["documents.csv"] == after["recommendations.parquet"] == 3
    assert set(after) == set(before)
    assert _leftovers(out) == []


def test_kill_while_switching_is_finished_by_the_next_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    _docs, out, argv = _two_runs(tmp_path)
    rc = _killed_run("reviewminer.export.staging", "_move", 4, *argv, "--resume",
                     REVIEWMINER_TEST_PROCESSOR=FAKE)
    assert rc == -9
    from reviewminer.export.staging import export_lock, repair_exports

    with export_lock(out):
        done = repair_exports(out)  # what the next run does first
    assert len(done) == 1 and done[0].startswith("finished the interrupted export")
    state = _tables_state(out)
    assert state["documents.csv"] == state["documents.parquet"] == 3
    assert state["recommendations.csv"] == state["recommendations.parquet"] == 3
    assert _leftovers(out) == []
    manifest = json.loads((out / ".reviewminer-export.json").read_text())
    assert sorted(manifest["files"]) == sorted(state)


def test_a_format_left_from_an_earlier_run_is_removed(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    _docs, out, argv = _two_runs(tmp_path)
    assert main([*argv[:-2], "--resume"]) == 0  # csv only now
    assert not list(out.glob("*.parquet"))  # no stale Parquet beside the new CSV
    assert _tables_state(out)["documents.csv"] == 3


# -- a folder or store that cannot be used ------------------------------------------------------


def test_out_inside_a_file_is_a_clear_usage_error(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "alpha"})
    (tmp_path / "file").write_text("I am a file")
    run = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "file" / "out"),
              REVIEWMINER_TEST_PROCESSOR=FAKE)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "cannot create the output folder" in run.stderr and "file" in run.stderr


def test_a_read_only_out_is_a_clear_usage_error(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores permissions, so the folder is a read-only tmpfs in a private mount
    namespace (skipped where ``unshare`` is not allowed)."""
    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-m", "true"], capture_output=True).returncode != 0:
        pytest.skip("no private mount namespace here")
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    docs, saved, _argv = _two_runs(tmp_path)  # an earlier run's store and tables
    out = tmp_path / "ro"
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC), str(TESTS)]))
    script = (f"mount -t tmpfs -o size=8m tmpfs {out} && cp -a {saved}/. {out}/ && "
              f"mount -o remount,ro {out} && "
              f"{sys.executable} -m reviewminer extract {docs} --out {out} --resume")
    run = subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and "Read-only file system" in run.stderr
    assert str(out) in run.stderr


def test_a_garbage_store_with_resume_is_a_clear_usage_error(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", {"a.pdf": "alpha"})
    out = tmp_path / "out"
    out.mkdir()
    garbage = b"this is not a database" * 100
    (out / "reviewminer.sqlite").write_bytes(garbage)
    run = cli("extract", str(tmp_path / "in"), "--out", str(out), "--resume",
              REVIEWMINER_TEST_PROCESSOR=FAKE)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "reviewminer.sqlite" in run.stderr and "not a usable reviewminer store" in run.stderr
    assert (out / "reviewminer.sqlite").read_bytes() == garbage  # untouched


def _enospc(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "simulated")


def test_a_full_disk_while_exporting_keeps_the_earlier_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    _docs, out, argv = _two_runs(tmp_path)
    before = _tables_state(out)
    monkeypatch.setattr(pd.DataFrame, "to_parquet", _enospc, raising=False)
    import pyarrow.parquet as pq

    monkeypatch.setattr(pq, "write_table", _enospc)
    capsys.readouterr()
    assert main([*argv, "--resume"]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and str(out) in err and "--resume" in err
    assert _tables_state(out) == before and _leftovers(out) == []
    with sqlite3.connect(out / "reviewminer.sqlite") as db:  # the store holds the new document
        assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3


class _FullDisk:
    """A SQLite connection whose disk fills up when a document's outcome is stored."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._real = db

    def execute(self, sql: str, *args: object) -> object:
        if sql.startswith("INSERT OR REPLACE INTO documents"):
            raise sqlite3.OperationalError("database or disk is full")
        return self._real.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)

    def __enter__(self) -> object:
        return self._real.__enter__()

    def __exit__(self, *exc: object) -> object:
        return self._real.__exit__(*exc)  # type: ignore[arg-type]


def test_a_full_disk_while_storing_is_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
    _docs, out, argv = _two_runs(tmp_path)
    from reviewminer.bulk.store import Store

    real_init = Store.__init__

    def init(self: Store, *a: object, **k: object) -> None:
        real_init(self, *a, **k)  # type: ignore[arg-type]
        self._db = _FullDisk(self._db)  # type: ignore[assignment]

    monkeypatch.setattr(Store, "__init__", init)
    before = _tables_state(out)
    capsys.readouterr()
    assert main([*argv, "--resume"]) == 2
    err = capsys.readouterr().err
    assert "disk is full" in err and "reviewminer.sqlite" in err and "--resume" in err
    assert _tables_state(out) == before
