"""Test-only per-document functions for the batch tests, run inside worker processes.

Select one with ``processor="helpers_batch:fake_read"`` or the test-only environment variable
``REVIEWMINER_TEST_PROCESSOR=helpers_batch:fake_read`` (with ``tests/`` on ``PYTHONPATH``).

``fake_read`` builds a small Report from the file's bytes without parsing a PDF, and misbehaves on
command, keyed by a marker in the file:

* ``HANG``: sleeps forever (the timeout must kill it);
* ``EXIT``: ``os._exit(3)``;  ``SEGV``: dereferences NULL through ctypes;
* ``MEMHOG``: allocates until MemoryError (needs a memory limit);
* ``BADPDF``: raises CorruptDocumentError;  ``BUG``: raises a plain KeyError;
* ``SLOW``: sleeps ``REVIEWMINER_TEST_SLOW`` seconds (default 0.3) before answering.

Each call appends the file name to ``$REVIEWMINER_TEST_CALLS`` when that is set, so tests can
count how many times each document was read.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from reviewminer.errors import CorruptDocumentError
from reviewminer.model import (
    Metadata,
    Party,
    Provenance,
    Recommendation,
    RecommendationKind,
    Report,
    Section,
    SectionKind,
)

#: The ``processor`` argument selecting :func:`fake_read`.
FAKE = "helpers_batch:fake_read"


def _log_call(path: Path) -> None:
    calls = os.environ.get("REVIEWMINER_TEST_CALLS")
    if calls:
        # O_APPEND writes of one short line are atomic, so parallel workers do not interleave.
        fd = os.open(calls, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, (path.name + "\n").encode())
        finally:
            os.close(fd)


def fake_read(source: str | os.PathLike[str]) -> Report:
    path = Path(source)
    data = path.read_bytes()
    _log_call(path)
    if b"HANG" in data:
        while True:
            time.sleep(1)
    if b"EXIT" in data:
        os._exit(3)
    if b"SEGV" in data:
        import ctypes

        ctypes.string_at(0)
    if b"MEMHOG" in data:
        hog = []
        while True:
            hog.append(bytearray(64 * 1024 * 1024))
    if b"BADPDF" in data:
        raise CorruptDocumentError(path, "a damaged PDF (test)")
    if b"BUG" in data:
        raise KeyError("missing")
    if b"SLOW" in data:
        time.sleep(float(os.environ.get("REVIEWMINER_TEST_SLOW", "0.3")))
    text = data.decode("utf-8", "replace")
    sha = hashlib.sha256(data).hexdigest()
    n = len(text)
    prov = Provenance(1, 1, 0, n)
    party = Party("r1", "the Board", "Safeguarding Partnership", "partnership", "owner", False,
                  0, 3)
    return Report(
        source=str(path),
        sha256=sha,
        format="pdf",
        page_count=1 + len(data) % 3,
        metadata=Metadata(title=f"Review {path.stem}"),
        text=text,
        sections=(Section("s1", "1 Recommendations", "1", "Recommendations",
                          SectionKind.RECOMMENDATIONS, 1, None, prov),),
        recommendations=(Recommendation("r1", "1", RecommendationKind.RECOMMENDATION,
                                        f"The Board should review {path.stem}.", (party,), "s1",
                                        "1 Recommendations", prov, (prov,)),),
        extractor_version="test",
    )


def write_docs(folder: Path, names_and_contents: dict[str, str | bytes]) -> list[Path]:
    """Create test input files."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, content in names_and_contents.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content.encode() if isinstance(content, str) else content)
        out.append(p)
    return out


def read_calls(path: Path) -> Counter[str]:
    """How many times the fake processor read each file name (from ``$REVIEWMINER_TEST_CALLS``)."""
    return Counter(path.read_text().split()) if path.exists() else Counter()


def where_imported(source: str | os.PathLike[str]) -> dict[str, Any]:
    """A processor answering where the worker imported reviewminer from (and its pid)."""
    import reviewminer
    import reviewminer.bulk.worker

    return {"page_count": 0, "reviewminer": reviewminer.__file__,
            "worker": reviewminer.bulk.worker.__file__, "pid": os.getpid()}


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 60, **env: str
            ) -> subprocess.CompletedProcess[str]:
    """``python -m reviewminer ARGS`` in a fresh process that imports this checkout and the test
    helpers (tests/, tests/hostile/); output decoded with backslash escapes."""
    import reviewminer

    tests = Path(__file__).resolve().parent
    src = Path(reviewminer.__file__).resolve().parent.parent
    full = dict(os.environ)
    full["PYTHONPATH"] = os.pathsep.join([str(src), str(tests), str(tests / "hostile")])
    full.update(env)
    return subprocess.run([sys.executable, "-m", "reviewminer", *args], cwd=cwd, env=full,
                          capture_output=True, text=True, timeout=timeout,
                          errors="backslashreplace")
