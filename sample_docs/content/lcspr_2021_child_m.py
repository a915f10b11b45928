"""LCSPR 2021, Child M - Eastmoor Safeguarding Children Partnership.

Exercises: Word Heading 1/2 styles without numbers, KLOEs as bullets introduced by "The
partnership agreed key lines of enquiry that relate to:", findings sub-sections each followed
by a bold "Recommendation N" line and the recommendation paragraph, recommendations with
sub-bullets (part of the recommendation text), CCG named in a 2021 report (canonical
Integrated Care Board), "schools", health visiting, a "seek assurance" form owned by the CCG.
"""

from sample_docs.kit.report import Meta, ReportBuilder

META = Meta(
    name="lcspr_2021_child_m",
    document_type="lcspr",
    title="Local Child Safeguarding Practice Review: Child M",
    subjects=["Child M"],
    area="Eastmoor Safeguarding Children Partnership",
    publication_date="2021-09-16",
    author="Eastmoor Safeguarding Children Partnership",
)

SCP = "Safeguarding Children Partnership"


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11, line_spacing=1.25,
                      heading_color=(0x5B, 0x2C, 0x6F))
    b.header_footer(header=["Eastmoor Safeguarding Children Partnership", "\t\t",
                            "LCSPR Child M"],
                    footer=["\t", ("field", "PAGE"), "\t"], skip_first_page=True,
                    header_align="left", footer_align="left")
    b.title_page([
        ("Eastmoor Safeguarding Children Partnership", 18, True),
        ("", 12, False),
        ("Local Child Safeguarding Practice Review", 22, True),
        ("Child M", 22, True),
        ("", 12, False),
        ("Lead reviewer: Dr A. Whitfield", 12, False),
        ("Published September 2021", 12, False),
    ], top_space=8)

    b.heading("Foreword", 1, "foreword")
    b.paras([
        "Child M was five months old when he was admitted to hospital with injuries that his "
        "doctors considered were very likely to have been inflicted. He has since made a good "
        "recovery and is cared for by members of his extended family. This review was "
        "commissioned by the three safeguarding partners in Eastmoor - Eastmoor Council, "
        "Eastmoor Police and Eastmoor Clinical Commissioning Group - to understand what it was "
        "like to be Child M during the first months of his life and how the help offered to his "
        "family could have been better.",
        "The review took place during the second national lockdown, and I am grateful to the "
        "practitioners and managers who gave their time to online learning events while carrying "
        "heavy workloads. I am also grateful to Child M's mother and maternal grandmother, who "
        "spoke openly to the lead reviewer about their experience of services.",
        "The partners have accepted all of the recommendations in this report and have agreed "
        "an action plan that will be overseen by the Partnership's Case Review Group.",
    ])
    b.para("Independent Scrutineer, Eastmoor Safeguarding Children Partnership", italic=True)

    b.heading("Introduction", 1, "introduction")
    b.heading("Why this review was undertaken", 2, "introduction")
    b.paras([
        "Eastmoor Children's Social Care notified the Child Safeguarding Practice Review Panel of "
        "the serious incident on 19 November 2020. A rapid review was held on 2 December 2020 and "
        "concluded that the case might highlight improvements needed to safeguard children, in "
        "particular in relation to babies whose families were being supported remotely during "
        "the pandemic. The national Panel agreed with the decision to carry out a local review.",
        "Child M lived with his mother, Ms M, his father, Mr M, and his nine-year-old half-sister, "
        "referred to in this report as Sibling 1. The family were known to Early Help because of "
        "Sibling 1's poor attendance at school and to the health visiting service, which had "
        "identified Ms M as having low mood after Child M's birth.",
    ])
    b.heading("Methodology", 2, "methodology")
    b.paras([
        "The review used a proportionate, systems-focused approach. Agencies provided "
        "chronologies and short reflective reports, and the lead reviewer held two online "
        "learning events with the practitioners who had worked with the family. A review panel of "
        "senior managers from Children's Social Care, Eastmoor Police, the Clinical Commissioning "
        "Group, Eastmoor Community Health NHS Trust, the education service and the Partnership "
        "business unit met four times to test emerging findings.",
        "The review did not seek to apportion blame to individuals. Its aim was to understand "
        "why practitioners acted as they did, given what they knew and the circumstances in "
        "which they were working, and to identify changes to the wider system that would make "
        "good practice more likely in future.",
    ])
    b.heading("Family involvement", 2, "other")
    b.paras([
        "Ms M and the maternal grandmother met the lead reviewer in June 2021. Ms M described "
        "feeling that she had been \"on her own\" in the months after Child M's birth, because "
        "almost all contact with professionals had taken place by telephone. Mr M was invited "
        "to contribute through his solicitor but did not respond.",
    ])

    b.heading("Key lines of enquiry", 1, "terms_of_reference")
    b.para("The rapid review identified a number of questions for the local review to explore. "
           "Following discussion with the lead reviewer, the partnership agreed key lines of "
           "enquiry that relate to:")
    for k in [
        "how well practitioners understood the daily lived experience of Child M as a young baby;",
        "the extent to which information about Child M's father and other adults in the household "
        "was sought and shared;",
        "whether the impact of the COVID-19 restrictions on face-to-face contact was recognised "
        "and mitigated;",
        "how effectively concerns about the school attendance of Sibling 1 were linked to the "
        "welfare of the younger child at home;",
        "the use of escalation when practitioners disagreed with decisions about thresholds.",
    ]:
        b.kloe(k, bullet=True)
    b.purpose("The review considered agency involvement from the confirmation of Ms M's pregnancy "
              "in May 2019 until Child M's admission to hospital in November 2020.", bullet=False)

    b.heading("Child M's story", 1, "background")
    b.paras([
        "Ms M's pregnancy was confirmed in May 2019. The midwife recorded that this was a planned "
        "pregnancy and that Ms M had a new partner, Mr M, with whom she had been living for a few "
        "months. The routine enquiry about domestic abuse was made when Ms M attended alone, and "
        "she said that there were no concerns. Mr M's details were not recorded beyond his name.",
        "Child M was born at term in June 2020, three months into the first national lockdown. "
        "The new birth visit took place at the family home with the health visitor wearing "
        "protective equipment; subsequent contacts, including the six-to-eight-week review, were "
        "carried out by telephone or video call in line with the temporary national guidance. "
        "During one video call the health visitor noted that the baby was not visible and that "
        "a man could be heard shouting in the background. Ms M said that this was the television.",
        "Sibling 1's attendance at school had been declining since 2018. When schools reopened "
        "in September 2020 she attended on only 62 per cent of sessions. The school's Designated "
        "Safeguarding Lead made a referral to Early Help, and a family support worker was "
        "allocated in October 2020. The family support worker visited twice, on each occasion "
        "speaking with Ms M on the doorstep. Child M was seen briefly in his mother's arms.",
        "On 17 November 2020 Ms M took Child M to the GP because he had been sick and was "
        "unsettled. The GP noticed a small bruise on his ear and referred him to the paediatric "
        "assessment unit, where further investigations found a skull fracture and rib fractures "
        "of different ages. Mr M was arrested and the investigation is continuing.",
    ])

    b.heading("Findings", 1, "findings")
    b.para("The review has identified five findings. Each is followed by the recommendation that "
           "the lead reviewer considers will address it.")

    b.heading("Finding 1: Understanding the lived experience of a baby", 2, "findings")
    b.paras([
        "Practitioners knew a good deal about Ms M's mood and about Sibling 1's school "
        "attendance, but very little about what Child M's day was like. Because most contacts "
        "were virtual, nobody saw him being fed, changed or comforted, and nobody observed how "
        "the adults in the household responded to his crying. Practitioners at the learning "
        "event recognised that the baby had become, in the words of one health visitor, "
        "\"the quietest person in the file\".",
    ])
    b.rec("Eastmoor Safeguarding Children Partnership should develop practice guidance for all "
          "practitioners on observing and recording the daily experience of non-mobile babies, "
          "including how the baby is handled, fed and settled during visits. The Partnership "
          "should test the use of the guidance through a multi-agency audit within twelve months "
          "of its publication.", [SCP], label_para="Recommendation 1")

    b.heading("Finding 2: Information about fathers and other men in the household", 2, "findings")
    b.paras([
        "Mr M was largely invisible to services. No agency checked whether he was known to the "
        "police, and no practitioner spoke to him directly. Police records showed that he had "
        "been the subject of a domestic abuse report by a former partner in a neighbouring "
        "force area. This information was available on national systems but was never sought, "
        "because no referral reached the threshold at which checks are routinely made.",
        "National reviews have repeatedly found that men who live with or care for babies are "
        "too often absent from assessments. This case shows that the pattern persists in "
        "Eastmoor and that it was made worse by the move to remote contact.",
    ])
    b.rec("Eastmoor Children's Social Care and the Health Visiting Service should strengthen the "
          "way in which information about fathers and other men in the household is gathered and "
          "shared. In particular they should:", ["Children's Social Care",
                                                  "Health Visiting / 0-19 Service"],
          label_para="Recommendation 2",
          subs=["ensure that every assessment records who lives in the household and who has "
                "regular care of the baby;",
                "make routine enquiries of the police about any new adult who joins the household "
                "where there are safeguarding concerns;",
                "invite fathers to contacts and meetings and record the reasons when they do not "
                "attend."])

    b.heading("Finding 3: School attendance and younger children at home", 2, "findings")
    b.paras([
        "The school responded appropriately to Sibling 1's poor attendance and made a timely "
        "referral to Early Help. However, the school's attention, and that of the family support "
        "worker, was on Sibling 1. Neither considered whether the reasons for her absence, which "
        "included caring for her mother and the baby, told them anything about the care of "
        "Child M. Staff said that they had not thought of the baby as being within their remit.",
    ])
    b.rec("Eastmoor schools, supported by the Education Safeguarding Team, should ensure that "
          "Designated Safeguarding Leads consider the welfare of younger siblings at home when a "
          "pupil's attendance falls below 90 per cent. Where there are concerns, the Designated "
          "Safeguarding Lead should share them with the family's health visitor and record that "
          "this has been done.", ["Education"], label_para="Recommendation 3")

    b.heading("Finding 4: Health visiting during the pandemic", 2, "findings")
    b.paras([
        "The health visiting service followed national guidance when it moved most contacts to "
        "telephone and video. The guidance allowed face-to-face contact where vulnerability was "
        "identified, but Ms M's low mood was assessed as mild and the family were placed on the "
        "universal pathway. The service was also operating with a quarter of its posts vacant, "
        "and practitioners described prioritising families already subject to child protection "
        "plans. The review considers that the threshold for face-to-face contact was set too "
        "high for families with a new baby and additional vulnerabilities.",
    ])
    b.rec("Eastmoor Clinical Commissioning Group, as the commissioner responsible for the "
          "designated safeguarding professionals, should seek assurance from the Health Visiting "
          "Service that contacts with families are prioritised according to risk when the service "
          "is operating below capacity. The assurance report should:", ["Integrated Care Board"],
          label_para="Recommendation 4",
          subs=["set out which contacts must always take place face to face;",
                "describe how families with a baby and additional vulnerabilities are identified "
                "and kept on the caseload of a named health visitor;",
                "be presented to the Partnership's Quality Assurance Group by March 2022."])

    b.heading("Finding 5: Professional challenge and escalation", 2, "findings")
    b.paras([
        "In October 2020 the family support worker was concerned that Early Help was not the right "
        "level of service, but did not feel confident to challenge the decision of the front door "
        "team. Practitioners told the review that the escalation policy was long, that they were "
        "unsure who to contact while managers were working remotely, and that they worried about "
        "damaging relationships with colleagues in other agencies.",
    ])
    b.rec("The Partnership should relaunch its resolving professional differences policy, "
          "supported by short briefings for front-line staff, and should monitor how often the "
          "policy is used by each agency and with what outcome.", [SCP],
          label_para="Recommendation 5")

    b.heading("Good practice", 1, "good_practice")
    b.paras([
        "The review identified some good practice. The GP who saw Child M in November 2020 "
        "examined him fully despite the pressures on face-to-face appointments, noticed a small "
        "bruise and acted on it without delay. The paediatric assessment unit followed the "
        "Partnership's protocol for bruising in non-mobile babies. The school's Designated "
        "Safeguarding Lead kept in regular contact with Sibling 1 during the lockdown.",
    ])
    b.heading("Conclusion", 1, "conclusions")
    b.paras([
        "Child M's injuries were not predictable on the basis of what agencies knew at the time, "
        "but agencies knew less than they should have done, particularly about his father and "
        "about his own daily experience. The pandemic made it harder for practitioners to see "
        "babies, but it also exposed long-standing weaknesses in the way that men in the "
        "household are considered and in the way that concerns about one child are connected to "
        "the welfare of others in the family. The recommendations above are designed to address "
        "those weaknesses.",
    ])
    b.heading("Appendix: Agencies that contributed to the review", 1, "appendix")
    b.bullets([
        "Eastmoor Children's Social Care (including Early Help)",
        "Eastmoor Police",
        "Eastmoor Clinical Commissioning Group (on behalf of the GP practice)",
        "Eastmoor Community Health NHS Trust (health visiting service)",
        "Eastmoor Hospitals NHS Foundation Trust (maternity and paediatrics)",
        "Sibling 1's primary school",
    ])
    return b
