"""The Ashcombe Safeguarding Adults Board's response to SAR Mr Q (linked set, 2025): each
recommendation quoted with a 'Recommendation N:' label and followed by a 'Response: <status>.'
paragraph; the single-agency and national recommendations 7 and 8 in a table with Ref,
Recommendation and Response columns ('R7', 'R8'). Statuses cover the whole vocabulary. Scope
is not annotated here (the headings group the items by how they are answered)."""

from sample_docs.kit.doc import Doc
from sample_docs.linked.docs.mr_q_data import AREA, RECS, RESPONSES

NAME = "response_2025_sar_mr_q"


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="government_response",
            title="Response to the Safeguarding Adults Review concerning Mr Q",
            subjects=["Mr Q"], area=AREA, publication_date="2025-03-20", split="heldout",
            style=dict(header="Ashcombe Safeguarding Adults Board",
                       footer="Response to SAR Mr Q – March 2025"))
    d.title("Ashcombe Safeguarding Adults Board", size=14, space_after=10)
    d.title("Response to the Safeguarding Adults Review concerning Mr Q", size=20,
            space_after=30)
    d.line("March 2025", align="center", size=None)
    d.h("Introduction", kind="introduction")
    d.p("The Safeguarding Adults Board and its partners thank the independent reviewer and Mr "
        "Q's family for their part in the review. This document sets out the Board's response "
        "to each of the review's eight recommendations, agreed with the agencies they are "
        "addressed to. Progress will be followed through the multi-agency action plan.")
    d.h("Response to the multi-agency recommendations", kind="recommendations")
    for no, text, parties, targets, _ in RECS[:6]:
        d.rec(d.R(no, text, parties, targets=targets), style="literal",
              label=f"Recommendation {no}:", bold_label=True)
        d.p(RESPONSES[no][1])
    d.h("Response to the single-agency and national recommendations", kind="recommendations")
    rows = []
    for no, text, parties, targets, _ in RECS[6:]:
        d.rec(d.R(f"R{no}", text, parties, targets=targets), style=None)
        rows.append([f"R{no}", text, RESPONSES[no][1]])
    d.table(["Ref", "Recommendation", "Response"], rows, widths=[1.2, 7.5, 7.5])
    d.h("Next steps", kind="conclusions")
    d.p("The Board will publish an update on its website in six months.")
    return d
