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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Recommendation, Report

__all__ = ["ANSWERING_TYPES", "GATE_SHARE", "GATE_STRONG", "NUMBER_PENALTY", "NUMBER_THRESHOLD",
           "TEXT_THRESHOLD", "FollowUp", "Link", "corpus_frames", "follow_up", "links",
           "number_key", "similarity"]

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
    date: str | None = None
    detail: str | None = None
    score: float | None = None
    method: str | None = None


def number_key(number: str | None) -> str | None:
    """A number without its label and punctuation: "R3", "Recommendation 3", "3." -> "3"."""
    if not number:
        return None
    key = _LABEL.sub("", number.strip()).strip(" .():").lower()
    return key or None


def _f1_and_containment(a: str, b: str) -> tuple[float, float]:
    ta, tb = Counter(_WORD.findall(a.lower())), Counter(_WORD.findall(b.lower()))
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


def _pair(quote: Recommendation, rec: Recommendation) -> tuple[float, float, bool | None, str] | None:
    """(score, text score, numbers agree, method) when ``quote`` answers ``rec``, else None."""
    qn, rn = number_key(quote.number), number_key(rec.number)
    agree = None if qn is None or rn is None else qn == rn
    f1, contained = _f1_and_containment(quote.text, rec.text)
    text = round(max(f1, 0.9 * contained), 3)
    if agree and text >= NUMBER_THRESHOLD:
        return text, text, agree, "number_and_text"
    if f1 >= TEXT_THRESHOLD:  # no number to confirm it: a shortened quote is not enough
        return round(f1 - NUMBER_PENALTY, 3), round(f1, 3), agree, "text_only"
    return None


def _answering(report: Report) -> list[Recommendation]:
    """The items of ``report`` that answer something: responses and items actions serve."""
    served = {a.recommendation_id for a in report.action_plan}
    responded = any(r.response is not None or r.response_text is not None
                    for r in report.recommendations)
    return [r for r in report.recommendations if responded or r.id in served]


def _matches(quotes: Sequence[Recommendation], recs: Sequence[Recommendation]
             ) -> list[tuple[Recommendation, Recommendation, tuple[float, float, bool | None, str]]]:
    scored = []
    for i, q in enumerate(quotes):
        for j, r in enumerate(recs):
            p = _pair(q, r)
            if p is not None:
                scored.append((p[0], i, j, p))
    used_q: set[int] = set()
    used_r: set[int] = set()
    out = []
    for _, i, j, p in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i not in used_q and j not in used_r:
            used_q.add(i)
            used_r.add(j)
            out.append((quotes[i], recs[j], p))
    return out


def _distinct(reports: Iterable[Report]) -> list[Report]:
    seen: dict[str, Report] = {}
    for r in reports:
        seen.setdefault(r.document_id, r)
    return list(seen.values())


def _cross_links(follower: Report, target: Report) -> list[Link]:
    quotes = _answering(follower)
    recs = list(target.recommendations)
    responded = {r.id for r in quotes if r.response is not None or r.response_text is not None}
    fid, tid = follower.document_id, target.document_id
    out: list[Link] = []
    pairs = _matches(quotes, recs)
    strong = sum(p[2][1] >= TEXT_THRESHOLD for p in pairs)
    if len(pairs) < GATE_SHARE * len(quotes) and strong < GATE_STRONG:
        return []
    for q, rec, (score, text, agree, method) in pairs:
        def link(kind: str, from_id: str, rec: Recommendation = rec, score: float = score,
                 text: float = text, agree: bool | None = agree, method: str = method) -> Link:
            return Link(kind, fid, from_id, tid, f"{tid}:{rec.id}", rec.number, score, text,
                        agree, method)
        if q.id in responded:
            out.append(link("response", f"{fid}:{q.id}"))
        out += [link("action", f"{fid}:{a.id}") for a in follower.action_plan
                if a.recommendation_id == q.id]
    return out


def links(reports: Iterable[Report]) -> list[Link]:
    """Every link between the responses and actions of ``reports`` and the recommendations they
    answer (see the module for the rule)."""
    docs = _distinct(reports)
    out: list[Link] = []
    for follower in docs:
        if not _answering(follower):
            continue
        found: list[Link] = []
        for target in docs:
            if target is follower or target.metadata.review_type in ANSWERING_TYPES:
                continue
            found += _cross_links(follower, target)
        cover = {d.document_id for d in docs if d.metadata.review_type == "cover_report"}
        elsewhere = {k.from_id for k in found if k.to_document_id not in cover}
        out += [k for k in found if k.to_document_id not in cover or k.from_id not in elsewhere]
        fid = follower.document_id
        numbers = {r.id: r.number for r in follower.recommendations}
        out += [Link("action", fid, f"{fid}:{a.id}", fid, f"{fid}:{a.recommendation_id}",
                     numbers.get(a.recommendation_id), 1.0, 1.0, True, "same_document")
                for a in follower.action_plan if a.recommendation_id is not None]
    return out


def _item(report: Report, local_id: str) -> tuple[str | None, str | None, str | None]:
    """(status, date, detail) of a response or action of ``report``."""
    for a in report.action_plan:
        if a.id == local_id:
            return a.status, a.target_date or a.target_date_text, a.action
    for r in report.recommendations:
        if r.id == local_id:
            return r.response, report.metadata.publication_date, r.response_text
    return None, None, None


def follow_up(reports: Iterable[Report], found: Sequence[Link] | None = None) -> list[FollowUp]:
    """Per recommendation, every response and action answering it (one row each; a row with no
    item when nothing does). Recommendations of answering documents that link to nothing are
    listed too, with their own response and actions."""
    docs = _distinct(reports)
    found = links(docs) if found is None else found
    by_id = {d.document_id: d for d in docs}
    to: dict[str, list[Link]] = {}
    linked_from: set[str] = set()
    for k in found:
        to.setdefault(k.to_id, []).append(k)
        if k.method != "same_document":
            linked_from.add(k.from_id)
    rows: list[FollowUp] = []
    for d in docs:
        answering = d.metadata.review_type in ANSWERING_TYPES
        for rec in d.recommendations:
            rid = f"{d.document_id}:{rec.id}"
            if answering and rid in linked_from:
                continue  # shown under the recommendation it answers
            base = FollowUp(d.document_id, d.source, rec.id, rec.number, rec.text)
            items = [] if rid in linked_from else sorted(to.get(rid, []), key=_order)
            if rec.response is not None or rec.response_text is not None:
                items.insert(0, Link("response", d.document_id, rid, d.document_id, rid,
                                     rec.number, 1.0, 1.0, True, "same_document"))
            if not items:
                rows.append(base)
            for k in items:
                item_doc = by_id[k.from_document_id]
                status, date, detail = _item(item_doc, k.from_id.split(":", 1)[1])
                rows.append(FollowUp(d.document_id, d.source, rec.id, rec.number, rec.text,
                                     k.kind, k.from_document_id, item_doc.source, k.from_id,
                                     status, date, detail, k.score, k.method))
    return rows


def _order(k: Link) -> tuple[int, str]:
    return (0 if k.kind == "response" else 1, k.from_id)


def corpus_frames(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """The ``links`` and ``follow_up`` tables of ``reports`` (``export.CORPUS_SPEC`` columns)."""
    import pandas as pd

    from reviewminer.export.columns import CORPUS_SPEC, Context
    from reviewminer.export.frames import printable_rows

    docs = _distinct(reports)
    found = links(docs)
    records: dict[str, list[Any]] = {"links": found, "follow_up": follow_up(docs, found)}
    key = {"links": "link", "follow_up": "row"}
    out: dict[str, pd.DataFrame] = {}
    for table in CORPUS_SPEC:
        rows = [{c.name: c.value(Context(**{key[table.name]: r})) for c in table.columns}
                for r in records[table.name]]
        out[table.name] = pd.DataFrame(printable_rows(rows), columns=list(table.names))
    return out
