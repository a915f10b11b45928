"""Named thresholds of the extractors (not domain data: proportions and sizes).

Domain words and patterns live in the rule files (:mod:`reviewminer.rules`); what is left here
are the numbers the extractors compare against, like pdfplumber's ``TableSettings``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

__all__ = ["DEFAULT_EXTRACT_SETTINGS", "ExtractSettings"]


@dataclass(frozen=True)
class ExtractSettings:
    """Thresholds of the extract stage. Every value must be positive; fractions at most 1."""

    # Merging the copies of one recommendation (body, executive summary, table, action plan).
    body_jaccard: float = 0.8  # two body items this similar (Jaccard of word sets) are one
    body_containment: float = 0.9  # ... or the smaller contained in the larger this much
    copy_containment: float = 0.75  # a summary copy / table cell joins a body item it is in
    copy_containment_same_number: float = 0.4  # ... this much when the numbers agree
    same_number_bonus: float = 0.3  # score bonus of a body item with the same number
    # Work bound: word-set comparisons per document; past it only exact repeats are merged
    # (with a warning). Ordinary reports need a few thousand.
    max_dedupe_comparisons: int = 2_000_000
    # A numbered list in a recommendations zone whose items read as recommendations at least
    # this share is a list of recommendations: its other items count too.
    list_share: float = 0.5
    # Confidence: a recommendation found again elsewhere gains this; below ``low_confidence``
    # it is flagged in Report.warnings with its page.
    repeat_bonus: float = 0.05
    low_confidence: float = 0.7
    # Who a recommendation is addressed to.
    max_words_unknown_subject: int = 12  # an unknown body kept as written ("The Youth Team")
    max_words_modal_gap: int = 2  # words between the last agency and "should"
    max_words_possessive_gap: int = 7  # ... when joined by a possessive ("the ICB's lead")
    max_words_before_subject: int = 4  # words before a clause-initial agency chain
    max_headings_back: int = 8  # earlier headings searched for an item's addressee
    # Glossaries: which terms are abbreviations or short names.
    max_words_glossary_term: int = 3
    min_abbreviation_chars: int = 2
    max_abbreviation_chars: int = 10
    min_abbreviation_capitals: int = 2
    # Metadata: a title shorter than this is replaced by the file's own title.
    min_title_chars: int = 6
    # Warnings on a report.
    many_recommendations: int = 40  # more than this: warn of merged lists
    long_recommendation_chars: int = 2500  # longer than this: warn of a run-on text
    # Untrusted input: a document with more text than this is refused as too large (about
    # 5,000 dense pages; the longest real reports have ~1.5 million characters).
    max_text_chars: int = 16_000_000
    # ... and one with more candidate recommendations than this (real reports have dozens;
    # each costs about a millisecond of analysis).
    max_candidates: int = 10_000

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value <= 0:
                raise ValueError(f"ExtractSettings.{f.name} must be positive, got {value!r}")
            if isinstance(value, float) and f.name != "same_number_bonus" and value > 1:
                raise ValueError(f"ExtractSettings.{f.name} is a fraction (0-1], got {value!r}")
        if self.min_abbreviation_chars > self.max_abbreviation_chars:
            raise ValueError("ExtractSettings.min_abbreviation_chars exceeds "
                             "max_abbreviation_chars")


DEFAULT_EXTRACT_SETTINGS = ExtractSettings()
