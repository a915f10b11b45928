"""reviewminer: structured extraction from UK safeguarding review reports (PDF and Word).

>>> import reviewminer
>>> report = reviewminer.read("sample_docs/scr_2012_child_k.pdf")  # doctest: +SKIP
>>> frames = report.to_frames()  # doctest: +SKIP
"""

from reviewminer._version import __version__
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
