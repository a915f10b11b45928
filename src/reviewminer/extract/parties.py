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
        self._glossary_cache: dict[str, list[Mention]] = {}
        self._canonical_cache: dict[tuple[str, str | None], Mention | None] = {}
        self.default_owner = default_owner
        self.category = {a.canonical: a.category for a in rules.agencies}
        self._successors = {a.canonical: a.successor for a in rules.agencies if a.successor}
        modal_alts = "|".join(re.escape(m) for m in sorted(rules.modals, key=len, reverse=True))
        self.modal = re.compile(rf"\b(?:{modal_alts})\b", re.I)
        # summary lists often drop the modal: "The LSCB to commission an audit"
        # "It is recommended that X ...", "The review recommends that X ...", "That X ..."
        self._intro = re.compile(
            r"^\s*(?:" + "|".join(p.pattern for p in rules.inline_introducers) + r"|that)\s+",
            re.I)
        self.weak_modal = re.compile(r"\bto\s+(?!the\b|a\b|an\b|be\b|its\b|their\b)[a-z]+")

    def find_modal(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The modal that ends the subject of a sentence, if any."""
        end = len(text) if end is None else end
        return self.modal.search(text, start, end) or self.weak_modal.search(text, start, end)

    def successor(self, canonical: str) -> str:
        """The body that now does the job of ``canonical`` (itself when it still exists)."""
        seen = {canonical}
        while canonical in self._successors:
            canonical = self._successors[canonical]
            if canonical in seen:
                break
            seen.add(canonical)
        return canonical

    # -- mentions --------------------------------------------------------------------------
    def mentions(self, doc: Doc) -> list[Mention]:
        """Agency mentions in a parsed text; the report's own glossary is consulted first for
        abbreviations, and also supplies defined terms the gazetteer does not know."""
        out = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            if ent.text in self.glossary and ent.text.isupper():
                resolved = self._glossary_mentions(ent.text)
                if resolved:
                    out.extend(Mention(ent.text, r.canonical, r.category, ent.start_char,
                                       ent.end_char) for r in resolved)
                    continue
            canonical = ent.ent_id_ or ent.text
            out.append(Mention(ent.text, canonical, self.category.get(canonical, "unknown"),
                               ent.start_char, ent.end_char))
        taken = [(m.start, m.end) for m in out]
        text = doc.text
        for term in self.glossary:
            if term not in text:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                for r in self._glossary_mentions(term):
                    out.append(Mention(term, r.canonical, r.category, m.start(), m.end()))
        out.sort(key=lambda m: m.start)
        return out

    def _glossary_mentions(self, term: str) -> list[Mention]:
        """The agencies a glossary entry expands to ("Commissioners" → ASC and the ICB)."""
        cached = self._glossary_cache.get(term)
        if cached is not None:
            return cached
        expansion = self.glossary.get(term, "")
        found: list[Mention] = []
        for ent in self.nlp(expansion).ents:
            canonical = ent.ent_id_ or ent.text
            if ent.label_ == "ORG" and all(f.canonical != canonical for f in found):
                found.append(Mention(expansion, canonical, self.category.get(canonical, "unknown"),
                                     0, len(expansion)))
        specific = [f for f in found if f.canonical not in _GENERIC_CANONICALS]
        self._glossary_cache[term] = specific or found
        return self._glossary_cache[term]

    def canonicalise(self, name: str, prefer: str | None = None) -> Mention | None:
        """The gazetteer entry for a free-text agency name, if any (of category ``prefer`` when
        the name holds several). Cached: section headings are asked about once per item."""
        key = (name, prefer)
        if key not in self._canonical_cache:
            self._canonical_cache[key] = self._canonicalise(name, prefer)
        return self._canonical_cache[key]

    def _canonicalise(self, name: str, prefer: str | None) -> Mention | None:
        doc = self.nlp(name)
        ents = [e for e in doc.ents if e.label_ == "ORG"]
        if not ents:
            return None
        if prefer is not None:
            ents = [e for e in ents if self.category.get(e.ent_id_) == prefer] or ents
        # "Tarrow Moor Council - Adult Social Care": the department, not the council
        specific = [e for e in ents if (e.ent_id_ or e.text) not in _GENERIC_CANONICALS]
        ent = (specific or ents)[0]
        canonical = ent.ent_id_ or ent.text
        return Mention(name, canonical, self.category.get(canonical, "unknown"), 0, len(name))

    # -- resolution ------------------------------------------------------------------------
    def resolve(self, rec_id: str, text: str, text_offset: int | None, *,
                heading_owner: Mention | None = None, doc: Doc | None = None) -> tuple[Party, ...]:
        """Parties of one recommendation text. ``text_offset`` maps offsets into Report.text."""
        doc = doc if doc is not None else self.nlp(text)
        mentions = self.mentions(doc)
        intro = self._intro.match(text)
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
            if _PASSIVE.match(text, m.end()):
                break  # "GP practices should be supported to ...": not the agent
            inner = _subject_chain(text, [x for x in mentions
                                          if x.start >= s_start and x.end <= m.start()], s_start,
                                   m.start())
            # an "X should seek assurance from Y" subject is X; Y is handled below
            if inner:
                owners = inner
                named_subject = True
            elif region.strip() and _ORG_WORDS.search(region) and len(region.split()) <= 12 and \
                    not _NON_PARTY_NAMES.match(region.strip()):
                name = region.strip().removeprefix("the ").removeprefix("The ").strip(" ,")
                if _GENERIC_BOARD.fullmatch(name) and self.default_owner is not None:
                    d = self.default_owner
                    owners = [Mention(name, d.canonical, d.category, s_start, m.start())]
                else:
                    owners = [Mention(name, name, "unknown", s_start + region.find(name),
                                      s_start + region.find(name) + len(name))]
                named_subject = True
            break
        if not named_subject and intro:
            # "It is recommended that the Youth Justice Service reviews ...": no modal, the
            # subject follows the introducer
            after = [x for x in mentions if x.start >= body_start]
            chain = _subject_chain(text, after, body_start, len(text)) if after else []
            if chain and len(text[body_start:chain[0].start].split()) <= 2:
                owners = [x for x in chain if x.start >= body_start]
                named_subject = bool(owners)
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
            parties.append(Party(rec_id, m.name, m.canonical, m.category, role, inferred, cs, ce,
                                 self.successor(m.canonical)))

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


_GENERIC_CANONICALS = frozenset({"Local Authority"})
_PASSIVE = re.compile(r"\s+(?:also\s+|now\s+|then\s+)?be\s+(?:[a-z]+ly\s+)?"
                      r"(?:[a-z]+(?:ed|en|wn|ne|lt|nt|ught|wn|id)|made|given|told|shown|seen|"
                      r"kept|held|set|put|sent|built)\b", re.I)
_GENERIC_BOARD = re.compile(
    r"(?:the\s+)?(?:board|partnership|committee|panel|sab|lscb|lscp|scp|csp|cpc|rsb|"
    r"safeguarding partners?|partners|executive|strategic board)", re.I)
_CHAIN_GAP = re.compile(r"^\s*(?:,|and|&|,\s*and|as well as|together with|with)\s*(?:the\s+)?$",
                        re.I)
_LEAD_GAP = re.compile(r"^[\s,]*(?:(?:the|all|each|every|both|local|relevant|partner)\s+)*$", re.I)


def _subject_chain(text: str, mentions: list[Mention], start: int, modal: int) -> list[Mention]:
    """The agencies that form the grammatical subject of the modal at ``modal``.

    Preferred: the chain of mentions ending just before the modal ("In order to improve X, the
    ICB should", "The Partnership's Learning Sub-group should"). When a comma separates that
    chain from the modal, it sits in a parenthesis ("X, supported by Y, should"), so the chain
    at the start of the clause is the subject instead.
    """
    if not mentions:
        return []
    # chain ending next to the modal
    last = mentions[-1]
    gap = text[last.end:modal]
    if "," not in gap and (len(gap.split()) <= 2 or
                           (_POSSESSIVE.match(gap) and len(gap.split()) <= 7)):
        chain = [last]
        joined_by_and = False
        for m in reversed(mentions[:-1]):
            g = text[m.end:chain[0].start]
            if not _CHAIN_GAP.match(g):
                break
            if "," in g and "and" not in g and not joined_by_and:
                break  # "Working with schools, the LA should": a comma alone is no list
            joined_by_and = joined_by_and or "and" in g or "&" in g
            chain.insert(0, m)
        k = mentions.index(chain[0])
        possessed = k > 0 and _POSSESSIVE_JOIN.match(text[mentions[k - 1].end:chain[0].start])
        if chain[0] is mentions[0] or possessed or \
                not _LEAD_GAP.match(text[start:mentions[0].start]) or \
                _CLAUSE_BREAK.search(text[start:chain[0].start]):
            return chain  # ("Stanwick Council's Adult Social Care and Housing should")
    # chain at the start of the clause
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


_POSSESSIVE_JOIN = re.compile(r"^'s?\s+$")
_POSSESSIVE = re.compile(r"^'s?\s")
_CLAUSE_BREAK = re.compile(r",\s*$|,\s*(?:the|all|each)\s*$", re.I)


def parse_glossary(lines: list[str]) -> dict[str, str]:
    """Term → expansion from glossary lines or table rows ("ICB | Integrated Care Board",
    "ICB - Integrated Care Board", "Commissioners | the council and the ICB")."""
    out: dict[str, str] = {}
    for line in lines:
        for row in line.split("\n"):
            cells = [c.strip() for c in row.split(" | ")] if " | " in row else None
            if cells and len(cells) >= 2:
                term, expansion = cells[0], cells[1]
                if term.lower() in ("term", "abbreviation", "acronym", "meaning", "definition"):
                    continue
                is_word_term = 1 <= len(term.split()) <= 3 and term[:1].isupper() and \
                    not term.isupper()
            else:
                m = re.match(r"^([A-Z][A-Za-z&/]{1,9})\s*(?:[-:=]|\s)\s*(.+)$", row.strip())
                if not m:
                    continue
                term, expansion = m.group(1), m.group(2)
                is_word_term = False
            abbreviation = 2 <= len(term) <= 10 and sum(c.isupper() for c in term) >= 2
            if (abbreviation or is_word_term) and expansion:
                out[term] = expansion.strip(" .;")
    return out
