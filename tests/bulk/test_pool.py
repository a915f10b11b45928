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
