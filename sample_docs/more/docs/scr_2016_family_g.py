"""SCIE 'Learning Together' SCR, 2016 (docx -> LibreOffice).

Exercises: no recommendations; findings each followed by 'Issues for the Board to consider'
(kind board_question, number null, finding = finding number); SCIE 'research questions' as
lines of enquiry; SCIE headings ('Why this case was chosen', 'Appraisal of practice: a
synopsis', 'Methodological comment and limitations'); a findings summary table; typed TOC;
LSCB era owner; 'Ms G should have been ...' narrative.
"""
from sample_docs.kit.doc import Doc

LSCB = "Local Safeguarding Children Board"


def build():
    d = Doc("scr_2016_family_g", document_type="scr",
            title="Serious Case Review: Family G",
            subjects=["Family G"], area="Kelbrook Local Safeguarding Children Board",
            publication_date="2016-07-14", split="heldout", producer="docx",
            style=dict(font="Arial", size=11, heading_mode="styles",
                       footer="Kelbrook LSCB – SCR Family G – Final Publication Copy",
                       page_numbers="{PAGE}", heading_color="4A235A"))
    d.title("Kelbrook Local Safeguarding Children Board", size=15)
    d.title("Serious Case Review", size=24)
    d.title("Family G", size=20)
    d.line("Using the SCIE Learning Together systems model")
    d.line("Lead reviewers: Clare Ashdown and Martin Pryce (SCIE accredited)")
    d.line("Final Publication Copy – July 2016")
    d.page_break()
    toc = ["1. Introduction", "2. The findings", "3. Finding 1", "4. Finding 2", "5. Finding 3",
           "Appendix: Glossary"]
    d.contents("Contents", toc)
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.h("1.1 Why this case was chosen to be reviewed", "1.1",
        "Why this case was chosen to be reviewed", 2, "introduction")
    d.p("1.1.1 In May 2015 a five-year-old child in Family G, referred to as Child G1, was "
        "admitted to hospital severely underweight and with untreated dental disease. Her "
        "three siblings were also found to be neglected. The Chair of Kelbrook LSCB decided "
        "that the criteria for a Serious Case Review under Working Together to Safeguard "
        "Children 2015 were met, because there was evidence of serious harm from neglect and "
        "concern about the way agencies had worked together.")
    d.h("1.2 Succinct summary of the case", "1.2", "Succinct summary of the case", 2,
        "background")
    d.p("1.2.1 The four children lived with their mother, Ms G, and for part of the period with "
        "Ms G's partner. The family was known to Children's Social Care from 2011. The children "
        "were subject to child in need plans twice and to a child protection plan for neglect "
        "for nine months in 2013-14. The plan ended when home conditions improved. Over the "
        "following year the children's school attendance fell, dental and health appointments "
        "were missed, and Child G1's weight dropped from the 25th to below the 0.4th centile.")
    d.h("1.3 Methodology", "1.3", "Methodology", 2, "methodology")
    d.p("1.3.1 The review used the SCIE Learning Together model, a systems approach that aims "
        "to understand why professionals acted as they did and what in the wider system "
        "supports or hinders good practice. The review team met case group practitioners "
        "individually and in two follow-on meetings. Ms G met the lead reviewers once.")
    d.h("1.4 Research questions", "1.4", "Research questions", 2, "terms_of_reference")
    d.p("1.4.1 In the Learning Together model, research questions take the place of terms of "
        "reference. They identify the systems issues the LSCB wants to learn about through "
        "the case. The LSCB agreed the following research questions:")
    d.lines_of_enquiry([
        "How do agencies in Kelbrook recognise and respond to neglect that develops slowly, "
        "after a period of improvement?",
        "What helps and hinders professionals in using growth and health information as "
        "evidence of neglect?",
        "How does the ending of a child protection plan affect the support and scrutiny that "
        "a family receives?",
    ])
    d.scope_items([
        "The review focused on the period from the end of the child protection plan in "
        "September 2014 to Child G1's admission to hospital in May 2015, with earlier "
        "history used as background.",
    ])
    d.h("1.5 Methodological comment and limitations", "1.5",
        "Methodological comment and limitations", 2, "methodology")
    d.p("1.5.1 The school nurse who saw the family in 2014 had left the area and did not take "
        "part. One GP took part through a written account only. Ms G's former partner declined "
        "to be involved.")

    d.h("2. The findings", "2", "The findings", 1, "findings")
    d.h("2.1 Appraisal of professional practice in this case: a synopsis", "2.1",
        "Appraisal of professional practice in this case: a synopsis", 2, "analysis")
    d.p("2.1.1 The child protection plan in 2013-14 was well run and home conditions improved. "
        "When it ended, the family stepped down to a child in need plan and then to early "
        "help. The early help worker visited regularly but focused on the home and on Ms G's "
        "debts. Child G1's weight was measured at school entry in September 2014 and again by "
        "the GP in February 2015, but these measurements were in different records and no one "
        "plotted them together. Ms G should have been asked directly about the children's "
        "eating, and the early help worker has reflected that she did not feel it was her "
        "role to do so.")
    d.h("2.2 Summary of findings", "2.2", "Summary of findings", 2, "findings")
    d.table(["Finding", "Category"], [
        ["1. Growth data are not seen as safeguarding evidence", "Human-tool operation"],
        ["2. Step-down reduces scrutiny faster than risk reduces",
         "Management systems"],
        ["3. Missed health appointments are counted, not understood",
         "Family-professional interaction"],
    ], widths=[11, 5], font_size=10)

    board = []

    def bq(text, finding, named):
        r = d.R(None, text, [LSCB], kind="board_question", inferred=not named,
                finding=finding)
        board.append(r)
        return r

    d.h("3. Finding 1", "3", "Finding 1", 1, "findings")
    d.runin("Growth data are not routinely seen by professionals as safeguarding evidence, "
            "because they are held in different records and are rarely plotted over time",
            "findings", level=2)
    d.p("3.1 Weight and height measurements were taken for Child G1 by the school nursing "
        "service, the GP and the dentist. Each measurement was recorded in that agency's own "
        "system. None of the professionals saw the trend. Practitioners told the review that "
        "growth is seen as a health matter and that social care staff do not feel confident "
        "to interpret centile charts.")
    d.p("3.2 This is not unique to Family G. An audit of ten neglect cases carried out for the "
        "review found growth data in only three social care records.")
    d.runin("Issues for the Board to consider", "findings", level=3)
    d.bullets([
        bq("How can the Board be assured that growth information is available to, and "
           "understood by, the professionals who assess neglect?", "1", True).text,
        bq("Is there a case for a shared growth chart for children subject to plans for "
           "neglect, and which agency would hold it?", "1", False).text,
    ])
    d.h("4. Finding 2", "4", "Finding 2", 1, "findings")
    d.runin("Step-down from a child protection plan reduces the scrutiny on a family faster "
            "than it reduces the risk", "findings", level=2)
    d.p("4.1 Within three months of the plan ending, the number of professionals visiting the "
        "family fell from six to one. The early help worker was not given the history of the "
        "case in a form she could use, and she did not have access to the social care "
        "record. Practitioners described a 'cliff edge' at the point of step-down.")
    d.runin("Issues for the Board to consider", "findings", level=3)
    d.bullets([
        bq("What information should accompany a family when a child protection plan ends, "
           "and who is responsible for making sure it is received?", "2", False).text,
        bq("Does the LSCB know how often families are re-referred within a year of a "
           "child protection plan ending?", "2", True).text,
    ])
    d.h("5. Finding 3", "5", "Finding 3", 1, "findings")
    d.runin("Missed health appointments are counted, not understood", "findings", level=2)
    d.p("5.1 The children missed fourteen health and dental appointments in eight months. "
        "Each was recorded as 'did not attend' and a new appointment was sent. The language "
        "of 'did not attend' places the responsibility on the child; none of these "
        "appointments were for children old enough to take themselves.")
    d.runin("Issues for the Board to consider", "findings", level=3)
    d.bullets([
        bq("How might the Board encourage agencies to treat repeated missed appointments as "
           "'was not brought' and to consider what they say about the care a child receives?",
           "3", True).text,
    ])
    for r in board:
        d.use(r, primary=True)
        r.n_locations = 1
    # the headings above were recorded when rendered; fix the section of each question
    for r in board:
        r.section = "Issues for the Board to consider"

    d.h("Appendix: Glossary", None, "Glossary", 1, "glossary")
    d.table(["Term", "Meaning"], [
        ["Centile chart", "A chart used to plot a child's growth against that of other "
                         "children of the same age and sex"],
        ["CIN", "Child in need"],
        ["CP plan", "Child protection plan"],
        ["LSCB", "Local Safeguarding Children Board"],
        ["SCIE", "Social Care Institute for Excellence"],
    ], widths=[4, 12], font_size=10)
    return d
