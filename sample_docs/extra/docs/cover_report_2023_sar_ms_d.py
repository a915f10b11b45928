"""Council cover report to the Adults and Health Scrutiny Committee presenting SAR Ms D,
Holmbridge, 2023, printed from Chromium (no browser header/footer).  Front-sheet table,
'RECOMMENDATIONS' in capitals with '(a) note ...' committee items, suggested lines of enquiry
for the committee, the review's recommendations quoted as unnumbered bullets, a section on
progress against a previous review's recommendations (not gold), and an action plan with
'Ref | Recommendation | Action required | Owner | By when | RAG' where the Ref and
Recommendation cells are left blank on continuation rows."""

from sample_docs.kit.doc import Doc, iso_date

NAME = "cover_report_2023_sar_ms_d"

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.35; }
p.hd { margin: 18px 0 6px; }
p.hd1 b { font-size: 12.5pt; }
p.hd2 b { font-size: 11pt; font-style: italic; }
p { margin: 0 0 8px; }
p.ind { padding-left: 2.4em; text-indent: -2.4em; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 6px 0 12px; }
th, td { border: 1px solid #000; padding: 4px 5px; vertical-align: top; text-align: left; }
th { background: #d9d9d9; }
table.front td:first-child { width: 30%; font-weight: bold; background: #f2f2f2; }
table.plan { font-size: 8.5pt; }
.title { font-family: Arial, 'Liberation Sans', sans-serif; }
"""


def build() -> Doc:
    d = Doc(NAME, producer="html", document_type="cover_report",
            title="Safeguarding Adults Review: Ms D - report to the Adults and Health Scrutiny "
                  "Committee",
            subjects=["Ms D"], area="Holmbridge Metropolitan Borough Council",
            publication_date="2023-03-07", split="dev",
            style=dict(house="compact", css=CSS, html_title="Item 7 - SAR Ms D"))
    d.title("HOLMBRIDGE METROPOLITAN BOROUGH COUNCIL", size=13, align="left", space_after=10)
    d.line("Agenda item 7", align="right", bold=True, size=None)
    d.table(["Report to", "Adults and Health Scrutiny Committee"], [
        ["Date of meeting", "16 March 2023"],
        ["Report of", "Director of Adult Social Services"],
        ["Title", "Safeguarding Adults Review: Ms D"],
        ["Wards affected", "All"],
        ["Key decision", "No"],
        ["Contact officer", "Safeguarding Adults Board Manager, Town Hall, Holmbridge"]],
        cls="front")
    d.h("1. PURPOSE OF THE REPORT", "1", "PURPOSE OF THE REPORT", 1, "executive_summary",
        style="bold")
    d.p("1.1\tTo present to the Committee the Safeguarding Adults Review (SAR) commissioned by "
        "Holmbridge Safeguarding Adults Board (SAB) following the death of Ms D, and the "
        "multi-agency action plan developed in response to it.", indent=True)
    d.p("1.2\tThe SAR is a report of the SAB, an independent statutory partnership; it is not a "
        "report of the Council. The Council is one of the SAB's three statutory members.",
        indent=True)
    d.h("2. RECOMMENDATIONS", "2", "RECOMMENDATIONS", 1, "recommendations", style="bold")
    d.p("2.1\tThe Committee is asked to:", indent=True)
    for lab, t in [("(a)", "note the findings of the Safeguarding Adults Review concerning Ms D "
                    "and the Board's response;"),
                   ("(b)", "comment on the multi-agency action plan at Appendix B, in "
                    "particular the actions for which the Council is the lead agency;"),
                   ("(c)", "request a progress report on the action plan at its meeting in "
                    "November 2023.")]:
        d.rec(d.R(lab.strip("()"), t, ["Overview and Scrutiny Committee"], kind="committee",
              scope=None), style="typed", label=lab)
    d.h("3. BACKGROUND", "3", "BACKGROUND", 1, "background", style="bold")
    d.p("3.1\tMs D was 79 years old and lived alone. She had vascular dementia and received "
        "four home care visits a day from a commissioned home care agency. In December 2020 "
        "she was admitted to hospital after a fall. She was discharged eleven days later, "
        "late in the evening, to her home without the care package having been restarted. "
        "She was found on the floor of her kitchen by a neighbour two days later and died in "
        "hospital of hypothermia and dehydration.", indent=True)
    d.p("3.2\tThe SAB agreed in March 2021 that the criteria for a mandatory SAR were met. The "
        "review was led by an independent reviewer and was published by the SAB on 10 "
        "February 2023.", indent=True)
    d.h("4. SUMMARY OF THE REVIEW", "4", "SUMMARY OF THE REVIEW", 1, "executive_summary",
        style="bold")
    d.p("4.1\tThe reviewer found that the discharge was arranged under considerable pressure on "
        "hospital beds, that the ward believed the care agency had been told, and that the "
        "agency believed the package remained suspended until it heard from Adult Social "
        "Care. No one agency held responsibility for confirming that care was in place "
        "before Ms D left the ward. Ms D's son, who lived 200 miles away, was told that his "
        "mother would be discharged 'in the next few days'.", indent=True)
    d.p("4.2\tThe review makes five recommendations. They are reproduced below exactly as they "
        "appear in the SAR report:", indent=True)
    d.rec(d.R(None, "Holmbridge Safeguarding Adults Board should seek assurance from Holmbridge "
          "Teaching Hospitals NHS Foundation Trust and Adult Social Care that no person with "
          "care and support needs is discharged home before it has been confirmed that their "
          "care package has restarted.", ["Safeguarding Adults Board"],
          targets=["NHS Trust", "Adult Social Care"], scope="multi_agency"), style="li", key="1")
    d.rec(d.R(None, "In order to reduce the risk of unsafe discharges at night, the ICB should "
          "commission a review of discharges after 8pm of people aged over 75 across the "
          "Holmbridge system.", ["Integrated Care Board"], scope="multi_agency"), style="li", key="2")
    d.rec(d.R(None, "Adult Social Care should ensure that home care providers are notified in "
          "writing, on the day it is agreed, of the restart date of any suspended care "
          "package.", ["Adult Social Care"], scope="single_agency"), style="li", key="3")
    d.rec(d.R(None, "Holmbridge Council, working with home care providers, should agree a protocol "
          "for what a provider must do when a planned visit cannot be completed because the "
          "person is not at home.", ["Local Authority"], targets=["Care Provider"],
          scope="multi_agency"), style="li", key="4")
    d.rec(d.R(None, "Hospital discharge teams should ensure that families are given a confirmed "
          "discharge date and time, and are told who to contact if care does not arrive.",
          ["NHS Trust"], scope="single_agency", inferred=False), style="li", key="5")
    d.h("5. SUGGESTED LINES OF ENQUIRY FOR THE COMMITTEE", "5",
        "SUGGESTED LINES OF ENQUIRY FOR THE COMMITTEE", 1,
        "other", style="bold")
    d.p("5.1\tMembers may wish to explore the following with officers and partners attending "
        "the meeting:", indent=True)
    for t in ["How will the Board know whether discharges without a confirmed care package "
              "have stopped?",
              "What are the financial and workforce implications of the changes to the home "
              "care contract?",
              "How were Ms D's son and the wider family involved in the review, and have they "
              "seen the action plan?"]:
        d.kloe(None, t, render="li")
    d.h("6. PROGRESS ON RECOMMENDATIONS FROM THE PREVIOUS REVIEW", "6",
        "PROGRESS ON RECOMMENDATIONS FROM THE PREVIOUS REVIEW", 1,
        "other", style="bold")
    d.p("6.1\tThe Committee last considered a SAR in October 2019 (SAR Mr B). Progress on the "
        "three recommendations of that review is summarised below for information. All "
        "three are now closed.", indent=True)
    d.table(["Mr B recommendation", "Status"], [
        ["The SAB should publish a self-neglect and hoarding protocol.",
         "Complete – protocol published June 2020."],
        ["The Fire and Rescue Service should be invited to join the SAB as a member.",
         "Complete – joined April 2020."],
        ["Adult Social Care should audit the use of the self-neglect protocol after twelve "
         "months.", "Complete – audit reported to the SAB in September 2021."]])
    d.h("7. IMPLICATIONS", "7", "IMPLICATIONS", 1, "other", style="bold")
    d.h("Financial", None, "Financial", 2, "other", style="bold")
    d.p("7.1\tThe changes to the home care contract notification process are expected to be "
        "met within existing budgets. The review of night-time discharges will be funded by "
        "the ICB.", indent=True)
    d.h("Legal", None, "Legal", 2, "other", style="bold")
    d.p("7.2\tSection 44 of the Care Act 2014 requires a SAB to arrange a review in the "
        "circumstances of this case. Section 45 requires partners to co-operate.",
        indent=True)
    d.h("Equalities", None, "Equalities", 2, "other", style="bold")
    d.p("7.3\tOlder people and people living with dementia are disproportionately affected by "
        "unsafe discharge. The action plan is expected to have a positive impact for these "
        "groups.", indent=True)
    d.h("8. BACKGROUND PAPERS", "8", "BACKGROUND PAPERS", 1, "other", style="bold")
    d.p("8.1\tAppendix A: Safeguarding Adults Review Ms D (SAB, February 2023). Appendix B: "
        "Multi-agency action plan.", indent=True)
    d.raw_html("<div style='break-before:page'></div>")
    d.h("Appendix B – Multi-agency action plan (SAR Ms D)", "B", "Multi-agency action plan (SAR Ms D)", 1,
        "action_plan", style="bold")
    d.p("RAG status as at 28 February 2023: R – not started / off track; A – in progress; G – "
        "complete. HTH – Holmbridge Teaching Hospitals NHS Foundation Trust; ASC – Adult "
        "Social Care; ICB – NHS Holmbridge Integrated Care Board.")
    recs = {r.number or str(i): r for i, r in enumerate(
        [x for x in d.gold.recommendations if x.kind == "recommendation"], 1)}
    rows = []

    def act(ref, first, text, owner_txt, lead, officer, date, rag):
        d.ap_row(ref, text, lead, officer, iso_date(date), date, rag)
        rec_txt = recs[ref].text if first else ""
        rows.append([ref if first else "", rec_txt, text, f"{owner_txt} ({officer})", date,
                     rag])
        if first:
            d.again(ref)

    act("1", True, "Joint audit of 50 discharges of people with a care package.",
        "SAB", "Safeguarding Adults Board", "SAB Manager", "30/06/2023", "A")
    act("1", False, "Add a 'care confirmed' field to the discharge checklist.", "HTH",
        "NHS Trust", "Deputy Chief Nurse", "April 2023", "A")
    act("2", True, "Commission a review of night-time discharges.", "ICB",
        "Integrated Care Board", "Director of Urgent and Emergency Care", "Q2 2023/24", "R")
    act("3", True, "Amend the restart notification process and template.", "ASC",
        "Adult Social Care", "Head of Commissioning", "31/03/2023", "G")
    act("3", False, "Quarterly compliance check with five providers.", "ASC",
        "Adult Social Care", "Quality Assurance Lead", "Ongoing", "A")
    act("4", True, "Draft and agree the 'no answer' protocol with the provider forum.",
        "Council", "Local Authority", "Head of Commissioning", "September 2023", "A")
    act("5", True, "Revise the family information leaflet and discharge letter.", "HTH",
        "NHS Trust", "Discharge Lead", "31 May 2023", "A")
    d.table(["Ref", "Recommendation", "Action required", "Owner", "By when", "RAG"], rows,
            cls="plan")
    return d
