"""Council cover report, 2019 (docx -> LibreOffice): Adult Social Care Scrutiny Panel
receives the SAR Ms F.

Exercises: committee recommendations labelled '(a)', '(b)' under 'RECOMMENDATIONS' (kind
committee, owner the scrutiny panel); the review's recommendations quoted in curly quotes with
their R labels, including an imperative whose lead is given only in the quoted Lead column
text; 'Reasons for recommendations' section that is not a recommendations section; typed
bold headings in capitals; a council standard table at the top.
"""
from sample_docs.kit.doc import Doc

SAB = "Safeguarding Adults Board"
OSC = "Overview and Scrutiny Committee"


def build():
    d = Doc("cover_report_2019_sar_ms_f", document_type="cover_report",
            title="Safeguarding Adults Review - Ms F: report to the Adult Social Care and "
                  "Health Scrutiny Panel",
            subjects=["Ms F"], area="Kelbrook County Council",
            publication_date="2019-01-22", split="dev", producer="docx",
            style=dict(font="Arial", size=12, heading_mode="bold", heading_color="000000",
                       page_numbers="{PAGE}", footer="Kelbrook County Council – Adult Social "
                                                     "Care and Health Scrutiny Panel – 30 "
                                                     "January 2019"))
    d.title("KELBROOK COUNTY COUNCIL", size=14, align="left")
    d.title("ADULT SOCIAL CARE AND HEALTH SCRUTINY PANEL", size=12, align="left")
    d.table(["Meeting date", "30 January 2019"], [
        ["Report title", "Safeguarding Adults Review – Ms F"],
        ["Report author", "Business Manager, Kelbrook Safeguarding Adults Board"],
        ["Lead Cabinet Member", "Cabinet Member for Adult Social Care"],
        ["Key decision", "No"],
        ["Exempt information", "None"],
    ], widths=[5, 11], font_size=10, header_fill="EEEEEE", bold_first_col=True)

    d.h("1. PURPOSE OF THE REPORT", "1", "PURPOSE OF THE REPORT", 1, "executive_summary")
    d.p("1.1 To present to the Panel the Safeguarding Adults Review (SAR) concerning Ms F, "
        "published by Kelbrook Safeguarding Adults Board (the SAB) in September 2018, and to "
        "update the Panel on the progress made by partner agencies in responding to it.")
    d.h("2. RECOMMENDATIONS", "2", "RECOMMENDATIONS", 1, "recommendations")
    d.p("2.1 It is recommended that:")
    cs = [
        d.R("a", "the Panel notes the findings and recommendations of the Safeguarding Adults "
            "Review concerning Ms F;", [OSC], kind="committee"),
        d.R("b", "the Panel notes the progress made by partner agencies, as set out in "
            "section 5 of this report;", [OSC], kind="committee"),
        d.R("c", "the Panel agrees to receive a further update from the SAB Independent "
            "Chair in July 2019.", [OSC], kind="committee"),
    ]
    for c in cs:
        d.use(c, primary=True)
    d.labelled([(c.number, c.text) for c in cs], "({n})")

    d.h("3. BACKGROUND", "3", "BACKGROUND", 1, "background")
    d.p("3.1 Ms F died in a house fire at her home in December 2016. She was 63 and had a long "
        "history of bipolar disorder. She lived with her adult son. The SAB commissioned a SAR "
        "in March 2017 because it was concerned that agencies could have worked together more "
        "effectively to protect her. The SAR was written by an independent reviewer and "
        "published on the SAB website on 12 September 2018.")
    d.p("3.2 Members will recall that the Panel received a verbal update on the review at its "
        "meeting in October 2018 and asked for a full report. The Chair of the Panel has "
        "asked that members consider in particular the Council's own role in relation to "
        "recommendation R4.")
    d.h("4. THE REVIEW'S FINDINGS AND RECOMMENDATIONS", "4",
        "THE REVIEW'S FINDINGS AND RECOMMENDATIONS", 1, "findings")
    d.p("4.1 The review made three findings: that fire risk was seen but not acted on; that "
        "the risk from Ms F's son was assessed incident by incident; and that mental capacity "
        "was used to close the safeguarding concern rather than to plan how to reduce the "
        "risk. The review made four recommendations, which are reproduced below.")
    recs = [
        (d.R("R1", "Develop a fire risk referral pathway so that any practitioner who sees "
             "signs of fire risk in a home can refer directly to the Fire and Rescue Service "
             "for a safe and well visit.", [SAB], inferred=True, scope="multi_agency",
             finding="1"), "Kelbrook SAB"),
        (d.R("R2", "Kelbrook Partnership NHS Foundation Trust should include fire risk in the "
             "care programme approach risk assessment for patients who smoke and have reduced "
             "mobility.", ["Mental Health Services"], scope="single_agency", finding="1"),
         "Kelbrook Partnership NHS Foundation Trust"),
        (d.R("R3", "The SAB should seek assurance from Kelbrook Police and the mental health "
             "trust that risks from family members are shared when a person with care and "
             "support needs is the victim of repeated incidents at home.", [SAB],
             targets=["Police", "Mental Health Services"], scope="multi_agency",
             finding="2"), "Kelbrook SAB"),
        (d.R("R4", "Refresh guidance and training on the Mental Capacity Act so that a "
             "decision to remain in a risky situation prompts a review of the risk, not the "
             "closure of the safeguarding concern.", ["Adult Social Care"], inferred=True,
             scope="single_agency", finding="3"), "Kelbrook County Council Adult Social Care"),
    ]
    for r, lead in recs:
        d.use(r, primary=True)
        d.p(f"{r.number}: “{r.text}” (Lead: {lead})", indent=1)

    d.h("5. PROGRESS", "5", "PROGRESS", 1, "other")
    d.p("5.1 A fire risk referral pathway (R1) was agreed by the SAB in November 2018 and has "
        "been launched with Kelbrook Fire and Rescue Service. In the first eight weeks, "
        "thirty-one referrals were received, compared with nine in the same period of 2017.")
    d.p("5.2 The Partnership NHS Foundation Trust has amended its risk assessment template "
        "(R2). The SAB Executive received a report from the police and the trust in December "
        "2018 in response to R3 and has asked for further evidence of information sharing "
        "in practice.")
    d.p("5.3 Adult Social Care has revised its guidance on the Mental Capacity Act and "
        "safeguarding (R4). Training for social workers and managers will be completed by "
        "March 2019. An audit of concerns closed on the grounds of capacity found that risk "
        "was reviewed in eleven of twenty cases, and a re-audit is planned.")
    d.p("5.4 The SAB has also shared the learning from the review more widely. A learning "
        "briefing was circulated to all partner agencies in October 2018, and two learning "
        "events attended by 140 practitioners were held in November 2018. The briefing has "
        "been used by the Fire and Rescue Service in its own station-based training.")
    d.p("5.5 The SAB's SAR Sub-group monitors the action plan and reports to the SAB "
        "Executive every quarter. At its last meeting the Sub-group rated eleven of the "
        "fourteen actions as complete or on track. The three actions at risk relate to "
        "information sharing between the police and mental health services, and the "
        "Independent Chair has written to both organisations to seek a timetable.")
    d.h("6. REASONS FOR RECOMMENDATIONS", "6", "REASONS FOR RECOMMENDATIONS", 1, "other")
    d.p("6.1 The Panel has a role in scrutinising the Council's contribution to safeguarding "
        "adults and in holding partner agencies to account for their response to "
        "Safeguarding Adults Reviews.")
    d.h("7. OTHER OPTIONS CONSIDERED", "7", "OTHER OPTIONS CONSIDERED", 1, "other")
    d.p("7.1 None. The report is for information and scrutiny.")
    d.h("8. IMPLICATIONS", "8", "IMPLICATIONS", 1, "other")
    d.p("8.1 Financial: the cost of the MCA training is being met from the existing Adult "
        "Social Care training budget. Legal: the SAB's duties are set out in section 43 to 45 "
        "of the Care Act 2014 and Schedule 2 to that Act. Equality: Ms F had a mental health "
        "condition and a physical disability; the actions arising from the review are "
        "expected to improve the response to people with these protected characteristics.")
    d.h("9. CONSULTATION", "9", "CONSULTATION", 1, "other")
    d.p("9.1 The SAB Independent Chair, the Director of Adult Social Services and the Cabinet "
        "Member for Adult Social Care have been consulted on this report. Ms F's sister was "
        "told that the report would be considered by the Panel and was offered the "
        "opportunity to attend; she has asked to receive a copy of the minutes.")
    d.h("10. RISK MANAGEMENT", "10", "RISK MANAGEMENT", 1, "other")
    d.p("10.1 The principal risk is that agencies do not sustain the changes made in response "
        "to the review. The SAB has mitigated this by including a re-audit of the key "
        "actions in its 2019/20 quality assurance programme. A further risk is reputational: "
        "the review attracted local media interest when it was published, and the Council's "
        "communications team has prepared a statement in case of further enquiries.")
    d.h("11. BACKGROUND PAPERS", "11", "BACKGROUND PAPERS", 1, "other")
    d.p("11.1 Safeguarding Adults Review – Ms F, Kelbrook Safeguarding Adults Board, September "
        "2018 (available on the SAB website).")
    return d
