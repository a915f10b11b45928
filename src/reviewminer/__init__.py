"""reviewminer: structured extraction from UK safeguarding review reports (PDF and Word).

>>> import reviewminer
>>> report = reviewminer.read("sample_docs/scr_2012_child_k.pdf")  # doctest: +SKIP
>>> frames = report.to_frames()  # doctest: +SKIP

The names below are imported when first used (PEP 562), so ``import reviewminer`` stays light:
the PDF and Word parsers, the bulk runner, pandas and spaCy load only when something needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewminer._lazy import lazy_attribute
from reviewminer._version import __version__

if TYPE_CHECKING:
    from reviewminer.api import read
    from reviewminer.bulk import Corpus, iter_read_many, read_many
    from reviewminer.errors import (
        CorruptDocumentError,
        DocumentTimeoutError,
        DocumentTooLargeError,
        EmptyDocumentError,
        EncryptedDocumentError,
        NoTextLayerError,
        ReviewMinerError,
        RuleFileError,
        UndecodableTextError,
        UnsupportedFormatError,
    )
    from reviewminer.export.reader import read_tables
    from reviewminer.model import (
        SCHEMA_VERSION,
        EnquiryLine,
        Metadata,
        Party,
        Provenance,
        Recommendation,
        Report,
        Section,
    )

#: Public name -> the module that defines it.
_LAZY: dict[str, str] = {
    "read": "reviewminer.api",
    **dict.fromkeys(("Corpus", "iter_read_many", "read_many"), "reviewminer.bulk"),
    **dict.fromkeys(("CorruptDocumentError", "DocumentTimeoutError", "DocumentTooLargeError",
                     "EmptyDocumentError", "EncryptedDocumentError", "NoTextLayerError",
                     "ReviewMinerError", "RuleFileError", "UndecodableTextError",
                     "UnsupportedFormatError"), "reviewminer.errors"),
    **dict.fromkeys(("SCHEMA_VERSION", "EnquiryLine", "Metadata", "Party", "Provenance",
                     "Recommendation", "Report", "Section"), "reviewminer.model"),
    "read_tables": "reviewminer.export.reader",
}

__all__ = [
    "SCHEMA_VERSION",
    "Corpus",
    "CorruptDocumentError",
    "DocumentTimeoutError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "EnquiryLine",
    "Metadata",
    "NoTextLayerError",
    "Party",
    "Provenance",
    "Recommendation",
    "Report",
    "ReviewMinerError",
    "RuleFileError",
    "Section",
    "UndecodableTextError",
    "UnsupportedFormatError",
    "__version__",
    "iter_read_many",
    "read",
    "read_many",
    "read_tables",
]


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _LAZY, globals(), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
