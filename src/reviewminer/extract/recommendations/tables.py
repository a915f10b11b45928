"""Findings/recommendations tables and action-plan tables.

A table qualifies when a header row names a recommendation column (``table_columns`` in
``models/rules/recommendations.json``). Cells left blank under a merged recommendation cell
inherit the value above, so one recommendation with several action rows stays one
recommendation. Header rows repeated where a table continues on a new page are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewminer.document import Document
from reviewminer.model import Provenance
from reviewminer.rules import LabelRules, Rules


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
    response: str | None = None  # a response column's cell (a response document's table)
    response_prov: Provenance | None = None


def _columns(header: tuple[str, ...], rules: Rules) -> dict[str, int]:
    cols: dict[str, int] = {}
    order = ["number", "recommendation", "action", "response", "lead_officer", "lead_agency",
             "target_date", "status", "finding", "scope"]
    heads = [" ".join(cell.lower().split()) for cell in header]
    for role in order:
        pat = rules.recommendations.table_columns.get(role)
        if pat is None:
            continue
        for k, h in enumerate(heads):
            if k in cols.values():
                continue
            if h and pat.search(h):
                cols[role] = k
                break
    return cols


def _cell(row: tuple[str, ...], k: int | None) -> str:
    if k is None or k >= len(row):
        return ""
    return " ".join(row[k].split())


#: Header rows are looked for among a table's first rows.
HEADER_ROWS = 3
_LEADING_NUMBER = re.compile(r"^([0-9]+[a-z]?)\b")
#: Columns whose blank cells (merged cells) carry over from the row above.
_CARRIED = ("recommendation", "number", "finding", "scope")


def _header(rows: tuple[tuple[str, ...], ...], rules: Rules) -> tuple[int, dict[str, int]] | None:
    """The header row and its column roles: a recommendations table, or an action plan that
    refers to recommendations by number or lead agency."""
    for h in range(min(HEADER_ROWS, len(rows) - 1)):
        cols = _columns(rows[h], rules)
        if "recommendation" in cols or ("action" in cols and ("number" in cols or
                                                              "lead_agency" in cols)):
            return h, cols
    return None


def _values(row: tuple[str, ...], cols: dict[str, int], sub_numbered: bool) -> dict[str, str]:
    vals = {role: _cell(row, k) for role, k in cols.items()}
    k = cols.get("lead_agency")
    if "lead_officer" not in cols and k is not None and k < len(row) and "\n" in row[k].strip():
        # "LSCB\nLSCB Business Manager": agency and officer in one cell
        agency, _, officer = row[k].strip().partition("\n")
        vals["lead_agency"], vals["lead_officer"] = agency.strip(), " ".join(officer.split())
    if sub_numbered and vals.get("number"):
        vals["number"] = vals["number"].rsplit(".", 1)[0]  # action "M1.2" serves "M1"
    return vals


def _numbered_text(rec: str, labels: LabelRules) -> tuple[str | None, str]:
    """(number, text) of a recommendation cell that starts with its reference ("R4 Develop")."""
    m = labels.table_reference.match(rec)
    if m and m.end() < len(rec) and labels.reference_start.match(rec):
        number = m.group("num")
        if labels.reference_r.match(rec):
            number = "R" + number  # printed "R4" keeps its letter
        return number, rec[m.end():]
    return None, rec


def _finding_number(finding: str, rules: Rules) -> str:
    fm = next((m for p in rules.recommendations.finding_labels if (m := p.match(finding))), None)
    lead_num = _LEADING_NUMBER.match(finding)
    return fm.group("num") if fm else (lead_num.group(1) if lead_num else finding)


def _clean_number(number: str, labels: LabelRules) -> str:
    return labels.reference_prefix.sub("", number.strip().rstrip(".):"))


@dataclass
class _TableReader:
    """Reads the data rows of one table block, carrying merged cells down."""

    doc: Document
    i: int
    rules: Rules
    cols: dict[str, int]
    sub_numbered: bool
    prev: dict[str, str] = field(default_factory=dict)
    search_from: int = 0

    def read(self, row: tuple[str, ...]) -> TableRow | None:
        vals = _values(row, self.cols, self.sub_numbered)
        filled = [c for c in row if c.strip()]
        spanning = None
        if not vals.get("recommendation") and "action" not in self.cols and len(filled) == 1 \
                and "recommendation" in self.cols:
            # a boxed list: one merged cell spans the columns the header splits
            spanning = filled[0]
            vals["recommendation"] = " ".join(spanning.split())
        if not vals.get("recommendation", "") and not vals.get("action"):
            return None
        if not any(vals.values()):
            return None
        for role in _CARRIED:  # merged cells: blank cells carry over from the row above
            if role in vals and not vals[role] and self.prev.get(role):
                vals[role] = self.prev[role]
        rec = vals.get("recommendation", "")
        number = vals.get("number") or None
        if rec and number is None:
            number, rec = _numbered_text(rec, self.rules.labels)
        finding = vals.get("finding") or None
        self.prev = {**self.prev, **{k: v for k, v in vals.items() if v}}
        prov, action_prov = self.locate(row, vals, spanning)
        response = vals.get("response") or None
        return TableRow(
            block=self.i,
            number=_clean_number(number, self.rules.labels) if number else number,
            recommendation=rec,
            action=vals.get("action") or None,
            lead_agency=vals.get("lead_agency") or None,
            lead_officer=vals.get("lead_officer") or None,
            target_date=vals.get("target_date") or None,
            status=vals.get("status") or None,
            finding=_finding_number(finding, self.rules) if finding else None,
            scope=vals.get("scope") or None,
            prov=prov or self.doc.provenance(self.i, self.i),
            action_prov=action_prov,
            response=response,
            response_prov=_locate(self.doc, self.i, self.doc.blocks[self.i].text,
                                  row[self.cols["response"]], 0) if response else None,
        )

    def locate(self, row: tuple[str, ...], vals: dict[str, str], spanning: str | None = None
               ) -> tuple[Provenance | None, Provenance | None]:
        """Spans of the row's recommendation (or action) cell and of its action cell."""
        text = self.doc.blocks[self.i].text
        key_col = self.cols.get("recommendation", self.cols.get("action"))
        cell = row[key_col] if key_col is not None and key_col < len(row) else ""
        cell = spanning or cell
        prov = _locate(self.doc, self.i, text, cell, self.search_from)
        action_prov = None
        if vals.get("action"):
            action_prov = _locate(self.doc, self.i, text, row[self.cols["action"]], self.search_from)
            if action_prov is not None:
                self.search_from = action_prov.char_end - self.doc.starts[self.i]
        return prov, action_prov


def table_rows(doc: Document, i: int, rules: Rules) -> tuple[list[TableRow], bool]:
    """Rows of table block ``i``; the flag says whether it is an action plan (has actions)."""
    rows = doc.blocks[i].rows or ()
    found = _header(rows, rules) if len(rows) >= 2 else None
    if found is None:
        return [], False
    header_at, cols = found
    refs = [_cell(r, cols.get("number")) for r in rows[header_at + 1:]]
    reader = _TableReader(doc, i, rules, cols, "recommendation" not in cols and _sub_numbered(refs))
    header = tuple(c.strip().lower() for c in rows[header_at])
    out: list[TableRow] = []
    for row in rows[header_at + 1:]:
        if tuple(c.strip().lower() for c in row) == header:
            continue  # header repeated on a continuation page
        tr = reader.read(row)
        if tr is not None:
            out.append(tr)
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
