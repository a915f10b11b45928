#!/usr/bin/env python3
"""reviewminer benchmarks (not a test): speed, scaling, memory, a 1,000-document archive.

Usage::

    python benchmarks/bench.py [DIR ...] [--json results.json] [--quick] [--archive-size N]
                               [--skip-archive] [--kill-after S] [--real DIR] [--pdf-speed]
                               [--batch-docs N] [--batch-reps R]

Measures, on this machine, for the PDFs and .docx files of ``sample_docs/`` and any DIR given:

0. the cold start of ``reviewminer show`` on a short PDF and .docx, a fresh process each time
   (``benchmarks/cold_start.py``; target < 0.8 s);
1. single-document ``reviewminer.read()`` pages/s, and its ratio to a raw pypdfium2 text pass
   (``get_text_range`` on every page; target >= 0.4) and to a pdfplumber ``extract_text`` pass
   (target >= 10x faster), over the same PDFs;
1b. the same ratio for each PDF producer family (LibreOffice, Word, browser, InDesign, from the
   /Producer and /Creator metadata), over these PDFs and the real ones of ``--real`` (default
   ``../shared/real_docs`` when present), ``read()`` and pypdfium2 interleaved file by file in
   one process (target >= 0.5 for every family, judged on real report content: a family of real
   PDFs here, else its 1c figure; the sample families are reported, marked synthetic);
1c. the same ratio on the real reports of ``--real`` with their text set again by LibreOffice
   (.docx) and by headless Chromium (HTML) (``benchmarks/retypeset.py``; the PDFs are made once
   and kept in ``~/.cache/reviewminer-bench``; skipped without LibreOffice, Chromium or
   python-docx): the sample reports behind 1b's LibreOffice and browser families hold about five
   times more recommendations per page than real reports;
2. batch throughput and scaling of ``reviewminer extract`` with 1 and 2 workers over distinct
   copies of the inputs (copies differ by a PDF comment after ``%%EOF`` or an extra zip member, so
   dedupe by hash does not skip them), 200 documents by default, whole processes, medians of 3:
   wall and CPU of the main process and of the workers, the export apart, and where the main
   process spends its time (``benchmarks/scaling.py``; target >= 1.8x);
3. peak memory (ru_maxrss) per worker in the batch run, and of ``read()`` on a generated
   ~300-page PDF (target < 400 MB);
4. an archive of N distinct documents (default 1,000, a few exact duplicates included) generated in
   a temporary folder, processed end to end by the CLI; the re-export of that run (``--resume``
   with nothing to read: every table written again from the store; median of 3 in CSV, then
   xlsx once); then a second run killed with SIGKILL after a few seconds and resumed with
   ``--resume``, checking that the store holds one row per unique input and the tables have no
   duplicate rows;
5. ``read()`` on concatenations of the sample PDFs of 10, 100 and 1,000 pages, each in a fresh
   process: pages/s (about constant when the cost is linear in pages), the ratio to pypdfium2 in
   the same process and the peak RSS (target < 200 MB at 1,000 pages);
6. the slow inputs (``slow_formats.py``): OCR pages/s on image-only copies of sample PDFs, and
   seconds per legacy file (.rtf, .odt, .doc made from sample .docx files by LibreOffice);
   ``skipped`` when Tesseract or LibreOffice is missing.

``--pdf-speed`` runs sections 1b, 1c and 5 only. Nothing is written outside a temporary folder
except the ``--json`` file and 1c's cached PDFs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from cold_start import bench_cold_start, summary_line  # benchmarks/cold_start.py
from producers import (  # benchmarks/producers.py
    bench_producers,
    bench_real_text,
    pdfium_text_pages,
    producer_inputs,
    real_content_verdict,
    real_docs_dir,
)
from producers import summary_lines as producer_lines
from slow_formats import bench_slow_formats  # benchmarks/slow_formats.py
from slow_formats import summary_lines as slow_format_lines

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "sample_docs"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def find_inputs(dirs: list[Path]) -> list[Path]:
    from reviewminer.bulk import find_sources

    return [Path(p) for p in find_sources([str(d) for d in dirs])]


def env_with_src() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "src")] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


# -- 1. single document ------------------------------------------------------------------------


def timed_pass(fn: Any, files: list[Path], min_seconds: float
               ) -> tuple[int, float, int, str | None]:
    """Run ``fn`` over ``files`` repeatedly for at least ``min_seconds``.

    Returns (pages, seconds, errors, first error message).
    """
    pages = errors = 0
    first_error = None
    start = time.perf_counter()
    while True:
        for f in files:
            try:
                pages += fn(f)
            except Exception as e:
                errors += 1
                first_error = first_error or f"{f.name}: {type(e).__name__}: {e}"[:300]
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return pages, elapsed, errors, first_error


def bench_single(pdfs: list[Path], min_seconds: float) -> dict[str, Any]:
    import pdfplumber

    import reviewminer

    def rm(p: Path) -> int:
        return reviewminer.read(p).page_count

    def plumber_text(p: Path) -> int:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
            return len(pdf.pages)

    warm_errors = 0
    for p in pdfs[:1]:  # load the spaCy pipeline and rules outside the timing
        try:
            rm(p)
        except Exception:
            warm_errors += 1
    out: dict[str, Any] = {"pdfs": len(pdfs)}
    for name, fn, secs in (("read", rm, min_seconds), ("pypdfium2", pdfium_text_pages, min_seconds),
                           ("pdfplumber", plumber_text, min_seconds / 2)):
        pages, elapsed, errors, first_error = timed_pass(fn, pdfs, secs)
        out[name] = {"pages": pages, "seconds": round(elapsed, 3),
                     "pages_per_s": round(pages / elapsed, 2), "errors": errors,
                     "first_error": first_error}
        log(f"  {name:<11} {pages / elapsed:8.1f} pages/s  ({pages} pages, {elapsed:.1f} s"
            + (f", {errors} errors, e.g. {first_error})" if errors else ")"))
    r, pd_, pl = (out[k]["pages_per_s"] for k in ("read", "pypdfium2", "pdfplumber"))
    out["ratio_to_pypdfium2"] = round(r / pd_, 3) if pd_ else None
    out["speedup_vs_pdfplumber"] = round(r / pl, 2) if pl else None
    out["targets"] = {"ratio_to_pypdfium2": 0.4, "speedup_vs_pdfplumber": 10}
    return out


def peak_rss_mb() -> float:
    """This process's peak resident size in MB: Linux ``VmHWM`` (``ru_maxrss`` of a process
    started by another begins at the parent's peak, so it overstates a child's own), else
    ``ru_maxrss``."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- distinct copies -----------------------------------------------------------------------------


def variant_bytes(src: Path, i: int) -> bytes:
    """A copy of ``src`` whose bytes differ (so its hash differs) but whose content does not."""
    data = src.read_bytes()
    if data[:1024].find(b"%PDF-") >= 0:
        # Bytes after %%EOF are ignored by PDF readers; a comment line keeps the file valid.
        return data + f"\n% reviewminer benchmark variant {i}\n".encode()
    if data.startswith(b"PK\x03\x04"):
        buf = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(buf, "w",
                                                                      zipfile.ZIP_DEFLATED) as z:
            for item in zin.infolist():
                z.writestr(item, zin.read(item.filename))
            z.writestr("customXml/reviewminer-variant.txt", f"variant {i}")
        return buf.getvalue()
    return data + f"\n{i}\n".encode()


def make_copies(inputs: list[Path], folder: Path, n: int, *, duplicates: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for i in range(n):
        src = inputs[i % len(inputs)]
        dst = folder / f"{i // 100:03d}" / f"{src.stem}_{i:05d}{src.suffix}"
        dst.parent.mkdir(exist_ok=True)
        dst.write_bytes(variant_bytes(src, i))
        out.append(dst)
    for j in range(duplicates):  # exact duplicates under other names (read once)
        src = out[(j * 37) % len(out)]
        dst = folder / "dups" / f"dup_{j:04d}_{src.name}"
        dst.parent.mkdir(exist_ok=True)
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


# -- 2. batch throughput -------------------------------------------------------------------------


def bench_batch(inputs: list[Path], tmp: Path, n_docs: int, reps: int) -> dict[str, Any]:
    """Scaling from 1 to 2 workers of the CLI over ``n_docs`` distinct copies (see
    ``benchmarks/scaling.py``), then the start-up cost of one worker."""
    from scaling import bench_scaling, report

    out = bench_scaling(inputs, tmp, n_docs, reps)
    for line in report(out):
        log(line)
    # Start-up cost of one worker process (fresh interpreter, imports, rules, analyzer): what a
    # crash or a timeout costs. A fork of a warm parent would be cheaper but is
    # unsafe with pdfium state and threads, hence fresh interpreters.
    from reviewminer.bulk import Task, WorkerPool

    small = min(inputs, key=lambda p: p.stat().st_size)
    start = time.perf_counter()
    with WorkerPool(1) as pool:
        outcomes = [o for _t, o in pool.imap_unordered([Task("warm", str(small))])]
    out["worker_start_s"] = round(time.perf_counter() - start - (outcomes[0].seconds or 0), 2)
    log(f"  worker start-up: {out['worker_start_s']} s")
    return out


# -- 3. memory on a ~300-page PDF ----------------------------------------------------------------


def make_long_pdf(pdfs: list[Path], path: Path, pages: int) -> int:
    import pypdfium2 as pdfium

    dst = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(p)) for p in pdfs]
    i = 0
    while len(dst) < pages:
        dst.import_pages(sources[i % len(sources)])
        i += 1
    dst.save(str(path))
    n = len(dst)
    for s in sources:
        s.close()
    dst.close()
    return n


_MEM_CHILD = r"""
import json, resource, sys, time
import reviewminer
def rss():  # VmHWM: ru_maxrss of a spawned process starts at its parent's peak
    try:
        with open("/proc/self/status") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
small, big = sys.argv[1], sys.argv[2]
try:
    reviewminer.read(small)
except Exception as e:
    pass
base = rss()
t = time.perf_counter()
err = None
pages = 0
try:
    pages = reviewminer.read(big).page_count
except Exception as e:
    err = f"{type(e).__name__}: {e}"
print(json.dumps({"baseline_mb": round(base, 1), "peak_mb": round(rss(), 1), "pages": pages,
                  "seconds": round(time.perf_counter() - t, 2), "error": err}))
"""


def bench_memory(pdfs: list[Path], tmp: Path, pages: int) -> dict[str, Any]:
    big = tmp / "long.pdf"
    n = make_long_pdf(pdfs, big, pages)
    res = subprocess.run([sys.executable, "-c", _MEM_CHILD, str(pdfs[0]), str(big)],
                         capture_output=True, text=True, env=env_with_src(), timeout=1800)
    try:
        out = json.loads(res.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        out = {"error": res.stderr.strip()[-500:]}
    out["generated_pages"] = n
    out["target_peak_mb"] = 400
    log(f"  {n}-page PDF ({out.get('pages')} pages read): peak RSS {out.get('peak_mb')} MB "
        f"(after warm-up "
        f"{out.get('baseline_mb')} MB), {out.get('seconds')} s"
        + (f", error {out['error']}" if out.get("error") else ""))
    return out


# -- 4. archive end to end, kill and resume ------------------------------------------------------


def _count(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _check_tables(out: Path, n_inputs: int, n_unique: int) -> dict[str, Any]:
    import pandas as pd

    docs = pd.read_csv(out / "documents.csv")
    fails = pd.read_csv(out / "failures.csv")
    checks: dict[str, Any] = {
        "store_documents": _count(out / "reviewminer.sqlite"),
        "documents_rows": len(docs),
        "failures_rows": len(fails),
        "unique_inputs": n_unique,
        "inputs": n_inputs,
    }
    checks["store_equals_unique_inputs"] = checks["store_documents"] == n_unique
    checks["every_input_listed_once"] = (
        len(docs) + len(fails) == n_inputs and docs["source"].is_unique
        and not set(docs["source"]) & set(fails["source"]))
    dup = 0
    for table, key in (("sections", "section_id"), ("recommendations", "recommendation_id"),
                       ("lines_of_enquiry", "enquiry_id")):
        frame = pd.read_csv(out / f"{table}.csv")
        dup += int(frame.duplicated(["document_id", key]).sum())
    checks["duplicate_rows"] = dup
    return checks


def _rows(out: Path) -> int:
    import pandas as pd

    return sum(len(pd.read_csv(p)) for p in out.glob("*.csv"))


def bench_reexport(cmd: list[str], out: Path, env: dict[str, str]) -> dict[str, Any]:
    """``extract --resume`` on a finished run: nothing to read, every table written again from
    the store (median of 3, CSV; then once as xlsx)."""
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd + ["--out", str(out), "--resume"], env=env, capture_output=True,
                       check=True)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    subprocess.run(cmd + ["--out", str(out), "--resume", "--format", "xlsx"], env=env,
                   capture_output=True, check=True)
    xlsx_s = time.perf_counter() - t
    subprocess.run(cmd + ["--out", str(out), "--resume"], env=env, capture_output=True,
                   check=True)  # the CSV tables back for the checks that follow
    return {"rows": _rows(out), "csv_median_s": round(sorted(times)[1], 2),
            "csv_runs_s": [round(x, 2) for x in times], "xlsx_s": round(xlsx_s, 1)}


def bench_archive(inputs: list[Path], tmp: Path, size: int, kill_after: float | None
                  ) -> dict[str, Any]:
    folder = tmp / "archive"
    dups = max(1, size // 50)
    t = time.perf_counter()
    files = make_copies(inputs, folder, size - dups, duplicates=dups)
    gen_s = time.perf_counter() - t
    n_inputs, n_unique = len(files), size - dups
    log(f"  generated {n_inputs} files ({dups} exact duplicates) in {gen_s:.1f} s")
    cmd = [sys.executable, "-m", "reviewminer.cli", "extract", str(folder), "--quiet"]
    env = env_with_src()
    result: dict[str, Any] = {"inputs": n_inputs, "unique": n_unique}

    out1 = tmp / "out-full"
    t = time.perf_counter()
    run = subprocess.run(cmd + ["--out", str(out1)], env=env, capture_output=True, text=True)
    full_s = time.perf_counter() - t
    result["full_run"] = {"seconds": round(full_s, 1), "exit": run.returncode,
                          "docs_per_s": round(n_inputs / full_s, 2),
                          **_check_tables(out1, n_inputs, n_unique)}
    log(f"  full run: {full_s:.1f} s, exit {run.returncode}, {result['full_run']}")
    result["reexport"] = bench_reexport(cmd, out1, env)
    log(f"  re-export (--resume, nothing to read): {result['reexport']}")

    out2 = tmp / "out-killed"
    kill_after = kill_after if kill_after is not None else max(3.0, full_s / 2)
    proc = subprocess.Popen(cmd + ["--out", str(out2)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = _count(out2 / "reviewminer.sqlite")
    t = time.perf_counter()
    run = subprocess.run(cmd + ["--out", str(out2), "--resume"], env=env, capture_output=True,
                         text=True)
    resume_s = time.perf_counter() - t
    result["killed_and_resumed"] = {
        "killed_after_s": round(kill_after, 1), "documents_at_kill": at_kill,
        "resume_seconds": round(resume_s, 1), "exit": run.returncode,
        **_check_tables(out2, n_inputs, n_unique),
    }
    import pandas as pd

    from reviewminer.export import COLUMNS

    same = all(
        pd.read_csv(out1 / f"{t}.csv").equals(pd.read_csv(out2 / f"{t}.csv"))
        for t in [*COLUMNS, "failures"])
    result["killed_and_resumed"]["tables_equal_full_run"] = same
    log(f"  killed after {kill_after:.1f} s with {at_kill} documents stored; resumed in "
        f"{resume_s:.1f} s: {result['killed_and_resumed']}")
    return result


# -- 5. cost against length: 10 / 100 / 1,000 pages ---------------------------------------------

_LINEAR_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import reviewminer
from bench import pdfium_text_pages, peak_rss_mb as rss
warm, big, repeats = sys.argv[2], sys.argv[3], int(sys.argv[4])
reviewminer.read(warm)
base = rss()
t = time.perf_counter()
pages = reviewminer.read(big).page_count  # first, so that the peak is read()'s own
t_read, peak = time.perf_counter() - t, rss()
t_raw = 0.0
for i in range(repeats):
    t = time.perf_counter()
    pdfium_text_pages(big)
    t_raw += time.perf_counter() - t
    if i + 1 < repeats:
        t = time.perf_counter()
        reviewminer.read(big)
        t_read += time.perf_counter() - t
print(json.dumps({"pages": pages, "read_s": round(t_read, 3), "pypdfium2_s": round(t_raw, 3),
                  "baseline_mb": round(base, 1), "peak_mb": round(peak, 1)}))
"""


def bench_linearity(pdfs: list[Path], tmp: Path, sizes: tuple[int, ...] = (10, 100, 1000),
                    pages_per_size: int = 600) -> dict[str, Any]:
    """``read()`` on concatenations of the sample PDFs (pypdfium2 ``import_pages``) of 10, 100
    and 1,000 pages, each in a fresh process: pages/s, the ratio to raw pypdfium2 in the same
    process, and the peak RSS of the process (spaCy and rules loaded; target < 200 MB at 1,000
    pages). Pages/s about constant across the sizes means a cost linear in pages."""
    out: dict[str, Any] = {"target_peak_mb": 200}
    for size in sizes:
        path = tmp / f"concat-{size}.pdf"
        n = make_long_pdf(pdfs, path, size)
        # about pages_per_size pages at each size (so that small sizes are not noise), at least
        # two runs of each when there are that many pages
        repeats = max(2 if pages_per_size >= 2 * size else 1, pages_per_size // size)
        res = subprocess.run(
            [sys.executable, "-c", _LINEAR_CHILD, str(Path(__file__).resolve().parent),
             str(pdfs[0]), str(path), str(repeats)],
            capture_output=True, text=True, env=env_with_src(), timeout=3600)
        try:
            r: dict[str, Any] = json.loads(res.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            r = {"error": res.stderr.strip()[-500:]}
        if r.get("read_s"):
            r["read_pages_per_s"] = round(n * repeats / r["read_s"], 1)
            r["pypdfium2_pages_per_s"] = round(n * repeats / r["pypdfium2_s"], 1)
            r["ratio_to_pypdfium2"] = round(r["pypdfium2_s"] / r["read_s"], 3)
        out[str(size)] = {"generated_pages": n, "repeats": repeats, **r}
        log(f"  {n:5d} pages x{repeats}: read() {r.get('read_pages_per_s')} pages/s, pypdfium2 "
            f"{r.get('pypdfium2_pages_per_s')} pages/s, ratio {r.get('ratio_to_pypdfium2')}, "
            f"peak RSS {r.get('peak_mb')} MB (after warm-up {r.get('baseline_mb')} MB)"
            + (f", error {r['error']}" if r.get("error") else ""))
    return out


def run_pdf_speed(args: argparse.Namespace, pdfs: list[Path], results: dict[str, Any]) -> int:
    """``--pdf-speed``: sections 1b and 5 only."""
    samples = [p for p in pdfs if p.is_relative_to(SAMPLE_DOCS)] or pdfs
    with tempfile.TemporaryDirectory(prefix="reviewminer-bench-") as tmpdir:
        log("1b. read() against pypdfium2, per producer")
        results["producers"] = bench_producers(producer_inputs(pdfs, args.real),
                                               3.0 if args.quick else 10.0)
        log("1c. read() against pypdfium2, real reports' text set by LibreOffice and Chromium")
        results["real_text"] = bench_real_text(args.real, 3.0 if args.quick else 10.0)
        results["real_content"] = real_content_verdict(results)
        log("5. read() at 10, 100 and 1,000 pages")
        results["linearity"] = bench_linearity(samples, Path(tmpdir),
                                               pages_per_size=1000 if args.quick else 2000)
    print("\n".join(["", "reviewminer benchmark summary (read() against pypdfium2)",
                     *pdf_speed_summary(results)]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
        print(f"  results written to {args.json}")
    return 0


def pdf_speed_summary(results: dict[str, Any]) -> list[str]:
    """Summary lines of sections 1b, 1c and 5."""
    lines = producer_lines(results)
    for r in (results.get("linearity") or {}).values():
        if isinstance(r, dict):
            lines.append(f"  {r['generated_pages']:>5} pages:   read() {r.get('read_pages_per_s')}"
                         f" pages/s, {r.get('ratio_to_pypdfium2')} of pypdfium2, peak RSS "
                         f"{r.get('peak_mb')} MB (target < 200 at 1,000 pages)")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more folders of documents")
    ap.add_argument("--json", type=Path, help="write the results as JSON here")
    ap.add_argument("--quick", action="store_true", help="smaller, faster runs")
    ap.add_argument("--archive-size", type=int, default=None,
                    help="documents in the generated archive (default 1000; --quick 100)")
    ap.add_argument("--skip-archive", action="store_true")
    ap.add_argument("--kill-after", type=float, default=None,
                    help="seconds before the second archive run is killed (default: half the "
                    "full run)")
    ap.add_argument("--batch-docs", type=int, default=200,
                    help="documents in the throughput runs (default 200)")
    ap.add_argument("--batch-reps", type=int, default=None,
                    help="runs per worker count in the throughput runs (default 3; --quick 1)")
    ap.add_argument("--real", type=Path, default=real_docs_dir(),
                    help="real PDFs for the per-producer ratios (default: ../shared/real_docs "
                    "when present)")
    ap.add_argument("--pdf-speed", action="store_true",
                    help="only read() against pypdfium2: per producer (1b, 1c) and at 10/100/1,000 pages")
    args = ap.parse_args(argv)

    import reviewminer

    inputs = find_inputs([SAMPLE_DOCS, *args.dirs])
    pdfs = [p for p in inputs if p.suffix.lower() == ".pdf"]
    if not pdfs:
        log("no PDFs found in sample_docs/ or the folders given")
        return 2
    results: dict[str, Any] = {
        "reviewminer": reviewminer.__version__,
        "python": platform.python_version(),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "inputs": {"files": len(inputs), "pdfs": len(pdfs)},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    if args.pdf_speed:
        return run_pdf_speed(args, pdfs, results)
    with tempfile.TemporaryDirectory(prefix="reviewminer-bench-") as tmpdir:
        tmp = Path(tmpdir)
        log("0. cold start: reviewminer show of a short file in a fresh process")
        results["cold_start"] = bench_cold_start(tmp)
        log(f"1. single document, {len(pdfs)} PDFs")
        results["single"] = bench_single(pdfs, 3.0 if args.quick else 10.0)
        log("1b. read() against pypdfium2, per producer")
        results["producers"] = bench_producers(producer_inputs(pdfs, args.real),
                                               3.0 if args.quick else 10.0)
        log("1c. read() against pypdfium2, real reports' text set by LibreOffice and Chromium")
        results["real_text"] = bench_real_text(args.real, 3.0 if args.quick else 10.0)
        results["real_content"] = real_content_verdict(results)
        log("2. batch throughput")
        results["batch"] = bench_batch(inputs, tmp, args.batch_docs,
                                       args.batch_reps or (1 if args.quick else 3))
        log("3. memory on a long PDF")
        results["memory"] = bench_memory(pdfs, tmp, 300)
        results["memory"]["peak_worker_rss_mb_in_batch"] = max(
            results["batch"][k]["peak_worker_rss_mb"] or 0 for k in ("workers_1", "workers_2"))
        log("5. read() at 10, 100 and 1,000 pages")
        results["linearity"] = bench_linearity(
            [p for p in pdfs if p.is_relative_to(SAMPLE_DOCS)] or pdfs, tmp,
            pages_per_size=1000 if args.quick else 2000)
        log("6. scanned pages (OCR) and legacy files (LibreOffice)")
        (tmp / "slow").mkdir()
        results["slow_formats"] = bench_slow_formats(tmp / "slow", 2 if args.quick else 3)
        if not args.skip_archive:
            size = args.archive_size or (100 if args.quick else 1000)
            log(f"4. archive of {size} documents, full run then kill -9 and --resume")
            results["archive"] = bench_archive(inputs, tmp, size, args.kill_after)
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results["peak_self_rss_mb"] = round(self_rss / 1024, 1)

    s, b, m = results["single"], results["batch"], results["memory"]
    summary = [
        "",
        "reviewminer benchmark summary",
        summary_line(results["cold_start"]),
        f"  read():        {s['read']['pages_per_s']} pages/s",
        f"  vs pypdfium2:  {s['ratio_to_pypdfium2']} (target >= 0.4)  "
        f"[pypdfium2 {s['pypdfium2']['pages_per_s']} pages/s]",
        f"  vs pdfplumber: {s['speedup_vs_pdfplumber']}x faster (target >= 10)  "
        f"[pdfplumber {s['pdfplumber']['pages_per_s']} pages/s]",
        f"  batch:         1 worker {b['workers_1']['pages_per_s']} pages/s, 2 workers "
        f"{b['workers_2']['pages_per_s']} pages/s: scaling {b['scaling_without_export']}x to the"
        f" last result stored (target >= 1.8), {b['scaling']}x with the export; CPU of the main"
        f" process {b['workers_1']['main_cpu']}/{b['workers_2']['main_cpu']} s (1/2 workers), "
        f"load average before {b['workers_1']['load_before']}/{b['workers_2']['load_before']}",
        f"  memory:        worker peak {m['peak_worker_rss_mb_in_batch']} MB; "
        f"{m['generated_pages']}-page PDF peak {m.get('peak_mb')} MB (target < 400)",
    ]
    summary.extend(pdf_speed_summary(results))
    summary.extend(slow_format_lines(results["slow_formats"]))
    if "archive" in results:
        a = results["archive"]
        f, k = a["full_run"], a["killed_and_resumed"]
        summary.append(
            f"  archive:       {a['inputs']} files in {f['seconds']} s ({f['docs_per_s']} docs/s);"
            f" store {f['store_documents']} == unique {a['unique']}: "
            f"{f['store_equals_unique_inputs']}; duplicate rows {f['duplicate_rows']}")
        summary.append(
            f"  kill + resume: killed at {k['killed_after_s']} s ({k['documents_at_kill']} stored),"
            f" resumed in {k['resume_seconds']} s; store == unique: "
            f"{k['store_equals_unique_inputs']}; duplicate rows {k['duplicate_rows']}; "
            f"tables equal to the full run: {k['tables_equal_full_run']}")
        r = a["reexport"]
        summary.append(
            f"  re-export:     {r['rows']} rows, extract --resume with nothing to read "
            f"{r['csv_median_s']} s (CSV, median of 3; target < 2), {r['xlsx_s']} s as xlsx")
    print("\n".join(summary))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
        print(f"  results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
