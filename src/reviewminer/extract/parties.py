"""Responsible parties of a recommendation.

The owner is the subject of the first modal ("X should / must / will / is to ..."), after an
introducer ("It is recommended that ...") is skipped; several owners when the subject names
several ("X and Y should jointly ..."). "seek assurance from Y" adds Y as a *target*. With no
named subject (imperatives, passive voice), the owner is the agency of the section heading
("Recommendations for Westvale Police") or else the commissioning board, marked ``inferred``.
Agency mentions come from the spaCy EntityRuler built from the gazetteer; abbreviations the
gazetteer does not know are expanded with the report's own glossary first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from reviewminer.model import Party
from reviewminer.rules import Rules

_ORG_WORDS = re.compile(
    r"\b(board|partnership|partners|police|constabulary|service|services|trust|council|agency|"
    r"agencies|team|practice|practices|department|commission|panel|committee|authority|group|"
    r"hub|unit|organisation|organisations|provider|providers|school|schools|college|hospital|"
    r"nhs|government|office|commissioner|consortium|network|forum|directorate|lead|leads)\b",
    re.I,
)
_INTRO = re.compile(
    r"^\s*(?:it is (?:therefore |also |further )?recommended that|the (?:review|panel|reviewer|"
    r"review panel|overview author|author)s? (?:therefore |also )?recommends? that|this review "
    r"recommends that|we recommend that|that)\s+",
    re.I,
)
_NON_PARTY_NAMES = re.compile(
    r"^(child|adult|mr|mrs|ms|miss|baby|family|mother|father|sibling|brother|sister|grandmother|"
    r"grandfather|victim|perpetrator|subject)\b",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    name: str
    canonical: str
    category: str
    start: int  # char offsets within the analysed text
    end: int


class PartyResolver:
    """Finds owners/targets in recommendation texts; one per document."""

    def __init__(self, nlp: Language, rules: Rules, *, glossary: dict[str, str] | None = None,
                 default_owner: Mention | None = None) -> None:
        self.nlp = nlp
        self.rules = rules
        self.glossary = glossary or {}
        self.default_owner = default_owner
        self.category = {a.canonical: a.category for a in rules.agencies}
        modal_alts = "|".join(re.escape(m) for m in sorted(rules.modals, key=len, reverse=True))
        self._modal = re.compile(rf"\b(?:{modal_alts})\b", re.I)
        # summary lists often drop the modal: "The LSCB to commission an audit"
        self._weak_modal = re.compile(r"\bto\s+(?!the\b|a\b|an\b|be\b|its\b|their\b)[a-z]+")

    def find_modal(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The modal that ends the subject of a sentence, if any."""
        end = len(text) if end is None else end
        return self._modal.search(text, start, end) or self._weak_modal.search(text, start, end)

    # -- mentions --------------------------------------------------------------------------
    def mentions(self, doc: Doc) -> list[Mention]:
        out = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            canonical = ent.ent_id_ or ent.text
            out.append(Mention(ent.text, canonical, self.category.get(canonical, "unknown"),
                               ent.start_char, ent.end_char))
        # abbreviations known only to the report's glossary
        taken = [(m.start, m.end) for m in out]
        for tok in doc:
            t = tok.text
            if 2 <= len(t) <= 8 and t.isupper() and t.isalpha() and t in self.glossary:
                if any(s <= tok.idx < e for s, e in taken):
                    continue
                resolved = self.canonicalise(self.glossary[t])
                if resolved is not None:
                    out.append(Mention(t, resolved.canonical, resolved.category, tok.idx,
                                       tok.idx + len(t)))
        out.sort(key=lambda m: m.start)
        return out

    def canonicalise(self, name: str) -> Mention | None:
        """The gazetteer entry for a free-text agency name, if any."""
        doc = self.nlp(name)
        for ent in doc.ents:
            canonical = ent.ent_id_ or ent.text
            return Mention(name, canonical, self.category.get(canonical, "unknown"), 0, len(name))
        return None

    # -- resolution ------------------------------------------------------------------------
    def resolve(self, rec_id: str, text: str, text_offset: int | None, *,
                heading_owner: Mention | None = None, doc: Doc | None = None) -> tuple[Party, ...]:
        """Parties of one recommendation text. ``text_offset`` maps offsets into Report.text."""
        doc = doc if doc is not None else self.nlp(text)
        mentions = self.mentions(doc)
        intro = _INTRO.match(text)
        body_start = intro.end() if intro else 0
        # the first sentence that carries a modal holds the subject
        owners: list[Mention] = []
        named_subject = False
        for sent in doc.sents:
            if sent.end_char <= body_start:
                continue
            s_start = max(sent.start_char, body_start)
            m = self.find_modal(text, s_start, sent.end_char)
            if not m:
                continue
            region = text[s_start:m.start()]
            inner = _subject_chain(text, [x for x in mentions
                                          if x.start >= s_start and x.end <= m.start()], s_start)
            # an "X should seek assurance from Y" subject is X; Y is handled below
            if inner:
                owners = inner
                named_subject = True
            elif region.strip() and _ORG_WORDS.search(region) and len(region.split()) <= 12 and \
                    not _NON_PARTY_NAMES.match(region.strip()):
                name = region.strip().removeprefix("the ").removeprefix("The ").strip(" ,")
                if re.fullmatch(r"(the )?(board|partnership|sab|lscb|safeguarding partners?)", name,
                                re.I) and self.default_owner is not None:
                    d = self.default_owner
                    owners = [Mention(name, d.canonical, d.category, s_start, m.start())]
                else:
                    owners = [Mention(name, name, "unknown", s_start + region.find(name),
                                      s_start + region.find(name) + len(name))]
                named_subject = True
            break
        parties: list[Party] = []
        seen: set[tuple[str, str]] = set()

        def add(m: Mention, role: str, inferred: bool, located: bool = True) -> None:
            key = (m.canonical, role)
            if key in seen:
                return
            seen.add(key)
            cs = ce = None
            if located and text_offset is not None:
                cs, ce = text_offset + m.start, text_offset + m.end
            parties.append(Party(rec_id, m.name, m.canonical, m.category, role, inferred, cs, ce))

        if named_subject:
            for m in owners:
                add(m, "owner", False)
        elif heading_owner is not None:
            add(heading_owner, "owner", True, located=False)
        elif self.default_owner is not None:
            add(self.default_owner, "owner", True, located=False)
        for pat in self.rules.assurance:
            am = pat.search(text)
            if am:
                s, e = am.span("target")
                for m in mentions:
                    if m.start >= s and m.end <= e:
                        add(m, "target", False)
        return tuple(parties)


_CHAIN_GAP = re.compile(r"^\s*(?:,|and|&|,\s*and|as well as|together with|with)\s*(?:the\s+)?$",
                        re.I)
_LEAD_GAP = re.compile(r"^[\s,]*(?:(?:the|all|each|every|both|local|relevant|partner)\s+)*$", re.I)


def _subject_chain(text: str, mentions: list[Mention], start: int) -> list[Mention]:
    """The agencies that form the grammatical subject: the first mention near the start of the
    clause and those joined to it by "and" or commas ("X and Y should jointly ...")."""
    if not mentions:
        return []
    first = mentions[0]
    if not _LEAD_GAP.match(text[start:first.start]) and len(text[start:first.start].split()) > 4:
        return []
    chain = [first]
    for m in mentions[1:]:
        if _CHAIN_GAP.match(text[chain[-1].end:m.start]):
            chain.append(m)
        else:
            break
    return chain


def parse_glossary(lines: list[str]) -> dict[str, str]:
    """Abbreviation → expansion from glossary lines ("ICB  Integrated Care Board", "ICB - ...")."""
    out: dict[str, str] = {}
    for line in lines:
        for row in line.split("\n"):
            cells = [c.strip() for c in row.split(" | ")] if " | " in row else None
            if cells and len(cells) >= 2:
                abbr, expansion = cells[0], cells[1]
            else:
                m = re.match(r"^([A-Z][A-Za-z&/]{1,9})\s*(?:[-:=]|\s)\s*(.+)$", row.strip())
                if not m:
                    continue
                abbr, expansion = m.group(1), m.group(2)
            if 2 <= len(abbr) <= 10 and sum(c.isupper() for c in abbr) >= 2 and expansion:
                out[abbr] = expansion.strip(" .;")
    return out
