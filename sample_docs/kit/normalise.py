"""Byte normalisation, so that rebuilding a sample document gives identical bytes.

* .docx: the zip is rewritten with fixed entry timestamps.
* PDF: creation/modification dates, document IDs and checksums are overwritten with fixed
  values of the same length (so xref offsets stay valid).

Each corpus folder was generated with one normalisation *profile* (see ``kit.corpus``); the
profiles differ only in the fixed values they write, and are kept so the committed files stay
reproducible.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

# profile names
DATED = "dated"      # stamps derived from the publication date and the document name
ZEROED = "zeroed"    # digits zeroed
FIXED = "fixed"      # 2020-01-01, incl. XMP metadata dates

PROFILES = (DATED, ZEROED, FIXED)


def normalise_docx(path: Path, profile: str, publication_date: str) -> None:
    """Rewrite a .docx zip with fixed timestamps (``DATED``: the publication date at 09:00 and
    file mode 0644; otherwise 2020-01-01 00:00)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if profile == DATED:
        y, m, d = (int(x) for x in publication_date.split("-"))
        stamp, mode = (y, m, d, 9, 0, 0), 0o644 << 16
    else:
        stamp, mode = (2020, 1, 1, 0, 0, 0), None
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                info.external_attr = mode
            z.writestr(info, data)
    tmp.replace(path)


def normalise_pdf(path: Path, profile: str, publication_date: str, name: str) -> None:
    data = path.read_bytes()
    if profile == DATED:
        data = _pdf_dated(data, publication_date, name)
    elif profile == ZEROED:
        data = _pdf_zeroed(data)
    elif profile == FIXED:
        data = _pdf_fixed(data)
    else:
        raise ValueError(profile)
    path.write_bytes(data)


def _pdf_dated(data: bytes, iso_date: str, name: str) -> bytes:
    stamp = iso_date.replace("-", "") + "090000"

    def fix_date(m: re.Match[bytes]) -> bytes:
        old = m.group(2)
        new = (stamp.encode() + old[len(stamp):]) if len(old) >= len(stamp) else old
        new = re.sub(rb"[+-]\d\d'\d\d'?", lambda z: b"+00'00'"[: len(z.group(0))], new)
        return m.group(1) + new[: len(old)].ljust(len(old), b"0") + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)(\))", fix_date, data)
    digest = hashlib.md5(name.encode()).hexdigest().upper().encode()
    data = re.sub(rb"<([0-9A-Fa-f]{32})>",
                  lambda m: b"<" + (digest * 4)[: len(m.group(1))] + b">", data)
    return re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + digest, data)


def _pdf_zeroed(data: bytes) -> bytes:
    def fixdate(m: re.Match[bytes]) -> bytes:
        s = m.group(0)
        return s[:len(m.group(1))] + re.sub(rb"\d", b"0", s[len(m.group(1)):])

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)[0-9+\-Z']+", fixdate, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    return re.sub(rb"(/DocChecksum /)[0-9A-Fa-f]{32}", lambda m: m.group(1) + b"0" * 32, data)


def _pdf_fixed(data: bytes) -> bytes:
    def date(m: re.Match[bytes]) -> bytes:
        return m.group(1) + b"D:20200101000000" + b" " * (len(m.group(2)) - 16) + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)(\))", date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    return re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"2020-01-01T00:00:00"[:len(m.group(2))].ljust(
                      len(m.group(2)), b" ") + m.group(3), data)
