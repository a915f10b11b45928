"""Standalone SAR action plan / progress update, 2020 (docx -> LibreOffice, all landscape).

Exercises: an action-plan table that spans several pages with a repeated header row and
vertically merged Rec no / Recommendation cells; recommendations whose owner is given only by
the Lead agency column (imperative or passive text, inferred = true); one recommendation that
names its owner (CCG in 2020, canonical Integrated Care Board); one 'seek assurance' form;
dates printed as dd.mm.yy, month names, 'Q3 2020/21', 'Complete'; RAG and Blue statuses.
"""
from sample_docs.kit.doc import Doc

SAB = "Safeguarding Adults Board"


def build():
    d = Doc("action_plan_2020_sar_mrs_w", document_type="action_plan",
            title="Safeguarding Adults Review Mrs W: Multi-agency Action Plan - Progress Update",
            subjects=["Mrs W"], area="Kelbrook Safeguarding Adults Board",
            publication_date="2020-10-21", split="heldout", producer="docx",
            style=dict(font="Arial", size=10, heading_mode="styles", orientation="landscape",
                       margins_cm=1.6,
                       header="Kelbrook Safeguarding Adults Board | SAR Mrs W – Action Plan "
                              "v4 (October 2020)",
                       page_numbers="Page {PAGE} of {NUMPAGES}", heading_color="1B4F72"))
    d.title("Kelbrook Safeguarding Adults Board", size=16, align="left")
    d.title("Safeguarding Adults Review – Mrs W", size=20, align="left")
    d.title("Multi-agency action plan: progress update for the SAB Executive, 21 October 2020",
            size=13, bold=False, align="left")
    d.h("Introduction", None, "Introduction", 1, "introduction")
    d.p("The Safeguarding Adults Review concerning Mrs W was published by Kelbrook "
        "Safeguarding Adults Board (SAB) in February 2020. Mrs W was an 81-year-old woman with "
        "dementia who died in hospital in 2018 from complications of pressure ulcers that "
        "developed while she was living in a nursing home. The review made six "
        "recommendations. This document records the actions agreed by partner agencies and "
        "progress as at 9 October 2020.")
    d.p("Progress against the plan is monitored by the SAR Sub-group, which meets every eight "
        "weeks. Actions rated Blue have been completed and evidence has been seen by the "
        "Sub-group; they will be removed from the next version of the plan. Several target "
        "dates have been revised because of the COVID-19 pandemic; revised dates are shown "
        "in the Target date column and the original date is noted in the progress update.")
    d.runin("RAG rating key", "introduction", level=2)
    d.table(["Rating", "Meaning"], [
        ["Blue", "Complete – evidence of completion received by the SAR Sub-group"],
        ["Green", "On track to be completed by the target date"],
        ["Amber", "Some slippage; remedial plan in place"],
        ["Red", "Not on track; escalated to the SAB Executive"],
    ], widths=[3, 14], font_size=9.5)
    d.page_break()

    d.h("Action plan", None, "Action plan", 1, "action_plan")
    header = ["Rec no.", "Recommendation", "Action", "Lead agency", "Lead officer",
              "Target date", "Progress update (October 2020)", "RAG"]
    rows, merges = [], []

    def add(rec, actions):
        d.use(rec, primary=True)
        start = len(rows)
        for i, (act, agency_print, agency, officer, date_text, date_iso, progress, status) in \
                enumerate(actions):
            rows.append([rec.number if i == 0 else "", rec.text if i == 0 else "", act,
                         agency_print, officer or "", date_text, progress, status])
            d.ap_row(rec.number, act, agency, officer, date_iso, date_text, status)
        if len(actions) > 1:
            merges.append((start, 0, len(actions)))
            merges.append((start, 1, len(actions)))

    r1 = d.R("1", "Review the contract monitoring framework for nursing homes so that pressure "
             "ulcer incidence and tissue viability referrals are reported monthly to "
             "commissioners.", ["Adult Social Care", "Integrated Care Board"], inferred=True,
             scope="multi_agency")
    add(r1, [
        ("Add pressure ulcer incidence (grade 2 and above) to the monthly provider return.",
         "Kelbrook County Council – Adult Social Care", "Adult Social Care",
         "Head of Quality and Contracts", "30.06.20", "2020-06-30",
         "Return amended from 1 July 2020. All 23 nursing homes submitted the July and "
         "August returns.", "Blue"),
        ("Agree with the CCG a joint threshold at which a home is placed under enhanced "
         "monitoring.", "Kelbrook CCG", "Integrated Care Board",
         "Deputy Director of Nursing and Quality", "31.12.20", "2020-12-31",
         "Draft threshold discussed at Joint Quality Group in September. Original date "
         "30.09.20 revised due to COVID-19.", "Amber"),
        ("Report quarterly to the SAB Quality Assurance Sub-group on homes under enhanced "
         "monitoring.", "Kelbrook County Council – Adult Social Care", "Adult Social Care",
         "Head of Quality and Contracts", "Q3 2020/21", None,
         "First report scheduled for the December meeting.", "Green"),
    ])
    r2 = d.R("2", "Kelbrook CCG should ensure that GP practices aligned to nursing homes carry "
             "out a structured medication and skin integrity review for every resident within "
             "four weeks of admission.", ["Integrated Care Board"], scope="single_agency")
    add(r2, [
        ("Amend the Enhanced Health in Care Homes service specification to include a skin "
         "integrity review.", "Kelbrook CCG", "Integrated Care Board",
         "Head of Primary Care Commissioning", "April 2020", None,
         "Specification amended and issued to practices on 2 April 2020.", "Blue"),
        ("Audit a sample of 40 new admissions across six homes.", "Kelbrook CCG",
         "Integrated Care Board", "Named GP for Adult Safeguarding", "31.01.21",
         "2021-01-31", "Audit tool agreed. Site visits paused March to July 2020; fieldwork "
         "restarted September 2020.", "Amber"),
    ])
    r3 = d.R("3", "Training on the Mental Capacity Act and best interests decision-making "
             "should be provided to registered nurses and care staff in nursing homes, with "
             "a focus on decisions about repositioning and nutrition.", [SAB],
             inferred=True, scope="multi_agency")
    add(r3, [
        ("Commission a half-day MCA course for nursing home staff and deliver four cohorts.",
         "Kelbrook Safeguarding Adults Board", SAB, "SAB Business Manager", "31.03.21",
         "2021-03-31", "Two cohorts delivered online (34 attendees). Two further cohorts "
         "booked for January and February 2021.", "Green"),
        ("Publish a one-page briefing on best interests decisions about care that a person "
         "resists.", "Kelbrook Safeguarding Adults Board", SAB,
         "Chair, Learning and Development Sub-group", "June 2020", None,
         "Briefing published on the SAB website and circulated to providers.", "Blue"),
    ])
    r4 = d.R("4", "Establish a clear escalation route for community tissue viability nurses "
             "when a care home does not follow their advice.",
             ["NHS Trust"], inferred=True, scope="single_agency")
    add(r4, [
        ("Write and approve an escalation procedure for tissue viability nurses.",
         "Kelbrook Community Health NHS Trust", "NHS Trust",
         "Lead Nurse, Tissue Viability", "30.09.20", "2020-09-30",
         "Procedure approved by the Trust Safeguarding Committee on 17 September 2020.",
         "Blue"),
        ("Include escalation data in the Trust's quarterly safeguarding report to the SAB.",
         "Kelbrook Community Health NHS Trust", "NHS Trust", "Head of Safeguarding",
         "Q4 2020/21", None, "Not yet started.", "Green"),
    ])
    r5 = d.R("5", "The SAB should seek assurance from the Care Quality Commission and Adult "
             "Social Care that information about concerns at a registered service is shared "
             "between the regulator and the local authority within five working days.", [SAB],
             targets=["Care Quality Commission", "Adult Social Care"], scope="multi_agency")
    add(r5, [
        ("Invite the CQC Inspection Manager to the SAB Executive to describe current "
         "information-sharing arrangements.", "Kelbrook Safeguarding Adults Board", SAB,
         "Independent Chair", "November 2020", None,
         "Date agreed: 18 November 2020.", "Green"),
        ("Agree a written information-sharing protocol between CQC and Adult Social Care.",
         "Kelbrook County Council – Adult Social Care", "Adult Social Care",
         "Principal Social Worker", "31.03.21", "2021-03-31",
         "Awaiting national CQC template. Escalated to the SAB Executive.", "Red"),
    ])
    r6 = d.R("6", "Families of residents should be told how to raise a concern about care "
             "directly with the local authority and with the Care Quality Commission.",
             ["Adult Social Care"], inferred=True, scope="single_agency")
    add(r6, [
        ("Produce a leaflet for families, to be given on admission to every care home.",
         "Kelbrook County Council – Adult Social Care", "Adult Social Care",
         "Head of Quality and Contracts", "31.12.20", "2020-12-31",
         "Leaflet drafted with Kelbrook Healthwatch; printing delayed.", "Amber"),
    ])
    d.table(header, rows, widths=[1.3, 5.2, 5.0, 3.2, 3.0, 1.9, 5.0, 1.3], merges=merges,
            font_size=8.5, repeat_header=True)
    d.runin("Sign-off", "action_plan", level=2)
    d.p("Version 4 agreed by the SAR Sub-group on 14 October 2020 for submission to the SAB "
        "Executive on 21 October 2020.")
    return d
