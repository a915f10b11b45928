"""SAR 2022 with numbered learning points and no recommendations (HTML -> Chromium).

Exercises: 'Learning point N' items (kind learning_point, no parties), KLOEs mixing 'To ...'
and questions, generic Care Act purposes, scope facts, superscript footnote markers with notes
collected at the end of a section, 'the SAB's response' prose that talks about
recommendations without making any, narrative 'Mr H should have been ...'.
"""
from sample_docs.kit.doc import Doc


def build():
    d = Doc("sar_2022_mr_h", document_type="sar",
            title="Safeguarding Adults Review: Mr H",
            subjects=["Mr H"], area="Marlow Cross Safeguarding Adults Board",
            publication_date="2022-05-17", split="heldout", producer="html",
            style=dict(html_font="Georgia, 'DejaVu Serif', serif", size=11,
                       browser_header_footer=False, heading_color="2E4053", justify=True))
    d.title("Marlow Cross Safeguarding Adults Board", size=13)
    d.title("Safeguarding Adults Review", size=24)
    d.title("Mr H", size=22)
    d.line("Independent reviewer: Paul Ambrose")
    d.line("Published May 2022")
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1 Mr H was a 58-year-old man who died at his home in Marlow Cross in October 2020. "
        "The cause of death was sepsis arising from untreated leg ulcers. He lived alone in a "
        "council flat which, by the time of his death, was severely cluttered and without "
        "working heating. He had been known to adult social care, his GP practice, the "
        "community nursing service and his housing provider for several years.")
    d.p("1.2 Marlow Cross Safeguarding Adults Board (the SAB) agreed in December 2020 that the "
        "case met the criteria for a mandatory review under section 44 of the Care Act "
        "2014.[[fn:Care Act 2014, section 44(1)-(3). The Board considered that there was "
        "reasonable cause for concern about how agencies had worked together.]]")
    d.p("1.3 Mr H's sister has contributed to the review and has asked that he be remembered "
        "as a skilled carpenter who 'made half the furniture in our mum's house'.")

    d.h("2. Terms of reference", "2", "Terms of reference", 1, "terms_of_reference")
    d.p("2.1 The purpose of a Safeguarding Adults Review is to:")
    d.purpose_items([
        "promote effective learning and improvement action to prevent future deaths or serious "
        "harm occurring again;",
        "identify how partners can work together more effectively to safeguard adults with "
        "care and support needs;",
        "not to re-investigate or to apportion blame.",
    ])
    d.p("2.2 The scope of the review was agreed by the SAR Sub-group as follows:")
    d.scope_items([
        "The review examined agency involvement from January 2018 until Mr H's death on 9 "
        "October 2020.",
        "Agencies that contributed: Marlow Cross Council Adult Social Care; Marlow Cross "
        "Housing; Lindenbrook Medical Practice; Marlow Cross Community Health Services; the "
        "Fire and Rescue Service; Marlow Cross Police.",
    ])
    d.runin("Key lines of enquiry", "terms_of_reference", level=2)
    d.p("2.3 The review was asked to address the following key lines of enquiry:")
    d.lines_of_enquiry([
        "To consider how agencies understood and responded to Mr H's self-neglect.",
        "How was Mr H's mental capacity assessed, and was his executive functioning "
        "considered?",
        "Were there opportunities for a multi-agency meeting under the self-neglect "
        "procedures, and if so why were they not taken?",
        "To establish the impact of the COVID-19 restrictions on services to Mr H.",
        "How did agencies respond to Mr H's refusals of care and treatment?",
    ])

    d.h("3. Mr H's life and his contact with services", "3",
        "Mr H's life and his contact with services", 1, "chronology")
    d.p("3.1 Mr H left school at sixteen and worked as a joiner until a back injury in 2009. "
        "After that he drank heavily for a period, and his marriage ended. His sister "
        "described him as proud and private, and said that he hated 'people fussing'.")
    d.p("3.2 In 2018 the community nursing team began to visit Mr H for leg ulcers. Notes "
        "record that the flat was 'cluttered' and later 'very cluttered, difficult access to "
        "bedroom'. Mr H often declined dressings, saying that he would do them himself. In "
        "March 2019 a nurse raised a safeguarding concern about self-neglect. Adult Social "
        "Care carried out a Care Act assessment, which found eligible needs, but Mr H refused "
        "a care package and the case was closed after four weeks.")
    d.p("3.3 In August 2019 the Fire and Rescue Service carried out a home safety visit after a "
        "referral from housing. The crew fitted smoke alarms and recorded the flat as level 7 "
        "on the clutter image rating scale.[[fn:The clutter image rating scale runs from 1 "
        "(clear) to 9 (severe). A rating of 7 or above is normally regarded as indicating "
        "hoarding.]] The referral back to housing was received but not acted on.")
    d.p("3.4 Between March and September 2020 nursing visits were reduced to telephone "
        "contacts because of the pandemic. Mr H told nurses that his legs were 'fine'. In "
        "September 2020 his GP issued antibiotics after a telephone consultation. Mr H should "
        "have been seen face to face, and the practice has reflected on this. He was found "
        "collapsed by a neighbour on 7 October 2020 and died in hospital two days later.")

    d.h("4. Analysis", "4", "Analysis", 1, "analysis")
    d.h("4.1 Understanding self-neglect", "4.1", "Understanding self-neglect", 2, "analysis")
    d.p("Each agency saw a part of Mr H's situation. None brought the parts together. The "
        "practitioners who visited him most often, the community nurses, recognised the risk "
        "but saw their role as wound care. Refusals were recorded as choices, and the "
        "possibility that Mr H's refusals were linked to depression, shame or alcohol use was "
        "not explored.")
    d.h("4.2 Mental capacity and executive functioning", "4.2",
        "Mental capacity and executive functioning", 2, "analysis")
    d.p("Capacity was presumed throughout. No formal assessment was recorded, although "
        "practitioners described Mr H as agreeing to plans and then not following them. This "
        "pattern can indicate a difficulty with executive functioning, which a conversation "
        "in the office may not reveal.")
    d.h("4.3 Multi-agency working", "4.3", "Multi-agency working", 2, "analysis")
    d.p("The Board's self-neglect and hoarding protocol provides for a multi-agency risk "
        "management meeting where risk is high and a person declines support. No meeting was "
        "held. Practitioners told the review that they thought such meetings needed the "
        "agreement of Adult Social Care, which is not what the protocol says.")

    d.h("5. Learning", "5", "Learning", 1, "findings")
    d.p("5.1 The reviewer has expressed the learning from this review as learning points "
        "rather than recommendations. The Board has asked its Learning and Development "
        "sub-group to turn them into an action plan, which will be published separately.")
    lps = [
        "Self-neglect is rarely a single decision. Repeated refusals of care should prompt "
        "practitioners to ask why a person is refusing, and to consider depression, shame, "
        "trauma and substance use as well as choice.",
        "Where a person repeatedly agrees to plans and does not carry them out, practitioners "
        "should consider whether a structured assessment of capacity, including executive "
        "functioning, is needed for the specific decision.",
        "Any agency can call a multi-agency risk management meeting under the self-neglect and "
        "hoarding protocol; it does not require the agreement of Adult Social Care.",
        "A referral from the Fire and Rescue Service that records a clutter rating of 7 or "
        "above should be treated as a safeguarding concern and not only as a tenancy matter.",
        "When services move to remote contact, the people for whom a visit is the only way of "
        "seeing their living conditions need to be identified and prioritised for "
        "face-to-face contact.",
        "Closing a case after a refusal of services should be accompanied by a clear plan for "
        "how the risk will be monitored and by whom.",
    ]
    for i, t in enumerate(lps, 1):
        r = d.R(str(i), t, [], kind="learning_point")
        d.rec(r, "heading", label=f"Learning point {i}")

    d.h("6. Conclusion", "6", "Conclusion", 1, "conclusions")
    d.p("6.1 Mr H's death was not inevitable. Earlier coordination, a curious approach to his "
        "refusals and a face-to-face review of his legs in September 2020 might have changed "
        "the outcome. The learning points above are offered to the Board so that the "
        "response to people who self-neglect in Marlow Cross is more joined up.")

    d.h("Appendix: Abbreviations", None, "Abbreviations", 1, "glossary")
    d.table(["Abbreviation", "Meaning"], [
        ["ASC", "Adult Social Care"],
        ["CIR", "Clutter Image Rating"],
        ["MCA", "Mental Capacity Act 2005"],
        ["SAB", "Safeguarding Adults Board"],
        ["SAR", "Safeguarding Adults Review"],
    ], widths=[4, 11], font_size=10)
    return d
