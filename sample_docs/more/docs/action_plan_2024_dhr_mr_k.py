"""Standalone DHR action plan, Home Office template style, 2024 (HTML -> Chromium, landscape,
browser header/footer, rowspan merged cells, header row repeated on every page).

Exercises: no Lead officer column (lead_officer null); 'Scope of recommendation' column;
milestones column; dates as '31 March 2025', 'Mar-25', 'Q4 2024/25', 'Complete'; status
column with words and RAG; recommendations whose owner is named in the text vs only in the
Lead agency column; a national recommendation to the Home Office.
"""
from sample_docs.kit.doc import Doc

CSP = "Community Safety Partnership"


def build():
    d = Doc("action_plan_2024_dhr_mr_k", document_type="action_plan",
            title="Domestic Homicide Review Mr K: Action Plan",
            subjects=["Mr K"], area="Tarrow Moor Community Safety Partnership",
            publication_date="2024-06-19", split="dev", producer="html",
            style=dict(html_font="Arial, 'Liberation Sans', sans-serif", size=10,
                       browser_header_footer=True, heading_color="000000",
                       extra_css="td,th{font-size:8.5pt}"))
    d.title("Tarrow Moor Community Safety Partnership", size=13, align="left")
    d.title("Domestic Homicide Review – Mr K", size=20, align="left")
    d.title("Action plan (version agreed by the DHR Steering Group, 11 June 2024)", size=12,
            bold=False, align="left")
    d.h("Introduction", None, "Introduction", 1, "introduction")
    d.p("This action plan accompanies the overview report of the Domestic Homicide Review into "
        "the death of Mr K, a 72-year-old man killed by his grandson in Tarrow Moor in "
        "November 2022. The overview report made seven recommendations. The plan records the "
        "actions agreed by each lead agency, the milestones reached so far and the current "
        "status of each action. It will be updated quarterly and reported to the Community "
        "Safety Partnership Board.")
    d.p("Where an action has been completed, the date of completion and the evidence seen by "
        "the Steering Group are recorded in the final column. Completed actions remain on the "
        "plan until the Steering Group is satisfied that the change has been embedded.")
    d.landscape(True)
    d.h("Action plan", None, "Action plan", 1, "action_plan")
    rows, merges = [], []

    def add(rec, scope_txt, actions):
        d.use(rec, primary=True)
        start = len(rows)
        for i, (act, ag_print, ag, milestone, dtext, diso, status) in enumerate(actions):
            rows.append([rec.number if i == 0 else "", rec.text if i == 0 else "",
                         scope_txt if i == 0 else "", act, ag_print, milestone, dtext, status])
            d.ap_row(rec.number, act, ag, None, diso, dtext, status)
        if len(actions) > 1:
            for c in (0, 1, 2):
                merges.append((start, c, len(actions)))

    recs = [
        d.R("1", "Tarrow Moor Community Safety Partnership should ensure that local domestic "
            "abuse training covers abuse of older people by grandchildren and other younger "
            "relatives.", [CSP], scope="multi_agency"),
        d.R("2", "Review the adult safeguarding referral form so that it asks whether the "
            "alleged perpetrator is a family member who lives with the adult.",
            ["Adult Social Care"], inferred=True, scope="single_agency"),
        d.R("3", "Tarrow Moor Police should ensure that officers attending incidents involving "
            "an older victim and a younger family member complete a DASH assessment and "
            "consider a referral to Adult Social Care.", ["Police"], scope="single_agency"),
        d.R("4", "GP practices should be supported to ask older patients about their safety at "
            "home when a relative moves in with them.", ["Integrated Care Board"],
            inferred=True, scope="single_agency"),
        d.R("5", "Tarrow Moor Housing Services and the Probation Service should jointly agree "
            "how address checks are made when a person on licence proposes to live with an "
            "older relative.", ["Housing", "Probation Service"], scope="multi_agency"),
        d.R("6", "The MARAC Steering Group should audit referrals of victims aged over 65.",
            ["MARAC"], scope="multi_agency"),
        d.R("7", "The Home Office should include abuse of grandparents by grandchildren in its "
            "next thematic analysis of Domestic Homicide Reviews.", ["Home Office"],
            scope="national"),
    ]
    add(recs[0], "Local", [
        ("Revise the CSP's domestic abuse training module to include intergenerational "
         "abuse.", "Tarrow Moor Community Safety Partnership", CSP,
         "Draft module reviewed by Age UK Tarrow Moor.", "30 September 2024", "2024-09-30",
         "Green"),
        ("Deliver two briefing sessions for adult social care and housing staff.",
         "Tarrow Moor Community Safety Partnership", CSP, "Dates booked.", "Dec-24", None,
         "Green"),
    ])
    add(recs[1], "Local", [
        ("Amend the referral form and guidance notes.", "Tarrow Moor Council – Adult Social "
         "Care", "Adult Social Care", "Form amended and live on the portal from 1 May 2024.",
         "Complete", None, "Complete"),
        ("Audit 30 referrals received after the change.", "Tarrow Moor Council – Adult Social "
         "Care", "Adult Social Care", "Not yet started.", "31 October 2024", "2024-10-31",
         "Not started"),
    ])
    add(recs[2], "Local", [
        ("Issue a briefing to response officers on older victims and DASH.",
         "Tarrow Moor Police", "Police", "Briefing issued 3 April 2024.", "Complete", None,
         "Complete"),
        ("Dip-sample 50 incidents involving victims over 65 for DASH completion and "
         "referrals.", "Tarrow Moor Police", "Police", "Sampling framework agreed.",
         "Q3 2024/25", None, "Amber"),
        ("Add older victims to the force's domestic abuse performance dashboard.",
         "Tarrow Moor Police", "Police", "Awaiting IT change request.", "31 March 2025",
         "2025-03-31", "Amber"),
    ])
    add(recs[3], "Local", [
        ("Circulate a practice guidance note to all GP practices.",
         "Tarrow Moor and Kelbrook Integrated Care Board", "Integrated Care Board",
         "Guidance drafted by the Named GP.", "31 July 2024", "2024-07-31", "Green"),
        ("Include the learning in the ICB's annual safeguarding training for primary care.",
         "Tarrow Moor and Kelbrook Integrated Care Board", "Integrated Care Board",
         "Training programme for 2024/25 being updated.", "Mar-25", None, "Green"),
    ])
    add(recs[4], "Local", [
        ("Agree a joint address-check protocol between Housing and the Probation Service.",
         "Tarrow Moor Council – Housing Services", "Housing",
         "First meeting held 22 May 2024.", "30 November 2024", "2024-11-30", "Amber"),
        ("Brief probation practitioners on the protocol once agreed.",
         "Probation Service – Tarrow Moor PDU", "Probation Service",
         "Dependent on the protocol.", "Q4 2024/25", None, "Not started"),
    ])
    add(recs[5], "Local", [
        ("Audit MARAC referrals of victims aged over 65 for 2023/24.",
         "MARAC Steering Group", "MARAC", "Data extracted.", "30 September 2024",
         "2024-09-30", "Green"),
    ])
    add(recs[6], "National", [
        ("Letter from the CSP Chair to the Home Office with the overview report.",
         "Tarrow Moor Community Safety Partnership", CSP,
         "Letter sent with the report on 12 February 2024.", "Complete", None, "Complete"),
    ])
    d.table(["No.", "Recommendation", "Scope of recommendation", "Action to take",
             "Lead agency", "Key milestones achieved in enacting recommendation",
             "Target date", "Status"], rows, widths=[0.9, 5.5, 1.8, 5, 3, 4.2, 2, 1.8],
            merges=merges, font_size=8.5)
    d.landscape(False)
    d.h("Monitoring arrangements", None, "Monitoring arrangements", 1, "other")
    d.p("The DHR Steering Group will review this plan at each meeting. Actions that are Red "
        "or Amber for two consecutive quarters will be escalated to the Community Safety "
        "Partnership Board. The Domestic Abuse Local Partnership Board will receive a copy of "
        "each update for information.")
    return d
