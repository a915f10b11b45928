#!/usr/bin/env python3
"""Cold start (not a test): wall time of ``reviewminer show FILE`` in a fresh process.

Usage::

    python benchmarks/cold_start.py [FILE ...] [--runs N] [--json results.json]

Each file is shown once to warm the file cache and write the bytecode cache, then ``--runs``
times (default 5) in a fresh ``python -m reviewminer show FILE``; the median wall time is the
result (and the child's CPU time, which other work on the machine disturbs less). Without FILEs:
a one-page PDF (the first page of a sample report, made in a temporary folder), a short sample
PDF and a sample .docx. Target: under 0.8 s for a short file. Also measured: a bare interpreter
(``python -c pass``) and ``import reviewminer``.

Bytecode is cached in a temporary folder (``PYTHONPYCACHEPREFIX``) even when
``PYTHONDONTWRITEBYTECODE`` is set: an installed package has its ``.pyc`` files, and compiling
every module from source would add about 0.3 s that no user pays. In the same way the compiled
rule patterns (``reviewminer.rules.regex_cache``) are kept in a temporary folder that the warm-up
run fills, as the first run on a machine does; the first file is also shown with that cache
turned off (``REVIEWMINER_CACHE_DIR=off``: what the very first call on a machine pays).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "sample_docs"
TARGET_S = 0.8


def child_env(pycache: Path) -> dict[str, str]:
    """The environment of a measured child process: this repository's src first, bytecode cached
    under ``pycache`` (as an installed package would have it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "src")] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["REVIEWMINER_CACHE_DIR"] = str(pycache.parent / "regex-cache")
    return env


def time_command(cmd: list[str], env: dict[str, str], runs: int) -> dict[str, Any]:
    """Median wall and CPU seconds of ``runs`` fresh runs of ``cmd`` (after one warm-up)."""
    walls: list[float] = []
    cpus: list[float] = []
    for i in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        res = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if res.returncode != 0:
            return {"error": res.stderr.decode("utf-8", "replace")[-500:]}
        if i:  # the first run warms the caches
            walls.append(wall)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {"wall_s": round(statistics.median(walls), 3), "cpu_s": round(statistics.median(cpus), 3),
            "min_wall_s": round(min(walls), 3), "max_wall_s": round(max(walls), 3), "runs": runs}


def one_page_pdf(src: Path, dst: Path) -> Path:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    out.import_pages(doc, [0])
    out.save(str(dst))
    out.close()
    doc.close()
    return dst


def bench_cold_start(tmp: Path, files: list[Path] | None = None, runs: int = 5) -> dict[str, Any]:
    """Cold ``reviewminer show`` of each file (default: one-page PDF, short PDF, .docx)."""
    env = child_env(tmp / "pycache")
    if not files:
        files = [one_page_pdf(SAMPLE_DOCS / "sar_2019_adult_b.pdf", tmp / "one_page.pdf"),
                 SAMPLE_DOCS / "sar_2019_adult_b.pdf", SAMPLE_DOCS / "sar_2019_adult_b.docx"]
    py = sys.executable
    out: dict[str, Any] = {
        "target_s": TARGET_S,
        "python -c pass": time_command([py, "-c", "pass"], env, runs),
        "import reviewminer": time_command([py, "-c", "import reviewminer"], env, runs),
        "show": {},
    }
    for f in files:
        r = out["show"][str(f)] = time_command([py, "-m", "reviewminer", "show", str(f)], env, runs)
        log(f"  show {f.name}: {r.get('wall_s')} s wall, {r.get('cpu_s')} s CPU"
            + (f", error {r['error']}" if "error" in r else ""))
    walls = [r["wall_s"] for r in out["show"].values() if "wall_s" in r]
    out["worst_wall_s"] = max(walls) if walls else None
    r = out["show, no regex cache"] = time_command(
        [py, "-m", "reviewminer", "show", str(files[0])], {**env, "REVIEWMINER_CACHE_DIR": "off"},
        runs)
    log(f"  show {files[0].name} with no compiled-pattern cache (the first call on a machine): "
        f"{r.get('wall_s')} s wall, {r.get('cpu_s')} s CPU")
    return out


def summary_line(r: dict[str, Any]) -> str:
    shows = ", ".join(f"{Path(f).name} {v.get('wall_s')}" for f, v in r["show"].items())
    return (f"  cold show:     {r['worst_wall_s']} s (target < {r['target_s']})  [{shows}; "
            f"python -c pass {r['python -c pass'].get('wall_s')}, import reviewminer "
            f"{r['import reviewminer'].get('wall_s')}; no pattern cache "
            f"{r.get('show, no regex cache', {}).get('wall_s')}; "
            f"load average {os.getloadavg()[0]:.1f}]")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="documents to show (default: samples)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", type=Path, help="write the results as JSON here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reviewminer-cold-") as tmpdir:
        results = bench_cold_start(Path(tmpdir), args.files, args.runs)
    print(summary_line(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
