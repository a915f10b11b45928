"""Finding the input files of a run (paths, folders, globs) and hashing them.

Which files a folder scan picks up is decided by the parser registry
(:func:`reviewminer.parsers.supported_suffixes`): registering a format makes its files found.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from reviewminer.api import file_sha256
from reviewminer.bulk.store import SourceRecord, Store
from reviewminer.parsers import supported_suffixes

__all__ = ["find_sources", "hash_source", "skip_name"]

log = logging.getLogger("reviewminer")

_GLOB_CHARS = frozenset("*?[")


def skip_name(name: str) -> bool:
    """Hidden files and Office lock files (``~$report.docx``) are never documents."""
    return name.startswith(".") or name.startswith("~$")


def _has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    return os.path.splitext(name)[1].lower() in suffixes


def _walk(folder: Path, suffixes: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not skip_name(d))
        for name in sorted(files):
            if not skip_name(name) and _has_suffix(name, suffixes):
                found.append(os.path.join(root, name))
    return found


def _expand_glob(pattern: str, suffixes: tuple[str, ...], add: Callable[[str], None]) -> None:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        log.warning("no files match %s", pattern)
    for m in matches:
        if os.path.isdir(m):
            for f in _walk(Path(m), suffixes):
                add(f)
        elif _has_suffix(m, suffixes) and not skip_name(os.path.basename(m)):
            add(m)


def find_sources(sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand paths, folders and glob patterns into a list of input files.

    * A folder is searched recursively for files with a suffix of a registered format
      (``.pdf`` and ``.docx``, any case); hidden files and folders and Office lock files
      (``~$*``) are left out. The suffix decides inclusion, the content decides the format: a
      ``.pdf`` that is not a PDF becomes a failure, never a silent skip.
    * A glob pattern (``*``, ``?``, ``[``; ``**`` recurses) adds the files it matches and
      searches the folders it matches. A pattern that matches nothing adds nothing (and logs a
      warning).
    * Any other path is kept as given, whatever its suffix: it fails later with a clear reason if
      it does not exist or is not a PDF or .docx.

    Duplicates (the same path named twice) are removed; the order is as given.

    Args:
        sources: one path-like or an iterable of them.

    Returns:
        The input files as strings.

    Example:
        >>> find_sources([])
        []
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    suffixes = supported_suffixes()
    out: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = os.path.abspath(p)
        if key not in seen:
            seen.add(key)
            out.append(os.path.normpath(p))

    for src in sources:
        s = os.fspath(src)
        if os.path.isdir(s):
            for f in _walk(Path(s), suffixes):
                add(f)
        elif not os.path.exists(s) and _GLOB_CHARS & set(s):
            _expand_glob(s, suffixes, add)
        else:
            add(s)
    return out


def hash_source(source: str, store: Store | None) -> SourceRecord:
    """The :class:`SourceRecord` of one input: its content hash (cached in ``store`` by size and
    mtime), or the reason it cannot be read."""
    path = os.path.abspath(source)
    try:
        st = os.stat(path)
        if not os.path.isfile(path):
            return SourceRecord(path, source, None, code="unsupported_format",
                                reason="not a regular file")
        sha = store.cached_hash(path, st.st_size, st.st_mtime_ns) if store is not None else None
        if sha is None:
            sha = file_sha256(path)
        return SourceRecord(path, source, sha, st.st_size, st.st_mtime_ns)
    except FileNotFoundError:
        return SourceRecord(path, source, None, code="not_found", reason="file not found")
    except OSError as e:
        return SourceRecord(path, source, None, code="unreadable",
                            reason=f"cannot be read: {e.strerror or e}")
