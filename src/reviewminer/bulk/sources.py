"""Finding the input files of a run (paths, folders, globs) and hashing them.

Which files a folder scan picks up is decided by the parser registry
(:func:`reviewminer.parsers.supported_suffixes`): registering a format makes its files found.

The key of a file's content (dedupe and resume) is its SHA-256, except for files larger than
:data:`FULL_HASH_MAX_BYTES`: hashing a 30 GB file would hold up the run for minutes before any
worker starts, so such a file is keyed by a SHA-256 over its size, its modification time and
:data:`SAMPLE_BLOCKS` blocks of :data:`SAMPLE_BLOCK_BYTES` spread over it (the first and the last
included), about 17 MB read whatever the size. The key stays reliable for resuming: a file that is
changed gets a new modification time and so a new key (and is read again); copies of a large file
are read once only when they also share the modification time (hard links, ``cp -p``).
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from reviewminer.bulk.store import STORE_FILENAME, SourceRecord, Store
from reviewminer.digest import file_sha256
from reviewminer.export.staging import MANIFEST_NAME
from reviewminer.logs import get_logger
from reviewminer.parsers import supported_suffixes
from reviewminer.parsers.sniff import unsupported_reason

__all__ = [
    "FULL_HASH_MAX_BYTES",
    "SAMPLE_BLOCKS",
    "SAMPLE_BLOCK_BYTES",
    "content_key",
    "find_sources",
    "hash_source",
    "skip_name",
    "unread_reason",
]

#: Files up to this size are keyed by the SHA-256 of their whole content.
FULL_HASH_MAX_BYTES = 256 * 1024 * 1024
#: Larger files: how many blocks are read, evenly spread, the first and the last included...
SAMPLE_BLOCKS = 17
#: ... and how large each block is.
SAMPLE_BLOCK_BYTES = 1024 * 1024

log = get_logger("reviewminer.bulk")

_GLOB_CHARS = frozenset("*?[")


def skip_name(name: str) -> bool:
    """Hidden files and Office lock files (``~$report.docx``) are never documents."""
    return name.startswith(".") or name.startswith("~$")


def _has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    return os.path.splitext(name)[1].lower() in suffixes


def _walk(folder: Path, suffixes: tuple[str, ...], left_out: list[str] | None = None
          ) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        if _is_output_folder(files):
            dirs[:] = []  # a reviewminer output folder (tables, store) is never input
            continue
        dirs[:] = sorted(d for d in dirs if not skip_name(d))
        for name in sorted(files):
            if skip_name(name):
                continue
            if _has_suffix(name, suffixes):
                found.append(os.path.join(root, name))
            elif left_out is not None:
                left_out.append(os.path.join(root, name))
    return found


#: Files that mark a folder as reviewminer's own output (its store, its export manifest).
OUTPUT_MARKERS = frozenset({STORE_FILENAME, MANIFEST_NAME})


def _is_output_folder(files: list[str]) -> bool:
    return not OUTPUT_MARKERS.isdisjoint(files)


def unread_reason(path: str) -> str:
    """Why a file found in a folder is not read (its suffix is no format reviewminer reads)."""
    return unsupported_reason(Path(path))


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


def find_sources(sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                 left_out: list[str] | None = None) -> list[str]:
    """Expand paths, folders and glob patterns into a list of input files.

    * A folder is searched recursively for files with a suffix of a registered format
      (``.pdf``, ``.docx``, ``.doc``, ``.rtf``, ``.odt``, ... any case); hidden files and
      folders and Office lock files (``~$*``) are left out. The suffix decides inclusion, the
      content decides the format: a ``.pdf`` that is not a PDF becomes a failure, never a silent
      skip. Folders holding reviewminer's own output (a store or an export manifest) are not
      searched. The folder's other files are appended to ``left_out`` when given (a run lists them
      as failures with their reason, :func:`unread_reason`).
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
            for f in _walk(Path(s), suffixes, left_out):
                add(f)
        elif not os.path.exists(s) and _GLOB_CHARS & set(s):
            _expand_glob(s, suffixes, add)
        else:
            add(s)
    return out


def _sampled_sha256(path: str, size: int, mtime_ns: int) -> str:
    """The key of a large file: SHA-256 over size, mtime and evenly spread blocks (see above)."""
    h = hashlib.sha256(f"reviewminer-sampled-1:{size}:{mtime_ns}:".encode())
    last = max(0, size - SAMPLE_BLOCK_BYTES)
    with open(path, "rb") as fh:
        for i in range(SAMPLE_BLOCKS):
            fh.seek(last * i // (SAMPLE_BLOCKS - 1))
            h.update(fh.read(SAMPLE_BLOCK_BYTES))
    return h.hexdigest()


def content_key(path: str, size: int, mtime_ns: int) -> str:
    """The content key of a file: its SHA-256, or for a file over :data:`FULL_HASH_MAX_BYTES` the
    sampled key described in the module docstring (bounded time whatever the size)."""
    if size > FULL_HASH_MAX_BYTES:
        return _sampled_sha256(path, size, mtime_ns)
    return file_sha256(path)


def hash_source(source: str, store: Store | None) -> SourceRecord:
    """The :class:`SourceRecord` of one input: its content key (cached in ``store`` by size and
    mtime), or the reason it cannot be read."""
    path = os.path.abspath(source)
    try:
        st = os.stat(path)
        if not os.path.isfile(path):
            return SourceRecord(path, source, None, code="unsupported_format",
                                reason="not a regular file")
        sha = store.cached_hash(path, st.st_size, st.st_mtime_ns) if store is not None else None
        if sha is None:
            sha = content_key(path, st.st_size, st.st_mtime_ns)
        return SourceRecord(path, source, sha, st.st_size, st.st_mtime_ns)
    except FileNotFoundError:
        return SourceRecord(path, source, None, code="not_found", reason="file not found")
    except OSError as e:
        return SourceRecord(path, source, None, code="unreadable",
                            reason=f"cannot be read: {e.strerror or e}")
    except (UnicodeEncodeError, ValueError) as e:  # a name no file system can hold
        return SourceRecord(path, source, None, code="not_found",
                            reason=f"not a valid file name ({type(e).__name__})")
