"""SAR 2019, Adult B - Kelvingate Safeguarding Adults Board.

Exercises: Heading 1/2 styles with typed numbers, "Key questions" ToR as auto-numbered (a),
(b) ... questions ending in "?", generic Care Act purposes and scope facts, recommendations with
REAL Word auto-numbering (w:numPr; the number is not in the paragraph text), "The SAB should
seek assurance from <agency> that ..." (owner = SAB), "X and Y should jointly" where both map
to the same canonical party, header + "Page N of M" footer.
"""

from sample_docs.kit.report import Level, Meta, ReportBuilder

META = Meta(
    name="sar_2019_adult_b",
    document_type="sar",
    title="Safeguarding Adults Review: Adult B",
    subjects=["Adult B"],
    area="Kelvingate Safeguarding Adults Board",
    publication_date="2019-03-20",
    author="Kelvingate Safeguarding Adults Board",
)

SAB = "Safeguarding Adults Board"


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11, line_spacing=1.2,
                      heading_color=(0x00, 0x5A, 0x70))
    b.header_footer(header=["Safeguarding Adults Review \u2013 Adult B"],
                    footer=["Kelvingate Safeguarding Adults Board | March 2019 | Page ",
                            ("field", "PAGE"), " of ", ("field", "NUMPAGES")],
                    header_align="right", skip_first_page=True)
    b.title_page([
        ("Kelvingate Safeguarding Adults Board", 18, True),
        ("", 12, False),
        ("Safeguarding Adults Review", 24, True),
        ("Adult B", 22, True),
        ("", 12, False),
        ("Independent reviewer: M. Okafor", 12, False),
        ("Report presented to the Board: 20 March 2019", 12, False),
    ], top_space=8)

    questions = b.numbering.num(b.numbering.abstract(
        [Level(fmt="lowerLetter", text="(%1)", left=720, hanging=540)]))
    recs = b.numbering.num(b.numbering.abstract(
        [Level(fmt="decimal", text="%1.", left=720, hanging=432)]))

    def H1(label, title, kind):
        b.heading(title, 1, kind, label=label)

    def H2(label, title, kind):
        b.heading(title, 2, kind, label=label)

    def P(start, texts):
        b.numbered_paras(start, texts)

    H1("1.", "Introduction", "introduction")
    P("1.1", [
        "This Safeguarding Adults Review (SAR) concerns a woman referred to as Adult B, who died "
        "at her home in Kelvingate in February 2018 at the age of 58. A fire started in her "
        "living room, where she had been sleeping in an armchair surrounded by stored newspapers "
        "and household items. The coroner recorded a conclusion of accidental death.",
        "Adult B had been known to several agencies for many years. She had a history of alcohol "
        "dependence, chronic obstructive pulmonary disease and depression, and her home had been "
        "described as severely cluttered since at least 2014. She repeatedly declined offers of "
        "help with the condition of her home and with her health.",
        "The Board's SAR Sub-Group considered the case in April 2018 and agreed that the criteria "
        "for a mandatory review under section 44 of the Care Act 2014 were met: Adult B had "
        "needs for care and support, she died as a result of self-neglect, and there was concern "
        "that partner agencies could have worked together more effectively to protect her.",
    ])

    H1("2.", "Terms of reference", "terms_of_reference")
    P("2.1", ["The purpose of a Safeguarding Adults Review is not to hold any individual or "
              "organisation to account. In accordance with the statutory guidance, the review "
              "aims to:"])
    b.purpose("identify the lessons that can be learned from the case and apply them to future "
              "practice;")
    b.purpose("consider how agencies worked together and whether the way in which they did so "
              "could be improved;")
    b.purpose("review the effectiveness of local procedures, both single agency and "
              "multi-agency.")
    P("2.2", ["The scope of the review was agreed as follows."])
    b.purpose("The review examined the involvement of agencies with Adult B from 1 January 2016 "
              "until the date of her death on 9 February 2018, together with any significant "
              "earlier events.", bullet=False, indent_cm=1.0)
    P("2.3", ["The Sub-Group set the following key questions for the review:"])
    for q in [
        "How well did agencies understand Adult B's history, and the reasons why she found it "
        "difficult to accept help?",
        "Were assessments of Adult B's mental capacity in relation to her living conditions "
        "timely and of good quality, and did they consider her ability to carry out decisions "
        "as well as to make them?",
        "Was the Board's self-neglect and hoarding protocol used, and if not, why not?",
        "How effectively did agencies share information about the fire risk in Adult B's home?",
        "What was the impact of Adult B's alcohol use on the way that services engaged with her?",
    ]:
        b.kloe(q, numpr=(questions, 0))

    H1("3.", "Methodology", "methodology")
    P("3.1", [
        "The review was led by an independent reviewer with a background in adult social work and "
        "supported by a panel of senior managers from the agencies involved. Each agency "
        "completed a chronology and a reflective analysis of its involvement. The reviewer read "
        "the agency records, met practitioners at a learning event in October 2018 and held "
        "follow-up conversations with managers.",
        "Adult B's brother was told about the review and invited to take part. He met the "
        "reviewer and shared his memories of his sister, which have helped to shape the pen "
        "picture below.",
    ])

    H1("4.", "Adult B: a pen picture", "background")
    P("4.1", [
        "Adult B's brother described her as clever, funny and fiercely independent. She had "
        "worked for many years as a librarian and was proud of her knowledge of local history. "
        "She never married and cared for both of her parents until their deaths in 2009 and "
        "2011. Her brother believes that the loss of her mother, in particular, marked the start "
        "of her withdrawal from friends and the gradual accumulation of possessions in the house.",
        "Adult B was wary of professionals, whom she felt had not helped her parents, and she "
        "disliked being told what to do. She would often agree to a visit and then not answer the "
        "door. Her brother said that she was embarrassed by the state of her home and feared that "
        "she would be forced to leave it.",
    ])

    H1("5.", "Summary of events", "chronology")
    P("5.1", [
        "In March 2016 Adult B was admitted to Kelvingate and District Hospital with a chest "
        "infection. Ward staff noted that she was unkempt and had a strong smell of smoke. She was "
        "discharged after five days with a referral to the community respiratory team; she did "
        "not attend the follow-up appointments.",
        "In September 2016 the housing association that owned Adult B's home carried out a gas "
        "safety inspection and reported that access to the kitchen and living room was severely "
        "restricted. A tenancy officer visited and recommended a referral to Adult Social Care, "
        "which was made the following month. A social worker visited twice. Adult B declined an "
        "assessment and the social worker concluded that she had capacity to make decisions "
        "about her home. The case was closed in December 2016.",
        "During 2017 Adult B was seen by her GP on four occasions and attended the emergency "
        "department twice after falls. She was referred to the Kelvingate Recovery Service but "
        "attended only the initial appointment and was discharged for non-engagement after "
        "three missed appointments. In November 2017 police officers carried out a welfare check "
        "at the request of a neighbour and noted candles burning beside piles of paper. They "
        "submitted an adult concern notice, which was screened by Adult Social Care and passed to "
        "the housing association for information.",
        "Adult B died in a fire at her home on 9 February 2018.",
    ])

    H1("6.", "Analysis", "analysis")
    H2("6.1", "Self-neglect and engagement", "analysis")
    P("6.1.1", [
        "Adult B's refusal of help was seen by most practitioners as a lifestyle choice that they "
        "were obliged to respect. Practitioners did not explore why she refused, and so did not "
        "discover the fear of losing her home that her brother later described. The review found "
        "that a consistent, trusted practitioner who visited persistently over time would have "
        "had a better chance of building the relationship that Adult B needed.",
        "Discharging Adult B from services because she did not engage was a recurring pattern. "
        "Each agency acted in line with its own policy, but the combined effect was that by the "
        "end of 2017 she had no active involvement from any service other than her GP.",
    ])
    H2("6.2", "Mental capacity", "analysis")
    P("6.2.1", [
        "The only recorded capacity assessment was completed in 2016 and considered whether Adult "
        "B understood that her home was cluttered. It did not consider whether she was able to "
        "act on that understanding, nor did it take account of the possible effects of long-term "
        "alcohol use on her executive functioning. The assessment was not revisited when her "
        "circumstances changed.",
    ])
    H2("6.3", "Multi-agency working and the management of risk", "analysis")
    P("6.3.1", [
        "The Board's self-neglect and hoarding protocol, published in 2015, provides for a "
        "multi-agency risk meeting when a person at serious risk declines help. No such meeting "
        "was held. Practitioners at the learning event were largely unaware of the protocol, and "
        "those who knew of it thought that it was the responsibility of Adult Social Care to "
        "convene the meeting.",
        "Information about the fire risk was held by the housing association, the police and the "
        "hospital, but it was never brought together. The review considers that a home fire "
        "safety visit by the fire and rescue service, which could have been arranged by any of "
        "these agencies, was a missed opportunity to reduce the risk.",
    ])

    H1("7.", "Conclusions", "conclusions")
    P("7.1", [
        "Adult B's death was not inevitable. Her circumstances were known to a number of agencies, "
        "and the Board's own protocol provided a route to a co-ordinated response. The review has "
        "found that the protocol was not well known, that capacity was assessed too narrowly, and "
        "that agencies' policies on non-engagement worked against the persistent, relationship-"
        "based approach that people who self-neglect often need.",
    ])

    H1("8.", "Recommendations", "recommendations")
    P("8.1", ["The reviewer makes the following recommendations to the Board and its partners."])
    def R(text, parties):
        return b.rec(text, parties, numpr=(recs, 0),
                     number=str(len(b.gold.recommendations) + 1))
    R("The SAB should seek assurance from Kelvingate Adult Social Care that practitioners apply "
      "the self-neglect and hoarding protocol when a person repeatedly declines support, and that "
      "a multi-agency risk meeting is convened in every case where there is a risk to life.",
      [SAB])
    R("Kelvingate Adult Social Care should provide training on the assessment of executive "
      "capacity, so that practitioners consider whether a person can carry out a decision and not "
      "only whether they can describe it. The training should cover the recording of capacity "
      "assessments for specific, time-limited decisions and when they should be reviewed.",
      ["Adult Social Care"])
    R("The GP practices in Kelvingate should ensure that patients who are known to be "
      "self-neglecting and who repeatedly miss appointments are discussed at practice "
      "safeguarding meetings.", ["GP / Primary Care"])
    R("Kelvingate Recovery Service should review its discharge policy so that nobody with known "
      "risks of self-neglect is discharged for non-engagement without a multi-agency discussion.",
      ["Substance Misuse Service"])
    R("Kelvingate Housing Services and the registered housing providers in the borough should "
      "jointly develop a pathway for tenants whose homes present a fire risk, including referral "
      "for a home fire safety visit.", ["Housing"])
    R("The SAB should seek assurance from Kelvingate and District NHS Foundation Trust that "
      "patients admitted with alcohol-related conditions and evidence of self-neglect are "
      "referred to the hospital safeguarding team before discharge.", [SAB])
    R("The Safeguarding Adults Board should publish a briefing on the learning from this review "
      "for all partner agencies. It should evaluate the impact of the briefing on practice "
      "within twelve months.", [SAB])

    b.heading("Agencies and abbreviations", 1, "glossary", label="Appendix A:")
    b.table(["Abbreviation", "Meaning"], [
        ("ASC", "Kelvingate Adult Social Care"),
        ("COPD", "Chronic obstructive pulmonary disease"),
        ("ED", "Emergency Department, Kelvingate and District Hospital"),
        ("MCA", "Mental Capacity Act 2005"),
        ("SAB", "Kelvingate Safeguarding Adults Board"),
        ("SAR", "Safeguarding Adults Review"),
    ], widths_cm=[3.5, 12.5], size=10)
    return b
