"""One registry of format parsers: which formats exist, how each is recognised, who reads it.

A format is registered once with its name, the suffixes it is usually saved under, a content
sniffer and a loader that imports its parser lazily (so reading a .docx never imports pypdfium2):

>>> from reviewminer.parsers import register, Registration
>>> register(Registration("md", (".md",), sniff=lambda head, path: head.startswith(b"# "),
...                       load=lambda: MarkdownParser()))  # doctest: +SKIP

Dispatch is by content (:func:`parser_for`); suffixes only decide which files a folder scan
picks up (:func:`supported_suffixes`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewminer.parsers.base import Parser
from reviewminer.parsers.options import ParseOptions

#: How many leading bytes a sniffer sees.
SNIFF_BYTES = 1024


@dataclass(frozen=True)
class Registration:
    """A readable format.

    Attributes:
        format: short name stored on every :class:`RawDocument` ("pdf", "docx").
        suffixes: file suffixes (lower case, with the dot) a folder scan picks up.
        sniff: ``sniff(head, path) -> bool``: whether a file whose first bytes are ``head`` is in
            this format (``path`` lets a container format look inside).
        load: returns a parser instance; imports its module on first use.
        configure: like ``load``, for a parser that takes the caller's
            :class:`~reviewminer.parsers.options.ParseOptions` (OCR for PDFs); None: ``load``.
    """

    format: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes, Path], bool]
    load: Callable[[], Parser]
    configure: Callable[[ParseOptions], Parser] | None = None


_REGISTRY: dict[str, Registration] = {}


def register(reg: Registration) -> None:
    """Add (or replace) a format. Later registrations are sniffed after earlier ones."""
    _REGISTRY[reg.format] = reg


def registrations() -> tuple[Registration, ...]:
    """Every registered format, in sniffing order."""
    return tuple(_REGISTRY.values())


def supported_suffixes() -> tuple[str, ...]:
    """The suffixes of every registered format, for folder discovery."""
    return tuple(s for reg in _REGISTRY.values() for s in reg.suffixes)


def format_for(head: bytes, path: Path) -> str | None:
    """The first registered format whose sniffer accepts the file, or None."""
    for reg in _REGISTRY.values():
        if reg.sniff(head, path):
            return reg.format
    return None


def get_parser(fmt: str, options: ParseOptions | None = None) -> Parser:
    """The parser for a registered format name, configured with ``options`` if it takes any."""
    from reviewminer.errors import UnsupportedFormatError

    reg = _REGISTRY.get(fmt)
    if reg is None:
        known = ", ".join(_REGISTRY)
        raise UnsupportedFormatError(None, f"no parser for format {fmt!r}; known: {known}")
    if options is not None and reg.configure is not None:
        return reg.configure(options)
    return reg.load()
