"""Action-plan rows, each linked to the recommendation it serves."""

from __future__ import annotations

import re

from reviewminer.extract.metadata import parse_date
from reviewminer.extract.parties import PartyResolver
from reviewminer.extract.recommendations.dedupe import Merged
from reviewminer.extract.recommendations.tables import TableRow
from reviewminer.model import ActionItem, Recommendation

_TRAILING_NUMBER = re.compile(r"([0-9]+[a-z]?(?:\.[0-9]+)*)$")


def rec_by_reference(ref: str, lead: str | None,
                     by_number: dict[str, list[Recommendation]]) -> Recommendation | None:
    """The recommendation an action-plan reference names: "3", "R3", or "M1"/"LSCB 1"
    (a prefix naming the group when numbering restarts), disambiguated by the lead agency."""
    ref = ref.strip().lower().rstrip(".")
    cands = by_number.get(ref, [])
    if not cands:
        m = _TRAILING_NUMBER.search(ref)
        cands = by_number.get(m.group(1), []) if m else []
    if len(cands) > 1 and lead is not None:
        owned = [r for r in cands if any(p.canonical == lead and p.role == "owner"
                                         for p in r.parties)]
        cands = owned or cands
    return cands[0] if len(cands) == 1 else None


def link_actions(recs: list[Recommendation], merged: list[Merged], action_rows: list[TableRow],
                 resolver: PartyResolver, months: dict[str, int]) -> tuple[ActionItem, ...]:
    """Action items from the action-plan rows: the row's own recommendation when it was merged
    into one, else the one its reference names."""
    row_rec: dict[int, Recommendation] = {}
    for r, (_, _, members) in zip(recs, merged, strict=True):
        for m in members:
            for row in m.table_rows:
                row_rec[id(row)] = r
    by_number: dict[str, list[Recommendation]] = {}
    for r in recs:
        if r.number:
            by_number.setdefault(r.number.lower(), []).append(r)
    out: list[ActionItem] = []
    for row in action_rows:
        if not row.action:
            continue
        lead_canonical = None
        if row.lead_agency:
            found = resolver.canonicalise(row.lead_agency)
            lead_canonical = found.canonical if found else None
        rec = row_rec.get(id(row))
        if rec is None and row.number:
            rec = rec_by_reference(row.number, lead_canonical, by_number)
        out.append(ActionItem(
            id=f"a{len(out) + 1}",
            recommendation_id=rec.id if rec else None,
            recommendation_number=row.number or (rec.number if rec else None),
            action=row.action,
            lead_agency=row.lead_agency,
            lead_agency_canonical=lead_canonical,
            lead_officer=row.lead_officer,
            target_date=parse_date(row.target_date, months) if row.target_date else None,
            target_date_text=row.target_date,
            status=row.status,
            provenance=row.action_prov or row.prov,
        ))
    return tuple(out)
