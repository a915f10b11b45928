"""Compiled regular expressions of the rule data, kept between processes.

Every new process compiles the rule data's regular expressions again: the theme taxonomy's
~1,600 cues, the tokenizer's affix patterns (large Unicode classes), the rule files' patterns.
That is 0.2-0.4 s of CPU in each worker of a bulk run and in each CLI call, more than reading a
short document. Python's :mod:`re` keeps compiled patterns in memory only; this module keeps
their compiled form (sre's code, what ``re.compile`` hands to ``_sre.compile``) in a file, one
per interpreter version, and rebuilds a pattern from it in a few microseconds. A pattern rebuilt
so is equal to ``re.compile(pattern, flags)`` (``==`` on patterns compares their code; the tests
check it for every pattern of the shipped rules).

Only patterns that come from rule data and the shipped tokenizer go through :func:`compile`,
never one built from a document's text: the cache holds no document content. It lives in
``$REVIEWMINER_CACHE_DIR``, else ``$XDG_CACHE_HOME/reviewminer``, else ``~/.cache/reviewminer``
(``REVIEWMINER_CACHE_DIR=off`` turns it off). It is written atomically, merged with what other
processes wrote, when new patterns were compiled: at exit, and by a bulk worker after its
warm-up and before it ends. A cache that cannot be read, is damaged, was written by another
interpreter, or (on POSIX) is owned by another user or writable by others is ignored (patterns
are then compiled as usual); one that cannot be written is not written. Like Python's own
``.pyc`` files it is read with :mod:`marshal`, so it is as trusted as the user's cache folder;
sre also validates the code it is given.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any


def _internals() -> tuple[Any, Any, Any]:
    """sre's modules (``_sre``, the compiler and the parser), or Nones outside CPython."""
    try:
        sre = importlib.import_module("_sre")
        try:  # CPython 3.11+
            return (sre, importlib.import_module("re._compiler"),
                    importlib.import_module("re._parser"))
        except ImportError:  # CPython 3.10
            return sre, importlib.import_module("sre_compile"), importlib.import_module("sre_parse")
    except ImportError:
        return None, None, None


_sre, _sre_compiler, _sre_parser = _internals()
# the array type of one sre code word
_WORD = next((t for t in "IL" if _sre and array.array(t).itemsize == _sre.CODESIZE), "I")

__all__ = ["ENV", "RegexCache", "cache_dir", "compile", "default_cache", "save"]

#: The environment variable that names the cache folder (``off``, ``0`` or empty: no cache).
ENV = "REVIEWMINER_CACHE_DIR"
#: At most this many patterns are kept (the shipped rules need about 1,800; overlays add theirs).
MAX_ENTRIES = 20_000
_OFF = ("", "0", "off", "none", "false", "no")

# (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile after the pattern,
# the code as the bytes of an array of sre code words (a file of int lists loads 5x slower)
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off or the interpreter is not
    CPython (whose sre internals it relies on)."""
    if _sre is None or sys.implementation.name != "cpython":
        return None
    env = os.environ.get(ENV)
    if env is not None:
        return None if env.strip().lower() in _OFF else Path(env).expanduser()
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:  # no home folder
        return None
    return Path(base) / "reviewminer"


def _file_name() -> str:
    tag = sys.implementation.cache_tag or "unknown"
    return f"regex-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _compile_fresh(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry | None]:
    """``re.compile`` done in its steps, to keep the code; a bad pattern raises ``re.error``
    as ``re.compile`` does. Anything unexpected in the interpreter's internals: plain
    ``re.compile`` and no entry."""
    try:
        parsed = _sre_parser.parse(pattern, flags)
        code = [int(c) for c in _sre_compiler._code(parsed, flags)]
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[Any] = [None] * state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry: Entry = (int(flags | state.flags), array.array(_WORD, code).tobytes(),
                        state.groups - 1, groupindex, tuple(indexgroup))
        return _rebuild(pattern, entry), entry
    except re.error:
        raise
    except Exception:  # internals changed: the public way
        return re.compile(pattern, flags), None


def _rebuild(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, array.array(_WORD, code).tolist(),
                                             groups, groupindex, indexgroup)
    return compiled


class RegexCache:
    """Compiled patterns by (pattern, flags), read from and written to ``path`` (None: compile
    as usual, keep nothing)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[tuple[str, int], Entry] | None = None
        self._new = 0
        self.hits = 0
        self.misses = 0

    def _load(self) -> dict[tuple[str, int], Entry]:
        if self._entries is None:
            self._entries = _read(self.path) if self.path is not None else {}
        return self._entries

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
        flags = int(flags)
        if self.path is None:
            return re.compile(pattern, flags)
        entries = self._load()
        key = (pattern, flags)
        entry = entries.get(key)
        if entry is not None:
            try:
                compiled = _rebuild(pattern, entry)
                self.hits += 1
                return compiled
            except Exception:  # a damaged entry: compile it again
                entries.pop(key, None)
        self.misses += 1
        compiled, entry = _compile_fresh(pattern, flags)
        if entry is not None and len(entries) < MAX_ENTRIES:
            if self is _DEFAULT[0] and not _AT_EXIT:
                atexit.register(save)
                _AT_EXIT.append(True)
            entries[key] = entry
            self._new += 1
        return compiled

    def save(self) -> bool:
        """Write the patterns compiled since the last save, merged with the file's current
        content; True when written. Never raises: a cache that cannot be written is skipped."""
        if self.path is None or not self._new or self._entries is None:
            return False
        try:
            merged = _read(self.path)
            merged.update(self._entries)
            if len(merged) > MAX_ENTRIES:
                merged = dict(self._entries)
            import tempfile  # (only when writing: it costs start-up time)

            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    marshal.dump((_file_name(), merged), fh)
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except Exception:  # read-only home, full disk, ...: the cache is an accelerator only
            return False
        self._new = 0
        return True


def _read(path: Path | None) -> dict[tuple[str, int], Entry]:
    """The entries of a cache file; empty when missing, damaged or of another interpreter."""
    if path is None or not _trusted(path):
        return {}
    try:
        with open(path, "rb") as fh:
            name, entries = marshal.loads(fh.read())  # (marshal.load(fh) reads 9x slower)
    except Exception:
        return {}
    if name != _file_name() or not isinstance(entries, dict):
        return {}
    return entries


def _trusted(path: Path) -> bool:
    """Whether a cache file may be used: on POSIX, owned by this user and writable by no one
    else (a file others can write could change what a rule pattern matches)."""
    if not hasattr(os, "getuid"):
        return True
    try:
        st = path.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


_DEFAULT: list[RegexCache | None] = [None]
_AT_EXIT: list[bool] = []  # non-empty once the save at exit is registered


def default_cache() -> RegexCache:
    """The process's cache (see the module), made on first use."""
    cache = _DEFAULT[0]
    if cache is None:
        folder = cache_dir()
        cache = RegexCache(None if folder is None else folder / _file_name())
        _DEFAULT[0] = cache
    return cache


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for patterns of rule data, through the process's cache."""
    return default_cache().compile(pattern, flags)


def save() -> bool:
    """Write the process's new patterns to the cache now (a bulk worker ends with
    ``os._exit``, which runs no ``atexit`` handler)."""
    cache = _DEFAULT[0]
    return cache.save() if cache is not None else False
