"""SAR 2024, Mr J - a web page of Northbridge Safeguarding Adults Board printed from a browser.

Only the PDF is shipped. Exercises: browser print furniture (header "25/11/2026, 14:32" +
page title, footer with the page URL and an "N/M" counter), web-page noise (breadcrumb,
"Last updated", "Back to top", feedback prompt), headings as bold larger text only, a bulleted
list of key questions, auto-numbered recommendations (an HTML <ol>), and a paragraph plus a
recommendation that each cross a page break.
"""

from docx.shared import Cm

from sample_docs.kit.report import Level, Meta, ReportBuilder

META = Meta(
    name="sar_2024_mr_j_browser",
    document_type="sar",
    title="Safeguarding Adults Review: Mr J",
    subjects=["Mr J"],
    area="Northbridge Safeguarding Adults Board",
    publication_date="2024-06-03",
    author="Northbridge Safeguarding Adults Board",
    ship_docx=False,
)

SAB = "Safeguarding Adults Board"
URL = "https://www.northbridgesab.org.uk/reviews/safeguarding-adults-reviews/mr-j"


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Liberation Sans", size=12, line_spacing=1.4,
                      space_after=10, margins_cm=1.3)
    b.header_footer(header=["25/11/2026, 14:32", "\t",
                            "Safeguarding Adults Review: Mr J - Northbridge SAB"],
                    footer=[URL, "\t", ("field", "PAGE"), "/", ("field", "NUMPAGES")],
                    header_align="left", footer_align="left", size=8)
    b.doc.sections[0].header_distance = b.doc.sections[0].footer_distance = \
        Cm(0.5)

    grey = (0x55, 0x55, 0x55)
    b.para("Northbridge Safeguarding Adults Board", bold=True, size=15, color=(0x00, 0x4B, 0x87))
    b.para("Home  \u203a  Reviews  \u203a  Safeguarding Adults Reviews  \u203a  Mr J", size=9,
           color=grey)
    b.para("Safeguarding Adults Review: Mr J", bold=True, size=22, space_after=4)
    b.para("Published 3 June 2024  |  Last updated: 5 June 2024", size=9, color=grey)

    def H(title, kind, level=1):
        b.heading(title, level, kind, manual=True, size=15 if level == 1 else 12)

    H("Summary", "executive_summary")
    b.paras([
        "Mr J was 67 when he died in January 2023, nine days after he was discharged from "
        "Northbridge General Hospital to a hostel for homeless adults. He had type 2 diabetes, "
        "a long history of alcohol dependence and problems with his mobility. The coroner found "
        "that he died of natural causes, contributed to by self-neglect.",
        "Northbridge Safeguarding Adults Board commissioned this review because Mr J had care "
        "and support needs, he died as a result of self-neglect, and there was concern that "
        "agencies could have worked together more effectively. This page summarises the review. "
        "The full report can be downloaded at the end of the page.",
    ])

    H("About Mr J", "background")
    b.paras([
        "Mr J grew up in Northbridge and worked for many years as a scaffolder. His family "
        "describe him as generous, stubborn and very funny. After his marriage ended in 2015 "
        "his drinking increased and he lost his home. He spent the next seven years moving "
        "between friends' sofas, hostels and, for short periods, the streets.",
        "Mr J was proud and did not like to ask for help. His sister told the reviewer that he "
        "was embarrassed by his health problems and that he would often tell professionals that "
        "he was coping when he was not.",
    ])

    H("Why the Board carried out this review", "introduction")
    b.paras([
        "The Board's SAR Panel considered a referral from the hostel manager in February 2023 "
        "and agreed that the criteria for a mandatory review were met. The Board appointed an "
        "independent reviewer, who examined agency records, spoke to Mr J's sister and held a "
        "learning event with practitioners from the hospital, the hostel, adult social care, "
        "housing, primary care, the ambulance service and the drug and alcohol service.",
    ])

    H("Key lines of enquiry", "terms_of_reference")
    b.para("The review looked at the period from January 2022 until Mr J's death and focused on "
           "these questions:")
    for k in [
        "How well was Mr J's discharge from hospital planned, and were his care and support "
        "needs assessed before he left?",
        "Did agencies understand how homelessness and alcohol dependence affected Mr J's "
        "ability to look after his health?",
        "Was Mr J's mental capacity to make decisions about his care and accommodation "
        "considered?",
        "How did agencies share information and escalate concerns after his discharge?",
    ]:
        b.kloe(k, bullet=True)

    H("What happened", "chronology")
    b.paras([
        "Mr J was admitted to hospital in December 2022 with an infected foot ulcer and high "
        "blood sugar. He stayed for three weeks. Ward staff recorded that he was unsteady on his "
        "feet and needed help with washing and dressing. An occupational therapy assessment "
        "recommended a ground-floor room and support with personal care.",
        "Because Mr J had no fixed address, the ward contacted the Housing Options service on the "
        "day of discharge. The only available bed was on the second floor of a hostel that did "
        "not provide care. Mr J was discharged by taxi in the late afternoon with a bag of "
        "medication and a letter for his GP. He was not registered with a GP at the time.",
        "Over the following week hostel staff became worried about Mr J. He was not eating, he "
        "was drinking heavily and he was unable to manage the stairs to the communal kitchen. "
        "Staff called the ambulance service twice. On each occasion the crew assessed Mr J, "
        "found his observations to be stable and left him at the hostel after he declined to "
        "go to hospital. Hostel staff made a safeguarding referral to adult social care on the "
        "sixth day; it was screened and passed to a duty social worker, who planned to visit "
        "the following week. Mr J was found dead in his room on the ninth day after discharge.",
    ])

    H("What the review found", "findings")
    H("Finding 1: Discharge from hospital", "findings", 2)
    b.paras([
        "The hospital discharged Mr J without a Care Act assessment, although his needs were "
        "well documented. Practitioners told the review that pressure on beds was intense and "
        "that the discharge was seen as a housing problem rather than a care problem. The "
        "review found that the hospital's homeless discharge pathway was not used.",
    ])
    H("Finding 2: Alcohol, self-neglect and capacity", "findings", 2)
    b.paras([
        "Professionals repeatedly accepted Mr J's statements that he was coping and his refusal "
        "of help at face value. His capacity to make decisions about his care was never formally "
        "assessed, despite his heavy drinking, his poorly controlled diabetes and the clear "
        "evidence that what he said he would do and what he was able to do were very different. "
        "The review found that practitioners in several agencies were uncertain about when a "
        "capacity assessment is needed and who should carry it out, and that this uncertainty "
        "was greatest when a person was intoxicated at the time of contact. Ambulance crews, "
        "for example, described feeling that they had no option but to leave a person who "
        "declined to travel, even where they were worried, because the person appeared to "
        "understand the risks. The reviewer considers that an approach which considers a "
        "person's ability to carry out decisions over time, and which involves the people who "
        "know them, would have led to a different understanding of Mr J's situation.",
    ])
    H("Finding 3: Sharing concerns and escalating risk", "findings", 2)
    b.paras([
        "Hostel staff recognised that Mr J was at risk and did their best to get help for him, "
        "but the systems they used were slow. Neither ambulance crew knew of the other's visit, "
        "and the safeguarding referral was prioritised as routine because it did not mention the "
        "hospital discharge. Nobody held a multi-agency discussion about Mr J.",
    ])

    H("Good practice", "good_practice")
    b.paras([
        "The review also found good practice. The hostel staff knew Mr J well, treated him with "
        "warmth and respect, and kept trying to get help for him. The ward occupational "
        "therapist completed a thorough assessment and clearly recorded what Mr J would need "
        "on discharge. The drug and alcohol service kept Mr J's case open for longer than its "
        "usual policy allowed because his worker recognised how vulnerable he was.",
    ])

    H("Learning for practitioners", "other")
    b.para("The Board has published a seven-minute briefing for practitioners. Its key messages "
           "are:")
    b.bullets([
        "homelessness is a health issue: discharge planning should start on the day of "
        "admission;",
        "a person who says they are coping may not be able to act on what they say;",
        "repeated calls about the same person are a sign of escalating risk;",
        "if you are worried, ask for a multi-agency discussion - you do not need permission.",
    ])

    H("Recommendations", "recommendations")
    b.para("The reviewer made five recommendations. The Board has accepted all of them, and "
           "each has been assigned to a lead agency, which will report progress to the Board's "
           "Learning and Review Group.")
    ol = b.numbering.num(b.numbering.abstract([Level(fmt="decimal", text="%1.", left=600,
                                                     hanging=360)]))

    def R(text, parties):
        b.rec(text, parties, numpr=(ol, 0), number=str(len(b.gold.recommendations) + 1))

    R("Northbridge Hospitals NHS Foundation Trust should ensure that patients who are homeless "
      "are not discharged without a referral to the Housing Options service in good time, and "
      "that the discharge plan is shared with the person's GP or, if they have none, with a "
      "practice that agrees to register them. The trust should audit the use of its homeless "
      "discharge pathway every six months.", ["NHS Trust"])
    R("Northbridge Adult Social Care should ensure that Care Act assessments are offered to "
      "people living in hostels where there are indications of care and support needs, even "
      "where those needs appear to arise from alcohol use.", ["Adult Social Care"])
    R("Northbridge Housing Options and Northbridge Adult Social Care should jointly agree a "
      "pathway for people who are homeless and have care needs on discharge from hospital, "
      "including access to accommodation where care can be provided.",
      ["Housing", "Adult Social Care"])
    R("The Safeguarding Adults Board should seek assurance from the Integrated Care Board that "
      "commissioned services for people who are homeless have clear guidance on assessing "
      "mental capacity where a person's decisions about their health appear to be influenced by "
      "alcohol dependence. The assurance should cover hospital, community, primary care and "
      "ambulance services, and should include evidence that practitioners know how to consider "
      "a person's ability to carry out a decision as well as to understand it, how to involve "
      "family members and others who know the person well, and when to seek a second opinion "
      "from a colleague or a specialist. The Board should receive a report on the outcome "
      "within nine months and should publish a short briefing for practitioners on the "
      "learning.", [SAB])
    R("The ambulance service should review its guidance for crews attending people who decline "
      "to travel to hospital, so that repeat attendances at the same address within a short "
      "period prompt a referral for a multi-agency discussion.", ["Ambulance Service"])

    H("The Board's response", "other")
    b.paras([
        "The Board has agreed an action plan with the agencies involved. Progress will be "
        "reported to the Board every six months and summarised in its annual report. The Board "
        "has also shared the learning from this review with neighbouring Safeguarding Adults "
        "Boards and with the regional homelessness forum.",
    ])
    H("Download the full report", "other")
    b.para("Safeguarding Adults Review Mr J - full report (PDF, 1.2 MB)", color=(0x00, 0x4B, 0x87))
    b.para("Safeguarding Adults Review Mr J - Board response and action plan (PDF, 310 KB)",
           color=(0x00, 0x4B, 0x87))
    b.para("Back to top", size=9, color=grey)
    b.para("Was this page helpful?   Yes   No", size=9, color=grey)
    b.para("\u00a9 Northbridge Safeguarding Adults Board 2024  |  Accessibility  |  Privacy  |  "
           "Cookies", size=8, color=grey)
    return b
