"""SCR, Holmbridge LSCB, 2014: manual bold numbered headings, typed TOC, numbered paragraphs
with 'should have' traps, a quoted 2011 recommendation, typed recommendation lists that
restart per sub-section, a late-named CCG owner, and an action plan spanning pages."""

from sample_docs.kit.doc import Doc, iso_date

NAME = "scr_2014_child_h"


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="scr",
            title="Serious Case Review: Child H - Overview Report", subjects=["Child H"],
            area="Holmbridge Local Safeguarding Children Board", publication_date="2014-06-18",
            split="dev",
            style=dict(house="compact", font="Liberation Serif", size=11.5,
                       header="CONFIDENTIAL – Holmbridge LSCB – Serious Case Review Child H",
                       footer="Overview report v1.4 (final)",
                       page_numbers="Page {PAGE} of {NUMPAGES}"))
    d.line("Holmbridge Local Safeguarding Children Board", size=13, align="center", bold=True)
    d.title("SERIOUS CASE REVIEW", size=24, space_after=10)
    d.title("Child H", size=20, bold=False, space_after=10)
    d.title("Overview Report", size=16, bold=False, space_after=40)
    d.line("Independent author: Margaret Esterby, BA (Hons), CQSW", align="center", size=None)
    d.line("Chair of the Review Panel: David Ruislip", align="center", size=None)
    d.line("Presented to the LSCB: 3 April 2014     Published: 18 June 2014", align="center", size=None)
    d.page_break()
    d.line("Contents", size=14, bold=True, align="left")
    for t, pg in [("1.\tIntroduction", "3"), ("1.1\tCircumstances leading to the review", "3"),
                  ("1.2\tTerms of reference", "3"), ("2.\tThe review process", "3"),
                  ("3.\tBackground and family composition", "4"), ("4.\tSummary of events", "4"),
                  ("5.\tAnalysis", "4"), ("6.\tConclusions", "5"), ("7.\tRecommendations", "5"),
                  ("Appendix A\tAction plan", "6"), ("Appendix B\tGlossary", "7")]:
        d.p(f"{t} .................................................. {pg}")
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction", style="bold")
    d.h("1.1 Circumstances leading to the review", "1.1", "Circumstances leading to the review", 2,
        "introduction", style="bold")
    d.p("1.1.1\tChild H was three years and two months old when she was admitted to Holmbridge "
        "General Hospital in July 2013 with a fractured femur and extensive bruising. Her mother's "
        "partner was later convicted of causing her grievous bodily harm. Child H has recovered "
        "well and now lives with her maternal grandparents under a special guardianship order.",
        indent=1.2)
    d.p("1.1.2\tThe Chair of Holmbridge LSCB decided on 2 September 2013 that the criteria for "
        "a serious case review were met, because abuse was known to be a factor and there was "
        "cause for concern about the way agencies had worked together.", indent=1.2)
    d.h("1.2 Terms of reference", "1.2", "Terms of reference", 2, "terms_of_reference",
        style="bold")
    d.p("1.2.1\tThe purpose of a serious case review, as set out in Working Together to "
        "Safeguard Children (2013), is to:", indent=1.2)
    for t in ["establish whether there are lessons to be learned about the way in which local "
              "professionals and organisations work individually and together;",
              "identify clearly what those lessons are, how they will be acted on and what is "
              "expected to change as a result;",
              "improve inter-agency working and better safeguard and promote the welfare of "
              "children."]:
        d.purpose(t, render="li")
    d.p("1.2.2\tThe panel agreed the following case-specific questions:", indent=1.2)
    for i, t in enumerate([
            "How well did agencies identify and respond to the arrival of a new male partner "
            "in the household?",
            "Were the three attendances at the walk-in centre between February and June 2013 "
            "seen as a pattern, and was the bruising protocol followed?",
            "What was known about the mother's own history as a looked after child, and how "
            "did this inform assessments of her capacity to protect?",
            "Was Child H seen, and was her daily experience understood, by the professionals "
            "who visited the home?",
            "How effective was management oversight of the child in need plan?"], 1):
        d.kloe(chr(96 + i), t, label=f"({chr(96 + i)})")
    d.scope("The review covers the period from 1 March 2012, when the mother notified "
            "her GP of her pregnancy with her second child, to 14 July 2013.", label="1.2.3")
    d.h("2. The review process", "2", "The review process", 1, "methodology", style="bold")
    d.p("2.1\tIndividual management reviews were received from Holmbridge Children's Social "
        "Care, Holmbridge Clinical Commissioning Group (on behalf of the GP practice), "
        "Holmbridge Community Health Services (health visiting), Holmbridge Hospitals NHS "
        "Foundation Trust (including the walk-in centre), Holmbridge Police and Little Acorns "
        "Day Nursery. The panel met six times. The author met the maternal grandparents, "
        "who contributed with great openness; the mother declined to take part while criminal "
        "proceedings were ongoing.", indent=1.2)
    d.p("2.2\tThe review was delayed by four months by the criminal trial. The panel is "
        "grateful to the staff who attended a practitioner event in January 2014 and spoke "
        "honestly about the pressures they were working under.", indent=1.2)
    d.h("3. Background and family composition", "3", "Background and family composition", 1,
        "background", style="bold")
    d.p("3.1\tChild H lived with her mother (aged 20 at the time of the incident) and her "
        "baby brother. The mother's partner, referred to in this report as Mr L, moved into "
        "the home in early 2013 but was not registered at the address with any agency.",
        indent=1.2)
    d.p("3.2\tHolmbridge has been here before. A 2011 review of the death of an infant in the "
        "north of the borough recommended that the LSCB should issue guidance on assessing "
        "men who join a household. That guidance was drafted but never published, and its "
        "absence is discussed in section 5. Learning from that review is not repeated here "
        "as a recommendation; instead the panel asks the Board to reflect on why it was lost.",
        indent=1.2)
    d.h("4. Summary of events", "4", "Summary of events", 1, "chronology", style="bold")
    for i, t in enumerate([
            "In March 2012 the health visitor completed a new birth visit for Child H's "
            "brother. The mother said that she was managing well and that her own mother was "
            "helping. No partner was mentioned.",
            "Between February and June 2013 Child H was taken to the walk-in centre three "
            "times: with a bruised cheek (said to be a fall from a sofa), a burn to the hand "
            "(said to be from a radiator) and a swollen ankle. Each attendance was seen by a "
            "different practitioner and a discharge letter was sent to the GP.",
            "In April 2013 the nursery recorded that Child H had become withdrawn and that a "
            "man had collected her twice. The nursery manager telephoned Children's Social "
            "Care; the contact was recorded as 'advice given'.",
            "On 14 July 2013 Child H was brought to hospital by ambulance with a fractured "
            "femur. A skeletal survey found older injuries. Mr L was arrested the same day."],
            1):
        d.p(f"4.{i}\t{t}", indent=1.2)
    d.h("5. Analysis", "5", "Analysis", 1, "analysis", style="bold")
    d.h("5.1 The man in the household", "5.1", "The man in the household", 2, "analysis",
        style="bold")
    d.p("5.1.1\tNo agency asked who else was living in the home. The nursery should have "
        "recorded the name of the man who collected Child H and should have asked the mother "
        "about him. Children's Social Care should have checked police systems when the nursery "
        "rang. These are lessons about curiosity that recur in reviews nationally.",
        indent=1.2)
    d.p("5.1.2\tMr L had two previous convictions for assault. Had his presence been known, a "
        "check would have been made and the risk would have looked very different. It "
        "should be noted that the police held this information but had no reason to link Mr "
        "L to Child H's address.", indent=1.2)
    d.h("5.2 Injuries to a young child", "5.2", "Injuries to a young child", 2, "analysis",
        style="bold")
    d.p("5.2.1\tThe walk-in centre did not have access to the child's previous attendances at "
        "the point of triage. Each injury was plausible on its own. Taken together they "
        "should have prompted a referral under the LSCB's bruising protocol, which applies "
        "to any child under four with an unexplained injury.", indent=1.2)
    d.p("5.2.2\tThe GP practice received three discharge letters in five months. These were "
        "filed by administrative staff without being read by a GP. The practice has since "
        "changed its procedure, which is good practice.", indent=1.2)
    d.h("5.3 Management oversight", "5.3", "Management oversight", 2, "analysis",
        style="bold")
    d.p("5.3.1\tThe child in need plan for Child H's brother, opened in 2012 for reasons of "
        "housing and low income, was closed in January 2013 without a home visit. A manager "
        "signed off the closure on the basis of a telephone call. Caseloads in the team were "
        "at that time averaging 28 children per worker, and the panel recognises that this "
        "made sustained curiosity very difficult.", indent=1.2)
    d.h("6. Conclusions", "6", "Conclusions", 1, "conclusions", style="bold")
    d.p("6.1\tThe panel does not conclude that the injuries to Child H could have been "
        "predicted. It does conclude that there were at least three points at which more "
        "curiosity about who was caring for her, and a joined-up view of her injuries, could "
        "have led to protective action.", indent=1.2)
    d.h("7. Recommendations", "7", "Recommendations", 1, "recommendations", style="bold")
    d.p("7.1\tThe recommendations below are in two groups. The numbering restarts in each "
        "group. The Board's action plan (Appendix A) sets out how each will be delivered.",
        indent=1.2)
    d.h("7.2 Multi-agency recommendations", "7.2", "Multi-agency recommendations", 2,
        "recommendations", style="bold")
    d.rec(d.R("1", "Holmbridge LSCB should publish multi-agency guidance on identifying and "
          "assessing adults who join a household where there are young children, and should "
          "test its use through a multi-agency audit within twelve months.",
          ["Local Safeguarding Children Board"], scope="multi_agency"), style="typed", key="M1", label="1.")
    d.rec(d.R("2", "The LSCB should revise the bruising protocol so that it covers all injuries to "
          "children under four that are not consistent with the explanation given, and should "
          "include walk-in centres and minor injury units explicitly.",
          ["Local Safeguarding Children Board"], scope="multi_agency"), style="typed", key="M2", label="2.")
    d.rec(d.R("3", "In order to improve the sharing of information about repeat attendances, "
          "Holmbridge Clinical Commissioning Group should ensure that walk-in centre and GP "
          "systems show a child's previous unscheduled care attendances at the point of "
          "triage.", ["Integrated Care Board"], scope="multi_agency"), style="typed", key="M3", label="3.")
    d.h("7.3 Single agency recommendations", "7.3", "Single agency recommendations", 2,
        "recommendations", style="bold")
    d.rec(d.R("1", "Holmbridge Children's Social Care should ensure that no child in need plan is "
          "closed without a home visit in which the children are seen, and that the "
          "manager's reasons for closure are recorded.", ["Children's Social Care"],
          scope="single_agency"), style="typed", key="S1", label="1.")
    d.rec(d.R("2", "Holmbridge Police should ensure that when a contact from Children's Social "
          "Care names an adult in a household, a check is made against all addresses linked "
          "to that adult.", ["Police"], targets=[], scope="single_agency"),
          style="typed", key="S2", label="2.")
    d.rec(d.R("3", "Little Acorns Day Nursery should record the name of every adult who collects a "
          "child and should raise any unknown adult with the parent on the same day.",
          ["Education"], scope="single_agency"), style="typed", key="S3", label="3.")

    d.landscape(True)
    d.h("Appendix A: Action plan", "A", "Action plan", 1, "action_plan", style="bold")
    d.p("Status at 30 May 2014. RAG: R = not started or off track; A = in progress; "
        "G = complete. The plan is monitored by the LSCB Serious Case Review Sub-Group.",
        size=9.5)
    rows = []

    def act(ref, recno, text, owner_text, lead, officer, date, rag):
        d.ap_row(recno, text, lead, officer, iso_date(date), date, rag)
        rows.append([ref, text, f"{owner_text}\n{officer}", date, rag])

    act("M1.1", "M1", "Draft guidance on adults joining a household, drawing on the unpublished "
        "2011 draft.", "LSCB", "Local Safeguarding Children Board", "LSCB Business Manager",
        "31/08/2014", "A")
    act("M1.2", "M1", "Launch the guidance through multi-agency briefings in each locality.",
        "LSCB", "Local Safeguarding Children Board", "LSCB Training Officer", "October 2014",
        "R")
    act("M1.3", "M1", "Audit 20 cases of children under five to test whether new adults are "
        "identified.", "LSCB", "Local Safeguarding Children Board",
        "Chair, Quality and Performance Sub-Group", "Q2 2015", "R")
    act("M2.1", "M2", "Revise the bruising protocol and agree it with the walk-in centre and "
        "minor injury units.", "LSCB", "Local Safeguarding Children Board",
        "Designated Doctor for Safeguarding", "30 September 2014", "A")
    act("M3.1", "M3", "Specify access to the unscheduled care summary in the walk-in centre "
        "contract.", "CCG", "Integrated Care Board", "Head of Urgent Care Commissioning",
        "31/03/2015", "A")
    act("M3.2", "M3", "Report to the LSCB on GP practices that have adopted the discharge "
        "letter procedure.", "CCG", "Integrated Care Board", "Designated Nurse",
        "Ongoing", "G")
    act("S1.1", "S1", "Amend the closure template so that a manager cannot authorise closure "
        "without a recorded home visit.", "CSC", "Children's Social Care",
        "Head of Safeguarding and Quality", "30/06/2014", "G")
    act("S1.2", "S1", "Dip-sample 30 closed child in need cases each quarter.", "CSC",
        "Children's Social Care", "Principal Social Worker", "Ongoing", "A")
    act("S2.1", "S2", "Issue a briefing to MASH researchers on address-linked checks.",
        "Police", "Police", "Detective Inspector, Public Protection", "July 2014", "G")
    act("S3.1", "S3", "Introduce a collection log and update the nursery safeguarding policy.",
        "Nursery", "Education", "Nursery Manager", "31 July 2014", "G")
    d.table(["Ref", "Action required", "Owner", "By when", "RAG"], rows,
            widths=[1.6, 11.5, 6.5, 3.2, 1.4], font_size=9.5)
    d.p("Note: M1.2 was rescheduled at the request of the Training Sub-Group so that the "
        "briefings can run alongside the revised bruising protocol. Progress will be "
        "reported to the Board in September 2014.", size=9.5)
    d.landscape(False)
    d.h("Appendix B: Glossary", "B", "Glossary", 1, "glossary", style="bold")
    d.table(["Abbreviation", "Meaning"], [
        ["CCG", "Clinical Commissioning Group"], ["CSC", "Children's Social Care"],
        ["IMR", "Individual management review"], ["LSCB", "Local Safeguarding Children Board"],
        ["MASH", "Multi-Agency Safeguarding Hub"], ["RAG", "Red, amber, green status"],
        ["SCR", "Serious case review"]], widths=[3.5, 12], font_size=10)
    return d
