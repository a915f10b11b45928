"""SAR 2020 (HTML -> Chromium): bold 'Recommendation N' blocks with the text in the next
paragraph, repeated in a Finding | Recommendation | Lead table (n_locations 2).

Exercises: owner only in the table's Lead column for an imperative recommendation (inferred),
CCG in 2020 (canonical Integrated Care Board), 'All agencies should', 'jointly', seek
assurance with two targets, key questions, 'Adult C's brother should have been ...'.
"""
from sample_docs.kit.doc import Doc

SAB = "Safeguarding Adults Board"


def build():
    d = Doc("sar_2020_adult_c", document_type="sar",
            title="Safeguarding Adults Review: Adult C",
            subjects=["Adult C", "Connor"], area="Ashby Vale Safeguarding Adults Board",
            publication_date="2020-12-02", split="heldout", producer="html",
            style=dict(html_font="Verdana, 'DejaVu Sans', sans-serif", size=10,
                       browser_header_footer=False, heading_color="154360"))
    d.title("Ashby Vale Safeguarding Adults Board", size=13, color="154360")
    d.title("Safeguarding Adults Review", size=22)
    d.title("Adult C (“Connor”)", size=18)
    d.line("Independent author: Rebecca Stanhope · Report agreed by the SAB: 28 October 2020")
    d.line("Published 2 December 2020")

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1 Connor was a 27-year-old man with a mild learning disability and type 1 "
        "diabetes. He died in August 2019 from diabetic ketoacidosis in a bedsit in Ashby "
        "Vale, six weeks after moving out of a supported living service. His family chose "
        "the name Connor for this report.")
    d.p("1.2 The SAB decided that the criteria for a Safeguarding Adults Review under section "
        "44 of the Care Act 2014 were met, because Connor had needs for care and support, he "
        "died, and there was concern that partner agencies could have worked together more "
        "effectively to protect him.")

    d.h("2. Key questions for the review", "2", "Key questions for the review", 1,
        "terms_of_reference")
    d.scope_items([
        "The review covers the period from 1 January 2018 to Connor's death on 14 August "
        "2019.",
        "Agencies involved: Ashby Vale Council Adult Social Care, Ashby Vale CCG (for "
        "general practice), Ashby Vale Hospitals NHS Trust (diabetes service and emergency "
        "department), the supported living provider, Ashby Vale Housing Options and the "
        "Department for Work and Pensions.",
    ])
    d.p("2.1 The SAB asked the review to consider these key questions:")
    d.lines_of_enquiry([
        "How was Connor's ability to manage his diabetes assessed, and by whom?",
        "Was Connor's decision to leave supported living the subject of a mental capacity "
        "assessment, and how were the risks planned for?",
        "How did agencies respond when Connor stopped attending diabetes appointments?",
        "How were Connor's family involved in planning?",
    ])

    d.h("3. Connor's story", "3", "Connor's story", 1, "chronology")
    d.p("3.1 Connor grew up in Ashby Vale with his mother and older brother. He was diagnosed "
        "with diabetes at nine. His mother managed his insulin until he was nineteen. After "
        "her death in 2016 Connor moved into a supported living service, where staff "
        "prompted him to check his blood glucose and to inject.")
    d.p("3.2 In 2018 Connor began to say that he wanted 'his own place'. His social worker "
        "supported this, and in June 2019 Connor moved into a privately rented bedsit found "
        "through Housing Options. The supported living provider wrote to Adult Social Care "
        "that Connor 'will struggle with his insulin without prompts'. A reduced package of "
        "two visits a week was agreed. Adult C's brother should have been invited to the "
        "planning meeting; he told the review that he learned of the move afterwards.")
    d.p("3.3 Connor missed two diabetes clinic appointments in July 2019 and was discharged "
        "back to his GP with a letter. He attended the emergency department once with high "
        "blood glucose and was discharged the same night. He was found dead by a support "
        "worker on 14 August 2019.")

    d.h("4. Analysis and recommendations", "4", "Analysis and recommendations", 1, "analysis")
    recs = []
    d.h("4.1 Assessment of capacity to manage a health condition", "4.1",
        "Assessment of capacity to manage a health condition", 2, "analysis")
    d.p("Connor had capacity to decide where to live. The more specific question – whether he "
        "could understand, retain and use information about managing his insulin without "
        "prompting – was never asked. Practitioners assumed that because Connor could describe "
        "what he needed to do, he would do it.")
    r1 = d.R("1", "Ashby Vale Adult Social Care should ensure that, where a person with a "
             "learning disability and a long-term health condition moves to more independent "
             "accommodation, the assessment considers their ability to manage the condition "
             "in practice, including executive functioning.", ["Adult Social Care"],
             scope="single_agency", finding="1")
    d.rec(r1, "heading", label="Recommendation 1")
    recs.append(("1. Capacity to manage a health condition was not assessed", r1,
                 "Adult Social Care"))
    d.h("4.2 Disengagement from health services", "4.2", "Disengagement from health services",
        2, "analysis")
    d.p("The diabetes service discharged Connor after two missed appointments, in line with "
        "its policy. The policy made no distinction between patients who can manage their "
        "own condition and those who cannot. The GP practice received the discharge letter "
        "but it was filed without action.")
    r2 = d.R("2", "Revise the diabetes service's policy on missed appointments so that adults "
             "with a learning disability are not discharged without contact with the person, "
             "their GP and, where there is one, their care provider.", ["NHS Trust"],
             inferred=True, scope="single_agency", finding="2")
    d.rec(r2, "heading", label="Recommendation 2")
    r3 = d.R("3", "Ashby Vale CCG and Ashby Vale Hospitals NHS Trust should jointly review how "
             "discharge letters about adults with a learning disability are flagged and acted "
             "on in general practice.", ["Integrated Care Board", "NHS Trust"],
             scope="multi_agency", finding="2")
    d.rec(r3, "heading", label="Recommendation 3")
    recs.append(("2. Disengagement was treated as choice", r2, "Ashby Vale Hospitals NHS "
                 "Trust"))
    recs.append(("", r3, "Ashby Vale CCG / Ashby Vale Hospitals NHS Trust"))
    d.h("4.3 Working with families", "4.3", "Working with families", 2, "analysis")
    d.p("Connor's brother knew how much Connor had relied on their mother and could have "
        "described this. He was not asked. Connor had said that he did not want his brother "
        "'running his life', but he had not said that his brother should not be told about "
        "the move.")
    r4 = d.R("4", "All agencies should ensure that, with the person's consent where they have "
             "capacity, families are invited to contribute to planning for significant "
             "changes in accommodation or support.", ["All agencies"], scope="multi_agency",
             finding="3")
    d.rec(r4, "heading", label="Recommendation 4")
    recs.append(("3. Family knowledge was not used", r4, "All agencies"))
    d.h("4.4 Assurance", "4.4", "Assurance", 2, "analysis")
    d.p("The review found that the SAB had no regular information about deaths of adults with "
        "a learning disability in Ashby Vale, although LeDeR reviews are carried out.")
    r5 = d.R("5", "The SAB should seek assurance from the CCG and Adult Social Care that "
             "learning from LeDeR reviews of deaths of people with a learning disability is "
             "reported to the Board annually and acted on.", [SAB],
             targets=["Integrated Care Board", "Adult Social Care"], scope="multi_agency",
             finding="4")
    d.rec(r5, "heading", label="Recommendation 5")
    recs.append(("4. The Board lacked information about deaths", r5,
                 "Ashby Vale Safeguarding Adults Board"))

    d.h("5. Conclusion", "5", "Conclusion", 1, "conclusions")
    d.p("5.1 Connor's wish for independence was right and should have been supported. The "
        "support needed to make that independence safe was under-estimated because his "
        "ability to manage his diabetes was assumed rather than assessed.")

    d.h("6. Summary of findings and recommendations", "6",
        "Summary of findings and recommendations", 1, "recommendations")
    rows = []
    for finding, r, lead in recs:
        d.use(r)
        rows.append([finding, f"{r.number}. {r.text}", lead])
    d.table(["Finding", "Recommendation", "Lead"], rows, widths=[4, 9, 3.5], font_size=9)

    d.h("Glossary", None, "Glossary", 1, "glossary")
    d.table(["Term", "Meaning"], [
        ["CCG", "Clinical Commissioning Group"],
        ["DKA", "Diabetic ketoacidosis"],
        ["LeDeR", "Learning from Lives and Deaths – people with a learning disability and "
                  "autistic people"],
        ["SAB", "Safeguarding Adults Board"],
    ], widths=[3, 12], font_size=9.5)
    return d
