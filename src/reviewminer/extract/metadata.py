"""Document-level metadata: title, review type, subject pseudonyms, area/board, publication date."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from reviewminer.document import Document
from reviewminer.extract.parties import Mention, PartyResolver
from reviewminer.model import Metadata
from reviewminer.rules import Rules
from reviewminer.segment import Segmentation

_SUBJECT = re.compile(
    r"\b((?:Siblings|Children)\s+[A-Z]{1,2}\s+and\s+[A-Z]{1,2}"
    r"|(?:Child|Children|Adult|Baby|Family|Young Person|Infant|Sibling)\s+[A-Z]{1,2}[0-9]?"
    r"|(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z])\b(?![a-z'])"
)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_DATE_WORDS = re.compile(
    r"\b(?:published|publication date|date of publication|final (?:version|report)|date)\b[^0-9\n]{0,30}"
    r"(?P<date>[0-9]{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+[0-9]{4}|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}"
    r"|[A-Za-z]+\s+[0-9]{4})",
    re.I,
)
_BOARD_CATEGORIES = ("partnership", "council")
_ADDRESSEE = re.compile(
    r"(?:report to|meeting of|meeting:|committee:|to:)\s+(?:the\s+)?(?P<body>[^\n,.|]{3,80})"
    r"|^(?P<body2>[^\n]{0,60}(?:committee|panel|cabinet|board))\s*$", re.I | re.M)
_BOARD_WORDS = re.compile(
    r"Board|Partnership|Committee|Panel|Council|Cabinet|\b(?:LSCB|SCB|LSCP|SCP|SAB|LSAB|CSP|RSB|"
    r"CPC|SBNI|HWB|MARAC|MAPPA)\b|safeguarding partners", re.I)


def parse_date(text: str) -> str | None:
    """ISO date from "14 March 2012", "14.03.12", "March 2012" (first of month); else None."""
    t = text.strip()
    m = re.fullmatch(r"([0-9]{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+([0-9]{4})", t)
    try:
        if m and m.group(2).lower() in _MONTHS:
            return date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
        m = re.fullmatch(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{2,4})", t)
        if m:
            y = int(m.group(3))
            y = y + 2000 if y < 100 else y
            return date(y, int(m.group(2)), int(m.group(1))).isoformat()
        m = re.fullmatch(r"([A-Za-z]+)\s+([0-9]{4})", t)
        if m and m.group(1).lower() in _MONTHS:
            return date(int(m.group(2)), _MONTHS[m.group(1).lower()], 1).isoformat()
    except ValueError:
        return None
    return None


def review_type(head: str, rules: Rules) -> str | None:
    low = head.lower()
    for pattern, kind, window in rules.review_types:
        if pattern.search(low[:window]):
            return kind
    return None


def commissioning_board(doc: Document, resolver: PartyResolver, review: str | None) -> Mention | None:
    """The board/partnership that commissioned the review: the most named one on early pages."""
    # only lines that can name a board go through the pipeline (tokenising the whole opening
    # pages would cost more than the rest of the extraction)
    head = doc.text[:10000]
    # a few words before each board word are enough to name the board ("Kelvingate
    # Safeguarding Adults Board"); overlapping windows are merged
    spans: list[list[int]] = []
    for m in _BOARD_WORDS.finditer(head):
        start = max(0, m.start() - 60)
        nl = head.rfind("\n", start, m.start())
        start = nl + 1 if nl >= 0 else start
        if spans and start <= spans[-1][1]:
            spans[-1][1] = m.end()
        else:
            spans.append([start, m.end()])
    snippets = Counter(head[a:b] for a, b in spans)  # the same phrase recurs: parse it once
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    docs = resolver.nlp.pipe(list(snippets), disable=["sentencizer"])  # no sentences needed
    mentions = [m for d, n in zip(docs, snippets.values())
                for m in resolver.mentions(d) for _ in range(n)]
    for m in mentions:
        if m.category in _BOARD_CATEGORIES:
            if review != "cover_report" and m.category == "council":
                continue
            counts[m.canonical] += 1
            # keep the longest written form (with its place prefix)
            if m.canonical not in first or len(m.name) > len(first[m.canonical].name):
                first[m.canonical] = m
    if review == "cover_report":
        # the body the report is addressed to: "Report to X", or a committee named in the heading
        for m in _ADDRESSEE.finditer(doc.text[:1500]):
            body = (m.group("body") or m.group("body2")).split("|")[-1].strip()
            found = resolver.canonicalise(body, prefer="council")
            if found is not None and found.category == "council":
                return Mention(body, found.canonical, found.category, 0, 0)
        council = [c for c in counts if resolver.category.get(c) == "council"]
        if council:
            best = max(council, key=lambda c: counts[c])
            return first[best]
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    return first[best]


def extract_metadata(doc: Document, seg: Segmentation, rules: Rules,
                     resolver: PartyResolver) -> tuple[Metadata, Mention | None]:
    raw = doc.raw
    blocks = doc.blocks
    title_parts = [" ".join(blocks[i].text.split()) for i in seg.title_blocks[:3]]
    title = " - ".join(t for t in title_parts if t) or raw.metadata.get("title") or None
    if raw.metadata.get("title") and (not title or len(title) < 6):
        title = raw.metadata["title"]
    head = doc.text[:6000]
    rtype = review_type((title or "") + "\n" + head, rules)
    # the subject is named on the title page; elsewhere the same pattern names relatives
    subjects: list[str] = []
    for m in _SUBJECT.finditer((title or "") + " " +
                               " ".join(blocks[i].text for i in seg.title_blocks)):
        s = " ".join(m.group(1).split())
        if s not in subjects:
            subjects.append(s)
    if not subjects:  # else the first pseudonym the text names
        m = _SUBJECT.search(doc.text[:3000])
        subjects = [" ".join(m.group(1).split())] if m else []
    subjects = [s for s in subjects if not re.fullmatch(r"(Child|Adult) (A|I)", s)][:5]
    board = commissioning_board(doc, resolver, rtype)
    pub: str | None = None
    for m in _DATE_WORDS.finditer(doc.text[:8000]):
        pub = parse_date(m.group("date"))
        if pub:
            break
    if pub is None and raw.metadata.get("created"):
        pub = None  # file creation dates are not publication dates
    md = Metadata(
        title=title,
        review_type=rtype,
        subjects=tuple(subjects),
        area=board.name if board else None,
        publication_date=pub,
    )
    return md, board
