"""SAR, Ashcombe Safeguarding Adults Board, 2025: the review of the linked set (its response is
``response_2025_sar_mr_q``, its action plan ``action_plan_2025_sar_mr_q``). Word Heading styles,
numbered key questions, eight 'Recommendation N:' recommendations with bold labels."""

from sample_docs.kit.doc import Doc
from sample_docs.linked.docs.mr_q_data import AREA, RECS

NAME = "sar_2025_mr_q"


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="sar", title="Safeguarding Adults Review: Mr Q",
            subjects=["Mr Q"], area=AREA, publication_date="2025-01-28", split="dev",
            style=dict(header="Ashcombe Safeguarding Adults Board",
                       footer="SAR Mr Q – January 2025"))
    d.title("Ashcombe Safeguarding Adults Board", size=14, space_after=10)
    d.title("Safeguarding Adults Review", size=24, space_after=10)
    d.title("Mr Q", size=20, bold=False, space_after=30)
    d.line("Independent reviewer: Dr Helen Marsh", align="center", size=None)
    d.line("Published January 2025", align="center", size=None)
    d.page_break()
    d.h("Introduction", kind="introduction")
    d.p("Mr Q was 58 when he died at home in Ashcombe in March 2024. He had lived alone since "
        "his divorce, was dependent on alcohol and had an acquired brain injury from a fall in "
        "2019. In the last year of his life he was admitted to hospital as an emergency seven "
        "times and was discharged each time without a plan for his care at home.")
    d.p("The Safeguarding Adults Board agreed that the criteria for a review under section 44 "
        "of the Care Act 2014 were met.")
    d.h("Key lines of enquiry", kind="terms_of_reference")
    d.p("The review was asked to consider:")
    d.lines_of_enquiry([
        "How well agencies understood the effect of Mr Q's brain injury on his decisions.",
        "Whether hospital discharge planning took account of how Mr Q lived at home.",
        "How information about Mr Q was shared between the police, health services and "
        "Adult Social Care."])
    d.h("What happened", kind="chronology")
    d.p("Between April 2023 and March 2024 Mr Q attended the emergency department fourteen "
        "times and was admitted seven times, mostly after falls. Ward staff recorded that his "
        "flat was cold and that he had little food, but each discharge was arranged within a "
        "day and no referral was made to Adult Social Care until January 2024. The police "
        "made three welfare checks after calls from neighbours; none was shared with other "
        "agencies. Mr Q missed nine appointments at his GP practice for his liver disease.")
    d.h("Findings", kind="findings")
    d.p("Agencies treated each admission as a new event. Nobody looked at the pattern, and Mr "
        "Q's repeated refusals of help were accepted as choices without asking whether his "
        "brain injury affected his ability to carry them out. The review found good practice "
        "by a community alcohol worker who kept in touch with Mr Q by telephone.")
    d.h("Recommendations", kind="recommendations")
    d.p("The review makes eight recommendations.")
    for no, text, parties, targets, scope in RECS:
        d.rec(d.R(no, text, parties, targets=targets, scope=scope), style="literal",
              label=f"Recommendation {no}:", bold_label=True)
    return d
