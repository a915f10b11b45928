"""Fixed-template genres (a coroner's Regulation 28 report): the items sit between two template
headings and are owned by the addressees the report is sent to (``templates`` in
``recommendations.json``).

The items are split at a run of labels numbered from 1 ("1.", "(1)", "1)"); with no such run the
whole region after its lead-in is one item. Addressees are split the same way. Every item and
addressee keeps its span in the document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewminer.extract.parties import Mention
from reviewminer.extract.recommendations.candidate import Candidate
from reviewminer.extract.recommendations.scan import Scan
from reviewminer.model import RecommendationKind
from reviewminer.rules.recommendations import Template

__all__ = ["template_candidates"]

#: A label numbering an item: "1." "1)" "(1)" before a capital letter or a quote.
_LABEL = re.compile(r"(?:^|(?<=[\s:;.|]))(?:\((?P<a>\d{1,2})\)|(?P<b>\d{1,2})[.)])\s+"
                    r"(?=[A-Z\"'\u2018\u201c])")
_BULLET = re.compile(r"(?:^|(?<=\s))[\u2022\u25aa\u25cf\u25e6\u25fc\u2013-]\s+(?=[A-Z])")
#: An item shorter than this (words) is a stray label, not an item.
MIN_ITEM_WORDS = 4


def _runs(text: str, start: int, end: int) -> list[tuple[str | None, int, int]]:
    """(number, start, end) of the items in ``text[start:end]``: the run of labels numbered
    1, 2, 3 ... in order, else bullets, else the whole region as one unnumbered item."""
    labels: list[tuple[str, int, int]] = []
    expected = 1
    for m in _LABEL.finditer(text, start, end):
        n = int(m.group("a") or m.group("b"))
        if n == expected:
            labels.append((str(n), m.start(), m.end()))
            expected += 1
    if not labels:
        bullets = [(None, m.start(), m.end()) for m in _BULLET.finditer(text, start, end)]
        if len(bullets) >= 2:
            labels = bullets  # type: ignore[assignment]
    if not labels:
        return [(None, start, end)]
    out: list[tuple[str | None, int, int]] = []
    for k, (num, _, body) in enumerate(labels):
        stop = labels[k + 1][1] if k + 1 < len(labels) else end
        out.append((num, body, stop))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t|:":
        start += 1
    while end > start and text[end - 1] in " \n\t|;":
        end -= 1
    return start, end


def _region(template_start: re.Pattern[str], template_end: re.Pattern[str] | None, text: str,
            after: int = 0) -> tuple[int, int] | None:
    m = template_start.search(text, after)
    if not m or template_end is None:
        return None
    e = template_end.search(text, m.end())
    return (m.end(), e.start()) if e else None


def _addressees(scan: Scan, t: Template) -> list[Mention]:
    """The bodies the report is sent to, each with its span in the document text."""
    if t.addressees_start is None:
        return []
    text = scan.doc.text
    region = _region(t.addressees_start, t.addressees_end, text)
    if region is None:
        return []
    out: list[Mention] = []
    for _, s, e in _runs(text, *region):
        s, e = _trim(text, s, e)
        name = " ".join(text[s:e].split())
        if not name:
            continue
        found = scan.resolver.canonicalise(name)
        canonical, category = (found.canonical, found.category) if found else (name, "unknown")
        out.append(Mention(name, canonical, category, s, e))
    return out


def _items(scan: Scan, t: Template) -> Iterator[tuple[str | None, int, int]]:
    text = scan.doc.text
    region = _region(t.items_start, t.items_end, text)
    if region is None:
        return
    for num, s, e in _runs(text, *region):
        s, e = _trim(text, s, e)
        if len(text[s:e].split()) >= MIN_ITEM_WORDS:
            yield num, s, e


def template_candidates(scan: Scan) -> list[Candidate] | None:
    """The items of a fixed-template document, or None when its genre has no template or the
    template's headings are not found (the other routes then apply)."""
    template = next((t for t in scan.rr.templates if t.review_type == scan.review_type), None)
    if template is None:
        return None
    owners = tuple(_addressees(scan, template))
    out: list[Candidate] = []
    for num, s, e in _items(scan, template):
        text = " ".join(scan.doc.text[s:e].split())
        prov = scan.doc.span_provenance(s, e)
        seg = scan.seg.section_of(scan.doc.block_at(s))
        out.append(Candidate(num, text, RecommendationKind.RECOMMENDATION, seg, prov, None,
                             owners=owners, evidence="template"))
    return out or None
