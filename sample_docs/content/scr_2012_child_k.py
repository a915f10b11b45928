"""SCR 2012, Child K - Northbridge LSCB.

Exercises: title page, typed TOC with dot leaders and page numbers, running header
"STRICTLY CONFIDENTIAL" + footer "Page N of M" (fields), typed 1.1.1 paragraph numbering,
manual bold headings, executive summary repeating the recommendations in short form, typed
"1." ... "6." recommendations with one crossing a page break, ToR as numbered questions in an
appendix (plus generic purposes and scope), glossary appendix.
"""

from docx.shared import Cm

from sample_docs.kit.report import Meta, ReportBuilder

META = Meta(
    name="scr_2012_child_k",
    document_type="scr",
    title="Serious Case Review: Child K - Overview Report",
    subjects=["Child K"],
    area="Northbridge Local Safeguarding Children Board",
    publication_date="2012-03-14",
    author="R. Castell, Independent Overview Author",
)

LSCB = "Local Safeguarding Children Board"

TOC = [
    ("1. Executive Summary", 1),
    ("2. Introduction", 1),
    ("2.1 Circumstances leading to the review", 2),
    ("2.2 The review process", 2),
    ("2.3 Parallel processes", 2),
    ("3. Family Background", 1),
    ("4. Summary of Agency Involvement", 1),
    ("5. Analysis", 1),
    ("5.1 Recognition and assessment of neglect", 2),
    ("5.2 Information sharing between health and social care", 2),
    ("5.3 Management oversight and case closure", 2),
    ("6. Conclusions", 1),
    ("7. Recommendations", 1),
    ("Appendix 1: Terms of Reference", 1),
    ("Appendix 2: Glossary of Abbreviations", 1),
]


def H1(b, label, title, kind):
    b.heading(title, 1, kind, label=label, manual=True, in_toc=True)


def H2(b, label, title, kind):
    b.heading(title, 2, kind, label=label, manual=True, in_toc=True)


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11, line_spacing=1.2, toc_pages=toc_pages)
    b.header_footer(header=["STRICTLY CONFIDENTIAL"],
                    footer=["Page ", ("field", "PAGE"), " of ", ("field", "NUMPAGES")],
                    skip_first_page=True)

    b.title_page([
        ("Northbridge Local Safeguarding Children Board", 16, True),
        ("", 12, False),
        ("SERIOUS CASE REVIEW", 24, True),
        ("Child K", 20, True),
        ("Overview Report", 16, False),
        ("", 12, False),
        ("Independent Overview Author: R. Castell", 12, False),
        ("Final version for publication", 12, False),
        ("Published 14 March 2012", 12, False),
    ])
    b.typed_toc(TOC)

    # 1 ---------------------------------------------------------------------------------
    H1(b, "1.", "Executive Summary", "executive_summary")
    b.numbered_paras("1.1.1", [
        "This overview report was commissioned by Northbridge Local Safeguarding Children Board "
        "(the LSCB) after Child K, then aged three years and eleven months, was admitted to "
        "Northbridge General Hospital in June 2011 weighing well below the second centile for her "
        "age and with healing injuries to both forearms. Child K survived and now lives with "
        "foster carers. Her two older siblings were also removed from the family home.",
        "The review found that each agency held part of a picture of long-standing neglect. The "
        "GP practices recorded a pattern of missed immunisation and developmental checks; the "
        "health visiting service had raised concerns about the condition of the home on three "
        "occasions; Northbridge Constabulary attended the address four times in connection with "
        "arguments between the mother and her partner; and Children's Social Care completed two "
        "initial assessments, each of which concluded with the case being closed. No single "
        "professional brought this information together, and the cumulative impact on Child K "
        "was not recognised until she was seriously unwell.",
        "The author does not consider that the injuries Child K suffered could have been "
        "predicted with certainty. However, there were clear opportunities in the autumn of 2010 "
        "to convene a multi-agency meeting, to undertake a core assessment and to see Child K on "
        "her own. Had those steps been taken, it is likely that the seriousness of her situation "
        "would have been understood some months earlier.",
        "The recommendations of the review are set out in full in Section 7. In summary they are:",
    ])
    for n, short in enumerate([
        "The LSCB to commission a multi-agency audit of neglect cases.",
        "Children's Social Care to revise its guidance on closing child in need cases.",
        "Northbridge Constabulary to strengthen notifications about children at domestic incidents.",
        "The GP practices to follow up children who are not brought to appointments.",
        "The hospital trust and Children's Social Care to review the discharge planning arrangements.",
        "The LSCB to seek assurance about supervision of neglect cases.",
    ], start=1):
        p = b.para(f"{n}.\t{short}", indent_cm=1.0, space_after=3)
        p.paragraph_format.first_line_indent = Cm(-1.0)
    b.para("")

    # 2 ---------------------------------------------------------------------------------
    H1(b, "2.", "Introduction", "introduction")
    H2(b, "2.1", "Circumstances leading to the review", "introduction")
    b.numbered_paras("2.1.1", [
        "On 22 June 2011 Child K was brought to the emergency department of Northbridge General "
        "Hospital by ambulance after her mother telephoned for help, saying that Child K had "
        "become floppy and would not eat. Clinicians found that she was severely underweight, "
        "dehydrated and had bruising and partially healed fractures to both forearms for which "
        "no explanation was offered. A strategy discussion took place the following day and "
        "Northbridge Constabulary began a criminal investigation.",
        "The Chair of the LSCB was notified on 24 June 2011. The Serious Case Review Sub-Group met "
        "on 5 July 2011 and recommended that the criteria for a Serious Case Review were met, "
        "because abuse or neglect was known or suspected and the child had sustained a "
        "potentially life-threatening injury. The Chair agreed the recommendation and Ofsted was "
        "informed on 8 July 2011.",
    ])
    H2(b, "2.2", "The review process", "methodology")
    b.numbered_paras("2.2.1", [
        "A review panel chaired by the LSCB's Independent Chair met on six occasions between July "
        "and December 2011. The panel included senior representatives of Children's Social "
        "Care, Northbridge Constabulary, NHS Northbridge (the primary care trust), Northbridge "
        "Hospitals NHS Foundation Trust, the education service and the LSCB business unit.",
        "Individual Management Reviews were requested from each agency that had contact with the "
        "family during the period under review. Each agency also supplied a chronology, and these "
        "were combined into an integrated chronology of some 240 entries. The overview author "
        "met the authors of the Individual Management Reviews and held a practitioner event "
        "attended by nineteen front-line staff and managers.",
        "The terms of reference for the review are reproduced at Appendix 1, and a glossary of the "
        "abbreviations used in this report is provided at Appendix 2.",
    ])
    H2(b, "2.3", "Parallel processes", "other")
    b.numbered_paras("2.3.1", [
        "The criminal investigation concluded in February 2012 when the mother's partner pleaded "
        "guilty to an offence of child cruelty. The mother received a community sentence. "
        "Care proceedings in respect of all three children concluded in January 2012. The "
        "panel took care that the review did not prejudice either process, and the family were "
        "invited to contribute once the criminal proceedings had ended.",
    ])

    # 3 ---------------------------------------------------------------------------------
    H1(b, "3.", "Family Background", "background")
    b.numbered_paras("3.1.1", [
        "Child K is the youngest of three children. Her mother, referred to in this report as "
        "Ms K, was herself looked after by Northbridge Council for several years as a teenager "
        "and had limited contact with her own family. Ms K was treated by her GP for depression "
        "after the birth of her second child.",
        "The father of the two older children had no contact with the family during the period "
        "under review. Child K's father, referred to as Mr L, moved into the family home in "
        "early 2009. He had previous convictions for assault and had been the subject of a "
        "domestic abuse referral in respect of a former partner in another area; this history "
        "was not known to agencies in Northbridge until after Child K's admission to hospital.",
        "The family lived in privately rented accommodation and moved twice during the period "
        "under review. Both moves took them into the catchment of a different GP practice, and "
        "on each occasion the transfer of records took several months.",
    ])

    # 4 ---------------------------------------------------------------------------------
    H1(b, "4.", "Summary of Agency Involvement", "chronology")
    b.numbered_paras("4.1.1", [
        "April 2009 to March 2010. The health visitor completed a new birth visit and noted that "
        "the home was sparsely furnished and cold. Child K's eight-week check was missed, and two "
        "further appointments for immunisations were not attended. The health visitor wrote to "
        "Ms K and was told at a later clinic that the family had been unwell. In November 2009 "
        "Northbridge Constabulary attended the home after a neighbour reported shouting; the "
        "officers recorded that children were present and asleep, and a form was sent to "
        "Children's Social Care, which took no further action because no injury was reported.",
        "April 2010 to December 2010. The older children's school raised concerns about their "
        "attendance and about their appearance, noting that both were frequently hungry on "
        "arrival. The school referred the family to Children's Social Care in September 2010. "
        "An initial assessment was completed within seven working days. The social worker visited "
        "once by appointment; Child K was seen in her cot but was asleep throughout. The "
        "assessment concluded that the family's needs could be met through a Common Assessment "
        "Framework led by the school, and the case was closed.",
        "January 2011 to June 2011. Police attended two further incidents in February and April "
        "2011. On the second occasion Mr L was arrested for assaulting Ms K, but she later "
        "withdrew her statement. A second referral was made to Children's Social Care, resulting "
        "in a further initial assessment. The social worker was not aware of the health visitor's "
        "earlier concerns, and the GP practice, which had recorded Child K's weight as falling, "
        "was not asked for information. The case was again closed in May 2011, five weeks before "
        "Child K's admission to hospital.",
    ])

    # 5 ---------------------------------------------------------------------------------
    H1(b, "5.", "Analysis", "analysis")
    b.numbered_paras("5.0.1", [
        "This section considers the questions in the terms of reference. It draws on the "
        "Individual Management Reviews, the integrated chronology and the views of practitioners "
        "who attended the learning event.",
    ])
    H2(b, "5.1", "Recognition and assessment of neglect", "analysis")
    b.numbered_paras("5.1.1", [
        "Practitioners in several agencies saw signs of neglect but tended to view each episode "
        "in isolation. The health visitor's records describe a cold house, a lack of food in the "
        "kitchen and a baby who seemed listless, yet each concern was followed by a period in "
        "which the family appeared to cope. Practitioners described a sense of optimism about "
        "Ms K, who presented as warm and keen to accept help, and this optimism was not tested "
        "against the children's actual experience.",
        "Neither initial assessment used a structured tool for assessing neglect. The Graded Care "
        "Profile had been adopted by the LSCB in 2008, but practitioners at the learning event "
        "said that it was rarely used outside the health visiting service and that few social "
        "workers had been trained in it. The panel considered that a structured assessment would "
        "probably have shown that the children's physical care had been poor for a long time.",
        "The voice of Child K is largely absent from the records. She was three years old at the "
        "time of the second assessment and was capable of communicating, but no professional "
        "spoke with her or observed her play. Her older siblings were spoken to briefly at school "
        "but their comments about being hungry were not passed on to the social worker.",
    ])
    H2(b, "5.2", "Information sharing between health and social care", "analysis")
    b.numbered_paras("5.2.1", [
        "The GP practices did not routinely share information about missed appointments with "
        "the health visiting service, and the health visiting service did not know that Child K "
        "had been removed from one practice list for non-attendance. When Children's Social "
        "Care completed its assessments it sought information from the school and the police but "
        "not from the GP, on the basis that the practice rarely replied to such requests within "
        "the assessment timescale.",
        "Northbridge General Hospital saw Child K twice in the emergency department with minor "
        "injuries in 2010. On both occasions a paediatric liaison form was generated, but there "
        "was no process for checking whether the child was known to Children's Social Care, and "
        "the forms were filed without further action. The hospital trust has since introduced an "
        "electronic alert, which the panel welcomes.",
    ])
    H2(b, "5.3", "Management oversight and case closure", "analysis")
    b.numbered_paras("5.3.1", [
        "Both decisions to close the case were signed off by team managers who had not read the "
        "previous records. Supervision notes for the social workers involved focus on timescales "
        "and caseload numbers rather than on the quality of the assessments. Managers told the "
        "review that the team was carrying a high number of vacancies at the time and that "
        "reflective supervision had become difficult to sustain.",
        "The review also found that police notifications of domestic incidents were screened by "
        "an administrative officer using a simple checklist. Where no injury was reported and no "
        "arrest was made, the notification was closed without being seen by a qualified social "
        "worker. This meant that the repeated nature of the incidents at the family's address was "
        "never considered as a whole.",
    ])

    # 6 ---------------------------------------------------------------------------------
    H1(b, "6.", "Conclusions", "conclusions")
    b.numbered_paras("6.1.1", [
        "Child K experienced prolonged neglect, and latterly physical harm, while she was known to "
        "a number of agencies. The professionals involved were, for the most part, conscientious "
        "and acted within their own agency's procedures. The central failing was that nobody "
        "held the whole picture, and the systems in place did not make it likely that anybody "
        "would.",
        "The panel identified good practice by the older children's school, whose staff noticed "
        "the children's hunger and made a clear referral, and by the emergency department staff "
        "in June 2011, whose prompt action was crucial in securing Child K's recovery.",
        "The recommendations that follow are intended to address the system weaknesses "
        "identified above rather than the actions of individual practitioners.",
    ])

    # 7 ---------------------------------------------------------------------------------
    H1(b, "7.", "Recommendations", "recommendations")
    b.para("The overview author makes the following recommendations to the LSCB and its member "
           "agencies.")
    b.para("The draft recommendations were discussed with the senior managers of each agency "
           "represented on the review panel before this report was finalised, and each agency "
           "has accepted the recommendations that concern it. A multi-agency action plan has "
           "been prepared by the LSCB business unit; it identifies a lead officer and a target "
           "date for every action and will be monitored by the Serious Case Review Sub-Group, "
           "which will report progress to the Board every quarter until all actions are "
           "complete. Single agency actions arising from the Individual Management Reviews are "
           "being monitored through each agency's own governance arrangements and are not "
           "repeated here. The Board will publish a summary of progress against the action "
           "plan in its annual report, and the Independent Chair has asked that the learning "
           "from this review be included in the multi-agency neglect training programme that "
           "begins in the spring of 2012.")
    b.rec("Northbridge Local Safeguarding Children Board should commission a multi-agency audit of "
          "cases in which neglect is the main concern, to establish whether the Graded Care Profile "
          "and other structured tools are being used consistently. The findings should be reported "
          "to the Board within nine months.", [LSCB], label="1.")
    b.rec("Northbridge Children's Social Care should revise its guidance on the closure of child in "
          "need cases so that no case is closed without a home visit in which the child is seen and, "
          "where their age allows, spoken to alone. Managers should record the reasons for closure "
          "and confirm that the views of partner agencies, including the GP, have been sought.",
          ["Children's Social Care"], label="2.")
    b.rec("Northbridge Constabulary should ensure that every attendance at a domestic incident "
          "where children live at the address results in a notification to Children's Social Care "
          "within 24 hours, and that the notification records what the officers saw of the "
          "children and what the children said.", ["Police"], label="3.")
    b.rec("The GP practices in Northbridge, supported by the named GP for safeguarding, should "
          "ensure that children who are not brought to appointments are actively followed up, and "
          "that repeated missed appointments are treated as a possible indicator of neglect rather "
          "than as a purely administrative matter.", ["GP / Primary Care"], label="4.")
    b.rec("Northbridge Hospitals NHS Foundation Trust and Northbridge Children's Social Care should "
          "jointly review the arrangements by which children who attend the emergency department "
          "with injuries are identified as being known to Children's Social Care, and the way in "
          "which paediatric liaison forms are followed up. The review should examine whether the "
          "electronic alert introduced in 2011 is reliably triggered for children who live outside "
          "the hospital's immediate catchment, whether liaison health visitors have the time and "
          "the access to records that they need in order to act on each form within two working "
          "days, and whether repeated attendances by the same child, or by different children "
          "from the same household, are brought to the attention of a senior clinician. It should "
          "also consider how discharge planning for children admitted with concerns about their "
          "growth or nutrition involves the child's GP and health visitor before the child leaves "
          "hospital, so that the community professionals who will see the family afterwards know "
          "what was found and what follow-up is expected. The outcome of the joint review, "
          "together with any changes to policy or practice that it identifies, should be reported "
          "to the LSCB Health Sub-Group within six months of the publication of this report, and "
          "the Sub-Group should then test the changes through a case audit twelve months later.",
          ["NHS Trust", "Children's Social Care"], label="5.")
    b.rec("The LSCB should seek assurance from Children's Social Care, Northbridge Constabulary and "
          "the health agencies that supervision records show reflective discussion of cases "
          "involving chronic neglect, and should receive a report on the outcome of that "
          "assurance exercise within twelve months.", [LSCB], label="6.")

    # Appendices -------------------------------------------------------------------------
    b.heading("Terms of Reference", 1, "terms_of_reference", label="Appendix 1:", manual=True,
              in_toc=True, page_break_before=True)
    b.para("Purpose of the review", bold=True, keep_with_next=True)
    b.para("In line with the national guidance in force when it was commissioned, the purpose of "
           "this Serious Case Review is to:")
    b.purpose("find out what can be learned from Child K's case about how practitioners and "
              "agencies in Northbridge worked, both separately and together, to keep her and her "
              "siblings safe;")
    b.purpose("state that learning clearly, explain how and by when it will be acted on, and "
              "describe what should be different as a result;")
    b.purpose("strengthen joint working between agencies so that children in Northbridge are "
              "better protected.")
    b.para("Scope", bold=True, keep_with_next=True)
    b.purpose("The review covers the period from 1 April 2009 to 22 June 2011.", bullet=False)
    b.purpose("Agencies contributing Individual Management Reviews: Children's Social Care; "
              "Northbridge Constabulary; NHS Northbridge on behalf of the GP practices and the "
              "health visiting service; Northbridge Hospitals NHS Foundation Trust; the education "
              "service.", bullet=False)
    b.para("Key questions", bold=True, keep_with_next=True)
    b.para("Each Individual Management Review and the overview report should address the "
           "following questions:")
    for n, q in enumerate([
        "How well did agencies recognise and assess the impact of neglect on Child K and her "
        "siblings?",
        "Was information about missed health appointments shared with Children's Social Care, "
        "and how was it acted upon?",
        "How effectively did Northbridge Constabulary and Children's Social Care respond to the "
        "reported domestic incidents at the family home?",
        "Were the decisions to close the case in 2010 and 2011 supported by an adequate "
        "assessment and by appropriate management oversight?",
        "To what extent were the wishes and feelings of Child K sought and taken into account?",
        "Did agencies take account of Ms K's own experience of being in care and of her mental "
        "health when planning support for the family?",
    ], start=1):
        b.kloe(q, label=f"{n}.")

    b.heading("Glossary of Abbreviations", 1, "glossary", label="Appendix 2:", manual=True,
              in_toc=True)
    b.table(["Abbreviation", "Meaning"], [
        ("CAF", "Common Assessment Framework"),
        ("CSC", "Children's Social Care"),
        ("ED", "Emergency Department"),
        ("GCP", "Graded Care Profile"),
        ("GP", "General Practitioner"),
        ("HV", "Health Visitor"),
        ("IMR", "Individual Management Review"),
        ("LSCB", "Local Safeguarding Children Board"),
        ("PCT", "Primary Care Trust"),
        ("SCR", "Serious Case Review"),
    ], widths_cm=[3.5, 12.5], size=10)
    return b
