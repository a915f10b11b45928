"""Text that can always be written: no lone surrogates in files, the store or on stdout.

A Python ``str`` can hold code points that no UTF-8 file can: *lone surrogates* (U+D800 to
U+DFFF). They come from two places:

* **File names that are not valid UTF-8** (an old Latin-1 name such as ``caf\\xe9.pdf``). Python
  decodes such a name with ``surrogateescape``: each undecodable byte ``0xNN`` becomes U+DCNN, so
  ``open()`` still finds the file. reviewminer keeps that real name for opening the file (and in
  :attr:`reviewminer.bulk.Result.source`).
* **Document text**, e.g. a ``.docx`` symbol ``<w:sym w:char="D800"/>``.

Wherever text is *written* (CSV, Excel, JSON Lines, Parquet, ``show`` output, failure reasons in
the store) :func:`printable` is applied: an escaped byte U+DC80..U+DCFF is written as the four
characters ``\\xNN`` (so ``caf\\xe9.pdf`` shows as ``caf\\xe9.pdf``, a readable and lossless form of
the raw name), any other lone surrogate as U+FFFD (the replacement character). Text without lone
surrogates is returned unchanged.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["has_surrogates", "printable", "printable_obj"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace(m: re.Match[str]) -> str:
    cp = ord(m.group())
    return f"\\x{cp - 0xDC00:02x}" if 0xDC80 <= cp <= 0xDCFF else "\ufffd"


def has_surrogates(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (it cannot be encoded as UTF-8)."""
    return _SURROGATE.search(text) is not None


def printable(text: str) -> str:
    """``text`` with every lone surrogate made writable (``\\xNN`` for an escaped byte, else
    U+FFFD).

    Example:
        >>> printable("caf\\udce9.pdf")
        'caf\\\\xe9.pdf'
        >>> printable("a\\ud800b")
        'a\\ufffdb'
        >>> printable("plain")
        'plain'
    """
    if text.isascii() or not has_surrogates(text):
        return text
    return _SURROGATE.sub(_replace, text)


def printable_obj(obj: Any) -> Any:
    """``obj`` (JSON-like: dicts, lists, tuples, strings, numbers), strings made printable."""
    if isinstance(obj, str):
        return printable(obj)
    if isinstance(obj, dict):
        return {printable_obj(k): printable_obj(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [printable_obj(v) for v in obj]
    return obj
