"""Action plan for SAR Mr Q (linked set, Ashcombe SAB, 2025), a separate document: a landscape
table 'Rec no | Recommendation | Action | Lead agency | Target date | Status' with merged cells
over a recommendation's several actions; Recommendation 5 shortened, Recommendation 8 (not
accepted) left out."""

from sample_docs.kit.doc import Doc, iso_date
from sample_docs.linked.docs.mr_q_data import ACTIONS, AREA, PLAN_TEXT, RECS

NAME = "action_plan_2025_sar_mr_q"


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="action_plan",
            title="Safeguarding Adults Review Mr Q: Action Plan", subjects=["Mr Q"], area=AREA,
            publication_date="2025-04-10", split="dev",
            style=dict(orientation="landscape", margins_cm=1.6,
                       header="Ashcombe Safeguarding Adults Board | SAR Mr Q action plan"))
    d.title("Ashcombe Safeguarding Adults Board", size=14, align="left")
    d.title("Safeguarding Adults Review Mr Q: Action Plan", size=20, align="left")
    d.h("Introduction", kind="introduction")
    d.p("This plan sets out the actions agreed by partner agencies in answer to the "
        "recommendations of the Safeguarding Adults Review concerning Mr Q, published in "
        "January 2025. Recommendation 8 was not accepted and has no actions.")
    d.h("Action plan", kind="action_plan")
    header = ["Rec no", "Recommendation", "Action", "Lead agency", "Target date", "Status"]
    rows, merges = [], []
    for no, text, parties, targets, scope in RECS:
        if no not in ACTIONS:
            continue
        shown = PLAN_TEXT.get(no, text)
        d.rec(d.R(no, shown, parties, targets=targets, scope=scope), style=None)
        start = len(rows)
        for i, (act, lead, canonical, date, status) in enumerate(ACTIONS[no]):
            rows.append([no if i == 0 else "", shown if i == 0 else "", act, lead, date,
                         status])
            d.ap_row(no, act, canonical, None, iso_date(date), date, status)
        if len(ACTIONS[no]) > 1:
            merges += [(start, 0, len(ACTIONS[no])), (start, 1, len(ACTIONS[no]))]
    d.table(header, rows, widths=[1.3, 7.0, 6.0, 3.6, 2.2, 2.0], merges=merges, font_size=9)
    return d
