"""SAR 2023 with learning points inside a numbered learning section and no recommendations
(docx -> LibreOffice).

Exercises: 'Learning Point N' embedded in numbered paragraphs ('7.2 Learning Point 2: ...',
kind learning_point, number = the learning point number); a 'Recommendations' heading whose
only content says there are none and refers to the SAB's action plan; key lines of enquiry in
a two-column table; footnotes; narrative 'Mrs D's son should have been ...'; ICB in 2023.
"""
from sample_docs.kit.doc import Doc


def build():
    d = Doc("sar_2023_mrs_d", document_type="sar",
            title="Safeguarding Adults Review: Mrs D",
            subjects=["Mrs D", "Edna"], area="Tarrow Moor Safeguarding Adults Board",
            publication_date="2023-03-29", split="dev", producer="docx",
            style=dict(font="Calibri", size=11, heading_mode="styles",
                       header="Tarrow Moor Safeguarding Adults Board | SAR Mrs D (Edna)",
                       page_numbers="Page {PAGE} of {NUMPAGES}", heading_color="7D3C98"))
    d.title("Tarrow Moor Safeguarding Adults Board", size=14)
    d.title("Safeguarding Adults Review", size=24)
    d.title("Mrs D (“Edna”)", size=20)
    d.line("Independent reviewer: Kathryn Odell")
    d.line("Published 29 March 2023")
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1 Edna was 86 when she died in hospital in January 2022 from pneumonia and "
        "dehydration. She lived with her son, who was her main carer, in a terraced house in "
        "Tarrow Moor. She had vascular dementia and limited mobility. Edna's daughter, who "
        "lives abroad, asked for this review after her mother's death.")
    d.p("1.2 The SAB agreed in March 2022 that the criteria for a discretionary Safeguarding "
        "Adults Review were met.[[fn:Care Act 2014, section 44(4). A SAB may arrange a review "
        "in any other case involving an adult in its area with needs for care and support.]] "
        "The review used a learning-together approach with a practitioner event and "
        "conversations with Edna's daughter and son.")
    d.h("2. Scope and key lines of enquiry", "2", "Scope and key lines of enquiry", 1,
        "terms_of_reference")
    d.scope_items([
        "The review considered the period from 1 April 2020, when Edna's son gave up work to "
        "care for her, to her death on 17 January 2022.",
        "Agencies that contributed: Tarrow Moor Council Adult Social Care; Tarrow Moor and "
        "Kelbrook Integrated Care Board on behalf of Edna's GP practice; Tarrow Moor "
        "Community Health Services; the Ambulance Service; Tarrow Moor Hospitals NHS Trust.",
    ])
    d.p("2.1 The key lines of enquiry are set out below.")
    loes = [
        "How well did agencies understand the pressures on Edna's son as her carer?",
        "Was Edna's voice heard, and were her wishes about her care known?",
        "How did agencies respond to the reduction in contact during the COVID-19 pandemic?",
        "Were concerns about Edna's nutrition and hydration recognised and shared?",
    ]
    for i, t in enumerate(loes, 1):
        d.kloe(str(i), t, render=None)
    d.table(["KLOE", "Question"], [[str(i), t] for i, t in enumerate(loes, 1)],
            widths=[1.5, 14.5], font_size=10)

    d.h("3. Edna", "3", "Edna", 1, "background")
    d.p("3.1 Edna worked for thirty years in a bakery in Tarrow Moor and was, in her "
        "daughter's words, 'the one who fed the whole street'. She was widowed in 2010. Her "
        "son moved back in with her in 2018, and gave up his job in 2020 to look after her "
        "full time.")
    d.h("4. Summary of agency involvement", "4", "Summary of agency involvement", 1,
        "chronology")
    d.p("4.1 A carer's assessment was offered to Edna's son in 2020 but was not completed "
        "because of the first national lockdown. Adult Social Care arranged a package of two "
        "calls a day, which the son cancelled after three weeks, saying that he preferred to "
        "manage alone.")
    d.p("4.2 Between August 2020 and November 2021 Edna's GP practice held four telephone "
        "consultations, all with her son. Edna was not spoken to directly. Mrs D's son should "
        "have been offered support in his own right at those contacts; he told the review "
        "that he was 'at the end of his tether' by the autumn of 2021.")
    d.p("4.3 In December 2021 the ambulance service attended after Edna fell. The crew noted "
        "that she appeared thin and that there was little food in the house, and raised a "
        "safeguarding concern. The concern was screened three weeks later, by which time Edna "
        "had been admitted to hospital.[[fn:The screening delay reflected a backlog of 160 "
        "concerns in the Adult Social Care front door in December 2021.]]")

    d.h("5. Analysis", "5", "Analysis", 1, "analysis")
    d.p("5.1 Edna's son loved his mother and cared for her with commitment. The review found "
        "that his own needs as a carer were never assessed, and that agencies relied on him "
        "for information about Edna without recognising that his capacity to care was "
        "falling. The remote contact that became normal during the pandemic continued after "
        "restrictions eased, and Edna's own voice disappeared from the records.")
    d.h("6. Good practice", "6", "Good practice", 1, "good_practice")
    d.p("6.1 The ambulance crew recognised the signs of neglect and raised a clear "
        "safeguarding concern. The hospital discharge team involved Edna's daughter by video "
        "call and arranged an interpreter for her husband.")

    d.h("7. Learning", "7", "Learning", 1, "findings")
    d.p("The reviewer has framed the learning from this review as learning points. The "
        "SAB will decide what action to take in response and will publish its action plan "
        "separately.")
    lps = [
        "Carers who give up work to care full time for a relative with dementia are at high "
        "risk of carer breakdown, and a carer's assessment that is offered but not completed "
        "should be followed up.",
        "When every contact with a person is through a family carer, practitioners should "
        "make a specific plan to hear from the person directly.",
        "Changes to practice made during the pandemic, such as telephone reviews, need to be "
        "reviewed deliberately rather than allowed to continue by default.",
        "A safeguarding concern that describes an older person as thin, with little food in "
        "the home, indicates a risk of serious harm and should be screened on the day it is "
        "received.",
    ]
    for i, t in enumerate(lps, 1):
        r = d.R(str(i), t, [], kind="learning_point")
        d.rec(r, "literal", label=f"7.{i} Learning Point {i}:", bold_label=False)

    d.h("8. Recommendations", "8", "Recommendations", 1, "recommendations")
    d.p("8.1 In line with the approach agreed by the SAB, this review does not make "
        "recommendations. The SAB's Case Review Sub-group will consider the learning points "
        "and agree actions with partner agencies.")
    d.h("Appendix: Glossary", None, "Glossary", 1, "glossary")
    d.table(["Term", "Meaning"], [
        ["ASC", "Adult Social Care"],
        ["ICB", "Integrated Care Board"],
        ["KLOE", "Key line of enquiry"],
        ["SAB", "Safeguarding Adults Board"],
    ], widths=[3, 13], font_size=10)
    return d
