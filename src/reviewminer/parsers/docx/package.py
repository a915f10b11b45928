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


def rel_targets(zf: zipfile.ZipFile, rels_name: str, base_dir: str) -> dict[str, str]:
    """Relationship type suffix (e.g. "officeDocument") -> part name inside the zip."""
    out: dict[str, str] = {}
    try:
        data = zf.read(rels_name)
    except KeyError:
        return out
    root = etree.fromstring(data, etree.XMLParser(**_XML_PARSER_KW))
    for rel in root.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        rtype = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if target and rtype not in out:
            out[rtype] = _resolve_target(base_dir, target)
    return out


def read_part(zf: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    """The bytes of part ``name``; DocumentTooLargeError past ``limit`` (checked while inflating)."""
    info = zf.getinfo(name)
    if info.file_size > limit:
        raise DocumentTooLargeError(
            path, f"{name} is {info.file_size / 1e6:.0f} MB uncompressed; the limit is "
                  f"{limit / 1e6:.0f} MB")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)  # the header's size may lie: never inflate past the limit
    if len(data) > limit:
        raise DocumentTooLargeError(
            path, f"{name} inflates past the {limit / 1e6:.0f} MB limit (a ZIP bomb?)")
    return data


def parse_xml(data: bytes, name: str, path: Path) -> etree._Element:
    """Parse a part safely; CorruptDocumentError if it is not well-formed."""
    try:
        return etree.fromstring(data, etree.XMLParser(**_XML_PARSER_KW))
    except etree.XMLSyntaxError as e:
        raise CorruptDocumentError(path, f"{name} is not well-formed XML ({e})") from e


class Package:
    """An open .docx: its main document part and the parts related to it."""

    def __init__(self, zf: zipfile.ZipFile, path: Path, max_side_part_bytes: int) -> None:
        self.zf = zf
        self.path = path
        self.names = set(zf.namelist())
        self.max_side_part_bytes = max_side_part_bytes
        self.package_rels = rel_targets(zf, "_rels/.rels", "")
        main = self.package_rels.get("officeDocument", "word/document.xml")
        if main not in self.names:
            main = "word/document.xml"
        if main not in self.names:
            raise CorruptDocumentError(
                path, "no main document part (word/document.xml): not a Word .docx")
        self.main = main
        self.main_dir = str(PurePosixPath(main).parent)
        rels_name = f"{self.main_dir}/_rels/{PurePosixPath(main).name}.rels"
        self.doc_rels = rel_targets(zf, rels_name, self.main_dir)

    def main_part(self, limit: int) -> etree._Element:
        return parse_xml(read_part(self.zf, self.main, limit, self.path), self.main, self.path)

    def _side_part(self, name: str) -> etree._Element | None:
        if name not in self.names:
            return None
        data = read_part(self.zf, name, self.max_side_part_bytes, self.path)
        return parse_xml(data, name, self.path)

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
