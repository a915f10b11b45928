"""Responsible parties of a recommendation.

The owner is the subject of the first modal ("X should / must / will / is to ..."), after an
introducer ("It is recommended that ...") is skipped; several owners when the subject names
several ("X and Y should jointly ..."). "seek assurance from Y" adds Y as a *target*. With no
named subject (imperatives, passive voice), the owner is the agency of the section heading
("Recommendations for Westvale Police") or else the commissioning board, marked ``inferred``.
Agency mentions come from the gazetteer's entity ruler (:mod:`reviewminer.analysis`, the same
matches as the spaCy pipeline of :mod:`reviewminer.nlp`); abbreviations the gazetteer does not
know are expanded with the report's own glossary first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from reviewminer.analysis import Analysis, Analyzer, Remembering
from reviewminer.extract.placeforms import place_forms
from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from reviewminer.model import Party
from reviewminer.rules import PartyRules, Rules, regex_cache


@dataclass(frozen=True)
class Mention:
    name: str
    canonical: str
    category: str
    start: int  # char offsets within the analysed text
    end: int


class _Tables(NamedTuple):
    """What a resolver derives from the rules alone (shared, read-only, by every document read
    with the same rules)."""

    kind_words: dict[str, set[str]]
    category: dict[str, str]
    successors: dict[str, str]
    modal: re.Pattern[str]
    intro: re.Pattern[str]


_TABLES: dict[int, tuple[Rules, _Tables]] = {}
_MAX_TABLES = 8


def _tables(rules: Rules) -> _Tables:
    entry = _TABLES.get(id(rules))
    if entry is not None and entry[0] is rules:
        return entry[1]
    agencies = rules.parties.agencies
    modals = sorted(rules.recommendations.modals, key=len, reverse=True)
    modal_alts = "|".join(re.escape(m) for m in modals)
    tables = _Tables(
        kind_words={a.canonical: {w.lower() for n in (*a.names, *a.abbreviations, a.canonical)
                                  for w in n.split()} for a in agencies},
        category={a.canonical: a.category for a in agencies},
        successors={a.canonical: a.successor for a in agencies if a.successor},
        # (patterns of rule data: compiled through the cache kept between processes)
        modal=regex_cache.compile(rf"\b(?:{modal_alts})\b", re.I),
        intro=regex_cache.compile(
            r"^\s*(?:" + "|".join(p.pattern for p in (*rules.recommendations.inline_introducers,
                                                      *rules.recommendations.reported_introducers))
            + r"|that)\s+",
            re.I))
    if len(_TABLES) >= _MAX_TABLES:
        _TABLES.clear()
    _TABLES[id(rules)] = (rules, tables)
    return tables


class PartyResolver:
    """Finds owners/targets in recommendation texts; one per document."""

    def __init__(self, nlp: Analyzer, rules: Rules, *, glossary: dict[str, str] | None = None,
                 default_owner: Mention | None = None,
                 settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS) -> None:
        #: sentences and agency mentions of texts of any length
        #: (:func:`reviewminer.analysis.load_analyzer`)
        self.nlp: Analyzer = Remembering(nlp)  # one document's title is asked about thrice
        self.settings = settings
        self.rules = rules
        self.glossary = glossary or {}
        self._glossary_cache: dict[str, list[Mention]] = {}
        self._canonical_cache: dict[tuple[str, str | None], Mention | None] = {}
        self.default_owner = default_owner
        #: canonical -> the specific body of that kind the document names ("Thurrock Council")
        self.bodies: dict[str, str] = {}
        #: the document's text and the places its specific bodies are named after ("Thurrock"),
        #: to find "Thurrock Local Safeguarding Children Board" when the opening pages say
        #: "the Local Safeguarding Children Board"
        self.doc_text = ""
        self.places: tuple[str, ...] = ()
        #: the local area the document is about ("Bexley" of "London Borough of Bexley"), when
        #: its local bodies name one area
        self.area: str | None = None
        self._place_forms: dict[str, str | None] = {}
        self._last_mentions: tuple[Analysis | None, Mention | None, tuple[Mention, ...]] = \
            (None, None, ())
        #: the bodies the document's title names ("Department for Work and Pensions: decision
        #: on the Ombudsman's report"): what "the Department" refers back to
        self.title_bodies: list[Mention] = []
        tables = _tables(rules)
        #: canonical -> the words of its names: a name using only these names a kind of body
        self._kind_words = tables.kind_words
        self.category = tables.category
        self._successors = tables.successors
        self.modal = tables.modal
        # summary lists often drop the modal: "The LSCB to commission an audit"
        # "It is recommended that X ...", "The review recommends that X ...", "That X ..."
        self._intro = tables.intro
        self.weak_modal = rules.recommendations.weak_modal

    def find_modal(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The modal that ends the subject of a sentence, if any; a summary list's "to" + verb
        ("The LSCB to commission ...") only after a subject of a few words."""
        end = len(text) if end is None else end
        found = self.modal.search(text, start, end)
        if found is not None:
            return found
        weak = self.weak_modal.search(text, start, end)
        if weak is not None and \
                len(text[start:weak.start()].split()) <= self.settings.max_words_unknown_subject:
            return weak
        return None

    def is_specific(self, m: Mention) -> bool:
        """Whether a mention names one body ("Thurrock Council"), not a kind ("the council")."""
        vocabulary = self._kind_words.get(m.canonical) or set(m.canonical.lower().split())
        for word in m.name.split():
            low = _POSSESSIVE_END.sub("", word.lower())
            if word[:1].isupper() and low != "the" and low not in vocabulary and \
                    word.lower() not in vocabulary:
                return True  # a place or proper name: "Thurrock", "Barnsley"
        return False

    def organisation(self, m: Mention) -> str | None:
        """The specific body a mention stands for: its own name when specific, else the one body
        of its kind the document names; None when the document names none (never invented)."""
        if m.category in self.rules.parties.single_body_categories:
            return m.canonical  # a national body: its name is the body
        name = self.rules.parties.role_prefix.sub("", m.name.strip())
        name = name.removeprefix("the ").removeprefix("The ").strip()
        if m.category == "unknown":  # a body the gazetteer does not know, kept as written
            return name or None
        if self.is_specific(Mention(name, m.canonical, m.category, m.start, m.end)):
            return name
        return self.bodies.get(m.canonical) or self._place_form(m.canonical)

    def party(self, rec_id: str, m: Mention, role: str, inferred: bool,
              char_start: int | None = None, char_end: int | None = None) -> Party:
        """The party record of a mention: its organisation, area and current body resolved."""
        organisation = self.organisation(m)
        return Party(rec_id, m.name, m.canonical, m.category, role, inferred, char_start,
                     char_end, self.successor(m.canonical), organisation,
                     self.area_of(m, organisation))

    def area_of(self, m: Mention, organisation: str | None) -> str | None:
        """The local area a party serves: the place in its specific name, else the document's
        area for bodies of a local area (council services, local partnerships); None for
        national bodies and when unknown."""
        if m.category in self.rules.parties.single_body_categories:
            return None
        if organisation:
            place = self.place_of(organisation, m.canonical)
            if place:
                return place
        return self.area if m.category in self.rules.parties.area_categories else None

    def place_of(self, name: str, canonical: str) -> str | None:
        """The place a specific body's name is named after, as one phrase: the words between
        its first and last place word ("Kensington and Chelsea" of "Royal Borough of
        Kensington and Chelsea"; "Thurrock" of "Thurrock Council")."""
        words = name.split()
        places = set(self.place_words(name, canonical))
        hits = [i for i, w in enumerate(words) if w in places]
        if not hits:
            return None
        phrase = " ".join(words[hits[0]:hits[-1] + 1])
        return _POSSESSIVE_END.sub("", phrase).strip(" ,") or None

    def place_words(self, name: str, canonical: str) -> list[str]:
        """The place or proper words of a specific body's name ("Thurrock" of "Thurrock Council")."""
        vocabulary = self._kind_words.get(canonical) or set(canonical.lower().split())
        return [w for w in name.split() if w[:1].isupper() and w.lower() != "the" and
                _POSSESSIVE_END.sub("", w.lower()) not in vocabulary]

    def _place_form(self, canonical: str) -> str | None:
        """The body of this kind named after the document's place anywhere in its text, if the
        text names exactly one ("Barnsley Safeguarding Children's Board")."""
        if canonical in self._place_forms:
            return self._place_forms[canonical]
        agency = next((a for a in self.rules.parties.agencies if a.canonical == canonical), None)
        found: set[str] = set()
        if agency is not None and self.places and self.doc_text:
            found = {" ".join(m.split())
                     for m in place_forms(self.doc_text, self.places, agency.names)}
        form = found.pop() if len(found) == 1 else None
        self._place_forms[canonical] = form
        return form

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
    def mentions(self, doc: Analysis) -> list[Mention]:
        """Agency mentions in a parsed text; the report's own glossary is consulted first for
        abbreviations, and also supplies defined terms the gazetteer does not know. Remembered
        for the last analysis (a recommendation's parties and then its scope ask about it)."""
        last, owner, found = self._last_mentions
        if last is doc and owner is self.default_owner:
            return list(found)
        out = self._mentions(doc)
        self._last_mentions = (doc, self.default_owner, tuple(out))
        return out

    def _mentions(self, doc: Analysis) -> list[Mention]:
        out: list[Mention] = []
        for ent in doc.ents:
            if ent.label != "ORG":
                continue
            if ent.text in self.glossary and ent.text.isupper():
                resolved = self._glossary_mentions(ent.text)
                if resolved:
                    out.extend(Mention(ent.text, r.canonical, r.category, ent.start_char,
                                       ent.end_char) for r in resolved)
                    continue
            canonical = ent.ent_id or ent.text
            board = self.default_owner
            if board is not None and board.canonical != canonical and \
                    self.rules.parties.generic_board.fullmatch(ent.text.strip()) and \
                    self.category.get(canonical) == board.category:
                # "the Partnership" is this document's partnership (a SEND report's local area
                # partnership, a review's safeguarding partnership), not a kind of body
                canonical = board.canonical
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
            canonical = ent.ent_id or ent.text
            if ent.label == "ORG" and all(f.canonical != canonical for f in found):
                found.append(Mention(expansion, canonical, self.category.get(canonical, "unknown"),
                                     0, len(expansion)))
        specific = [f for f in found if f.canonical not in self.rules.parties.generic_canonicals]
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
        ents = [e for e in doc.ents if e.label == "ORG"]
        if not ents:
            return None
        if prefer is not None:
            ents = [e for e in ents if self.category.get(e.ent_id) == prefer] or ents
        # "Tarrow Moor Council - Adult Social Care": the department, not the council
        specific = [e for e in ents if (e.ent_id or e.text) not in self.rules.parties.generic_canonicals]
        ent = (specific or ents)[0]
        canonical = ent.ent_id or ent.text
        return Mention(name, canonical, self.category.get(canonical, "unknown"), 0, len(name))

    # -- resolution ------------------------------------------------------------------------
    def _modal_owners(self, text: str, doc: Analysis, mentions: list[Mention],
                      body_start: int) -> list[Mention] | None:
        """Owners named as the subject of the first sentence that carries a modal verb (not a
        descriptive "will" before a recommending clause), or the
        body named after a recommending clause ("..., we recommend that UKSA realign ...", "We
        urge the British Business Bank to ..."); None when that sentence names none (or is
        passive: "GP practices should be supported to") and no later sentence recommends by
        such a clause (a descriptive "the challenges ... will vary. We recommend that all local
        authorities devise ...")."""
        clause = self.rules.recommendations.recommending_clause
        # an item that recommends in so many words: a "will" before it describes, not recommends
        recommends = clause is not None and clause.search(text, body_start) is not None
        ownerless = False
        for sent in doc.sents:
            if sent.end_char <= body_start:
                continue
            s_start = max(sent.start_char, body_start)
            c = clause.search(text, s_start, sent.end_char) if clause is not None else None
            m = None if ownerless else self.find_modal(text, s_start, sent.end_char)
            if m is not None and c is None and recommends and m.group().lower() == "will":
                m = None
            if c is not None and (m is None or c.start() < m.start()):
                return self._introduced_owners(text, mentions, c.end()) or None
            if m is None:
                continue
            found = self._sentence_subject(text, mentions, s_start, m)
            if m.re is self.weak_modal and not (found and _opens_sentence(text, s_start, found)):
                continue  # "We support the Government's commitments to become ...": no subject
            if found:
                return found
            ownerless = True
        return None

    def _sentence_subject(self, text: str, mentions: list[Mention], s_start: int,
                          m: re.Match[str]) -> list[Mention] | None:
        """The subject of the modal ``m`` in a sentence starting at ``s_start``."""
        pr = self.rules.parties
        passive = pr.passive.match(text, m.end())
        if passive:
            # "... should be facilitated jointly by UKRI and Government departments": the agent
            agent = _AGENT.match(text, passive.end())
            if agent is None:
                return None
            after = [x for x in mentions if x.start >= agent.end()]
            chain = _subject_chain(pr, self.settings, text, after, agent.end(), len(text)) \
                if after else []
            return chain if chain and chain[0].start - agent.end() <= _AGENT_GAP else None
        inner = _subject_chain(pr, self.settings, text, [x for x in mentions
                                          if x.start >= s_start and x.end <= m.start()],
                               s_start, m.start())
        # an "X should seek assurance from Y" subject is X; Y is handled below
        if inner:
            return inner
        return self._unknown_subject(text[s_start:m.start()], s_start, m.start())

    def _unknown_subject(self, region: str, start: int, end: int) -> list[Mention] | None:
        """A subject the gazetteer does not know, kept as written when it reads like a body
        ("The Youth Offending Team should"); "the Board" is the commissioning board."""
        pr = self.rules.parties
        words = region.split()
        short = len(words) <= self.settings.max_words_unknown_subject
        opens_with_verb = bool(words) and \
            words[0].lower().strip(",;:") in self.rules.recommendations.imperatives
        # a bare verb inside ("... the Inspectorate inspect the LFB") is a clause, not a name
        has_verb = any(w in self.rules.recommendations.imperatives for w in words[1:])
        if not (region.strip() and pr.org_words.search(region) and short and not opens_with_verb
                and not has_verb
                and not pr.non_party_names.match(region.strip())
                and not pr.not_subject_openers.match(region.strip())):
            return None
        name = region.strip().removeprefix("the ").removeprefix("The ").strip(" ,")
        if pr.generic_board.fullmatch(name) and self.default_owner is not None:
            d = self.default_owner
            return [Mention(name, d.canonical, d.category, start, end)]
        k = start + region.find(name)
        ref = self._referred(name)
        if ref is not None:
            return [Mention(name, ref.canonical, ref.category, k, k + len(name))]
        return [Mention(name, name, "unknown", k, k + len(name))]

    def _referred(self, name: str) -> Mention | None:
        """The body a bare head word refers back to ("the Department", "the Inspectorate"): the
        one body the title, the opening pages or the glossary name with that word; None when
        none or several."""
        word = name.lower()
        if " " in word or not name[:1].isupper() or \
                not self.rules.parties.org_words.fullmatch(word):
            return None
        found = [m for m in self.title_bodies
                 if word in m.name.lower().split() or word in m.canonical.lower().split()]
        found.extend(Mention(n, c, self.category.get(c, "unknown"), 0, len(n))
                     for c, n in self.bodies.items() if word in n.lower().split())
        for term, expansion in self.glossary.items():
            if word in expansion.lower().split():
                found.extend(self._glossary_mentions(term))
        bodies = {m.canonical: m for m in found}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def unknown_body(self, region: str) -> Mention | None:
        """A body named in ``region`` that the gazetteer does not know ("the Department"), kept
        as written or resolved to the body it refers back to; None when it reads as no body."""
        found = self._unknown_subject(region, 0, len(region))
        return found[0] if found else None

    def _introduced_owners(self, text: str, mentions: list[Mention], body_start: int) -> list[Mention]:
        """"It is recommended that the Youth Justice Service reviews ...": no modal, the subject
        follows the introducer."""
        after = [x for x in mentions if x.start >= body_start]
        chain = _subject_chain(self.rules.parties, self.settings, text, after, body_start,
                               len(text)) if after else []
        if chain and len(text[body_start:chain[0].start].split()) <= 2:
            return [x for x in chain if x.start >= body_start]
        # "That the construction regulator ensure ...": a body the gazetteer does not know, up to
        # the verb the recommendation opens with
        verbs = self.rules.recommendations.imperatives
        words = list(re.finditer(r"\S+", text[body_start:]))
        for k, w in enumerate(words[:self.settings.max_words_unknown_subject]):
            if k and w.group().lower().strip(",;:") in verbs:
                end = body_start + words[k - 1].end()
                start = body_start
                # "as soon as reasonably possible the Inspectorate": the noun phrase, not the
                # adverbial before it
                det = _DETERMINER.search(text, body_start, end)
                if det is not None and det.start() > body_start:
                    start = det.start() + 1
                return self._unknown_subject(text[start:end], start, end) or []
        return []

    def resolve(self, rec_id: str, text: str, text_offset: int | None, *,
                heading_owner: Mention | None = None, doc: Analysis | None = None,
                imperative: bool = False,
                addressee: Callable[[], Mention | None] | None = None) -> tuple[Party, ...]:
        """Parties of one recommendation text. ``text_offset`` maps offsets into Report.text.

        The owner is the subject of the first modal sentence (an imperative has none), else the
        subject after a prose introducer, else (inferred) the heading's agency, else the body the
        item is addressed to (``addressee``: its section's), else the commissioning board; "seek
        assurance from X" makes X a target.
        """
        doc = doc if doc is not None else self.nlp(text)
        mentions = self.mentions(doc)
        intro = self._intro.match(text)
        body_start = intro.end() if intro else 0
        owners: list[Mention] = []
        if intro and intro.group().strip().lower() == "that":
            # "That as soon as possible the Inspectorate inspect X to examine ...": the subject
            # of the subjunctive, before any later "X to examine"
            owners = self._introduced_owners(text, mentions, body_start)
        if not owners and not imperative:
            owners = self._modal_owners(text, doc, mentions, body_start) or []
        if not owners and intro:
            owners = self._introduced_owners(text, mentions, body_start)
        parties = _PartyList(rec_id, text_offset, self.party)
        if owners:
            for m in owners:
                parties.add(m, "owner", False)
        elif heading_owner is not None:
            parties.add(heading_owner, "owner", True, located=False)
        elif addressee is not None and (to := addressee()) is not None:
            parties.add(to, "owner", True, located=False)
        elif self.default_owner is not None:
            parties.add(self.default_owner, "owner", True, located=False)
        for pat in self.rules.recommendations.assurance:
            am = pat.search(text)
            if am:
                s, e = am.span("target")
                for m in mentions:
                    if m.start >= s and m.end <= e:
                        parties.add(m, "target", False)
        return tuple(parties.parties)


@dataclass
class _PartyList:
    """The parties of one recommendation, each (body, role) once."""

    rec_id: str
    text_offset: int | None
    make: Callable[[str, Mention, str, bool, int | None, int | None], Party]
    parties: list[Party] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)

    def add(self, m: Mention, role: str, inferred: bool, located: bool = True) -> None:
        key = (m.canonical, role)
        if key in self.seen:
            return
        self.seen.add(key)
        cs = ce = None
        if located and self.text_offset is not None:
            cs, ce = self.text_offset + m.start, self.text_offset + m.end
        self.parties.append(self.make(self.rec_id, m, role, inferred, cs, ce))


#: "by" after a passive participle, perhaps after an adverb ("facilitated jointly by X")
_AGENT = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s+", re.I)
_AGENT_GAP = 4  # characters between "by" and the agent's name ("the ")
_DETERMINER = re.compile(r"\sthe\s", re.I)
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_POSSESSIVE_JOIN = re.compile(r"^'s?\s+$")  # "Council's" joining two mentions
_POSSESSIVE = re.compile(r"^'s?\s")


def _opens_sentence(text: str, s_start: int, found: list[Mention]) -> bool:
    """Whether a subject starts its sentence (at most a determiner before it), as a summary
    list's "The LSCB to commission ..." does."""
    return len(text[s_start:found[0].start].split()) <= 1


def _subject_chain(pr: PartyRules, s: ExtractSettings, text: str, mentions: list[Mention], start: int,
                   modal: int) -> list[Mention]:
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
    if "," not in gap and (len(gap.split()) <= s.max_words_modal_gap or
                           (_POSSESSIVE.match(gap) and
                            len(gap.split()) <= s.max_words_possessive_gap)):
        chain = [last]
        joined_by_and = False
        for m in reversed(mentions[:-1]):
            g = text[m.end:chain[0].start]
            if not pr.chain_gap.match(g):
                break
            if "," in g and "and" not in g and not joined_by_and:
                break  # "Working with schools, the LA should": a comma alone is no list
            joined_by_and = joined_by_and or "and" in g or "&" in g
            chain.insert(0, m)
        k = mentions.index(chain[0])
        possessed = k > 0 and _POSSESSIVE_JOIN.match(text[mentions[k - 1].end:chain[0].start])
        if chain[0] is mentions[0] or possessed or \
                not pr.lead_gap.match(text[start:mentions[0].start]) or \
                pr.clause_break.search(text[start:chain[0].start]):
            return chain  # ("Stanwick Council's Adult Social Care and Housing should")
    # chain at the start of the clause
    first = mentions[0]
    if not pr.lead_gap.match(text[start:first.start]) and \
            len(text[start:first.start].split()) > s.max_words_before_subject:
        return []
    chain = [first]
    for m in mentions[1:]:
        if pr.chain_gap.match(text[chain[-1].end:m.start]):
            chain.append(m)
        else:
            break
    return chain




def _initials_of(term: str, expansion: str) -> bool:
    """Whether an abbreviation's capitals are, in order, initials of its expansion's words
    ("ICB" of "Integrated Care Board")."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", expansion)).upper()
    it = iter(initials)
    return all(c in it for c in term.upper() if c.isalpha())


def parse_glossary(lines: list[str], pr: PartyRules,
                   s: ExtractSettings = DEFAULT_EXTRACT_SETTINGS) -> dict[str, str]:
    """Term → expansion from glossary lines or table rows ("ICB | Integrated Care Board",
    "ICB - Integrated Care Board", "Commissioners | the council and the ICB")."""
    out: dict[str, str] = {}
    for line in lines:
        for row in line.split("\n"):
            cells = [c.strip() for c in row.split(" | ")] if " | " in row else None
            if cells and len(cells) >= 2:
                term, expansion = cells[0], cells[1]
                if term.lower() in pr.glossary_headers:
                    continue
                is_word_term = 1 <= len(term.split()) <= s.max_words_glossary_term and \
                    term[:1].isupper() and \
                    not term.isupper()
            else:
                m = re.match(r"^([A-Z][A-Za-z&/]{1,9})\s*(?P<sep>[-:=]|\s)\s*(.+)$", row.strip())
                if not m:
                    continue
                term, expansion = m.group(1), m.group(3)
                if m.group("sep").isspace() and not _initials_of(term, expansion):
                    continue  # "UK Space Agency (UKSA)" is a name, not the term "UK" defined
                is_word_term = False
            abbreviation = s.min_abbreviation_chars <= len(term) <= s.max_abbreviation_chars and \
                sum(c.isupper() for c in term) >= s.min_abbreviation_capitals
            if (abbreviation or is_word_term) and expansion:
                out[term] = expansion.strip(" .;")
    return out
