"""reviewminer.bulk.pool and worker: isolation of hangs, crashes and memory; recycling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reviewminer
from helpers_batch import FAKE, write_docs
from reviewminer.bulk import Task, WorkerPool, read_many
from reviewminer.bulk.process import signal_name
from reviewminer.bulk.store import decompress_report

SRC = Path(reviewminer.__file__).resolve().parent


def test_hang_crash_segfault_and_memory_are_isolated(tmp_path: Path) -> None:
    write_docs(tmp_path, {
        "good1.pdf": "first report", "good2.pdf": "second report", "good3.docx": "third",
        "hang.pdf": "HANG", "exit.pdf": "EXIT", "segv.pdf": "SEGV", "memhog.pdf": "MEMHOG",
        "bad.pdf": "BADPDF", "bug.pdf": "BUG",
    })
    corpus = read_many([tmp_path], workers=2, processor=FAKE, timeout=6, memory_limit=600,
                       progress=False)
    codes = dict(zip(corpus.failures["source"].map(lambda s: Path(s).name),
                     corpus.failures["code"], strict=True))
    assert codes == {
        "hang.pdf": "timeout", "exit.pdf": "crashed", "segv.pdf": "crashed",
        "memhog.pdf": "too_large", "bad.pdf": "corrupt", "bug.pdf": "error",
    }
    for source, message in zip(corpus.failures["source"], corpus.failures["message"], strict=True):
        assert message.startswith(f"{source}: ")
    seg = corpus.failures.loc[corpus.failures["source"].str.endswith("segv.pdf"), "message"]
    assert "SIGSEGV" in seg.iloc[0]
    docs = corpus.to_frames()["documents"]
    assert sorted(Path(s).name for s in docs["source"]) == ["good1.pdf", "good2.pdf", "good3.docx"]
    assert len(corpus.to_frames()["recommendations"]) == 3


def test_workers_import_this_tree_and_are_recycled(tmp_path: Path) -> None:
    paths = write_docs(tmp_path, {f"{i}.pdf": str(i) for i in range(3)})
    tasks = [Task(str(i), str(p)) for i, p in enumerate(paths)]
    with WorkerPool(1, processor="helpers_batch:where_imported", max_tasks_per_worker=2) as pool:
        answers = [json.loads(decompress_report(o.payload or b""))
                   for _t, o in pool.imap_unordered(tasks)]
    assert {Path(a["reviewminer"]).resolve().parent for a in answers} == {SRC}
    assert {Path(a["worker"]).resolve() for a in answers} == {SRC / "bulk" / "worker.py"}
    pids = [a["pid"] for a in answers]
    assert pids[0] == pids[1] != pids[2]  # a new worker after max_tasks_per_worker documents


def test_pool_options_and_a_processor_that_cannot_load(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        WorkerPool(0)
    with pytest.raises(ValueError, match=r"^timeout must be"):
        WorkerPool(1, timeout=-1)
    (p,) = write_docs(tmp_path, {"a.pdf": "a"})
    with WorkerPool(1, processor="helpers_batch:no_such_function") as pool, \
            pytest.raises(RuntimeError, match="cannot load processor"):
        list(pool.imap_unordered([Task("a", str(p))]))


def test_signal_names() -> None:
    assert signal_name(-11) == "signal SIGSEGV"
    assert signal_name(3) == "exit code 3"
    assert signal_name(None) == "unknown status"


def test_a_worker_gets_its_next_task_before_its_result_is_handed_over(tmp_path: Path) -> None:
    paths = write_docs(tmp_path, {f"{i}.pdf": f"report {i}" for i in range(3)})
    with WorkerPool(1, processor=FAKE) as pool:
        results = pool.imap_unordered([Task(str(i), str(p)) for i, p in enumerate(paths)])
        first, _ = next(results)
        # the caller stores and logs the first result while the worker reads the second
        (worker,) = pool._workers
        assert first.key == "0" and worker.task is not None and worker.task.key == "1"
        assert [t.key for t, _ in results] == ["1", "2"]


def test_a_recycled_worker_s_replacement_starts_during_its_last_task(tmp_path: Path) -> None:
    paths = write_docs(tmp_path, {f"{i}.pdf": str(i) for i in range(3)})
    tasks = [Task(str(i), str(p)) for i, p in enumerate(paths)]
    with WorkerPool(1, processor="helpers_batch:where_imported", max_tasks_per_worker=2) as pool:
        results = pool.imap_unordered(tasks)
        next(results)
        old, new = pool._workers  # the old one reads its last task, the new one starts up
        assert old.task is not None and old.n_tasks == 2 and new.task is None
        pids = [json.loads(decompress_report(o.payload or b""))["pid"] for _t, o in results]
    assert pids == [old.proc.pid, new.proc.pid]


def test_workers_started_early_are_resized_and_end_together(tmp_path: Path) -> None:
    (p,) = write_docs(tmp_path, {"a.pdf": "a"})
    pool = WorkerPool(3, processor=FAKE)
    pool.start(2)  # before the tasks are known
    started = list(pool._workers)
    assert len(started) == 2
    pool.resize(1)  # one document to read: the other worker is stopped
    assert len(pool._workers) == 1
    assert [o.status for _t, o in pool.imap_unordered([Task("a", str(p))])] == ["ok"]
    pool.close()
    assert pool._workers == [] and pool._stopping == []
    assert all(w.proc.returncode is not None for w in started)  # none left running


def test_workers_build_the_table_rows_a_store_keeps(tmp_path: Path) -> None:
    from reviewminer.bulk.tables import content_rows
    from reviewminer.model import Report

    paths = write_docs(tmp_path, {"a.pdf": "report a", "b.pdf": "report b"})
    tasks = [Task(p.name, str(p)) for p in paths]
    with WorkerPool(1, processor=FAKE, table_rows=True) as pool:
        got = {t.key: o for t, o in pool.imap_unordered(tasks)}
    for outcome in got.values():  # the rows the export would build from the stored report
        report = Report.from_dict(json.loads(decompress_report(outcome.payload or b"")))
        assert outcome.rows == content_rows(report)
    with WorkerPool(1, processor=FAKE) as pool:  # not asked: none
        assert [o.rows for _t, o in pool.imap_unordered(tasks[:1])] == [None]
    with WorkerPool(1, processor="helpers_batch:where_imported", table_rows=True) as pool:
        (outcome,) = [o for _t, o in pool.imap_unordered(tasks[:1])]
    assert outcome.ok and outcome.rows is None  # not a report: the document still counts


@pytest.mark.parametrize("name", ["scr_2012_child_k.pdf", "dhr_2020_mr_d.docx",
                                  "linked/action_plan_2025_sar_mr_q.pdf",
                                  "linked/response_2025_sar_mr_q.pdf",
                                  "more/action_plan_2020_sar_mrs_w.docx"])
def test_rows_built_from_the_report_equal_those_of_its_stored_json(name: str) -> None:
    """A worker builds the rows from the report it read, not from the JSON it stores: the same
    rows the export would build from that JSON."""
    import reviewminer
    from reviewminer.bulk.tables import content_rows
    from reviewminer.bulk.worker import _read_one
    from reviewminer.model import Report

    path = Path(__file__).resolve().parents[2] / "sample_docs" / name
    reply, fatal = _read_one(reviewminer.read, "k", str(path), None, rows=True)
    assert reply[0] == "ok" and not fatal
    stored = Report.from_dict(json.loads(decompress_report(reply[2])))
    assert reply[6] == content_rows(stored) and reply[6] is not None
