"""SCR 2016, Family R - Eastmoor Local Safeguarding Children Board.

Exercises: Word Heading 1/2 styles with typed numbers ("3.", "3.2"), key lines of enquiry
numbered with typed roman numerals "(i)" ... inside the Introduction, real Word footnotes
(superscript markers in the text, note text at the page bottom of the PDF), recommendations
labelled "R1" ... "R6" typed at the start of each paragraph, and "Appendix 1: Single agency
recommendations" with one Heading 2 per agency and typed "1." numbering that restarts per
agency; some of those are imperatives whose party is the agency heading.
"""

from sample_docs.kit.report import Meta, ReportBuilder

META = Meta(
    name="scr_2016_family_r",
    document_type="scr",
    title="Serious Case Review: Family R",
    subjects=["Family R"],
    area="Eastmoor Local Safeguarding Children Board",
    publication_date="2016-07-06",
    author="Eastmoor Local Safeguarding Children Board",
)

LSCB = "Local Safeguarding Children Board"


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11, line_spacing=1.15,
                      heading_color=(0x1F, 0x4E, 0x79))
    b.header_footer(header=["Eastmoor LSCB", "\t\t", "Serious Case Review: Family R"],
                    footer=["Published 06.07.16", "\t\t", ("field", "PAGE")],
                    header_align="left", footer_align="left", skip_first_page=True)
    b.title_page([
        ("Eastmoor Local Safeguarding Children Board", 16, True),
        ("", 12, False),
        ("Serious Case Review", 26, True),
        ("Family R", 22, True),
        ("", 12, False),
        ("Lead reviewer: K. Abernethy", 12, False),
        ("Published 6 July 2016", 12, False),
    ], top_space=8)

    def H(label, title, kind, level=1):
        b.heading(title, level, kind, label=label)

    H("1.", "Introduction", "introduction")
    H("1.1", "Why this case was chosen", "introduction", 2)
    b.paras([
        "This Serious Case Review concerns the family of Child R3, who died at the age of nine "
        "weeks in February 2015. Child R3 was found unresponsive in the morning after sleeping "
        "on a sofa with her father, who had been drinking heavily. A post-mortem examination "
        "did not establish a cause of death, and the death was registered as sudden unexpected "
        "death in infancy. Child R3 had two older siblings, referred to as Child R1 and Child R2.",
        [
            "The Independent Chair of Eastmoor Local Safeguarding Children Board decided in "
            "April 2015 that the criteria for a Serious Case Review were met",
            {"text": "", "footnote": "Regulation 5 of the Local Safeguarding Children Boards "
                                     "Regulations 2006 sets out the criteria for a review."},
            ". The family were known to a number of agencies because of parental substance "
            "misuse and domestic abuse, and there were concerns about how agencies had worked "
            "together before Child R3's birth.",
        ],
    ])
    H("1.2", "Key lines of enquiry", "terms_of_reference", 2)
    b.para("The review panel agreed the following key lines of enquiry for the review:")
    roman = ["i", "ii", "iii", "iv", "v"]
    for r, k in zip(roman, [
        "How well did agencies assess the risks to an unborn baby whose parents were known to "
        "misuse alcohol and drugs?",
        "Was safe sleeping advice given to the parents, and was it adapted to their "
        "circumstances?",
        "How effectively did substance misuse services share information with maternity and "
        "health visiting services?",
        "How did agencies respond to reports of domestic abuse between the parents, and did "
        "they consider the impact on the children?",
        "Were the views and daily experiences of Child R1 and Child R2 understood?",
    ], strict=False):
        b.kloe(k, label=f"({r})")
    H("1.3", "The review process", "methodology", 2)
    b.paras([
        "The review followed the systems methodology described in the Board's learning and "
        "improvement framework. Agencies provided chronologies and reports analysing their own "
        "involvement. Two learning events were held with practitioners, and the lead reviewer "
        "met senior managers to discuss the emerging findings.",
    ])
    H("1.4", "Parallel processes", "other", 2)
    b.paras([[
        "The coroner's inquest concluded in January 2016",
        {"text": "", "footnote": "The inquest recorded an open conclusion and the coroner "
                                 "issued a report on preventing future deaths."},
        ". There were no criminal proceedings. Child R1 and Child R2 were the subject of care "
        "proceedings that concluded with a special guardianship order in favour of their "
        "maternal aunt.",
    ]])
    H("1.5", "Family involvement", "other", 2)
    b.paras([
        "Both parents were invited to contribute. Child R3's mother met the lead reviewer and "
        "spoke about her grief and about her own experience of services; her views are "
        "reflected in the analysis. Child R3's father did not respond to the invitation.",
    ])

    H("2.", "Summary of facts", "chronology")
    H("2.1", "The family", "background", 2)
    b.paras([
        "The mother, Ms R, was 27 at the time of Child R3's birth. She had used heroin in her "
        "early twenties and had been prescribed methadone since 2011. Mr R, the father of all "
        "three children, had a long history of heavy drinking and had been convicted of "
        "assaulting Ms R in 2012. The family lived in a two-bedroom flat rented from a housing "
        "association.",
        "Child R1 was aged seven and Child R2 four at the time of Child R3's death. Both attended "
        "the same primary school, where staff described them as friendly and well-liked but "
        "often tired, and noted that Child R1 took on a caring role for her younger brother.",
    ])
    H("2.2", "Agency involvement", "chronology", 2)
    b.paras([
        "Ms R booked with the maternity service at sixteen weeks of pregnancy in July 2014. She "
        "disclosed her methadone prescription and was referred to the specialist substance "
        "misuse midwife. A referral was made to Children's Social Care, which completed a "
        "pre-birth assessment in October 2014. The assessment concluded that the baby would be "
        "a child in need and recommended support from the family support service.",
        [
            "In November 2014 police were called to the flat after Ms R reported that Mr R had "
            "pushed her while she was holding Child R2. The risk assessment was graded as medium",
            {"text": "", "footnote": "A medium risk grading means that there are identifiable "
                                     "indicators of risk of serious harm."},
            " and a notification was sent to Children's Social Care. The allocated social "
            "worker discussed the incident with Ms R by telephone, and Ms R said that Mr R had "
            "moved out. He had in fact returned within a week.",
        ],
        "Child R3 was born in December 2014 and stayed on the neonatal unit for ten days "
        "because of withdrawal symptoms. Safe sleeping advice was given to Ms R on discharge "
        "using a standard leaflet. The health visitor carried out a new birth visit in "
        "January 2015 and repeated the advice. Neither practitioner spoke to Mr R, and neither "
        "asked where the baby slept when the parents had been drinking.",
    ])

    H("3.", "Analysis", "analysis")
    H("3.1", "Pre-birth assessment and planning", "analysis", 2)
    b.paras([
        "The pre-birth assessment relied heavily on Ms R's account of her progress in treatment "
        "and gave little weight to Mr R's drinking or to the history of domestic abuse. It did "
        "not include a plan for how the baby would be kept safe if either parent relapsed. The "
        "panel considered that a child protection conference should have been convened before "
        "the birth, in line with the Board's procedures for unborn babies.",
    ])
    H("3.2", "Parental substance misuse", "analysis", 2)
    b.paras([
        "The substance misuse service worked closely with Ms R and recorded her attendance and "
        "test results carefully. However, its records focused on her treatment rather than her "
        "role as a parent, and the service did not share information about two positive tests "
        "for benzodiazepines in late 2014 with the midwife or the health visitor.",
    ])
    H("3.3", "Safe sleeping advice", "analysis", 2)
    b.paras([
        "Safe sleeping advice was given in a standard form and did not address the specific "
        "risk of a baby sleeping with an adult who had been drinking or taking sedating drugs. "
        "The panel heard that practitioners found it difficult to raise this subject without "
        "appearing to accuse parents, and that there was no local tool to help them do so.",
    ])

    H("4.", "Conclusions", "conclusions")
    b.paras([
        "The death of Child R3 could not have been predicted. However, the risks associated with "
        "co-sleeping by a parent who was drinking heavily were well known to the professionals "
        "involved, and a more searching assessment before the birth, with a clear plan involving "
        "both parents, might have reduced them. The review has also found that the experiences "
        "of the two older children were largely hidden behind the focus on the new baby.",
    ])

    H("5.", "Recommendations", "recommendations")
    b.para(["The review makes six recommendations to the Board and its partner agencies",
            {"text": "", "footnote": "The Board's response and the multi-agency action plan are "
                                     "published alongside this report on the LSCB website."},
            ". Single agency recommendations made by the agencies themselves are listed in "
            "Appendix 1."])
    b.rec("Eastmoor LSCB should revise its pre-birth assessment protocol so that any unborn baby "
          "whose parents have a current or recent history of substance misuse and domestic abuse "
          "is considered at a multi-agency pre-birth planning meeting. The revised protocol "
          "should set out how both parents will be assessed.", [LSCB], label="R1", bold_label=True)
    b.rec("Eastmoor Maternity Services and the Health Visiting Service should jointly ensure that "
          "safe sleeping advice is given to both parents and is tailored to risks such as "
          "parental alcohol or drug use, using a structured conversation rather than a leaflet "
          "alone.", ["Maternity Services", "Health Visiting / 0-19 Service"], label="R2",
          bold_label=True)
    b.rec("Eastmoor Drug and Alcohol Service should ensure that, where a service user is pregnant "
          "or has care of a child under two, changes in their treatment or test results are "
          "shared promptly with the midwife and the health visitor.",
          ["Substance Misuse Service"], label="R3", bold_label=True)
    b.rec("Eastmoor Children's Social Care should ensure that information about domestic abuse "
          "incidents received during a pre-birth assessment is verified with the police and with "
          "both parents, and is not accepted on the basis of one parent's account alone.",
          ["Children's Social Care"], label="R4", bold_label=True)
    b.rec("Eastmoor LSCB should seek assurance from Eastmoor Clinical Commissioning Group that GP "
          "practices record the alcohol use of fathers and other male carers when a new baby is "
          "registered with the practice.", [LSCB], label="R5", bold_label=True)
    b.rec("Eastmoor Police should ensure that officers attending domestic abuse incidents where a "
          "woman is pregnant or there is a young baby record this in the risk assessment and in "
          "the notification to Children's Social Care. The notification should state the "
          "expected date of delivery or the age of the baby, and whether the officers saw "
          "where the baby sleeps.", ["Police"], label="R6", bold_label=True)

    H("Appendix 1:", "Single agency recommendations", "recommendations")
    b.para("The following recommendations were made by agencies in their own reports and have "
           "been accepted by the review panel.")

    def agency(title, items):
        b.heading(title, 2, "recommendations")
        for n, (text, parties) in enumerate(items, start=1):
            b.rec(text, parties, label=f"{n}.")

    agency("Children's Social Care", [
        ("Audit the quality of all pre-birth assessments completed in the last twelve months, "
         "with particular attention to the assessment of fathers.", ["Children's Social Care"]),
        ("Children's Social Care should include a session on assessing risk to unborn babies in "
         "the induction programme for newly qualified social workers.",
         ["Children's Social Care"]),
    ])
    agency("Maternity Services", [
        ("Develop guidance for midwives on discussing co-sleeping risks with parents who use "
         "alcohol or drugs. The guidance should be included in mandatory safeguarding training "
         "from 2017.", ["Maternity Services"]),
    ])
    agency("Eastmoor Drug and Alcohol Service", [
        ("Introduce a parenting section in the assessment and review documentation for all "
         "service users with children.", ["Substance Misuse Service"]),
    ])
    agency("Eastmoor Police", [
        ("Remind officers through briefings that a verbal update from a victim that a suspect "
         "has left the address should be verified.", ["Police"]),
    ])

    H("Appendix 2:", "Glossary", "glossary")
    b.table(["Term", "Meaning"], [
        ("LSCB", "Local Safeguarding Children Board"),
        ("SUDI", "Sudden unexpected death in infancy"),
        ("CCG", "Clinical Commissioning Group"),
        ("DASH", "Domestic Abuse, Stalking and Harassment risk assessment"),
    ], widths_cm=[3.5, 12.5], size=10)
    return b
