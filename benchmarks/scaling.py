#!/usr/bin/env python3
"""Scaling of ``reviewminer extract`` from 1 to 2 workers (not a test), and where the main process
spends its time.

Usage::

    python benchmarks/scaling.py [DIR ...] [--docs N] [--reps R] [--retries N] [--json FILE]

Makes ``--docs`` (default 200) distinct copies of the PDFs and .docx files of ``sample_docs/`` and
any DIR (a PDF comment after ``%%EOF``, an extra zip member in a .docx: dedupe by hash does not
skip them), then runs ``reviewminer extract COPIES --out OUT -w N --quiet --log-file LOG`` in a
fresh process, ``--reps`` times (default 3) for N = 1 and 2 in turn (1, 2, 1, 2, ...), after one
unmeasured run that warms the file cache and writes the bytecode cache. For each N the median of:

* **wall** seconds of the whole process, split into the run up to the last result stored and
  its workers stopped (interpreter start, imports, finding and hashing, worker start-up, reading)
  and the **export** at the end (tables built from the store, written): the export does not
  depend on the number of workers, so it is reported apart and the scaling is given with and
  without it;
* **CPU** seconds of the main process and of its workers (the workers' from the run's own log
  line, the main process's as the process tree's minus the workers'), and the workers' CPU per
  document: when two workers need more CPU per document than one, the cores (or the host's cores
  under a virtual machine) are shared and no change in reviewminer gets the scaling to 2x;
* the **cores kept busy**: the process tree's CPU seconds over its wall time, how much of the
  run overlaps. On a virtual machine whose speed varies between identical runs (here by up to
  60%), it is much steadier than the wall-clock scaling, which is this figure's ratio times the
  ratio of the CPU the runs took;
* **where the main process's time goes** during the run, per part (wall/CPU seconds), from the
  run's DEBUG line (see ``reviewminer.bulk.timing``), and the export's;
* the machine's **ceiling** for this work: the same documents read by plain ``reviewminer.read``
  loops in 1 and then 2 warmed processes (no interpreter start-up, no store, no worker pool of
  ours), reading time only, medians of ``--reps``: when that is well under 2x, the cores slow
  each other down and no change in the CLI gets it to 2x;
* the **load average** before the run and the CPU other processes took during it (from
  ``/proc/stat``): wall-clock scaling is meaningful only when the other processes took little, so
  each run waits (up to a minute) for a second in which the machine is almost idle, and a run
  during which they took more than 10% of the machine is repeated (``--retries``, default 3) and
  counted as disturbed if it still is.

Target: 2 workers at least 1.8x faster than 1 without the export. Bytecode is cached in a
temporary folder (``PYTHONPYCACHEPREFIX``) even when ``PYTHONDONTWRITEBYTECODE`` is set, as for an
installed package.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cold_start import child_env  # benchmarks/cold_start.py: the same child environment

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "sample_docs"
TARGET = 1.8
#: A run during which other processes took more than this share of the machine's CPU is repeated.
OTHERS_MAX = 0.1
_PART = r"(\w+) (\d+\.\d+)/(\d+\.\d+)"
_MAIN = re.compile(r"main process (\d+\.\d+) s, (\d+\.\d+) s CPU; workers (\d+\.\d+) s CPU; (.*)$", re.M)
_EXPORT = re.compile(r"export \(tables from the store, written\): (\d+\.\d+) s, (\d+\.\d+) s CPU")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)



def _busy_jiffies() -> int | None:
    """CPU time (clock ticks) every process of the machine has used (Linux), None elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return sum(fields) - fields[3] - fields[4]  # all but idle and iowait


def wait_quiet(max_wait: float = 60.0) -> None:
    """Wait (up to ``max_wait`` seconds) until the machine has been almost idle for a second."""
    deadline = time.monotonic() + max_wait
    while time.monotonic() < deadline:
        busy0, t0 = _busy_jiffies(), time.monotonic()
        time.sleep(1.0)
        busy1 = _busy_jiffies()
        if busy0 is None or busy1 is None:
            return
        share = (busy1 - busy0) / os.sysconf("SC_CLK_TCK") / ((time.monotonic() - t0)
                                                              * (os.cpu_count() or 1))
        if share < OTHERS_MAX / 2:
            return


def parse_log(text: str) -> dict[str, Any]:
    """The run's main-process line and the export line of a ``--log-file`` (the last ones)."""
    mains, exports = list(_MAIN.finditer(text)), list(_EXPORT.finditer(text))
    if not mains or not exports:
        raise ValueError("no timing lines in the log (is the DEBUG line missing?)")
    main, export = mains[-1], exports[-1]
    parts = {name: (float(w), float(c)) for name, w, c in re.findall(_PART, main.group(4))}
    return {"run_wall": float(main.group(1)), "run_cpu": float(main.group(2)),
            "workers_cpu": float(main.group(3)), "parts": parts,
            "export_wall": float(export.group(1)), "export_cpu": float(export.group(2))}


def _stored(out: Path) -> tuple[int, float | None]:
    """Pages read and the peak worker RSS (MB) recorded in a run's store."""
    with sqlite3.connect(f"file:{out / 'reviewminer.sqlite'}?mode=ro", uri=True) as db:
        pages, rss = db.execute("SELECT SUM(page_count), MAX(max_rss_kb) FROM documents").fetchone()
    db.close()
    return int(pages or 0), None if rss is None else round(rss / 1024, 1)


def run_once(folder: Path, out: Path, workers: int, env: dict[str, str]) -> dict[str, Any]:
    """One ``reviewminer extract`` of ``folder`` in a fresh process, measured."""
    logfile = out.with_suffix(".log")
    logfile.unlink(missing_ok=True)  # --log-file appends
    cmd = [sys.executable, "-m", "reviewminer.cli", "extract", str(folder), "--out", str(out),
           "-w", str(workers), "--quiet", "--log-file", str(logfile)]
    load = os.getloadavg()[0]
    ru0, busy0 = resource.getrusage(resource.RUSAGE_CHILDREN), _busy_jiffies()
    start = time.perf_counter()
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - start
    ru1, busy1 = resource.getrusage(resource.RUSAGE_CHILDREN), _busy_jiffies()
    if res.returncode not in (0, 1):
        raise RuntimeError(f"extract failed ({res.returncode}): {res.stderr[-500:]}")
    tree_cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    got = parse_log(logfile.read_text(encoding="utf-8"))
    tick = os.sysconf("SC_CLK_TCK")
    others = None if busy0 is None or busy1 is None else (busy1 - busy0) / tick - tree_cpu
    pages, rss = _stored(out)
    return {"wall": wall, "to_stored": wall - got["export_wall"], "load_before": load,
            "main_cpu": tree_cpu - got["workers_cpu"], "others_cpu": others, "pages": pages,
            "cores_used": tree_cpu / wall if wall > 0 else None,
            "peak_worker_rss_mb": rss, **got}


def _median(runs: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in runs if r.get(key) is not None]
    return round(statistics.median(values), 3) if values else None


def summarize(runs: list[dict[str, Any]], docs: int) -> dict[str, Any]:
    """Medians over the runs of one worker count."""
    out: dict[str, Any] = {k: _median(runs, k) for k in (
        "wall", "to_stored", "export_wall", "export_cpu", "main_cpu", "run_cpu", "workers_cpu",
        "others_cpu", "load_before", "cores_used")}
    out["workers_cpu_per_doc_ms"] = round(1000 * (out["workers_cpu"] or 0) / docs, 2)
    out["pages"] = runs[0]["pages"]
    # pages/s up to the last result stored (the export apart)
    out["pages_per_s"] = round(out["pages"] / out["to_stored"], 1) if out["to_stored"] else None
    out["peak_worker_rss_mb"] = max((r["peak_worker_rss_mb"] or 0) for r in runs) or None
    names = list(runs[0]["parts"])
    out["parts"] = {n: [round(statistics.median(r["parts"][n][i] for r in runs), 3)
                        for i in (0, 1)] for n in names}
    out["runs"] = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()
                    if k != "parts"} for r in runs]
    return out


def _undisturbed_run(folder: Path, out: Path, workers: int, env: dict[str, str], retries: int
                     ) -> dict[str, Any]:
    """:func:`run_once`, again (up to ``retries`` times) while other processes took more than
    :data:`OTHERS_MAX` of the machine's CPU during it; the last try is kept, marked."""
    for attempt in range(retries + 1):
        if out.exists():
            shutil.rmtree(out)
        wait_quiet()
        got = run_once(folder, out, workers, env)
        share = None if got["others_cpu"] is None else \
            got["others_cpu"] / (got["wall"] * (os.cpu_count() or 1))
        got["disturbed"] = share is not None and share > OTHERS_MAX
        log(f"  {workers} worker(s): {got['wall']:6.2f} s ({got['to_stored']:.2f} s to the "
            f"last result stored, export {got['export_wall']:.2f} s); CPU main "
            f"{got['main_cpu']:.2f} s, workers {got['workers_cpu']:.2f} s; other processes "
            f"{'?' if share is None else f'{share:.0%}'} of the machine; load before "
            f"{got['load_before']:.2f}" + ("; disturbed, again" if got["disturbed"]
                                            and attempt < retries else ""))
        if not got["disturbed"]:
            break
    return got


def bench_scaling(inputs: list[Path], tmp: Path, docs: int, reps: int,
                  retries: int = 3) -> dict[str, Any]:
    """Scaling of the CLI from 1 to 2 workers over ``docs`` distinct copies of ``inputs``."""
    from bench import make_copies  # benchmarks/bench.py

    folder = tmp / "scaling-docs"
    make_copies(inputs, folder, docs)
    env = child_env(tmp / "pycache")
    run_once(folder, tmp / "scaling-warm", 2, env)  # file cache, bytecode cache
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for rep in range(reps):
        for workers in (1, 2):
            runs[workers].append(_undisturbed_run(folder, tmp / f"scaling-{workers}-{rep}",
                                                  workers, env, retries))
    one, two = summarize(runs[1], docs), summarize(runs[2], docs)
    plain = plain_scaling(folder, env, reps)
    return {
        "plain_read": plain,
        "documents": docs, "reps": reps, "workers_1": one, "workers_2": two,
        "disturbed_runs": sum(r["disturbed"] for rs in runs.values() for r in rs),
        "scaling": round(one["wall"] / two["wall"], 2),
        "scaling_without_export": round(one["to_stored"] / two["to_stored"], 2),
        "worker_cpu_ratio": round(two["workers_cpu"] / one["workers_cpu"], 2),
        # how many cores the whole process keeps busy on average: robust to the machine's speed,
        # which varies between identical runs; the scaling is this ratio times the CPU ratio
        "cores_used_ratio": round(two["cores_used"] / one["cores_used"], 2),
        "target": TARGET,
    }


def _read_chunk(paths: list[str]) -> float:
    """Seconds to read ``paths`` with ``reviewminer.read`` (in a warmed pool process)."""
    import reviewminer

    start = time.perf_counter()
    for p in paths:
        reviewminer.read(p)
    return time.perf_counter() - start


def _warm(path: str) -> None:
    import reviewminer

    reviewminer.read(path)


def plain_child(folder: Path, procs: int) -> dict[str, Any]:
    """The reading alone, in ``procs`` warmed processes (no store, no pool of ours, no start-up):
    the documents largest first, dealt round-robin; the wall seconds of the slowest process."""
    import multiprocessing as mp

    files = sorted((str(p) for p in folder.rglob("*") if p.is_file()),
                   key=lambda p: -os.path.getsize(p))
    chunks = [files[i::procs] for i in range(procs)]
    with mp.get_context("spawn").Pool(procs) as pool:
        pool.map(_warm, [files[-1]] * procs, chunksize=1)  # imports, rules, analyzer
        start = time.perf_counter()
        seconds = pool.map(_read_chunk, chunks, chunksize=1)
        wall = time.perf_counter() - start
    return {"wall": wall, "busiest": max(seconds), "procs": procs}


def plain_scaling(folder: Path, env: dict[str, str], reps: int) -> dict[str, Any]:
    """How far plain ``read()`` loops scale from 1 to 2 processes on this machine with the same
    documents: the ceiling for the CLI's scaling without its start-up, store and pool (when two
    processes read slower each than one alone, the cores slow each other)."""
    walls: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(reps):
        for procs in (1, 2):
            wait_quiet()
            res = subprocess.run([sys.executable, __file__, "--plain-child", str(procs),
                                  str(folder)], env=env, capture_output=True, text=True,
                                 timeout=3600, check=True)
            walls[procs].append(json.loads(res.stdout)["wall"])
    one, two = statistics.median(walls[1]), statistics.median(walls[2])
    log(f"  plain read() loops, reading only: 1 process {one:.2f} s, 2 processes {two:.2f} s "
        f"({one / two:.2f}x)")
    return {"one_s": round(one, 3), "two_s": round(two, 3), "scaling": round(one / two, 2)}


def report(res: dict[str, Any]) -> list[str]:
    """Lines of the summary: scaling, CPU, and the main process's time per part."""
    one, two = res["workers_1"], res["workers_2"]
    lines = [
        f"scaling over {res['documents']} documents (medians of {res['reps']}): "
        f"{res['scaling_without_export']}x to the last result stored (target >= {TARGET}), "
        f"{res['scaling']}x with the export"
        + (f" ({res['disturbed_runs']} run(s) disturbed by other processes)"
           if res["disturbed_runs"] else ""),
        f"  the machine's ceiling for this work: plain read() loops in warmed processes (no "
        f"start-up, store or pool) scale {res['plain_read']['scaling']}x "
        f"({res['plain_read']['one_s']} -> {res['plain_read']['two_s']} s); the CLI got "
        f"{res['scaling_without_export'] / res['plain_read']['scaling']:.2f} of it",
        f"  cores kept busy: {res['workers_2']['cores_used']} with 2 workers, "
        f"{res['workers_1']['cores_used']} with 1 (the part of the scaling that does not depend on "
        f"the machine's speed; workers' CPU {res['worker_cpu_ratio']}x)",
        f"  {'':<28}{'1 worker':>12}{'2 workers':>12}",
    ]
    for label, key in (("wall, whole process (s)", "wall"),
                       ("  to the last result stored", "to_stored"),
                       ("  export (s)", "export_wall"),
                       ("CPU main process (s)", "main_cpu"),
                       ("  of it in the export", "export_cpu"),
                       ("CPU workers (s)", "workers_cpu"),
                       ("  per document (ms)", "workers_cpu_per_doc_ms"),
                       ("cores used (CPU / wall)", "cores_used"),
                       ("CPU other processes (s)", "others_cpu"),
                       ("load average before", "load_before")):
        lines.append(f"  {label:<28}{one[key]!s:>12}{two[key]!s:>12}")
    lines.append("  main process during the run, wall/CPU s:")
    for name in one["parts"]:
        a, b = one["parts"][name], two["parts"][name]
        lines.append(f"    {name:<26}{a[0]:>6.2f}/{a[1]:<5.2f}{b[0]:>6.2f}/{b[1]:<5.2f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more folders of documents")
    ap.add_argument("--docs", type=int, default=200, help="distinct documents (default 200)")
    ap.add_argument("--reps", type=int, default=3, help="runs per worker count (default 3)")
    ap.add_argument("--retries", type=int, default=3,
                    help="times a run is repeated while other processes took more than "
                    f"{OTHERS_MAX * 100:.0f}%% of the machine (default 3)")
    ap.add_argument("--json", type=Path, help="write the results as JSON here")
    ap.add_argument("--plain-child", nargs=2, metavar=("PROCS", "FOLDER"),
                    help=argparse.SUPPRESS)  # the plain read() measurement's own process
    args = ap.parse_args(argv)
    if args.plain_child:
        print(json.dumps(plain_child(Path(args.plain_child[1]), int(args.plain_child[0]))))
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench import find_inputs

    inputs = find_inputs([SAMPLE_DOCS, *args.dirs])
    with tempfile.TemporaryDirectory(prefix="reviewminer-scaling-") as tmp:
        res = bench_scaling(inputs, Path(tmp), args.docs, args.reps, args.retries)
    print("\n".join(report(res)))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
