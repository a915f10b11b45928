"""The .docx package: the ZIP container, size limits, safe XML parsing, parts and relationships."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from reviewminer.errors import CorruptDocumentError, DocumentTooLargeError
from reviewminer.parsers.docx.ooxml import REL_NS
from reviewminer.parsers.text import normalise

# Untrusted input: no entities, no network, no DTD, no huge trees.
_XML_PARSER_KW: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}

_CORE_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}
# RawDocument.metadata key -> element of docProps/core.xml
_CORE_FIELDS = (("title", "dc:title"), ("author", "dc:creator"), ("subject", "dc:subject"),
                ("created", "dcterms:created"), ("modified", "dcterms:modified"),
                ("last_modified_by", "cp:lastModifiedBy"))
_CORE_DATES = ("created", "modified")


def _resolve_target(base_dir: str, target: str) -> str:
    """The part name a relationship target points at, relative to ``base_dir``."""
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for seg in PurePosixPath(base_dir, target).parts:
        if seg == "..":
            if parts:
                parts.pop()
        elif seg not in (".", ""):
            parts.append(seg)
    return "/".join(parts)


def rel_targets(root: etree._Element | None, base_dir: str) -> dict[str, str]:
    """Relationship type suffix (e.g. "officeDocument") -> part name inside the zip."""
    out: dict[str, str] = {}
    if root is None:
        return out
    for rel in root.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        rtype = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if target and rtype not in out:
            out[rtype] = _resolve_target(base_dir, target)
    return out


def read_part(zf: zipfile.ZipFile, name: str, limit: int, path: Path, what: str = "") -> bytes:
    """The bytes of part ``name``; DocumentTooLargeError past ``limit`` (checked on the declared
    size, then while inflating: the header's size may lie). ``what`` names the limit."""
    what = what or f"{limit / 1e6:.0f} MB limit"
    info = zf.getinfo(name)
    if info.file_size > limit:
        raise DocumentTooLargeError(
            path, f"{name} is {info.file_size / 1e6:.0f} MB uncompressed; past the {what}")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)  # never inflate past the limit
    if len(data) > limit:
        raise DocumentTooLargeError(path, f"{name} inflates past the {what} (a ZIP bomb?)")
    return data


# libxml2's safety limits (huge_tree off: text nodes over 10 MB, nesting over 256 levels) and
# its allocation failures: the part is too large for a safe parse, not damaged.
_XML_LIMIT_ERRORS = ("resource limit", "xml_parse_huge", "excessive depth", "huge input",
                     "memory allocation failed")


def parse_xml(data: bytes, name: str, path: Path) -> etree._Element:
    """Parse a part safely; CorruptDocumentError if it is not well-formed, DocumentTooLargeError
    if it breaks the parser's size limits."""
    try:
        return etree.fromstring(data, etree.XMLParser(**_XML_PARSER_KW))
    except MemoryError as e:
        raise DocumentTooLargeError(path, f"{name} is too large to parse in memory") from e
    except etree.XMLSyntaxError as e:
        if any(k in str(e).lower() for k in _XML_LIMIT_ERRORS):
            raise DocumentTooLargeError(
                path, f"{name} exceeds the XML parser's safety limits ({e})") from e
        raise CorruptDocumentError(path, f"{name} is not well-formed XML ({e})") from e


class Package:
    """An open .docx: its main document part and the parts related to it.

    Every part is read through :meth:`part` with its own size limit, and all parts together
    within ``max_total_bytes``.
    """

    def __init__(self, zf: zipfile.ZipFile, path: Path, max_side_part_bytes: int,
                 max_total_bytes: int) -> None:
        self.zf = zf
        self.path = path
        self.names = set(zf.namelist())
        self.max_side_part_bytes = max_side_part_bytes
        self.max_total_bytes = max_total_bytes
        self.total = 0  # bytes inflated so far
        self.package_rels = rel_targets(self._rels("_rels/.rels"), "")
        main = self.package_rels.get("officeDocument", "word/document.xml")
        if main not in self.names:
            main = "word/document.xml"
        if main not in self.names:
            raise CorruptDocumentError(
                path, "no main document part (word/document.xml): not a Word .docx")
        self.main = main
        self.main_dir = str(PurePosixPath(main).parent)
        rels_name = f"{self.main_dir}/_rels/{PurePosixPath(main).name}.rels"
        self.doc_rels = rel_targets(self._rels(rels_name), self.main_dir)

    def _rels(self, name: str) -> etree._Element | None:
        """A relationships part; a damaged one is ignored (the default part names are tried)."""
        try:
            return self._side_part(name)
        except CorruptDocumentError:
            return None

    def part(self, name: str, limit: int) -> etree._Element:
        """Part ``name`` parsed, within ``limit`` bytes and what is left of the total."""
        left = self.max_total_bytes - self.total
        if left < limit:
            data = read_part(self.zf, name, left, self.path,
                             f"{self.max_total_bytes / 1e6:.0f} MB limit of all parts together")
        else:
            data = read_part(self.zf, name, limit, self.path)
        self.total += len(data)
        return parse_xml(data, name, self.path)

    def main_part(self, limit: int) -> etree._Element:
        return self.part(self.main, limit)

    def _side_part(self, name: str) -> etree._Element | None:
        if name not in self.names:
            return None
        return self.part(name, self.max_side_part_bytes)

    def related(self, rtype: str, default_name: str) -> etree._Element | None:
        """A part related to the main document ("styles", "numbering"), None if absent."""
        return self._side_part(self.doc_rels.get(rtype, f"{self.main_dir}/{default_name}"))

    def metadata(self) -> dict[str, str]:
        """Core properties (title, author, dates, ...); empty when missing or unreadable."""
        try:
            core = self._side_part(self.package_rels.get("core-properties",
                                                         "docProps/core.xml"))
        except CorruptDocumentError:
            core = None  # metadata is optional: a bad core.xml must not lose the text
        return core_metadata(core)


def core_metadata(root: etree._Element | None) -> dict[str, str]:
    """The non-empty core properties, dates in ISO format."""
    if root is None:
        return {}
    out: dict[str, str] = {}
    for key, xpath in _CORE_FIELDS:
        el = root.find(xpath, _CORE_NS)
        value = normalise(el.text or "") if el is not None else ""
        if not value:
            continue
        out[key] = _iso_date(value) if key in _CORE_DATES else value
    return out


def _iso_date(value: str) -> str:
    """A W3CDTF date in Python's ISO format; unchanged when it does not parse."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return value
