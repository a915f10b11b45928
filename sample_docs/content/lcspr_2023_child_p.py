"""LCSPR 2023, Child P - Northbridge Safeguarding Children Partnership.

Exercises: Heading 1/2 styles with typed numbers without a trailing dot ("1 Introduction",
"5.2 ..."), key lines of enquiry in a Word table (No. | Key line of enquiry), curly
apostrophes, "Recommendation N:" bold inline labels, passive recommendations ("Training should
be provided ...", "Consideration should be given ...") owned by the commissioning partnership,
"X and Y should jointly ..." (two parties), "All agencies should ..." and a national
recommendation to the Department for Education.
"""

from sample_docs.kit.report import Meta, ReportBuilder

META = Meta(
    name="lcspr_2023_child_p",
    document_type="lcspr",
    title="Local Child Safeguarding Practice Review: Child P",
    subjects=["Child P"],
    area="Northbridge Safeguarding Children Partnership",
    publication_date="2023-04-27",
    author="Northbridge Safeguarding Children Partnership",
)

SCP = "Safeguarding Children Partnership"

KLOES = [
    "How well did professionals understand Child P\u2019s emotional wellbeing and the risks of "
    "self-harm, and how was this reflected in their plans?",
    "How effective was the communication between the school, the GP and CAMHS while Child P "
    "was waiting for a specialist assessment?",
    "What was known about Child P\u2019s online activity, and was the risk of online harm "
    "considered?",
    "How were Child P\u2019s parents supported and involved in decisions about her care?",
    "Did the response of the emergency department and of Children\u2019s Social Care after "
    "Child P\u2019s first hospital attendance reflect the level of risk?",
]


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11, line_spacing=1.2,
                      heading_color=(0x00, 0x66, 0x4E))
    b.header_footer(header=["Northbridge Safeguarding Children Partnership"],
                    footer=["LCSPR Child P | Page ", ("field", "PAGE"), " of ",
                            ("field", "NUMPAGES")],
                    header_align="left", footer_align="right", skip_first_page=True)
    b.title_page([
        ("Northbridge Safeguarding Children Partnership", 18, True),
        ("", 12, False),
        ("Local Child Safeguarding Practice Review", 22, True),
        ("\u201cChild P\u201d", 22, True),
        ("", 12, False),
        ("Independent reviewer: T. Nakamura-Reid", 12, False),
        ("Final report \u2013 published 27 April 2023", 12, False),
    ], top_space=8)

    def H(label, title, kind, level=1):
        b.heading(title, level, kind, label=label)

    H("1", "Introduction", "introduction")
    b.paras([
        "This review concerns a fifteen-year-old girl, referred to as Child P, who was admitted "
        "to hospital in March 2022 after a serious act of self-harm. Child P survived and is "
        "now receiving support from specialist mental health services. She and her parents "
        "have taken part in the review and have agreed to the publication of this report.",
        "The Northbridge Safeguarding Children Partnership\u2019s rapid review, held in April "
        "2022, concluded that the case met the criteria for a local child safeguarding practice "
        "review because there were indications that agencies could have worked together more "
        "effectively to safeguard Child P. The Child Safeguarding Practice Review Panel agreed.",
    ])

    H("2", "Terms of reference and methodology", "terms_of_reference")
    H("2.1", "Key lines of enquiry", "terms_of_reference", 2)
    b.para("The review covered the period from September 2020, when Child P moved to secondary "
           "school, until her admission to hospital. The Partnership set the following key lines "
           "of enquiry:")
    for n, k in enumerate(KLOES, start=1):
        b.gold.lines_of_enquiry.append({"number": str(n), "text": k})
    b.table(["No.", "Key line of enquiry"], [(str(n), k) for n, k in enumerate(KLOES, 1)],
            widths_cm=[1.5, 14.5], size=10.5)
    H("2.2", "Methodology", "methodology", 2)
    b.paras([
        "The review was conducted by an independent reviewer using a systems approach. Agencies "
        "provided chronologies and reflective reports. The reviewer held a practitioner event, "
        "attended by twenty practitioners from education, health, social care and the police, "
        "and met Child P and her parents separately. A review panel of senior leaders from the "
        "three safeguarding partners and from the relevant agencies oversaw the review.",
    ])

    H("3", "Child P", "background")
    b.paras([
        "Child P describes herself as creative, a good friend and someone who \u201cfeels things "
        "more than other people\u201d. She loves drawing and was, until the pandemic, a keen "
        "swimmer. She lives with her mother, her father and her younger brother. Her parents "
        "told the reviewer that they had been worried about her for two years and had felt that "
        "they were \u201cknocking on every door\u201d without anyone taking charge.",
        "Child P told the reviewer that the most helpful thing any professional did was to listen "
        "to her without rushing, and the least helpful was being told that she would have to "
        "wait for an appointment. She wants professionals to understand that the waiting is "
        "the hardest part.",
    ])

    H("4", "Summary of key events", "chronology")
    b.paras([
        "In the spring of 2021 Child P\u2019s form tutor noticed that she had become withdrawn and "
        "was wearing long sleeves in warm weather. The school\u2019s Designated Safeguarding Lead "
        "spoke to Child P, who disclosed that she had been cutting her arms. The school "
        "contacted her parents and advised them to take her to the GP.",
        "The GP saw Child P in May 2021 and referred her to CAMHS. The referral was accepted and "
        "Child P was placed on the waiting list for an assessment, with an expected wait of "
        "thirty weeks. The family were sent information about online support and a crisis line. "
        "Neither the school nor the GP was told of the expected waiting time.",
        "In November 2021 Child P attended the emergency department after taking an overdose of "
        "paracetamol. She was seen by the liaison psychiatry team and discharged the next day "
        "with advice to her parents. A referral was made to Children\u2019s Social Care, which "
        "recorded it as information only because Child P was already known to CAMHS.",
        "During the winter of 2021 Child P spent increasing amounts of time on social media "
        "platforms where self-harm was discussed and images were shared. Her parents were not "
        "aware of the content until after her admission to hospital in March 2022.",
    ])

    H("5", "Analysis and findings", "findings")
    H("5.1", "Waiting well", "findings", 2)
    b.paras([
        "Child P waited ten months for a specialist assessment. During that time nobody held "
        "overall responsibility for her care. The school believed that CAMHS was involved; "
        "CAMHS regarded her as waiting and therefore not yet open to the service; and the GP "
        "expected to be told if her needs changed. This pattern, in which a child on a waiting "
        "list is assumed by everyone to be someone else\u2019s responsibility, was recognised by "
        "practitioners at the learning event as common in Northbridge.",
    ])
    H("5.2", "The response to the first hospital attendance", "findings", 2)
    b.paras([
        "The overdose in November 2021 was a significant escalation in risk. The decision by "
        "Children\u2019s Social Care to record the referral as information only was based on the "
        "mistaken belief that Child P was being seen by CAMHS. No strategy discussion took "
        "place, and the police were not involved, although there were early indications that "
        "Child P had been in contact with adults online.",
    ])
    H("5.3", "Online harm", "findings", 2)
    b.paras([
        "Practitioners rarely asked Child P about her online life. Several told the review that "
        "they did not feel confident to do so, and that they were unsure what they should do "
        "with any information that they were given. Child P\u2019s parents said they would have "
        "welcomed advice on how to talk to her about it.",
    ])
    H("5.4", "Working with parents", "findings", 2)
    b.paras([
        "Child P\u2019s parents repeatedly asked for help and were often given information rather "
        "than support. Their own knowledge of their daughter was not used to inform the "
        "assessment of risk, and they were not routinely told about the outcome of referrals.",
    ])

    H("6", "Conclusion", "conclusions")
    b.paras([
        "Child P was known to a range of professionals, each of whom cared about her and acted in "
        "good faith. The system in which they worked, however, did not ensure that anybody took "
        "the lead while she waited for specialist help, or that the increasing risk she faced "
        "was recognised when it escalated. The recommendations below are intended to change "
        "that system.",
    ])

    H("7", "Recommendations", "recommendations")
    b.para("The reviewer makes the following recommendations to the Partnership.")

    def R(n, text, parties):
        b.rec(text, parties, label=f"Recommendation {n}:", bold_label=True)

    R(1, "Northbridge Safeguarding Children Partnership should develop a multi-agency protocol "
         "for \u201cwaiting well\u201d which makes clear who holds lead responsibility for a child "
         "while they are on a waiting list for CAMHS, and how changes in risk are shared.", [SCP])
    R(2, "Training should be provided to school staff and primary care practitioners on "
         "talking with young people about self-harm and online activity. The training should "
         "include practical guidance on what to do with the information that young people "
         "share.", [SCP])
    R(3, "Northbridge CAMHS and Northbridge Integrated Care Board should jointly review the "
         "information given to families, schools and GPs when a child is placed on the waiting "
         "list, so that everyone knows the expected waiting time and how to seek an earlier "
         "review.", ["CAMHS", "Integrated Care Board"])
    R(4, "All agencies should ensure that parents\u2019 concerns are recorded and taken into "
         "account when risk is assessed, and that parents are told the outcome of any referral "
         "that they have asked for.", ["All agencies"])
    R(5, "Consideration should be given to including children who attend hospital after "
         "self-harm in the criteria for a multi-agency strategy discussion where there are "
         "indications of online contact with adults.", [SCP])
    R(6, "Northbridge Children\u2019s Social Care and Northbridge Police should jointly review "
         "the handling of referrals that are recorded as information only, to ensure that "
         "risks from outside the family are considered.", ["Children's Social Care", "Police"])
    R(7, "The Department for Education should consider issuing guidance to schools on "
         "supporting pupils who are waiting for a specialist mental health assessment.",
         ["Department for Education"])

    H("Appendix A:", "Glossary", "glossary")
    b.table(["Term", "Meaning"], [
        ("CAMHS", "Child and Adolescent Mental Health Services"),
        ("DSL", "Designated Safeguarding Lead"),
        ("ICB", "Integrated Care Board"),
        ("LCSPR", "Local Child Safeguarding Practice Review"),
        ("SCP", "Safeguarding Children Partnership"),
    ], widths_cm=[3.5, 12.5], size=10)
    return b
