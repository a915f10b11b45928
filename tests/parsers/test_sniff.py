"""Content sniffing: the format is judged by content; unreadable files get a reason."""

from __future__ import annotations

import pytest


def test_format_detection_by_content(tmp_path):
    from reviewminer.errors import EncryptedDocumentError, UnsupportedFormatError
    from reviewminer.parsers import detect_format

    enc = tmp_path / "locked.docx"
    enc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64
                    + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(EncryptedDocumentError, match=r"locked\.docx: .*password"):
        detect_format(enc)
    doc = tmp_path / "old.docx"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64
                    + "WordDocument".encode("utf-16-le"))
    assert detect_format(doc) == "doc"  # a Word 97-2003 file named .docx: read as a .doc
    other = tmp_path / "sheet.doc"
    other.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    with pytest.raises(UnsupportedFormatError, match="not a Word document"):
        detect_format(other)
    rtf = tmp_path / "x.docx"
    rtf.write_bytes(b"{\\rtf1 hello}")
    assert detect_format(rtf) == "rtf"
