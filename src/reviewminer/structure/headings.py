"""Which blocks are headings: the heuristics over text, numbers and typography.

A block is a heading when its style says so (DOCX heading styles, PDF typography from the parser,
see :mod:`reviewminer.structure.typography`) or when it looks like one: short, no final full stop,
no modal verb, and bold, larger than body text, ALL CAPS, or a numbered title that the heading
lexicon knows. Title-page lines and table-of-contents entries are never headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewminer.model import SectionKind
from reviewminer.parsers.base import Block
from reviewminer.rules import Rules
from reviewminer.structure.labels import split_heading_number

_SENTENCE_END = re.compile(r"[.;,]$")


@dataclass(frozen=True)
class HeadingSettings:
    """Thresholds of the heading heuristics (not domain data: typographic proportions)."""

    max_chars: int = 160  # longer blocks are never headings
    max_words_styled: int = 25  # a block styled as a heading, at most this many words
    max_words: int = 16  # an unstyled block, at most this many words
    max_words_sentence_title: int = 8  # a known numbered title may end like a sentence
    max_words_bold_colon: int = 8  # a bold run-in "Remit:" heading
    larger_ratio: float = 1.15  # font size over body size that marks a heading
    max_words_larger: int = 14
    min_caps_letters: int = 4  # ALL CAPS headings need this many letters
    max_words_caps: int = 12
    max_words_known_numbered: int = 7  # "7. Terms of Reference"
    max_words_known_bare: int = 5  # "Recommendations"
    max_words_labelled_title: int = 8  # "Recommendation 4: A new framework" titles its item

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if value <= 0:
                raise ValueError(f"HeadingSettings.{name} must be positive, got {value!r}")


DEFAULT_HEADING_SETTINGS = HeadingSettings()


def _typographic(b: Block, text: str, words: list[str], title: str, body_size: float | None,
                 s: HeadingSettings) -> bool:
    """Bold, larger or ALL CAPS: set like a heading."""
    if b.bold and (not text.endswith(":") or len(words) <= s.max_words_bold_colon):
        return True  # bold lines, also run-in style "Remit:" headings
    larger = body_size is not None and b.font_size is not None and \
        b.font_size >= body_size * s.larger_ratio
    if larger and len(words) <= s.max_words_larger:
        return True
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= s.min_caps_letters and all(c.isupper() for c in letters) and \
        len(words) <= s.max_words_caps


def _known_title(text: str, num: str | None, title: str, rules: Rules, s: HeadingSettings) -> bool:
    """A bare lexicon title ("Recommendations", "7. Terms of Reference", "Appendix 2")."""
    n = len(title.split())
    if rules.section_kind(title) == SectionKind.OTHER or n > s.max_words_known_numbered:
        return False
    if text.endswith(":") or (num is None and ":" in text):
        return False
    if text[:1] in "([" and text[-1:] in ")]":
        return False  # a tag in brackets ("(Recommendation)" closing a finding), not a title
    return num is not None or n <= s.max_words_known_bare


def _sentence_like(text: str, words: list[str], num: str | None, title: str, rules: Rules,
                   s: HeadingSettings) -> bool:
    if _SENTENCE_END.search(text) and not (num and rules.section_kind(title) != SectionKind.OTHER
                                           and len(words) <= s.max_words_sentence_title):
        return True
    padded = f" {text.lower()} "
    return any(f" {w} " in padded for w in rules.sections.not_heading_words)


def looks_like_heading(b: Block, rules: Rules, body_size: float | None,
                       s: HeadingSettings = DEFAULT_HEADING_SETTINGS) -> bool:
    """Whether a block is a heading (see module docstring)."""
    if b.kind == "table" or b.is_contents_entry:
        return False
    text = b.text.strip()
    if not text or len(text) > s.max_chars or text.startswith("•"):
        return False
    if rules.labels.item_heading.match(text):
        return False  # "Recommendation 3" labels an item, it is not a section
    labelled = rules.labels.item_label.match(text)
    if labelled and len(labelled.group("rest").split()) > s.max_words_labelled_title:
        return False  # "Recommendation 2: That the definition ... be reviewed": the item itself
    words = text.split()
    num, title = split_heading_number(text, rules.labels)
    if rules.labels.contents_entry.search(text) and num is not None and len(words) > 1 and \
            b.kind != "heading":
        return False
    if b.kind == "heading":
        return len(words) <= s.max_words_styled
    if b.bold and body_size is not None and b.font_size is not None and \
            b.font_size >= body_size * s.larger_ratio and len(words) <= s.max_words_styled:
        return True  # bold and larger: a heading even when it reads as a sentence ("...: good.")
    if len(words) > s.max_words or _sentence_like(text, words, num, title, rules, s):
        return False
    return _typographic(b, text, words, title, body_size, s) or _known_title(text, num, title, rules, s)
