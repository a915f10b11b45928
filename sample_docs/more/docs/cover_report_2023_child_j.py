"""Council cover report, 2023, with the LCSPR's recommendations quoted and an action plan
appendix (HTML -> Chromium, landscape appendix page, rowspan merged cells, repeated thead).

Exercises: committee recommendations ('That the Committee ...', kind committee) vs quoted
review recommendations in curly quotes; key lines of enquiry for scrutiny; review
recommendation whose owner appears only in the action plan's Lead agency column (imperative);
seek assurance (owner partnership, target ICB); action plan rows with merged recommendation
cells, dates as printed (dd/mm/yyyy, month-year, quarter), RAG status.
"""
from sample_docs.kit.doc import Doc

SCP = "Safeguarding Children Partnership"
OSC = "Overview and Scrutiny Committee"


def build():
    d = Doc("cover_report_2023_child_j", document_type="cover_report",
            title="Local Child Safeguarding Practice Review: Child J - report to the Children "
                  "and Young People Overview and Scrutiny Committee",
            subjects=["Child J"], area="Marlow Cross Borough Council",
            publication_date="2023-11-08", split="heldout", producer="html",
            style=dict(html_font="Arial, 'Liberation Sans', sans-serif", size=11,
                       browser_header_footer=False, heading_color="000000",
                       extra_css="h1{border-bottom:1pt solid #000} td,th{font-size:8.5pt}"))
    d.title("MARLOW CROSS BOROUGH COUNCIL", size=14, align="left")
    d.table(["Report to", "Children and Young People Overview and Scrutiny Committee"], [
        ["Date of meeting", "16 November 2023"],
        ["Report of", "Independent Scrutineer, Marlow Cross Safeguarding Children Partnership"],
        ["Subject", "Local Child Safeguarding Practice Review – Child J"],
        ["Wards affected", "All"],
        ["Status", "Open"],
    ], widths=[4, 12], font_size=10, header_fill="FFFFFF", bold_first_col=True)

    c1 = d.R("3.1", "That the Committee notes the findings of the Local Child Safeguarding "
             "Practice Review concerning Child J.", [OSC], kind="committee")
    c2 = d.R("3.2", "That the Committee comments on the Partnership's response and the action "
             "plan at Appendix 2.", [OSC], kind="committee")
    c3 = d.R("3.3", "That the Committee receives a progress report on the action plan at its "
             "meeting in June 2024.", [OSC], kind="committee")

    d.h("1. Purpose of the report", "1", "Purpose of the report", 1, "executive_summary")
    d.p("1.1 This report presents the Local Child Safeguarding Practice Review (LCSPR) "
        "concerning Child J, published by Marlow Cross Safeguarding Children Partnership on 2 "
        "October 2023, and the Partnership's action plan. The review is a report of the "
        "Partnership, not of the Council; the Council is one of the three statutory "
        "safeguarding partners, with Marlow Cross Police and the Marlow Cross and Kelbrook "
        "Integrated Care Board.")

    d.h("2. Executive summary", "2", "Executive summary", 1, "executive_summary")
    d.p("2.1 Child J was a nine-month-old baby who suffered a serious head injury in January "
        "2023 while in the care of her mother's partner. She is now recovering in foster care. "
        "The review found that information about the partner's history of violence was held by "
        "the police and probation but was not known to the health visitor or to the family "
        "hub, and that the family's move between two addresses disrupted health visiting.")

    d.h("3. Recommendations", "3", "Recommendations", 1, "recommendations")
    for c in (c1, c2, c3):
        d.rec(c, "literal", label=c.number)

    d.h("4. Background", "4", "Background", 1, "background")
    d.p("4.1 The Partnership's rapid review was held on 2 February 2023 and recommended an "
        "LCSPR. The review was led by an independent reviewer, Ms Harriet Okafor, and used "
        "practitioner conversations and a learning event in June 2023. Child J's mother "
        "contributed; the partner declined.")
    d.p("4.2 Committee members asked in September 2023 that the report be brought to the "
        "Committee at the earliest opportunity. The Chair has agreed the following key lines of "
        "enquiry for the Committee's consideration of this item:")
    d.lines_of_enquiry([
        "How will the Partnership know that information about men in the household is now "
        "reaching health visitors?",
        "What has changed in the family hubs since January 2023?",
        "Are the actions in the plan sufficiently resourced, and what are the risks to "
        "delivery?",
    ])

    d.h("5. The review's recommendations", "5", "The review's recommendations", 1,
        "recommendations")
    d.p("5.1 The review made four recommendations to the Partnership. They are quoted below as "
        "they appear in the published report.")
    r1 = d.R("1", "Marlow Cross Safeguarding Children Partnership should develop guidance for "
             "all practitioners on identifying and assessing new partners and other adults who "
             "join a household with a baby.", [SCP], scope="multi_agency")
    r2 = d.R("2", "The Partnership should seek assurance from the Integrated Care Board that "
             "health visiting records follow a family within five working days when they move "
             "address within the borough.", [SCP], targets=["Integrated Care Board"],
             scope="multi_agency")
    r3 = d.R("3", "Marlow Cross Police and the Probation Service should ensure that a "
             "referral is made to Children's Social Care when a person on licence for a "
             "violent offence is known to be living with a child under two.",
             ["Police", "Probation Service"], scope="multi_agency")
    r4 = d.R("4", "Develop a shared understanding across the family hubs of when a concern "
             "about a baby should be escalated to a manager.", ["Children's Social Care"],
             inferred=True, scope="single_agency")
    for r in (r1, r2, r3, r4):
        d.use(r, primary=True)
        d.p(f"Recommendation {r.number}: “{r.text}”")

    d.h("6. Issues and options", "6", "Issues and options", 1, "other")
    d.p("6.1 The Partnership has accepted all four recommendations. The action plan at "
        "Appendix 2 sets out what will be done, by whom and by when. Some actions are already "
        "complete. The action on health visiting records depends on the procurement of a new "
        "community health record system by the ICB, and its timescale is therefore at risk.")
    d.p("6.2 The Committee may wish to consider whether it should make recommendations of its "
        "own to Cabinet, for example on the resourcing of the family hubs. No such "
        "recommendations are proposed by officers.")

    d.h("7. Implications", "7", "Implications", 1, "other")
    d.runin("Financial implications", "other", level=2)
    d.p("There are no direct financial implications for the Council arising from this report. "
        "Training costs will be met from the Partnership's pooled budget.")
    d.runin("Legal implications", "other", level=2)
    d.p("The Children Act 2004, as amended by the Children and Social Work Act 2017, requires "
        "the safeguarding partners to identify and review serious child safeguarding cases "
        "which raise issues of importance in relation to their area.")
    d.runin("Equalities implications", "other", level=2)
    d.p("An equality impact assessment has not been undertaken because the report does not "
        "propose a change to Council policy.")

    d.h("8. Background papers", "8", "Background papers", 1, "other")
    d.p("Local Child Safeguarding Practice Review – Child J (Marlow Cross Safeguarding Children "
        "Partnership, October 2023).")
    d.h("9. Appendices", "9", "Appendices", 1, "appendix")
    d.p("Appendix 1 – LCSPR Child J (published separately). Appendix 2 – Action plan.")

    d.landscape(True)
    d.h("Appendix 2: Partnership action plan – LCSPR Child J", "2",
        "Partnership action plan – LCSPR Child J", 1, "action_plan")
    rows = []
    merges = []

    def add(rec, actions):
        start = len(rows)
        d.use(rec)
        for i, (act, agency_print, agency, officer, date_text, date_iso, status) in \
                enumerate(actions):
            rows.append([rec.number if i == 0 else "", rec.text if i == 0 else "", act, agency_print, officer or "", date_text,
                         status])
            d.ap_row(rec.number, act, agency, officer, date_iso, date_text, status)
        if len(actions) > 1:
            merges.append((start, 0, len(actions)))
            merges.append((start, 1, len(actions)))

    add(r1, [
        ("Draft multi-agency guidance on new partners and adults joining a household, with "
         "practitioner input.", "Marlow Cross Safeguarding Children Partnership",
         SCP, "Partnership Business Manager", "31/01/2024", "2024-01-31", "Green"),
        ("Launch the guidance through a 7-minute briefing and two practitioner webinars.",
         "Marlow Cross Safeguarding Children Partnership", SCP,
         "Learning and Development Officer", "31/03/2024", "2024-03-31", "Green"),
        ("Audit twenty cases of babies under one to test whether new adults are identified.",
         "Marlow Cross Safeguarding Children Partnership", SCP, "Chair, Quality Assurance "
         "Sub-group", "Quarter 2 2024/25", None, "Not started"),
    ])
    add(r2, [
        ("Report to the Partnership on the current timescale for transfer of health visiting "
         "records within the borough.", "Marlow Cross and Kelbrook ICB",
         "Integrated Care Board", "Designated Nurse for Safeguarding Children",
         "December 2023", None, "Amber"),
        ("Include the transfer requirement in the specification for the new community health "
         "record system.", "Marlow Cross and Kelbrook ICB", "Integrated Care Board",
         "Head of Digital Transformation", "30/06/2024", "2024-06-30", "Red"),
    ])
    add(r3, [
        ("Issue a briefing to offender managers on referrals where a person on licence is "
         "living with a young child.", "Probation Service (Marlow Cross PDU)",
         "Probation Service", "Head of Marlow Cross PDU", "Complete", None, "Complete"),
        ("Add a prompt to the police domestic abuse risk assessment to record children under "
         "two in the household of a suspect.", "Marlow Cross Police", "Police",
         "Detective Superintendent, Public Protection", "31/12/2023", "2023-12-31", "Green"),
    ])
    add(r4, [
        ("Develop escalation guidance and a supervision prompt for family hub staff.",
         "Marlow Cross Borough Council – Children's Social Care",
         "Children's Social Care", "Head of Early Help and Family Hubs", "31/01/2024",
         "2024-01-31", "Green"),
        ("Deliver escalation training to all family hub practitioners.",
         "Marlow Cross Borough Council – Children's Social Care", "Children's Social Care",
         None, "Ongoing", None, "Green"),
    ])
    d.table(["Rec no", "Recommendation", "Action", "Lead agency", "Lead officer",
             "Target date", "Status"], rows, widths=[1.2, 6, 6, 3.5, 3.5, 2.3, 1.8],
            merges=merges, font_size=8.5)
    d.p("RAG key: Green – on track; Amber – some risk to delivery; Red – target date will not "
        "be met without intervention; Complete – action completed and evidence received.",
        size=8.5)
    return d
