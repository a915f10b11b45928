"""Document-level metadata: title, review type, subject pseudonyms, area/board, publication date."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date

from reviewminer.document import Document
from reviewminer.extract.context import ExtractionContext
from reviewminer.extract.parties import Mention, PartyResolver
from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from reviewminer.model import Metadata
from reviewminer.rules import Rules, literals
from reviewminer.rules.fastcase import foldable, folded
from reviewminer.structure.sections import Segmentation

#: A body named in the title counts as this many mentions on the opening pages.
TITLE_WEIGHT = 3
#: How far into the text each cue is looked for (characters).
BOARD_WINDOW = 10000  # commissioning board names
BOARD_NAME_CHARS = 60  # words before a board word that can belong to its name
ADDRESSEE_WINDOW = 1500  # "Report to the X Committee" on a cover report
TYPE_WINDOW = 6000  # review-type cues (each rule may narrow it)
SUBJECT_WINDOW = 3000  # the first pseudonym, when the title page names none
DATE_WINDOW = 8000  # publication date
MAX_SUBJECTS = 5
AREA_MIN_MENTIONS = 2  # a title's place name is named again at least this often in the text
COUNCIL_CATEGORY = "local_authority"  # its bodies are named after the area they serve
_DMY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+([0-9]{4})")
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{2,4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\s+([0-9]{4})")


def parse_date(text: str, months: Mapping[str, int]) -> str | None:
    """ISO date from "14 March 2012", "14.03.12", "March 2012" (first of month); else None.

    ``months``: month name → number (``rules.metadata.month_numbers``)."""
    t = text.strip()
    m = _DMY.fullmatch(t)
    try:
        if m and m.group(2).lower() in months:
            return date(int(m.group(3)), months[m.group(2).lower()], int(m.group(1))).isoformat()
        m = _NUMERIC_DATE.fullmatch(t)
        if m:
            y = int(m.group(3))
            y = y + 2000 if y < 100 else y
            return date(y, int(m.group(2)), int(m.group(1))).isoformat()
        m = _MONTH_YEAR.fullmatch(t)
        if m and m.group(1).lower() in months:
            return date(int(m.group(2)), months[m.group(1).lower()], 1).isoformat()
    except ValueError:
        return None
    return None


def review_type(head: str, rules: Rules) -> str | None:
    low = head.lower()
    fold = foldable(low)  # the text is lower case: a rule's lower-case twin finds the same
    for rule in rules.review_types.rules:
        pattern = (folded(rule.pattern) if fold else None) or rule.pattern
        if literals.search(pattern, low[:rule.window]):  # tried only where a match can start
            return rule.type
    return None


def _board_snippets(head: str, rules: Rules) -> Counter[str]:
    """Short spans that can name a board: a few words before each board word ("Kelvingate
    Safeguarding Adults Board"), overlapping windows merged. Only these go through the pipeline
    (tokenising whole opening pages would cost more than the rest of the extraction)."""
    spans: list[list[int]] = []
    words = rules.metadata.board_words
    twin = folded(words) if foldable(head) else None  # the same spans, found faster
    for m in (literals.finditer(twin, head.lower()) if twin else words.finditer(head)):
        start = max(0, m.start() - BOARD_NAME_CHARS)
        nl = head.rfind("\n", start, m.start())
        start = nl + 1 if nl >= 0 else start
        if spans and start <= spans[-1][1]:
            spans[-1][1] = m.end()
        else:
            spans.append([start, m.end()])
    return Counter(head[a:b] for a, b in spans)  # the same phrase recurs: parse it once


def opening_mentions(doc: Document, resolver: PartyResolver) -> list[Mention]:
    """The bodies named on the opening pages near a board word (each occurrence)."""
    snippets = _board_snippets(doc.text[:BOARD_WINDOW], resolver.rules)
    docs = resolver.nlp.pipe(list(snippets), sentences=False)  # no sentences needed
    return [m for d, n in zip(docs, snippets.values(), strict=True)
            for m in resolver.mentions(d) for _ in range(n)]


def document_bodies(mentions: list[Mention], resolver: PartyResolver,
                    title: str | None = None) -> dict[str, str]:
    """Per kind of body (canonical), the one specific body the opening pages name ("Thurrock
    Council" for Local Authority): the name used at least twice as often as any other, a name in
    the title counting as :data:`TITLE_WEIGHT` mentions."""
    names: dict[str, Counter[str]] = {}
    weighted = [(m, 1) for m in mentions]
    if title:
        weighted += [(m, TITLE_WEIGHT) for m in resolver.mentions(resolver.nlp(title))]
    for m, weight in weighted:
        if resolver.is_specific(m):
            name = m.name.strip().removeprefix("the ").removeprefix("The ").strip()
            names.setdefault(m.canonical, Counter())[name] += weight
    out: dict[str, str] = {}
    for canonical, counts in names.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            out[canonical] = ranked[0][0]
    return out


def document_area(resolver: PartyResolver) -> str | None:
    """The local area the document is about: the place its local authority is named after
    ("Bexley" of "London Borough of Bexley"), else the one place its local bodies (council
    services, partnerships) share; None when they name none or several."""
    local = resolver.rules.parties.area_categories
    areas: dict[str, None] = {}
    for canonical, name in resolver.bodies.items():
        if resolver.category.get(canonical) in local:
            place = resolver.place_of(name, canonical)
            if place and resolver.category.get(canonical) == COUNCIL_CATEGORY:
                return place  # the council names its area
            if place:
                areas[place] = None
    return next(iter(areas)) if len(areas) == 1 else None


def title_area(doc: Document, seg: Segmentation, rules: Rules, review: str | None,
               min_mentions: int = AREA_MIN_MENTIONS) -> str | None:
    """The area an inspection's title page names alone ("Barnsley" above "Inspection of
    children's social care services"), when the text names it again."""
    md = rules.metadata
    if review not in md.area_titled_types or not seg.title_blocks:
        return None
    first = " ".join(doc.blocks[seg.title_blocks[0]].text.split())
    if not md.area_title.fullmatch(first) or rules.parties.org_words.search(first):
        return None
    # (tried only where the name occurs: "\bname\b" is otherwise tried at every character)
    repeats = len(literals.finditer(re.compile(rf"\b{re.escape(first)}\b"), doc.text))
    return first if repeats > min_mentions else None


def _board_mentions(mentions: list[Mention], resolver: PartyResolver, review: str | None
                    ) -> tuple[Counter[str], dict[str, Mention]]:
    """How often each board-like body is named early on, and its longest written form."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.category not in resolver.rules.metadata.board_categories:
            continue
        if review != "cover_report" and m.category == "council":
            continue
        counts[m.canonical] += 1
        # keep the longest written form (with its place prefix)
        if m.canonical not in first or len(m.name) > len(first[m.canonical].name):
            first[m.canonical] = m
    return counts, first


def _addressee(doc: Document, resolver: PartyResolver) -> Mention | None:
    """The council body a cover report is addressed to: "Report to X", or a committee heading."""
    for m in resolver.rules.metadata.addressee.finditer(doc.text[:ADDRESSEE_WINDOW]):
        body = (m.group("body") or m.group("body2")).split("|")[-1].strip()
        found = resolver.canonicalise(body, prefer="council")
        if found is not None and found.category == "council":
            return Mention(body, found.canonical, found.category, 0, 0)
    return None


def commissioning_board(doc: Document, resolver: PartyResolver, review: str | None,
                        mentions: list[Mention] | None = None) -> Mention | None:
    """The board/partnership that commissioned the review: the most named one on early pages."""
    if mentions is None:
        mentions = opening_mentions(doc, resolver)
    counts, first = _board_mentions(mentions, resolver, review)
    if review == "cover_report":
        addressee = _addressee(doc, resolver)
        if addressee is not None:
            return addressee
        council = [c for c in counts if resolver.category.get(c) == "council"]
        if council:
            return first[max(council, key=lambda c: counts[c])]
    if not counts:
        return None
    return first[counts.most_common(1)[0][0]]


def _title(doc: Document, seg: Segmentation, min_chars: int) -> str | None:
    meta_title = doc.raw.metadata.get("title")
    parts = [" ".join(doc.blocks[i].text.split()) for i in seg.title_blocks[:3]]
    title = " - ".join(t for t in parts if t) or meta_title or None
    if meta_title and (not title or len(title) < min_chars):
        title = meta_title
    return title


def _subjects(doc: Document, seg: Segmentation, title: str | None, rules: Rules) -> list[str]:
    """The subject is named on the title page; elsewhere the same pattern names relatives."""
    md = rules.metadata
    subjects: list[str] = []
    for m in md.subject.finditer((title or "") + " " +
                                 " ".join(doc.blocks[i].text for i in seg.title_blocks)):
        s = " ".join(m.group(1).split())
        if s not in subjects:
            subjects.append(s)
    if not subjects:  # else the first pseudonym the text names
        first = md.subject.search(doc.text[:SUBJECT_WINDOW])
        subjects = [" ".join(first.group(1).split())] if first else []
    return [s for s in subjects if not md.not_subjects.fullmatch(s)][:MAX_SUBJECTS]


def _publication_date(doc: Document, rules: Rules) -> str | None:
    """The first dated publication cue; file creation dates are not publication dates. (The
    cues are tried only where their first words occur: ``re`` would try the case-insensitive
    pattern at every character of the opening pages.)"""
    for m in literals.finditer(rules.metadata.date_words, doc.text[:DATE_WINDOW]):
        pub = parse_date(m.group("date"), rules.metadata.month_numbers)
        if pub:
            return pub
    return None


def extract_metadata(doc: Document, seg: Segmentation, rules: Rules, resolver: PartyResolver,
                     settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS
                     ) -> tuple[Metadata, Mention | None]:
    title = _title(doc, seg, settings.min_title_chars)
    rtype = review_type((title or "") + "\n" + doc.text[:TYPE_WINDOW], rules)
    opening = opening_mentions(doc, resolver)
    resolver.bodies = document_bodies(opening, resolver, title)
    resolver.doc_text = doc.text
    resolver.places = tuple(dict.fromkeys(
        w for canonical, name in resolver.bodies.items()
        if resolver.category.get(canonical) not in resolver.rules.parties.single_body_categories
        for w in resolver.place_words(name, canonical)))
    resolver.area = document_area(resolver) or title_area(doc, seg, rules, rtype)
    if resolver.area and resolver.area not in resolver.places:
        resolver.places += (resolver.area,)
    board = commissioning_board(doc, resolver, rtype, opening)
    md = Metadata(
        title=title,
        review_type=rtype,
        subjects=tuple(_subjects(doc, seg, title, rules)),
        area=board.name if board else None,
        publication_date=_publication_date(doc, rules),
    )
    return md, board


class MetadataExtractor:
    """Sets ``ctx.metadata`` and ``ctx.board`` (the default owner of unattributed items)."""

    name = "metadata"

    def run(self, ctx: ExtractionContext) -> None:
        ctx.metadata, ctx.board = extract_metadata(ctx.doc, ctx.seg, ctx.rules, ctx.resolver,
                                                   ctx.settings)
        ctx.resolver.default_owner = ctx.board
        title = ctx.metadata.title
        if title:
            ctx.resolver.title_bodies = ctx.resolver.mentions(ctx.resolver.nlp(title))
