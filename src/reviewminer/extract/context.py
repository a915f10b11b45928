"""What extractors share: the document, its structure, the rules, and what earlier ones found."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from reviewminer.document import Document
from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from reviewminer.model import ActionItem, EnquiryLine, Metadata, Recommendation, SectionKind
from reviewminer.rules import Rules
from reviewminer.structure.sections import Segmentation

if TYPE_CHECKING:
    from reviewminer.extract.parties import Mention, PartyResolver


@dataclass
class ExtractionContext:
    """One document's extraction state, passed through the registered extractors in order.

    Each extractor reads what it needs and sets its own results; ``extras`` holds the results of
    extractors added by users (keyed by the extractor's name).
    """

    doc: Document
    seg: Segmentation
    rules: Rules
    resolver: PartyResolver
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS
    metadata: Metadata | None = None
    board: Mention | None = None  # the commissioning board or partnership, when named
    lines_of_enquiry: tuple[EnquiryLine, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    action_plan: tuple[ActionItem, ...] = ()
    warnings: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def heading_blocks(self) -> frozenset[int]:
        return frozenset(s.heading_block for s in self.seg.segs)

    @cached_property
    def terms_of_reference_blocks(self) -> frozenset[int]:
        return frozenset(i for s in self.seg.segs if s.kind == SectionKind.TERMS_OF_REFERENCE
                         for i in range(s.first_block, s.last_block + 1))

    @property
    def review_type(self) -> str | None:
        return self.metadata.review_type if self.metadata else None
