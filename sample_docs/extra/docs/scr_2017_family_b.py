"""SCR (SCIE Learning Together model), Stanwick LSCB, 2017.  'Chapter N' Word Heading 1
headings, research questions in a table, findings each followed by 'Questions for the Board'
(board questions, no recommendations), a typed TOC, and a background paragraph that quotes the
recommendations of an earlier review."""

from sample_docs.kit.doc import Doc

NAME = "scr_2017_family_b"


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="scr", title="Serious Case Review: Family B",
            subjects=["Family B"], area="Stanwick Local Safeguarding Children Board",
            publication_date="2017-05-04", split="dev",
            style=dict(house="compact", font="Liberation Sans", size=10.5,
                       header="Stanwick LSCB | SCR Family B",
                       footer="Learning Together systems review",
                       page_numbers="Page {PAGE} of {NUMPAGES}"))
    d.title("Stanwick Local Safeguarding Children Board", size=14, align="left",
            color="8B1A1A", space_after=10)
    d.title("Serious Case Review: Family B", size=26, align="left", space_after=10)
    d.title("A Learning Together systems review", size=14, align="left", bold=False,
            space_after=30)
    d.line("Lead reviewers: Annette Fairlie and Colm Brady (SCIE accredited)", align="left", size=None)
    d.line("Published May 2017", align="left", size=None)
    d.page_break()
    d.line("CONTENTS", size=12, bold=True, align="left")
    for t in ["Chapter 1 Introduction\t3", "Chapter 2 The case in brief\t3",
              "Chapter 3 Appraisal of practice\t3", "Chapter 4 Findings\t4",
              "Chapter 5 Conclusion\t4", "Appendix Methodology and panel\t4"]:
        d.p(t)
    d.page_break()
    d.h("Chapter 1 Introduction", "1", "Introduction", 1, "introduction")
    d.h("1.1 Why this case was chosen", "1.1", "Why this case was chosen", 2, "introduction")
    d.p("Family B comprised a mother, her partner and four children aged between two and "
        "eleven. In August 2016 the youngest child, B4, was admitted to hospital severely "
        "malnourished. All four children were subsequently removed into care. The LSCB "
        "decided that the case met the criteria for a serious case review, and chose the SCIE "
        "Learning Together model because it wanted to understand why long-standing neglect "
        "had not been acted on despite the involvement of many services.")
    d.p("This is not the first time Stanwick has reviewed neglect. The 2013 overview report on "
        "Child Q recommended that 'the LSCB should adopt a single neglect assessment tool "
        "for use by all agencies' and that 'schools should be included in all core groups'. "
        "The first of these has been implemented; the second has not, for reasons discussed "
        "in Finding 2.")
    d.h("1.2 Research questions", "1.2", "Research questions", 2, "terms_of_reference")
    d.p("The review team and the LSCB agreed the following research questions, which are "
        "about the system rather than about this family:")
    rows = []
    for i, t in enumerate([
            "How do professionals in Stanwick recognise and respond to neglect that is "
            "chronic rather than acute?",
            "What helps and hinders the use of the Graded Care Profile in multi-agency work?",
            "How are schools involved in child in need and child protection planning?",
            "How does the system respond when a family moves between early help and "
            "statutory services several times?"], 1):
        d.kloe(f"RQ{i}", t, render=None)
        rows.append([f"RQ{i}", t])
    d.table(["No.", "Research question"], rows, widths=[1.6, 14.8], font_size=10,
            header_fill="F2DCDB")
    d.scope("The review focused on the period from January 2014 to August 2016.")
    d.h("Chapter 2 The case in brief", "2", "The case in brief", 1, "chronology")
    d.p("Family B were known to universal services throughout the period. Between 2014 and "
        "2016 the family was referred to Children's Social Care five times, mostly by the "
        "primary school. Three referrals led to early help; one led to a child in need plan; "
        "the last, in June 2016, led to a strategy discussion. Health visitors recorded "
        "concerns about B4's weight from the age of nine months. The Graded Care Profile was "
        "completed once, in 2015, and scored the family at level 4 in four areas.")
    d.p("The family moved house twice, each time within Stanwick. After each move there was "
        "a gap of several weeks before the new health visiting team and the new school had "
        "the previous records.")
    d.h("Chapter 3 Appraisal of practice", "3", "Appraisal of practice", 1, "analysis")
    d.p("The review team identified eleven key practice episodes. Practice was often good at "
        "the level of the individual practitioner: the school's family support worker visited "
        "the home regularly and built a trusting relationship with the mother, and the health "
        "visitor who referred in 2015 was clear and persistent. What was missing was the "
        "cumulative picture. Each referral was assessed as a new event.")
    d.p("Staff told the review team that in 2015 they understood that a Graded Care Profile "
        "should be completed by 'whoever knows the family best', and that in practice this "
        "meant no one. Several said that the tool should be completed jointly, but the "
        "procedures did not say so. This is a description of what happened and what staff "
        "believed, not a recommendation.")
    d.h("Chapter 4 Findings", "4", "Findings", 1, "findings")
    d.p("Each finding describes an underlying pattern in the Stanwick system. Following the "
        "Learning Together model, the review does not make recommendations. Instead it poses "
        "questions for the Board to consider in deciding how to respond.")
    d.h("Finding 1: Chronic neglect is assessed episode by episode", "1",
        "Chronic neglect is assessed episode by episode", 2,
        "findings")
    d.p("Referral and assessment processes in Stanwick are designed to answer the question "
        "'what has happened?', not 'what has been happening?'. The chronology is held across "
        "several records, and the single assessment template does not require a summary of "
        "previous involvement. This is a pattern that makes it likely that chronic neglect "
        "will be under-estimated in other families too.")
    d.h("Questions for the Board", None, "Questions for the Board", 3, "findings")
    qs1 = ["How can the Board be confident that assessments of neglect take account of the "
           "whole history of a family's involvement with services?",
           "Should the single assessment template be changed, and who in the partnership "
           "would need to agree that?"]
    for q, inf in zip(qs1, (False, True), strict=False):
        d.rec(d.R(None, q, ["Local Safeguarding Children Board"], kind="board_question",
              scope=None, finding="1", inferred=inf), style="li")
    d.h("Finding 2: Schools are on the edge of planning", "2", "Schools are on the edge of planning", 2,
        "findings")
    d.p("The school knew the children best, but it was invited to only two of the seven "
        "planning meetings and was not given the minutes of the strategy discussion. Staff "
        "told the review that they were 'the people who saw the children every day and the "
        "last to hear anything'.")
    d.h("Questions for the Board", None, "Questions for the Board", 3, "findings")
    qs2 = ["What would it take for schools to be treated as core partners in child in need "
           "and child protection plans?",
           "Does the Board know how often schools are invited to, and attend, core group "
           "meetings?"]
    for q, inf in zip(qs2, (True, False), strict=False):
        d.rec(d.R(None, q, ["Local Safeguarding Children Board"], kind="board_question",
              scope=None, finding="2", inferred=inf), style="li")
    d.h("Finding 3: Records do not move with families", "3", "Records do not move with families", 2,
        "findings")
    d.p("When Family B moved within Stanwick, there was a delay of up to nine weeks before "
        "health visiting records were transferred. During those weeks B4 was not weighed. "
        "The review team found that transfers within the borough are handled in the same "
        "way as transfers from another area.")
    d.h("Questions for the Board", None, "Questions for the Board", 3, "findings")
    q3 = ("Is the Board satisfied that the health visiting service and the Clinical "
          "Commissioning Group have a safe process for transferring records when a family "
          "moves within the borough?")
    d.rec(d.R(None, q3, ["Local Safeguarding Children Board"], kind="board_question", scope=None,
          finding="3", inferred=False, targets=["Health Visiting / 0-19 Service",
                                               "Integrated Care Board"]), style="li")
    d.h("Chapter 5 Conclusion", "5", "Conclusion", 1, "conclusions")
    d.p("The B children lived with neglect for at least two years while known to many "
        "services. The review has not found individual failures that explain this. It has "
        "found features of the Stanwick system that made it hard for anyone to see the whole "
        "picture. The Board's response to the questions above will be published with this "
        "report.")
    d.h("Appendix Methodology and panel", None, "Methodology and panel", 1, "appendix")
    d.p("The review followed the SCIE Learning Together model. Conversations were held with 14 "
        "practitioners and managers, and two follow-on group meetings took place. The case "
        "group included representatives of Children's Social Care, the Clinical "
        "Commissioning Group, Stanwick Community Health Services, Stanwick Police, the "
        "primary school and the housing association.")
    d.p("References: Brandon, M. et al. (2014) Missed opportunities: indicators of neglect - "
        "what is ignored, why, and what can be done? London: Department for Education. "
        "Munro, E. (2011) The Munro Review of Child Protection: Final Report. London: "
        "Department for Education.")
    return d
