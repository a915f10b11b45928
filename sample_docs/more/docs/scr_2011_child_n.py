"""Pre-2013 SCR overview report, 2011 (docx -> LibreOffice) with a landscape action plan
section, merged cells and a table spanning pages.

Exercises: the same recommendations in the executive summary, the body and the action plan
(n_locations 3); recommendations grouped under 'Recommendations for the LSCB', 'Recommendations
for Health' (party only from the heading and its note: the PCT, canonical Integrated Care
Board) and 'Recommendations for Children's Social Care'; numbering restarts per group
('1.', typed); key questions with 'Whether ...' forms; portrait -> landscape -> portrait.
"""
from sample_docs.kit.doc import Doc

LSCB = "Local Safeguarding Children Board"
ICB = "Integrated Care Board"


def build():
    d = Doc("scr_2011_child_n", document_type="scr",
            title="Serious Case Review: Child N - Overview Report",
            subjects=["Child N"], area="Marlow Cross Local Safeguarding Children Board",
            publication_date="2011-10-05", split="dev", producer="docx",
            style=dict(font="Arial", size=11, heading_mode="styles",
                       header="CONFIDENTIAL | Marlow Cross LSCB – SCR Child N – Overview Report",
                       page_numbers="Page {PAGE} of {NUMPAGES}", heading_color="000000"))
    d.title("Marlow Cross Local Safeguarding Children Board", size=15)
    d.title("Serious Case Review", size=24)
    d.title("Child N", size=22)
    d.title("Overview Report", size=16, bold=False)
    d.line("Author: Geoffrey Tanner, Independent Overview Author")
    d.line("Date: 5 October 2011")
    d.page_break()

    lscb = [
        d.R("1", "Marlow Cross LSCB should update its multi-agency procedures on children who "
            "go missing from education, so that schools, the Education Welfare Service and "
            "Children's Social Care share information within five school days.", [LSCB],
            scope="multi_agency"),
        d.R("2", "The LSCB should undertake a multi-agency audit of cases in which a child "
            "with a disability is subject to a child in need plan, to test whether the child's "
            "views are sought using appropriate communication methods.", [LSCB],
            scope="multi_agency"),
    ]
    health = [
        d.R("1", "Ensure that community paediatricians and school nurses share information "
            "when a child with complex health needs stops attending school.", [ICB],
            inferred=True, scope="single_agency"),
        d.R("2", "Provide guidance to GPs on recording the identity of the main carer for a "
            "disabled child, and on informing the named GP when concerns arise.", [ICB],
            inferred=True, scope="single_agency"),
    ]
    csc = [
        d.R("1", "Children's Social Care should ensure that every child in need plan for a "
            "disabled child records how the child communicates and who has seen the child "
            "alone.", ["Children's Social Care"], scope="single_agency"),
    ]
    allrecs = [("the LSCB", lscb), ("Health", health), ("Children's Social Care", csc)]

    d.h("1. Executive summary", "1", "Executive summary", 1, "executive_summary")
    d.p("1.1 Child N was a twelve-year-old boy with cerebral palsy and a learning disability. "
        "He died in February 2010 from pneumonia complicated by severe malnutrition. His "
        "mother was convicted of neglect. During the previous eighteen months Child N had been "
        "withdrawn from his special school, and he had not been seen by any professional for "
        "the last five months of his life.")
    d.p("1.2 The review found that each agency knew part of the picture and that no agency "
        "took responsibility for finding out why Child N had stopped attending school. The "
        "review makes five recommendations:")
    for label, group in allrecs:
        d.p(f"Recommendations for {label}:", italic=True)
        d.rec_list(group, primary=False)

    d.h("2. Introduction", "2", "Introduction", 1, "introduction")
    d.p("2.1 Marlow Cross LSCB decided on 18 March 2010 to conduct a Serious Case Review in "
        "accordance with Chapter 8 of Working Together to Safeguard Children (2010). The "
        "review panel met eight times. Individual Management Reviews were received from six "
        "agencies.")
    d.h("2.1 Terms of reference", "2.1", "Terms of reference", 2, "terms_of_reference")
    d.scope_items([
        "The period under review is 1 September 2008 to 9 February 2010.",
        "Agencies asked to provide Individual Management Reviews: Marlow Cross Children's "
        "Social Care; Marlow Cross Primary Care Trust (community paediatrics, school nursing "
        "and general practice); Marlow Cross Hospitals NHS Trust; Brookside Special School; "
        "the Education Welfare Service; Marlow Cross Police.",
    ])
    d.p("The key questions for the review were:")
    d.lines_of_enquiry([
        "Whether agencies understood Child N's health needs and how his disability affected "
        "his ability to communicate concerns.",
        "Whether the withdrawal of Child N from school was responded to in accordance with "
        "procedures for children missing education.",
        "What was known about the mother's capacity to meet Child N's needs after his father "
        "left the household in 2008?",
        "Whether Child N was seen and his views sought by the professionals working with him.",
    ])
    d.h("3. The facts", "3", "The facts", 1, "chronology")
    d.p("3.1 Child N lived with his mother and his younger sister. His father left the family "
        "in the summer of 2008 and had no further contact. Child N needed help with eating, "
        "moving and personal care. Until 2008 his father had done much of this care.")
    d.p("3.2 In November 2008 Child N's mother told Brookside Special School that she intended "
        "to educate him at home. The school informed the Education Welfare Service. A letter "
        "was sent to the mother, who replied that she was 'managing well'. No visit took "
        "place. The school nurse was not informed and continued to hold appointments at the "
        "school which Child N did not attend.")
    d.p("3.3 Child N's community paediatric review in March 2009 was cancelled by his mother "
        "and not rebooked. His GP saw him once, in May 2009, for a chest infection, and noted "
        "that he was 'thin'. His weight was not recorded. Child N's mother should have been "
        "offered a carer's assessment at that time; the GP did not know that the father had "
        "left.")
    d.p("3.4 A child in need assessment was opened in June 2009 after a neighbour reported "
        "that the children were left alone. The social worker visited twice and saw Child N "
        "in bed on both occasions. The assessment concluded that the mother needed practical "
        "support with care, and a referral was made to a disability care agency. The referral "
        "was not followed up when the agency reported that the mother had declined visits.")
    d.h("4. Analysis", "4", "Analysis", 1, "analysis")
    d.p("4.1 The review identified three themes: the invisibility of a disabled child who was "
        "no longer in school; the failure to use health information about his weight and "
        "development; and the acceptance of the mother's account without checking it with "
        "other agencies.")
    d.p("4.2 Child N could not speak, but he communicated through signs and a picture board "
        "at school. No professional who visited the home in 2009 used these methods, and his "
        "views were not recorded in any agency's notes.")
    d.h("5. Conclusions", "5", "Conclusions", 1, "conclusions")
    d.p("5.1 The panel concludes that Child N's death was preventable. There were several "
        "points at which a coordinated response would have brought him back into contact "
        "with professionals.")
    d.h("6. Recommendations", "6", "Recommendations", 1, "recommendations")
    d.runin("Recommendations for the LSCB", "recommendations", level=2)
    for r in lscb:
        d.rec(r, "literal", label=f"{r.number}.")
    d.runin("Recommendations for Health", "recommendations", level=2)
    d.p("The following recommendations are for Marlow Cross Primary Care Trust, as "
        "commissioner and provider of community health services.", italic=True)
    for r in health:
        d.rec(r, "literal", label=f"{r.number}.")
    d.runin("Recommendations for Children's Social Care", "recommendations", level=2)
    for r in csc:
        d.rec(r, "literal", label=f"{r.number}.")

    d.landscape(True)
    d.h("Appendix 1: Action plan", "1", "Action plan", 1, "action_plan")
    rows, merges = [], []
    plan = [
        ("LSCB 1", lscb[0], [
            ("Revise the children missing education procedure and circulate to all schools.",
             "Marlow Cross LSCB", LSCB, "LSCB Business Manager", "31 December 2011",
             "2011-12-31", "In progress"),
            ("Deliver briefings for designated teachers and education welfare officers.",
             "Marlow Cross LSCB", LSCB, "Training Coordinator", "31 March 2012",
             "2012-03-31", "Not started"),
        ]),
        ("LSCB 2", lscb[1], [
            ("Complete an audit of 15 child in need cases involving disabled children.",
             "Marlow Cross LSCB", LSCB, "Chair, Quality Assurance Sub-Group", "30 April 2012",
             "2012-04-30", "Not started"),
        ]),
        ("Health 1", health[0], [
            ("Agree an information-sharing pathway between community paediatrics and school "
             "nursing.", "Marlow Cross PCT", ICB, "Designated Nurse", "30 November 2011",
             "2011-11-30", "In progress"),
            ("Add a 'stopped attending school' trigger to the school nursing caseload review.",
             "Marlow Cross PCT", ICB, "Head of School Nursing", "31 January 2012",
             "2012-01-31", "In progress"),
        ]),
        ("Health 2", health[1], [
            ("Issue a practice guidance note to all GP practices.", "Marlow Cross PCT", ICB,
             "Named GP for Safeguarding", "31 October 2011", "2011-10-31", "Complete"),
        ]),
        ("CSC 1", csc[0], [
            ("Amend the child in need plan template to include communication needs and "
             "seeing the child alone.", "Marlow Cross Children's Social Care",
             "Children's Social Care", "Head of Children with Disabilities Team",
             "31 December 2011", "2011-12-31", "In progress"),
            ("Audit compliance with the amended template after six months.",
             "Marlow Cross Children's Social Care", "Children's Social Care",
             "Principal Social Worker", "June 2012", None, "Not started"),
        ]),
    ]
    for ref, r, acts in plan:
        d.use(r)
        start = len(rows)
        for i, (act, ag_print, ag, off, dtext, diso, status) in enumerate(acts):
            rows.append([ref if i == 0 else "", r.text if i == 0 else "", act, ag_print, off,
                         dtext, status])
            d.ap_row(ref, act, ag, off, diso, dtext, status)
        if len(acts) > 1:
            merges += [(start, 0, len(acts)), (start, 1, len(acts))]
    d.table(["Rec no", "Recommendation", "Action", "Lead agency", "Lead officer",
             "Target date", "Status"], rows, widths=[1.6, 6.5, 6, 3.3, 3.6, 2.6, 2.2],
            merges=merges, font_size=9)
    d.landscape(False)
    d.h("Appendix 2: Glossary", "2", "Glossary", 1, "glossary")
    d.table(["Abbreviation", "Meaning"], [
        ["EWS", "Education Welfare Service"],
        ["IMR", "Individual Management Review"],
        ["LSCB", "Local Safeguarding Children Board"],
        ["PCT", "Primary Care Trust"],
    ], widths=[4, 12], font_size=10)
    return d
