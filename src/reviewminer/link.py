"""Links across documents: responses and action-plan rows to the recommendations they answer.

A review, the government's or partnership's response to it and its action plan are often filed
as separate documents. Each of the later documents quotes the recommendations it answers; a
quoted recommendation is linked to the review's own recommendation when

* the numbers agree and the texts are similar: text similarity >= :data:`NUMBER_THRESHOLD`
  (method ``number_and_text``, score = the similarity), or
* the numbers differ or one is missing, and the texts are very similar: bag-of-words F1 >=
  :data:`TEXT_THRESHOLD` (method ``text_only``, score = F1 - :data:`NUMBER_PENALTY`).

A number alone never links. Text similarity is the larger of the bag-of-words F1 and 0.9 x the
share of the shorter text's words found in the longer (a quote may be shortened, when its
number confirms it; without one only F1 counts); numbers
compare without labels ("R3", "Recommendation 3" and "3." are all "3"). Between one answering
document and one answered document the pairs are one-to-one, best score first, and they are kept
only when they cover at least half of the answering document's quotes (:data:`GATE_SHARE`) or
three of them match closely (:data:`GATE_STRONG`): a stray match between two unrelated reviews on
the same subject links nothing.

A response (a row of the ``responses`` table) links to the recommendation its quote matches
(kind ``response``); an action links through the recommendation its plan quotes (kind
``action``), and, within one document, to the plan's own recommendation (``same_document``).
Government responses and stand-alone action plans answer but are never answered; a cover
report is answered only by items that match nothing else (it quotes the review it presents).

``links(reports)`` gives the :class:`Link` s, ``follow_up(reports)`` per recommendation every
response and action with its status and date, ``corpus_frames(reports)`` both as DataFrames.

Links read only a few fields of each document (:class:`LinkDoc`), taken from a :class:`Report` or
from the rows of its tables (:func:`docs_from_columns`: an export rebuilt from stored rows needs no
report). Only pairs that can pass the rule above are scored: :class:`reviewminer.link_index.
PairIndex` finds them from the shared words without trying every pair, so a corpus of thousands
of documents links in about a second; the links are the same as trying every pair (a test checks).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Report

__all__ = ["ANSWERING_TYPES", "GATE_SHARE", "GATE_STRONG", "NUMBER_PENALTY", "NUMBER_THRESHOLD",
           "TEXT_THRESHOLD", "FollowUp", "Link", "LinkDoc", "corpus_cells", "corpus_frames",
           "docs_from_columns", "follow_up", "link_fingerprint", "links", "number_key",
           "similarity"]

#: Text similarity a quote needs to link when the numbers agree.
NUMBER_THRESHOLD = 0.5
#: Text similarity a quote needs to link when the numbers differ or one has none.
TEXT_THRESHOLD = 0.8
#: Taken off the score of a link whose numbers differ or are missing.
NUMBER_PENALTY = 0.25
#: Two documents are linked only when their matches cover this share of the answering document's
#: quoted recommendations, or at least :data:`GATE_STRONG` of them match with text similarity >=
#: :data:`TEXT_THRESHOLD` (a plan answering several reviews): one stray match between unrelated
#: documents on the same subject links nothing.
GATE_SHARE = 0.5
GATE_STRONG = 3
#: Document types that answer recommendations and are never answered themselves.
ANSWERING_TYPES = frozenset({"government_response", "action_plan"})

_WORD = re.compile(r"[a-z0-9]+")
_LABEL = re.compile(r"^(?:recommendation|rec|r)\.?\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Link:
    """A response or an action linked to the recommendation it answers (see the module)."""

    kind: str  # "response" | "action"
    from_document_id: str
    from_id: str  # response_id, or "<document_id>:<action id>"
    to_document_id: str
    to_id: str  # "<document_id>:<recommendation id>"
    to_number: str | None
    score: float
    text_score: float
    number_match: bool | None
    method: str  # "number_and_text" | "text_only" | "same_document"


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One row of the board's view: a recommendation and one response or action to it."""

    document_id: str
    source: str
    recommendation_id: str
    number: str | None
    text: str
    kind: str | None = None
    item_document_id: str | None = None
    item_source: str | None = None
    item_id: str | None = None
    status: str | None = None
    date: str | None = None  # ISO: a response's publication date, an action's target date
    detail: str | None = None
    score: float | None = None
    method: str | None = None
    date_text: str | None = None  # an action's target date as printed


@dataclass(frozen=True, slots=True)
class LinkItem:
    """A recommendation as links read it (a quoted one in an answering document)."""

    id: str
    number: str | None
    text: str
    response: str | None = None
    response_text: str | None = None


@dataclass(frozen=True, slots=True)
class LinkAction:
    """An action-plan row as links read it."""

    id: str
    recommendation_id: str | None
    action: str
    status: str | None = None
    target_date: str | None = None
    target_date_text: str | None = None


@dataclass(frozen=True, slots=True)
class LinkDoc:
    """What links read of one document: a :class:`Report` or the rows of its tables."""

    document_id: str
    source: str
    review_type: str | None
    publication_date: str | None
    recommendations: tuple[LinkItem, ...]
    action_plan: tuple[LinkAction, ...] = ()

    @classmethod
    def of(cls, report: Report) -> LinkDoc:
        """What links read of ``report``, its text printable (as in its table rows)."""
        from reviewminer.export.textsafe import printable

        def p(text: str | None) -> str | None:
            return None if text is None else printable(text)

        md = report.metadata
        return cls(report.document_id, printable(report.source), md.review_type,
                   md.publication_date,
                   tuple(LinkItem(r.id, p(r.number), printable(r.text), r.response,
                                  p(r.response_text)) for r in report.recommendations),
                   tuple(LinkAction(a.id, a.recommendation_id, printable(a.action), p(a.status),
                                    a.target_date, p(a.target_date_text))
                         for a in report.action_plan))


def number_key(number: str | None) -> str | None:
    """A number without its label and punctuation: "R3", "Recommendation 3", "3." -> "3"."""
    if not number:
        return None
    key = _LABEL.sub("", number.strip()).strip(" .():").lower()
    return key or None


def _words(text: str) -> list[str]:
    """The words of a text, as the similarity counts them."""
    return _WORD.findall(text.lower())


def _f1_and_containment(a: str, b: str) -> tuple[float, float]:
    ta, tb = Counter(_words(a)), Counter(_words(b))
    na, nb = sum(ta.values()), sum(tb.values())
    if not na or not nb:
        return 0.0, 0.0
    common = sum((ta & tb).values())
    shorter = min(na, nb)
    return 2 * common / (na + nb), (common / shorter if shorter >= 6 else 0.0)


def similarity(a: str, b: str) -> float:
    """Text similarity (0-1): max(bag-of-words F1, 0.9 x containment of the shorter text)."""
    f1, contained = _f1_and_containment(a, b)
    return round(max(f1, 0.9 * contained), 3)


Docs = Iterable["Report | LinkDoc"]
"""Documents to link: reports or their :class:`LinkDoc` s."""

Scored = tuple[float, float, bool | None, str]
"""(score, text score, numbers agree, method) of a pair that links."""


def _pair(quote: LinkItem, rec: LinkItem) -> Scored | None:
    """(score, text score, numbers agree, method) when ``quote`` answers ``rec``, else None."""
    qn, rn = number_key(quote.number), number_key(rec.number)
    agree = None if qn is None or rn is None else qn == rn
    return _rule(agree, *_f1_and_containment(quote.text, rec.text))


def _rule(agree: bool | None, f1: float, contained: float) -> Scored | None:
    """The link rule (see the module) for a pair whose numbers agree or not (None: one has
    none), with its bag-of-words F1 and containment."""
    text = round(max(f1, 0.9 * contained), 3)
    if agree and text >= NUMBER_THRESHOLD:
        return text, text, agree, "number_and_text"
    if f1 >= TEXT_THRESHOLD:  # no number to confirm it: a shortened quote is not enough
        return round(f1 - NUMBER_PENALTY, 3), round(f1, 3), agree, "text_only"
    return None


def _answering(doc: LinkDoc) -> list[LinkItem]:
    """The items of ``doc`` that answer something: responses and items actions serve."""
    served = {a.recommendation_id for a in doc.action_plan}
    responded = any(r.response is not None or r.response_text is not None
                    for r in doc.recommendations)
    return [r for r in doc.recommendations if responded or r.id in served]


def _scored(quotes: Sequence[LinkItem], recs: Sequence[LinkItem]) -> list[tuple[int, int, Scored]]:
    """Every pair (quote index, recommendation index, score) that links, trying every pair (the
    reference :class:`~reviewminer.link_index.PairIndex` agrees with)."""
    out = []
    for i, q in enumerate(quotes):
        for j, r in enumerate(recs):
            p = _pair(q, r)
            if p is not None:
                out.append((i, j, p))
    return out


def _one_to_one(scored: Iterable[tuple[int, int, Scored]]) -> list[tuple[int, int, Scored]]:
    """The pairs kept one-to-one, best score first (ties: the earlier quote, then item)."""
    used_q: set[int] = set()
    used_r: set[int] = set()
    out = []
    for i, j, p in sorted(scored, key=lambda s: (-s[2][0], s[0], s[1])):
        if i not in used_q and j not in used_r:
            used_q.add(i)
            used_r.add(j)
            out.append((i, j, p))
    return out


def _distinct(docs: Docs) -> list[LinkDoc]:
    seen: dict[str, LinkDoc] = {}
    for d in docs:
        view = d if isinstance(d, LinkDoc) else LinkDoc.of(d)
        seen.setdefault(view.document_id, view)
    return list(seen.values())


def _cross_links(follower: LinkDoc, quotes: Sequence[LinkItem], target: LinkDoc,
                 scored: Iterable[tuple[int, int, Scored]]) -> list[Link]:
    """The links from ``follower``'s quotes to ``target``'s items, from the pairs that link."""
    recs = target.recommendations
    responded = {r.id for r in quotes if r.response is not None or r.response_text is not None}
    fid, tid = follower.document_id, target.document_id
    pairs = _one_to_one(scored)
    strong = sum(p[1] >= TEXT_THRESHOLD for _, _, p in pairs)
    if len(pairs) < GATE_SHARE * len(quotes) and strong < GATE_STRONG:
        return []
    actions: dict[str, list[str]] = {}
    for a in follower.action_plan:
        if a.recommendation_id is not None:
            actions.setdefault(a.recommendation_id, []).append(a.id)
    out: list[Link] = []
    for i, j, (score, text, agree, method) in pairs:
        q, rec = quotes[i], recs[j]
        to_id = f"{tid}:{rec.id}"
        if q.id in responded:
            out.append(Link("response", fid, f"{fid}:{q.id}", tid, to_id, rec.number, score, text,
                            agree, method))
        out += [Link("action", fid, f"{fid}:{a}", tid, to_id, rec.number, score, text, agree,
                     method) for a in actions.get(q.id, ())]
    return out


def links(reports: Docs) -> list[Link]:
    """Every link between the responses and actions of ``reports`` (reports or :class:`LinkDoc` s)
    and the recommendations they answer (see the module for the rule)."""
    from reviewminer.link_index import PairIndex, Rule

    docs = _distinct(reports)
    answered = [d for d in docs if d.review_type not in ANSWERING_TYPES]
    index = PairIndex([d.recommendations for d in answered],
                      Rule(_words, number_key, NUMBER_THRESHOLD, TEXT_THRESHOLD))
    cover = {d.document_id for d in docs if d.review_type == "cover_report"}
    out: list[Link] = []
    for follower in docs:
        quotes = _answering(follower)
        if not quotes:
            continue
        by_target: dict[int, list[tuple[int, int, Scored]]] = {}
        for i, q in enumerate(quotes):
            for t, j, agree, f1, contained in index.candidates(q):
                if answered[t].document_id == follower.document_id:
                    continue
                p = _rule(agree, f1, contained)
                if p is not None:
                    by_target.setdefault(t, []).append((i, j, p))
        found: list[Link] = []
        for t in sorted(by_target):
            found += _cross_links(follower, quotes, answered[t], by_target[t])
        elsewhere = {k.from_id for k in found if k.to_document_id not in cover}
        out += [k for k in found if k.to_document_id not in cover or k.from_id not in elsewhere]
        fid = follower.document_id
        numbers = {r.id: r.number for r in follower.recommendations}
        out += [Link("action", fid, f"{fid}:{a.id}", fid, f"{fid}:{a.recommendation_id}",
                     numbers.get(a.recommendation_id), 1.0, 1.0, True, "same_document")
                for a in follower.action_plan if a.recommendation_id is not None]
    return out


Item = tuple[str | None, str | None, str | None, str | None]
"""(status, date, date as printed, detail) of a response or an action."""


def _items(doc: LinkDoc) -> dict[str, Item]:
    """Local id → (status, date, date as printed, detail) of the responses and actions of
    ``doc`` (an action first when an id is both)."""
    out: dict[str, Item] = {r.id: (r.response, doc.publication_date, None, r.response_text)
                            for r in doc.recommendations}
    out.update({a.id: (a.status, a.target_date, a.target_date_text, a.action)
                for a in doc.action_plan})
    return out


def follow_up(reports: Docs, found: Sequence[Link] | None = None) -> list[FollowUp]:
    """Per recommendation, every response and action answering it (one row each; a row with no
    item when nothing does). Recommendations of answering documents that link to nothing are
    listed too, with their own response and actions."""
    docs = _distinct(reports)
    found = links(docs) if found is None else found
    by_id = {d.document_id: d for d in docs}
    items: dict[str, dict[str, Item]] = {}
    to: dict[str, list[Link]] = {}
    linked_from: set[str] = set()
    for k in found:
        to.setdefault(k.to_id, []).append(k)
        if k.method != "same_document":
            linked_from.add(k.from_id)
    rows: list[FollowUp] = []
    for d in docs:
        answering = d.review_type in ANSWERING_TYPES
        for rec in d.recommendations:
            rid = f"{d.document_id}:{rec.id}"
            if answering and rid in linked_from:
                continue  # shown under the recommendation it answers
            base = FollowUp(d.document_id, d.source, rec.id, rec.number, rec.text)
            answers = [] if rid in linked_from else sorted(to.get(rid, []), key=_order)
            if rec.response is not None or rec.response_text is not None:
                answers.insert(0, Link("response", d.document_id, rid, d.document_id, rid,
                                       rec.number, 1.0, 1.0, True, "same_document"))
            if not answers:
                rows.append(base)
            for k in answers:
                item_doc = by_id[k.from_document_id]
                if item_doc.document_id not in items:
                    items[item_doc.document_id] = _items(item_doc)
                status, date, date_text, detail = items[item_doc.document_id].get(
                    k.from_id.split(":", 1)[1], (None, None, None, None))
                rows.append(FollowUp(d.document_id, d.source, rec.id, rec.number, rec.text,
                                     k.kind, k.from_document_id, item_doc.source, k.from_id,
                                     status, date, detail, k.score, k.method, date_text))
    return rows


def _order(k: Link) -> tuple[int, str]:
    return (0 if k.kind == "response" else 1, k.from_id)


@lru_cache(maxsize=1)
def link_fingerprint() -> str:
    """A fingerprint of the link rule's code (this module and its index), so links kept from an
    earlier export are not reused after it changes."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("link.py", "link_index.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # pragma: no cover - an install without sources
            digest.update(name.encode())
    return digest.hexdigest()[:16]


def _local(key: str | None) -> str | None:
    """``<document_id>:<id>`` → ``<id>``."""
    return None if key is None else key.split(":", 1)[1]


def docs_from_columns(columns: Mapping[str, Sequence[Sequence[Any]]]) -> list[LinkDoc]:
    """The documents of table columns (``documents``, ``recommendations`` and ``action_plan``,
    each a sequence of columns of cells in the spec's order, printable text, as
    :mod:`reviewminer.bulk.tables` holds them), in the order of their first ``documents`` row."""
    from reviewminer.export.columns import COLUMNS

    def cols(table: str, *names: str) -> Iterator[tuple[Any, ...]]:
        return zip(*(columns[table][COLUMNS[table].index(n)] for n in names), strict=True)

    recs: dict[str, list[LinkItem]] = {}
    for doc, rid, number, text, response, rtext in cols(
            "recommendations", "document_id", "recommendation_id", "number", "text", "response",
            "response_text"):
        recs.setdefault(doc, []).append(LinkItem(rid.split(":", 1)[1], number, text or "",
                                                 response, rtext))
    acts: dict[str, list[LinkAction]] = {}
    for doc, aid, rid, action, status, date, date_text in cols(
            "action_plan", "document_id", "action_id", "recommendation_id", "action", "status",
            "target_date", "target_date_text"):
        acts.setdefault(doc, []).append(LinkAction(aid.split(":", 1)[1], _local(rid),
                                                   action or "", status, date, date_text))
    out: dict[str, LinkDoc] = {}
    for doc, source, review_type, date in cols("documents", "document_id", "source",
                                               "review_type", "publication_date"):
        if doc not in out:
            out[doc] = LinkDoc(doc, source, review_type, date, tuple(recs.get(doc, ())),
                               tuple(acts.get(doc, ())))
    return list(out.values())


def corpus_cells(docs: Docs) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the ``links`` and ``follow_up`` tables (cells in column order) of ``docs``."""
    from reviewminer.export.columns import CORPUS_SPEC, Context
    from reviewminer.export.rows import table_cells

    distinct = _distinct(docs)
    found = links(distinct)
    records: dict[str, list[Any]] = {"links": found, "follow_up": follow_up(distinct, found)}
    key = {"links": "link", "follow_up": "row"}
    # the documents' text is printable (their rows', or made so by LinkDoc.of)
    return {t.name: table_cells(t, (Context(**{key[t.name]: r}) for r in records[t.name]),
                                printable_input=True)
            for t in CORPUS_SPEC}


def corpus_frames(reports: Docs) -> dict[str, pd.DataFrame]:
    """The ``links`` and ``follow_up`` tables of ``reports`` (``export.CORPUS_SPEC`` columns and
    dtypes)."""
    from reviewminer.export.columns import CORPUS_SPEC
    from reviewminer.export.schema import typed_frame

    cells = corpus_cells(reports)
    return {t.name: typed_frame(t, cells[t.name]) for t in CORPUS_SPEC}
