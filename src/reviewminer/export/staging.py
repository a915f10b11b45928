"""Export sets: every table of one run switched into the output folder together.

:func:`reviewminer.export.write_tables` never writes into the output folder ``OUT`` directly:

1. **Stage.** Every file of the set is written to ``OUT/.reviewminer-staging-<generation>/``
   (each file fsynced). A run killed here leaves the files of the earlier set untouched.
2. **Commit.** A plan (``.commit.json``: the files of the set, and the export files of the earlier
   set that the new set does not have, e.g. ``recommendations.parquet`` when only ``csv`` is
   written now) is written atomically into the staging folder.
3. **Switch.** The staged files are renamed into ``OUT`` (a few milliseconds: the files are
   complete, only directory entries change), the stale files are removed, and the manifest
   ``OUT/.reviewminer-export.json`` (``generation``, ``files``) is renamed in last.

The next writer to ``OUT`` (any later :func:`write_tables`, ``reviewminer extract`` with or
without ``--resume``) first *repairs* the folder (:func:`repair_exports`): a committed staging
folder left by a run killed during the switch is switched in (roll forward), an uncommitted one is
deleted (the earlier set stays), and the ``.<name>.<random>.tmp`` files of an interrupted atomic
write are removed. So the export files in ``OUT`` always end up as one set from one run.
Writers of one folder are serialised by a lock file (``OUT/.reviewminer-export.lock``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "COMMIT_NAME",
    "EXPORT_LOCK",
    "MANIFEST_NAME",
    "STAGING_PREFIX",
    "commit_and_switch",
    "discard_staging",
    "export_lock",
    "is_committed",
    "new_staging",
    "repair_exports",
]

STAGING_PREFIX = ".reviewminer-staging-"
COMMIT_NAME = ".commit.json"
MANIFEST_NAME = ".reviewminer-export.json"
EXPORT_LOCK = ".reviewminer-export.lock"
# The temporary file of an interrupted atomic_write of an export: .<target>.<8 random>.tmp
_TMP = re.compile(r"^\..+\.(csv|xlsx|jsonl|parquet|json)\.[A-Za-z0-9_]{8}\.tmp$")


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _move(src: Path, dst: Path) -> None:
    """Rename one staged file into place (a separate function so tests can stop a run here)."""
    os.replace(src, dst)


@contextlib.contextmanager
def export_lock(out: Path) -> Iterator[None]:
    """Hold the export lock of ``out`` (waits for another writer of the same folder)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    with open(out / EXPORT_LOCK, "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def new_staging(out: Path) -> Path:
    """A fresh, empty staging folder in ``out``."""
    generation = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{os.urandom(3).hex()}"
    folder = out / f"{STAGING_PREFIX}{generation}"
    folder.mkdir()
    return folder


def _generation(staging: Path) -> str:
    return staging.name[len(STAGING_PREFIX):]


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def commit_and_switch(out: Path, staging: Path, files: Sequence[str],
                      candidates: Sequence[str], about: dict[str, Any] | None = None) -> None:
    """Commit the staged set (``files``, all in ``staging``) and switch it into ``out``.

    ``candidates``: export files an earlier set may have left; those present in ``out`` and not
    in ``files`` are removed by the switch. ``about``: more keys for the manifest (how the set was
    written, e.g. ``csv_safe``).
    """
    manifest = {"generation": _generation(staging), "files": sorted(files),
                "written_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **(about or {})}
    _write_json(staging / MANIFEST_NAME, manifest)
    keep = set(files)
    stale = sorted({c for c in candidates if c not in keep and (out / c).exists()})
    _fsync_dir(staging)
    _write_json(staging / COMMIT_NAME, {"files": [*files, MANIFEST_NAME], "remove": stale})
    _switch(out, staging)


def _switch(out: Path, staging: Path) -> None:
    """Carry out the committed plan of ``staging`` (idempotent: a repeated switch finishes it)."""
    plan = json.loads((staging / COMMIT_NAME).read_text(encoding="utf-8"))
    for name in plan["files"]:
        src = staging / name
        if src.exists():
            _move(src, out / name)
    for name in plan["remove"]:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(out / name)
    _fsync_dir(out)
    shutil.rmtree(staging, ignore_errors=True)


def is_committed(staging: Path) -> bool:
    """Whether ``staging`` holds a committed set (its switch may be finished by a later run)."""
    try:
        plan = json.loads((staging / COMMIT_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(plan, dict) and isinstance(plan.get("files"), list) \
        and isinstance(plan.get("remove"), list)


def repair_exports(out: Path) -> list[str]:
    """Finish or undo what an interrupted export left in ``out``; return what was done.

    A committed staging folder is switched in, an uncommitted one removed, stray ``.tmp`` files
    of an atomic write removed. Call it holding :func:`export_lock`.
    """
    done: list[str] = []
    if not out.is_dir():
        return done
    for folder in sorted(out.glob(f"{STAGING_PREFIX}*")):
        if not folder.is_dir():
            continue
        if is_committed(folder):
            _switch(out, folder)
            done.append(f"finished the interrupted export {_generation(folder)}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
            done.append(f"removed the unfinished export {_generation(folder)}")
    for tmp in out.iterdir():
        if _TMP.match(tmp.name) and tmp.is_file():
            with contextlib.suppress(OSError):
                tmp.unlink()
                done.append(f"removed {tmp.name}")
    return done


def discard_staging(out: Path) -> None:
    """Remove every staging folder and the manifest in ``out`` (``--overwrite``)."""
    for folder in out.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(out / MANIFEST_NAME)
