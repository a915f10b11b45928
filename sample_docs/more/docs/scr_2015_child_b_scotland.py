"""Scottish Significant Case Review, 2015 (docx -> LibreOffice), with footnotes.

Exercises: a 'Remit' (Scottish terms of reference) with objectives, a core-data table,
paragraph numbering 1.1.1, findings followed by 'Issues for the Child Protection Committee to
consider' (kind board_question), then a short numbered recommendations list ('Recommendation
1:' labels) owned by the CPC, a Health Board (canonical Health Board (Wales/Scotland/NI)), Police Scotland and the Scottish
Government; seek assurance with an Education target; 'Child B's mother should have been ...'.
"""
from sample_docs.kit.doc import Doc

CPC = "Child Protection Committee"


def build():
    d = Doc("scr_2015_child_b_scotland", document_type="scr",
            title="Significant Case Review: Child B",
            subjects=["Child B"], area="Glenmorven Child Protection Committee",
            publication_date="2015-12-03", split="dev", producer="docx",
            style=dict(font="Georgia", size=10.5, heading_mode="styles",
                       footer="Glenmorven Child Protection Committee – Significant Case Review "
                              "Child B",
                       page_numbers="{PAGE}", heading_color="1C2833", justify=True))
    d.title("Glenmorven Child Protection Committee", size=15)
    d.title("Significant Case Review", size=24)
    d.title("Child B", size=22)
    d.line("Report of the Lead Reviewer, Fiona McAllister, to the Chief Officers Group")
    d.line("December 2015")
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1.1 Child B was an eight-month-old boy who was admitted to the Royal Glenmorven "
        "Infirmary in February 2015 with a fractured skull and retinal haemorrhages. He "
        "survived but has a permanent visual impairment. His father was convicted of "
        "assault to severe injury.")
    d.p("1.1.2 An Initial Case Review was completed in March 2015 and recommended a Significant "
        "Case Review. The Chief Officers Group agreed on 14 April 2015, in line with the "
        "National Guidance for Child Protection Committees Conducting a Significant Case "
        "Review (2015).[[fn:Scottish Government (2015) National Guidance for Child Protection "
        "Committees Conducting a Significant Case Review, section 4.]]")
    d.h("1.2 Core data", "1.2", "Core data", 2, "background")
    d.table(["Item", "Details"], [
        ["Child", "Child B, born June 2014"],
        ["Parents / carers", "Mother, aged 22; father, aged 26"],
        ["Siblings", "None"],
        ["Child protection registration", "Not registered; a pre-birth assessment was "
         "completed in 2014"],
        ["Agencies involved", "Glenmorven Council Social Work Services; NHS Glenmorven "
         "(midwifery, health visiting, GP, emergency department); Police Scotland; "
         "Glenmorven Council Housing"],
    ], widths=[5, 11], font_size=9.5)
    d.h("2. Remit", "2", "Remit", 1, "terms_of_reference")
    d.p("2.1.1 The purpose of a Significant Case Review is to:")
    d.purpose_items([
        "establish the facts of the case and the circumstances in which the child was harmed;",
        "examine the role of each service in the child's life;",
        "identify lessons and good practice, and gaps in systems;",
        "produce findings for the Child Protection Committee to turn into recommendations.",
    ])
    d.scope_items([
        "The review considered the period from the booking of the pregnancy in October 2013 "
        "to Child B's admission on 17 February 2015.",
    ])
    d.p("2.1.2 The remit agreed by the Chief Officers Group asked the review to address the "
        "following objectives:")
    d.lines_of_enquiry([
        "To examine the quality of the pre-birth assessment and the decision that no "
        "further action was needed.",
        "To consider what was known about the father's history of violence and how it was "
        "shared.",
        "To examine how services responded to the two attendances at the emergency department "
        "in December 2014 and January 2015.",
        "To identify whether Child B's mother was supported to raise concerns about the "
        "father.",
    ])
    d.h("3. The facts", "3", "The facts", 1, "chronology")
    d.p("3.1.1 A pre-birth assessment was undertaken by Social Work Services because the "
        "father had been subject to a supervision requirement as a teenager and had a "
        "conviction for assault. The assessment concluded that the parents were committed "
        "to the baby and that no further action was required. The police intelligence check "
        "was not returned until after the assessment had been completed.")
    d.p("3.1.2 Child B attended the emergency department in December 2014 with a bruise on his "
        "forehead and in January 2015 with a swollen wrist. On both occasions the "
        "explanations were accepted. The health visitor received discharge letters but did "
        "not discuss them with the mother. Child B's mother should have been seen on her own "
        "after the second attendance; she told the review that she was frightened of the "
        "father at that time.")
    d.p("3.1.3 The father's wider history of violence, including a domestic abuse report by a "
        "former partner in 2012, was held by Police Scotland and was not known to health "
        "staff.[[fn:The report related to a previous relationship and did not result in "
        "prosecution.]]")
    d.h("4. Findings", "4", "Findings", 1, "findings")
    d.h("4.1 Finding 1: The pre-birth assessment was completed before all checks were returned",
        "4.1", "Finding 1: The pre-birth assessment was completed before all checks were "
        "returned", 2, "findings")
    d.p("4.1.1 The pressure to complete assessments within timescales meant that the decision "
        "was made on incomplete information. Practitioners were not clear whether they could "
        "reopen an assessment once it had been signed off.")
    d.runin("Issues for the Child Protection Committee to consider", "findings", level=3)
    q1 = d.R(None, "How can the Committee be confident that pre-birth assessments are not "
             "concluded until police and health checks have been received?", [CPC],
             kind="board_question", finding="1")
    d.rec(q1, "plain")
    d.h("4.2 Finding 2: Injuries to a non-mobile baby were seen in isolation", "4.2",
        "Finding 2: Injuries to a non-mobile baby were seen in isolation", 2, "findings")
    d.p("4.2.1 The two emergency department attendances were each assessed on their own. No "
        "professional put them together with the pre-birth history.")
    d.runin("Issues for the Child Protection Committee to consider", "findings", level=3)
    q2 = d.R(None, "What arrangements exist for emergency departments to check whether a "
             "baby has attended before, and for the health visitor to follow up discharge "
             "letters?", [CPC], kind="board_question", inferred=True, finding="2")
    d.rec(q2, "plain")
    d.h("5. Recommendations", "5", "Recommendations", 1, "recommendations")
    d.p("5.1.1 The Child Protection Committee has considered the findings and makes the "
        "following recommendations, which will form the basis of its improvement plan.")
    recs = [
        d.R("1", "The Child Protection Committee should revise its inter-agency guidance so "
            "that a pre-birth assessment cannot be concluded until police and health checks "
            "have been received and considered.", [CPC], scope="multi_agency"),
        d.R("2", "NHS Glenmorven should introduce an alert in the emergency department for any "
            "child under one presenting with an injury, and should ensure that discharge "
            "letters about injuries to babies are followed up by the health visitor within "
            "two working days.", ["Health Board (Wales/Scotland/NI)"], scope="single_agency"),
        d.R("3", "Police Scotland should ensure that requests for information for pre-birth "
            "assessments are answered within the agreed five working days.", ["Police"],
            scope="single_agency"),
        d.R("4", "The Child Protection Committee should seek assurance from Glenmorven Council "
            "Education Services that nursery staff are trained to recognise and report "
            "injuries to very young children.", [CPC], targets=["Education"],
            scope="multi_agency"),
        d.R("5", "The Committee should share this report with the Scottish Government to "
            "inform the revision of the National Guidance for Child Protection in Scotland.",
            [CPC], scope="national"),
    ]
    for r in recs:
        d.rec(r, "literal", label=f"Recommendation {r.number}:", bold_label=True)
    d.h("Appendix: Glossary", None, "Glossary", 1, "glossary")
    d.table(["Term", "Meaning"], [
        ["COG", "Chief Officers Group"],
        ["CPC", "Child Protection Committee"],
        ["ICR", "Initial Case Review"],
        ["SCR", "Significant Case Review"],
    ], widths=[4, 12], font_size=10)
    return d
