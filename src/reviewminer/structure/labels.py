"""The one label grammar: what starts a line (a number, a titled label, a bullet) and its depth.

Patterns come from ``labels.json`` (:class:`reviewminer.rules.LabelRules`) and, for the labels of
particular items ("Recommendation 3:", "KLOE 2"), from the caller's rule file. Depth is computed
here only (:func:`number_depth`), for headings and list items alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewminer.parsers.base import Block
from reviewminer.rules import LabelRules

_NUMERIC = re.compile(r"[0-9]+(\.[0-9]+)*[A-Z]?")
_PARSER_NUMBER = re.compile(r"([0-9]+(?:\.[0-9]+)*|[a-z]{1,4})$", re.I)
_SPACE = re.compile(r"\s+")
#: Characters between a parser-recovered label and the text it labels.
_LABEL_TRAIL = " :.)-–"


@dataclass
class Label:
    number: str | None  # as printed, without trailing punctuation; None for bullets
    end: int  # length of the label prefix within the block text (incl. following space)
    depth: int  # 0 for bullets; numbering depth otherwise ("2.1" → 2)
    bullet: bool = False
    heading_style: bool = False  # "Recommendation 3" standing alone: the text follows


def number_depth(num: str, labels: LabelRules, *, in_list: bool) -> int:
    """Depth of a number: "2" → 1, "2.1" → 2, "2.1.3" → 3.

    Headings (``in_list=False``): a division ("Part 2", "Appendix A") or a single capital letter or
    Roman numeral is top level; any other label counts its dots. List items (``in_list=True``): an
    "R" prefix is ignored ("R2.1" → 2) and letters or Roman numerals are sub-items (depth 2).
    """
    if in_list:
        n = num.upper().lstrip("R").strip()
        return n.count(".") + 1 if _NUMERIC.fullmatch(n) else 2
    if labels.division_number.match(num) or labels.letter_or_roman.fullmatch(num):
        return 1
    return num.count(".") + 1


def split_heading_number(text: str, labels: LabelRules) -> tuple[str | None, str]:
    """("7", "Recommendations") from "7. Recommendations"; (None, text) when unnumbered."""
    m = labels.heading_number.match(text.strip())
    if m and m.group("title").strip():
        num = m.group("num").strip()
        title = m.group("title").strip()
        if labels.letter_or_roman.fullmatch(num) and len(title.split()) > 8:
            return None, text.strip()  # "A great deal happened ..." is a sentence
        return num, title
    if m and labels.appendix_number.match(m.group("num")):
        return m.group("num").strip(), m.group("num").strip()
    return None, text.strip()


def is_appendix_number(num: str, labels: LabelRules) -> bool:
    return bool(labels.appendix_number.match(num))


def _parser_label(b: Block, text: str, patterns: Sequence[re.Pattern[str]],
                  labels: LabelRules) -> Label:
    """The label a parser recovered (a Word auto-number, a detected list marker)."""
    assert b.label is not None
    end = len(b.label)
    while end < len(text) and text[end] in _LABEL_TRAIL:
        end += 1
    num = None
    for pat in patterns:  # "R1", "Recommendation 3:" labels keep their printed number
        m = pat.match(b.label.strip() + " x")
        if m:
            num = _SPACE.sub("", m.group("num"))
            break
    if num is None:
        raw = b.label.strip().rstrip(".):").lstrip("(")
        m = _PARSER_NUMBER.search(raw)
        num = m.group(1) if m else raw
    return Label(num, end, number_depth(num, labels, in_list=True))


def find_label(b: Block, labels: LabelRules, patterns: Sequence[re.Pattern[str]],
               heading_patterns: Sequence[re.Pattern[str]] = (), *,
               structural: bool = True) -> Label | None:
    """The label starting a block, if any.

    ``patterns`` recognise item labels (group ``num``); ``heading_patterns`` labels that stand
    alone on their line with the text following. ``structural``: also accept the parser's own
    label (Word auto-numbers, detected markers) and bullets; False when only the given patterns
    may start an item.
    """
    text = b.text
    for pat in heading_patterns:
        m = pat.match(text)
        if m:
            num = m.group("num")
            return Label(num, len(text), number_depth(num, labels, in_list=True), heading_style=True)
    if structural and b.label and b.label != "•" and text.startswith(b.label):
        return _parser_label(b, text, patterns, labels)
    for pat in patterns:
        m = pat.match(text)
        if m and m.end() < len(text):
            num = _SPACE.sub("", m.group("num"))
            return Label(num, m.end(), number_depth(num, labels, in_list=True))
    if not structural:
        return None
    m = labels.bullet.match(text)
    if m or (b.label == "•"):
        end = m.end() if m else (len(b.label) + 1 if b.label and text.startswith("•") else 0)
        return Label(None, end, 0, bullet=True)
    return None


def strip_bullet(text: str, labels: LabelRules) -> str:
    """Text without a leading typed bullet."""
    return labels.bullet.sub("", text)
