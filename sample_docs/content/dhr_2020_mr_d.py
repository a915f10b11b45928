"""DHR 2020, Mr D - Westvale Community Safety Partnership.

Exercises: multi-level Word auto-numbered headings (Heading 1 "1.", Heading 2 "1.1"; numbers
not in the paragraph text), KLOEs labelled "KLOE 1:", DHR statutory purposes, panel
recommendations with Word auto-numbering, "Single agency recommendations" with one unnumbered
Heading 3 per agency where the auto-numbering RESTARTS at 1 (new w:num with
lvlOverride/startOverride), imperative recommendations whose party comes from the agency
heading, a national recommendation to the Home Office.
"""

from sample_docs.kit.report import Level, Meta, ReportBuilder

META = Meta(
    name="dhr_2020_mr_d",
    document_type="dhr",
    title="Domestic Homicide Review: Mr D - Overview Report",
    subjects=["Mr D"],
    area="Westvale Community Safety Partnership",
    publication_date="2020-10-08",
    author="Westvale Community Safety Partnership",
)

CSP = "Community Safety Partnership"


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11, line_spacing=1.2,
                      heading_color=(0x1F, 0x1F, 0x1F))
    b.header_footer(header=["OFFICIAL \u2013 Domestic Homicide Review: Mr D \u2013 Overview Report"],
                    footer=["Page ", ("field", "PAGE"), " of ", ("field", "NUMPAGES")],
                    skip_first_page=True, size=8.5)
    b.title_page([
        ("Westvale Community Safety Partnership", 18, True),
        ("", 12, False),
        ("Domestic Homicide Review", 24, True),
        ("Overview Report", 18, False),
        ("Into the death of Mr D in May 2018", 14, False),
        ("", 12, False),
        ("Independent Chair and Author: J. Penhaligon", 12, False),
        ("Report completed: March 2020", 12, False),
        ("Published: October 2020", 12, False),
    ], top_space=8)

    heads_abs = b.numbering.abstract([
        Level(fmt="decimal", text="%1.", left=567, hanging=567),
        Level(fmt="decimal", text="%1.%2", left=709, hanging=709),
    ], multilevel=True)
    heads = b.numbering.num(heads_abs)
    recs_abs = b.numbering.abstract([Level(fmt="decimal", text="%1.", left=720, hanging=360)])

    counters = [0, 0]

    def H(title, level, kind):
        if level == 1:
            counters[0] += 1
            counters[1] = 0
            label = f"{counters[0]}."
        else:
            counters[1] += 1
            label = f"{counters[0]}.{counters[1]}"
        b.heading(title, level, kind, label=label, numpr=(heads, level - 1))

    H("Introduction", 1, "introduction")
    H("Preface", 2, "foreword")
    b.paras([
        "The members of the review panel offer their sincere condolences to the family and "
        "friends of Mr D. Mr D was a retired bus driver, a keen gardener and a grandfather of "
        "four. His family have described him as a gentle man who would do anything for his "
        "children, and who found it impossible to turn away his son even when he was afraid of "
        "him. The panel hopes that this review honours his memory by helping agencies in "
        "Westvale to recognise and respond to abuse of older people by their adult children.",
    ])
    H("Commissioning of the review", 2, "introduction")
    b.paras([
        "Mr D, aged 74, died at his home in Westvale in May 2018 from injuries inflicted by his "
        "son, referred to in this report as Mr E. Mr E was later convicted of manslaughter on the "
        "grounds of diminished responsibility and is detained in a secure hospital.",
        "Westvale Police notified the Community Safety Partnership of the death in June 2018. The "
        "Partnership decided that the circumstances met the criteria for a Domestic Homicide "
        "Review, because Mr D had died as a result of violence by a relative with whom he lived, "
        "and informed the Home Office in July 2018. The review was delayed until the conclusion "
        "of the criminal trial in April 2019.",
    ])

    H("Terms of reference", 1, "terms_of_reference")
    H("Purpose of the review", 2, "terms_of_reference")
    b.para("In line with the statutory guidance, the purpose of a Domestic Homicide Review is to:")
    for p in [
        "identify what can be learned from Mr D's death about how local agencies and "
        "practitioners worked, on their own and with each other, to protect people at risk of "
        "domestic abuse;",
        "set out that learning clearly, together with the action that will be taken in "
        "response, the timescale for that action and the change it is expected to bring about;",
        "help to prevent domestic abuse and domestic homicide and improve the support available "
        "to victims and their families;",
        "improve understanding of domestic abuse across the partnership;",
        "identify and share examples of good practice.",
    ]:
        b.purpose(p)
    H("Key lines of enquiry", 2, "terms_of_reference")
    b.para("The panel agreed the following case-specific lines of enquiry. The review considered "
           "events from January 2015 until Mr D's death.")
    for n, k in enumerate([
        "What did agencies know about Mr E's violence towards his parents, and did they recognise "
        "it as domestic abuse?",
        "Were Mr D's needs as a carer for his son identified and assessed?",
        "How well did mental health services assess and manage the risk that Mr E posed to "
        "members of his family?",
        "Was information about incidents at the family home shared between the police, mental "
        "health services, housing services and adult social care?",
        "Did Mr D's age, and his reluctance to support action against his son, affect the "
        "response that he received?",
    ], start=1):
        b.kloe(k, label=f"KLOE {n}:", bold_label=True, indent_cm=0)

    H("Methodology and the review panel", 1, "methodology")
    b.paras([
        "Individual Management Reviews were received from Westvale Police, Westvale Partnership "
        "NHS Foundation Trust (mental health services), Westvale Adult Social Care, Westvale "
        "Housing Services and the family's GP practice. Short reports were received from the "
        "ambulance service and the local domestic abuse service. The panel met five times and "
        "included senior representatives of each of these agencies together with an independent "
        "domestic abuse specialist.",
        "Mr D's daughter took part in the review and met the chair on two occasions. Her account "
        "of her father's life and of the family's attempts to obtain help for her brother has "
        "been central to the panel's understanding of the case. Mr E declined to take part.",
    ])

    H("Background", 1, "background")
    H("Mr D and his family", 2, "background")
    b.paras([
        "Mr D lived with his wife in a council house in Westvale for over forty years. After his "
        "wife's death in 2014 he lived alone until Mr E, then aged 41, moved back into the family "
        "home in 2016 following the breakdown of his own tenancy. Mr E had a diagnosis of "
        "paranoid schizophrenia and a long history of cannabis and alcohol misuse. He had "
        "previously been admitted to hospital under the Mental Health Act on three occasions.",
        "Mr D's daughter lived about twenty miles away. She told the review that her father "
        "became increasingly frightened of Mr E during 2017, but that he would not consider "
        "asking him to leave because he feared that his son would become homeless and unwell.",
    ])
    H("Chronology of key events", 1, "chronology")
    b.paras([
        "Between January 2016 and May 2018 Westvale Police received nine calls relating to the "
        "address. Five were from Mr D or his daughter reporting arguments, damage to property "
        "and, on two occasions, that Mr E had pushed his father. Officers completed a risk "
        "assessment on three occasions, each graded as standard risk. Mr D declined to support "
        "prosecution and said that his son was unwell rather than violent.",
        "Mr E was under the care of the community mental health team throughout this period. His "
        "care co-ordinator changed four times in two years. Risk assessments recorded a history "
        "of violence towards staff in hospital but did not mention the incidents at home, of "
        "which the team was aware only from Mr D's telephone calls asking for help.",
        "In November 2017 Mr D told his GP that he was not sleeping and was worried about his son. "
        "The GP prescribed a short course of sleeping tablets and suggested that Mr D contact the "
        "mental health team. In January 2018 Westvale Housing Services received a complaint from "
        "a neighbour about shouting and banging at the property and wrote to Mr D, as the tenant, "
        "about his responsibilities under the tenancy agreement.",
        "In April 2018 Mr E stopped taking his medication. Mr D rang the mental health crisis "
        "line twice in the fortnight before his death. On each occasion he was advised to call "
        "the police if he felt unsafe. Mr D died on 14 May 2018.",
    ])

    H("Analysis", 1, "analysis")
    H("Recognition of adult family violence", 2, "analysis")
    b.paras([
        "No agency described what was happening to Mr D as domestic abuse, although it met the "
        "cross-government definition. Practitioners saw Mr D as a worried parent and Mr E as a "
        "patient whose illness explained his behaviour. As a result the specialist responses "
        "available for victims of domestic abuse, including referral to the MARAC and support "
        "from an Independent Domestic Violence Advisor, were never considered.",
    ])
    H("Carers and risk assessment", 2, "analysis")
    b.paras([
        "Mr D was never offered a carer's assessment, despite providing daily support to his son. "
        "A carer's assessment would have given him an opportunity to describe his fear and the "
        "practical and emotional toll of caring for Mr E, and would have brought him into "
        "contact with a practitioner whose role was to consider his own needs and safety.",
        "Mental health risk assessments focused on the risk that Mr E posed to himself and to "
        "staff. They did not consider the risk to the person with whom he lived, and they were "
        "not updated after Mr D's calls to the team or the crisis line.",
    ])
    H("Information sharing", 2, "analysis")
    b.paras([
        "Each agency held part of the picture. The police knew of the incidents, the mental "
        "health team knew of Mr E's deteriorating mental state, the GP knew of Mr D's distress, "
        "and the housing service knew of the neighbour's complaints. There was no mechanism that "
        "would have brought this information together, and no agency made a safeguarding "
        "referral to Adult Social Care.",
    ])

    H("Conclusions and lessons learned", 1, "conclusions")
    b.paras([
        "The panel does not consider that Mr D's death could have been predicted with certainty. "
        "However, it could have been prevented if the risk that Mr E posed to his father had "
        "been recognised as domestic abuse and managed through the multi-agency arrangements "
        "that exist for that purpose. The central lesson of this review is that abuse of older "
        "parents by adult children with mental ill-health is too easily seen as a consequence "
        "of illness rather than as abuse that requires a protective response.",
    ])

    H("Recommendations", 1, "recommendations")
    H("Panel recommendations", 2, "recommendations")
    panel = b.numbering.num(recs_abs)

    def R(text, parties, num_id):
        n = sum(1 for r in b.gold.recommendations if r["section"] == b.gold.current_heading) + 1
        b.rec(text, parties, numpr=(num_id, 0), number=str(n))

    R("Westvale Community Safety Partnership should raise awareness among practitioners that "
      "domestic abuse includes abuse by adult children towards their parents, and should ensure "
      "that local domestic abuse training includes this form of abuse.", [CSP], panel)
    R("The MARAC Steering Group should review the referral criteria and guidance so that older "
      "victims of abuse by family members are identified and referred. The review should "
      "include an audit of referrals involving victims aged over 65.", ["MARAC"], panel)
    R("Westvale Adult Social Care and Westvale Partnership NHS Foundation Trust should jointly "
      "develop a protocol for carers' assessments where the cared-for person has a history of "
      "violence towards the carer.", ["Adult Social Care", "Mental Health Services"], panel)
    R("The Home Office should consider including specific guidance on adult family violence, "
      "including abuse of parents by adult children, in the next revision of the statutory "
      "guidance for Domestic Homicide Reviews.", ["Home Office"], panel)

    H("Single agency recommendations", 2, "recommendations")
    b.para("Each agency that provided an Individual Management Review made recommendations for "
           "its own organisation. The panel has endorsed them, and they are included in the "
           "action plan.")

    def agency(title):
        b.heading(title, 3, "recommendations")
        return b.numbering.num(recs_abs, restart=1)

    n = agency("Recommendations for Westvale Police")
    R("Review the process for identifying repeat calls from the same address, so that officers "
      "attending an incident are aware of previous incidents involving the same family members.",
      ["Police"], n)
    R("Westvale Police should ensure that officers complete a domestic abuse risk assessment for "
      "every incident between family members aged 16 or over, including incidents in which the "
      "victim is a parent of the suspect.", ["Police"], n)
    n = agency("Recommendations for Westvale Housing Services")
    R("Review the housing application process for applicants with a history of violence "
      "towards family members, so that the risks to family members at a proposed address are "
      "considered.", ["Housing"], n)
    R("Provide training for tenancy officers on recognising domestic abuse by adult children "
      "and on responding to complaints of noise or disturbance that may indicate abuse.",
      ["Housing"], n)
    n = agency("Recommendations for Westvale Partnership NHS Foundation Trust")
    R("Ensure that care plans for service users who live with an older parent include an "
      "assessment of the risk to that parent and a contingency plan. Audit compliance with this "
      "requirement six months after implementation.", ["Mental Health Services"], n)
    R("Introduce guidance for crisis line staff on responding to calls from relatives who "
      "report that they are frightened of a service user.", ["Mental Health Services"], n)
    n = agency("Recommendations for Westvale Adult Social Care")
    R("Remind staff through supervision and team briefings that an adult who is caring for a "
      "family member with mental ill-health is entitled to a carer's assessment, and that an "
      "offer of assessment should be made even where the carer has not asked for one.",
      ["Adult Social Care"], n)

    H("Glossary", 1, "glossary")
    b.table(["Term", "Meaning"], [
        ("CMHT", "Community Mental Health Team"),
        ("DASH", "Domestic Abuse, Stalking and Harassment risk assessment"),
        ("IDVA", "Independent Domestic Violence Advisor"),
        ("IMR", "Individual Management Review"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ], widths_cm=[3.5, 12.5], size=10)
    return b
