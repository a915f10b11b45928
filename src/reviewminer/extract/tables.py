"""Findings/recommendations tables and action-plan tables.

A table qualifies when a header row names a recommendation column (``table_columns`` in
``models/rules/recommendations.json``). Cells left blank under a merged recommendation cell
inherit the value above, so one recommendation with several action rows stays one
recommendation. Header rows repeated where a table continues on a new page are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewminer.document import Document
from reviewminer.model import Provenance
from reviewminer.rules import Rules

_LABEL = re.compile(r"^(?:recommendation|rec\.?|r)?\s*(?P<num>[0-9]+[a-z]?(?:\.[0-9]+)*)\s*[:.)]?\s*",
                    re.I)


@dataclass
class TableRow:
    """One data row of a recommendations or action-plan table."""

    block: int
    number: str | None
    recommendation: str
    action: str | None
    lead_agency: str | None
    lead_officer: str | None
    target_date: str | None
    status: str | None
    finding: str | None
    scope: str | None
    prov: Provenance  # span of the recommendation cell (or the row)
    action_prov: Provenance | None


def _columns(header: tuple[str, ...], rules: Rules) -> dict[str, int]:
    cols: dict[str, int] = {}
    order = ["number", "recommendation", "action", "lead_officer", "lead_agency",
             "target_date", "status", "finding", "scope"]
    for role in order:
        pat = rules.table_columns[role]
        for k, cell in enumerate(header):
            if k in cols.values():
                continue
            h = " ".join(cell.lower().split())
            if h and pat.search(h):
                cols[role] = k
                break
    return cols


def _cell(row: tuple[str, ...], k: int | None) -> str:
    if k is None or k >= len(row):
        return ""
    return " ".join(row[k].split())


def table_rows(doc: Document, i: int, rules: Rules) -> tuple[list[TableRow], bool]:
    """Rows of table block ``i``; the flag says whether it is an action plan (has actions)."""
    b = doc.blocks[i]
    rows = b.rows or ()
    if len(rows) < 2:
        return [], False
    header_at = None
    cols: dict[str, int] = {}
    for h in range(min(3, len(rows) - 1)):
        cols = _columns(rows[h], rules)
        # a recommendations table, or an action plan that refers to recommendations by number
        if "recommendation" in cols or ("action" in cols and ("number" in cols or
                                                              "lead_agency" in cols)):
            header_at = h
            break
    if header_at is None:
        return [], False
    refs = [_cell(r, cols.get("number")) for r in rows[header_at + 1:]]
    sub_numbered = "recommendation" not in cols and _sub_numbered(refs)
    header = rows[header_at]
    out: list[TableRow] = []
    prev: dict[str, str] = {}
    search_from = 0
    text = b.text
    for row in rows[header_at + 1:]:
        if tuple(c.strip().lower() for c in row) == tuple(c.strip().lower() for c in header):
            continue  # header repeated on a continuation page
        vals = {role: _cell(row, k) for role, k in cols.items()}
        if "lead_officer" not in cols and cols.get("lead_agency") is not None and \
                cols["lead_agency"] < len(row) and "\n" in row[cols["lead_agency"]].strip():
            # "LSCB\nLSCB Business Manager": agency and officer in one cell
            agency, _, officer = row[cols["lead_agency"]].strip().partition("\n")
            vals["lead_agency"], vals["lead_officer"] = agency.strip(), " ".join(officer.split())
        if sub_numbered and vals.get("number"):
            vals["number"] = vals["number"].rsplit(".", 1)[0]  # action "M1.2" serves "M1"
        rec = vals.get("recommendation", "")
        if not rec and not vals.get("action"):
            continue
        if not any(vals.values()):
            continue
        # merged cells: blank recommendation / number / finding carry over from the row above
        for role in ("recommendation", "number", "finding", "scope"):
            if role in vals and not vals[role] and prev.get(role):
                vals[role] = prev[role]
        rec = vals.get("recommendation", "")
        number = vals.get("number") or None
        if rec and number is None:
            m = _LABEL.match(rec)
            if m and m.end() < len(rec) and re.match(r"(recommendation|rec|r)?\s*[0-9]", rec, re.I):
                number = m.group("num")
                if re.match(r"r\s?[0-9]", rec, re.I):
                    number = "R" + number  # printed "R4" keeps its letter
                rec = rec[m.end():]
        finding = vals.get("finding") or None
        if finding:
            fm = next((p.match(finding) for p in rules.finding_labels if p.match(finding)), None)
            lead_num = re.match(r"^([0-9]+[a-z]?)\b", finding)
            finding = fm.group("num") if fm else (lead_num.group(1) if lead_num else finding)
        if number:
            number = number.strip().rstrip(".):")
            number = re.sub(r"^(recommendation|rec\.?)\s*", "", number, flags=re.I)
        prev = {**prev, **{k: v for k, v in vals.items() if v}}
        key_col = cols.get("recommendation", cols.get("action"))
        prov = _locate(doc, i, text, row[key_col] if key_col is not None and key_col < len(row)
                       else "", search_from)
        action_prov = None
        if vals.get("action"):
            action_prov = _locate(doc, i, text, row[cols["action"]], search_from)
            if action_prov is not None:
                search_from = action_prov.char_end - doc.starts[i]
        out.append(
            TableRow(
                block=i,
                number=number,
                recommendation=rec,
                action=vals.get("action") or None,
                lead_agency=vals.get("lead_agency") or None,
                lead_officer=vals.get("lead_officer") or None,
                target_date=vals.get("target_date") or None,
                status=vals.get("status") or None,
                finding=finding,
                scope=vals.get("scope") or None,
                prov=prov or doc.provenance(i, i),
                action_prov=action_prov,
            )
        )
    return out, "action" in cols


def _sub_numbered(refs: list[str]) -> bool:
    """Whether action references number actions under recommendations ("M1.1", "M1.2", "2.1")."""
    refs = [r for r in refs if r]
    if len(refs) < 2:
        return False
    parts = [re.fullmatch(r"(.+?)\.([0-9]+)", r) for r in refs]
    if not all(parts):
        return False
    heads = [m.group(1) for m in parts if m]
    return len(set(heads)) < len(heads)


def _locate(doc: Document, i: int, text: str, cell: str, start: int) -> Provenance | None:
    cell = cell.strip()
    if not cell:
        return None
    pos = text.find(cell, start)
    if pos < 0:
        pos = text.find(cell)
    if pos < 0:
        return None
    cs = doc.starts[i] + pos
    return doc.span_provenance(cs, cs + len(cell))
