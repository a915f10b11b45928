"""Pre-2013 SCR executive summary, 2009, LSCB era, DCSF national recommendation.

Exercises: typed bold headings (no heading styles), typed TOC with dot leaders, running
header/footer, footnotes, lettered key questions "(a)", generic purposes, period/agency scope
facts, multi-agency / single agency (numbering restarts per agency) / national groupings,
PCT (canonical Integrated Care Board) and DCSF (canonical Department for Education), passive
recommendation (owner inferred = LSCB), imperative recommendations owned by a heading, a
family-member "should have been" sentence in narrative.
"""
from sample_docs.kit.doc import Doc

LSCB = "Local Safeguarding Children Board"
ICB = "Integrated Care Board"


def build():
    d = Doc("scr_2009_baby_r", document_type="scr",
            title="Serious Case Review: Baby R - Executive Summary",
            subjects=["Baby R"], area="Ashby Vale Local Safeguarding Children Board",
            publication_date="2009-11-12", split="heldout", producer="docx",
            style=dict(font="Times New Roman", size=12, heading_mode="bold",
                       header="STRICTLY CONFIDENTIAL | Ashby Vale LSCB – SCR Baby R",
                       page_numbers="Page {PAGE} of {NUMPAGES}", justify=True))
    d.title("Ashby Vale Local Safeguarding Children Board", size=16)
    d.title("SERIOUS CASE REVIEW", size=22)
    d.title("Baby R", size=20)
    d.title("Executive Summary", size=16, bold=False)
    d.line("Independent author: Margaret Hollins, former Assistant Director of Children's Services")
    d.line("Chair of the Serious Case Review Panel: Derek Oyelaran")
    d.line("Date of publication: 12 November 2009")
    d.page_break()
    toc = ["1. Introduction", "2. Terms of reference", "3. Summary of the case",
           "4. Key issues arising from the review", "5. Conclusions", "6. Recommendations",
           "Appendix A: Glossary"]
    d.contents("Contents", toc)
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1 Baby R was born in March 2008 and died in January 2009, aged ten months, from "
        "head injuries. Her father was later convicted of her manslaughter. Her mother, Ms R, "
        "was nineteen when Baby R was born and had left the care of Ashby Vale Children's "
        "Services eighteen months earlier.")
    d.p("1.2 The Chair of Ashby Vale Local Safeguarding Children Board (LSCB) decided on 4 "
        "February 2009 that the criteria for a Serious Case Review were met, in accordance with "
        "Chapter 8 of Working Together to Safeguard Children (2006).[[fn:HM Government (2006) "
        "Working Together to Safeguard Children, Chapter 8, paragraphs 8.9 to 8.12.]] This "
        "executive summary has been prepared for publication. The full overview report has "
        "been shared with the Department for Children, Schools and Families (DCSF) and with "
        "Ofsted, but it will not be published.")
    d.p("1.3 The Board extends its sympathy to Baby R's wider family. Her maternal "
        "grandmother met the independent author and her account has informed this summary.")

    d.h("2. Terms of reference", "2", "Terms of reference", 1, "terms_of_reference")
    d.p("2.1 The purposes of the review, as set out in national guidance, were to:")
    d.purpose_items([
        "establish whether there are lessons to be learned from the case about the way in which "
        "local professionals and organisations work together to safeguard children;",
        "identify clearly what those lessons are, how they will be acted upon and what is "
        "expected to change as a result;",
        "improve inter-agency working and better safeguard and promote the welfare of children.",
    ])
    d.p("2.2 The Panel agreed the following scope:")
    d.scope_items([
        "The review covers the period from 1 June 2007, when Ms R's pregnancy was confirmed, to "
        "the date of Baby R's death on 17 January 2009.",
        "Individual Management Reviews were requested from Ashby Vale Children's Services, "
        "Ashby Vale Primary Care Trust (for health visiting, midwifery and general practice), "
        "Ashby Vale Hospitals NHS Trust, Ashby Vale Police and the Leaving Care Service.",
    ])
    d.p("2.3 In addition, each Individual Management Review was asked to address the "
        "following questions specific to this case:")
    d.lines_of_enquiry([
        "To consider whether the assessment of Ms R during her pregnancy took account of her "
        "own history as a looked after child and of her recent departure from care.",
        "To establish what was known to each agency about Mr S, Baby R's father, and whether "
        "that information was shared.",
        "To examine how the bruise seen on Baby R's ear in November 2008 was assessed and "
        "whether procedures for injuries to non-mobile babies were followed.",
        "To consider whether agencies responded appropriately to the police call-out to the "
        "family home in December 2008.",
    ], fmt="({n})", auto=False, numbers=["a", "b", "c", "d"])

    d.h("3. Summary of the case", "3", "Summary of the case", 1, "chronology")
    d.p("3.1 Ms R was looked after by Ashby Vale Children's Services from the age of eleven "
        "until she was seventeen. She lived in two foster placements and then in a supported "
        "lodging. Her pathway plan recorded that she wanted to train as a hairdresser and that "
        "she had a supportive relationship with her own mother, with whom contact had been "
        "re-established.")
    d.p("3.2 Ms R booked with the community midwife in August 2007 when she was about eleven "
        "weeks pregnant. She told the midwife that the father of the baby was 'not around'. "
        "The midwife completed the standard booking questionnaire, which at that time did not "
        "ask about previous involvement with Children's Services. The review heard that the "
        "midwife was aware informally that Ms R was a care leaver, but this was not recorded.")
    d.p("3.3 Ms R attended five of her eight antenatal appointments. When she missed "
        "appointments, letters were sent to her former supported lodging, where she no longer "
        "lived. Ms R should have been offered a further home visit once it was known that she "
        "had moved, and the midwife accepts that this did not happen.")
    d.p("3.4 Baby R was born at Ashby Vale General Hospital at thirty-nine weeks. The "
        "discharge summary sent to the GP and to the health visitor gave Ms R's address as "
        "that of her mother. In fact, by that time Ms R had moved into a flat with Mr S. The "
        "health visitor made her new birth visit at the grandmother's address on day fourteen "
        "and saw Baby R there; she was told that Ms R was 'staying with a friend'.")
    d.p("3.5 Mr S was known to Ashby Vale Police. He had two convictions for assault, one of "
        "them against a former partner, and had been the subject of a domestic incident report "
        "in 2006. None of this was known to the health visitor or the GP, and the Leaving Care "
        "Service did not know that he was living with Ms R until December 2008.")
    d.p("3.6 In November 2008 Ms R took Baby R to the GP with a cold. The GP noted a small "
        "bruise on the rim of Baby R's left ear and recorded Ms R's explanation that the baby "
        "had caught it on the bars of her cot. Baby R was not yet crawling. The GP did not "
        "refer the baby for a paediatric opinion and the bruise was not reported to Children's "
        "Services.[[fn:The Ashby Vale LSCB procedure on bruising in non-mobile babies was "
        "adopted in September 2009, after the period under review.]]")
    d.p("3.7 On 21 December 2008 police officers attended the flat following a neighbour's "
        "report of shouting. Mr S had left by the time they arrived. Ms R said there had been "
        "an argument and declined to give a statement. The officers recorded that a baby was "
        "asleep in the bedroom. A domestic incident notification was sent to Children's "
        "Services on 5 January 2009, fifteen days later, and was screened as requiring no "
        "further action because no offence had been disclosed.")
    d.p("3.8 On 16 January 2009 Ms R called an ambulance after Mr S told her that Baby R had "
        "stopped breathing. Baby R was transferred to a specialist paediatric unit and died "
        "the following day.")

    d.h("4. Key issues arising from the review", "4", "Key issues arising from the review", 1,
        "analysis")
    d.runin("4.1 Young parents who have been in care", "analysis", level=2, number="4.1",
            title="Young parents who have been in care")
    d.p("4.1.1 Ms R's history was well known to Children's Services but was not known, in any "
        "structured way, to the health professionals who saw her during pregnancy. The "
        "review found no mechanism by which the Leaving Care Service would be told that a "
        "young person it had supported was pregnant, or by which midwives would be prompted "
        "to ask. Ms R's personal adviser told the review that she would have wanted to offer "
        "Ms R support with parenting had she known about the pregnancy.")
    d.runin("4.2 Men in the household", "analysis", level=2, number="4.2",
            title="Men in the household")
    d.p("4.2.1 Mr S was, in practice, invisible to every agency that provided a service to "
        "Baby R. The health visitor recorded his first name only once. The review considers "
        "that this reflects a wider pattern, identified in national research, in which the "
        "focus of universal services is on the mother and baby and in which male partners are "
        "not asked about.")
    d.runin("4.3 Injuries to non-mobile babies", "analysis", level=2, number="4.3",
            title="Injuries to non-mobile babies")
    d.p("4.3.1 A bruise to a baby who is not independently mobile is unusual and should always "
        "prompt further enquiry. The GP who saw Baby R was experienced and had not previously "
        "had cause for concern about the family. The review accepts that, at the time, there "
        "was no local procedure to guide his decision. The absence of that procedure is a "
        "matter for the LSCB and is addressed below.")
    d.runin("4.4 Response to the domestic incident", "analysis", level=2, number="4.4",
            title="Response to the domestic incident")
    d.p("4.4.1 The delay of fifteen days in notifying Children's Services reflected a backlog "
        "in the police public protection unit over the Christmas period. The screening "
        "decision was made without checks with health, and without a search of Children's "
        "Services' own records, which would have shown that Ms R was a care leaver.")

    d.h("5. Conclusions", "5", "Conclusions", 1, "conclusions")
    d.p("5.1 The review panel does not consider that Baby R's death could have been predicted. "
        "However, there were missed opportunities to assess the risks posed to her by Mr S, and "
        "to bring together what different agencies knew. Had the bruise seen in November been "
        "referred for a paediatric opinion, and had the domestic incident in December been "
        "notified and screened promptly, a multi-agency assessment would probably have been "
        "undertaken before January 2009.")

    d.h("6. Recommendations", "6", "Recommendations", 1, "recommendations")
    d.runin("6.1 Multi-agency recommendations", "recommendations", level=2, number="6.1",
            title="Multi-agency recommendations")
    m1 = d.R("1", "The Ashby Vale LSCB should issue practice guidance on the assessment of "
             "pregnant young women and young mothers who are care leavers, setting out how "
             "the Leaving Care Service, midwifery and health visiting will share information "
             "and plan support together.", [LSCB], scope="multi_agency")
    m2 = d.R("2", "Ashby Vale Children's Services and Ashby Vale Primary Care Trust should "
             "jointly agree a protocol for sharing information about unborn babies whose "
             "parents are, or have recently been, known to Children's Services.",
             ["Children's Social Care", ICB], scope="multi_agency")
    m3 = d.R("3", "Multi-agency training on the significance of bruising and other injuries in "
             "non-mobile babies should be provided for all staff who work with infants, and "
             "its take-up should be reported to the Board each year.", [LSCB],
             inferred=True, scope="multi_agency")
    m4 = d.R("4", "All agencies should ensure that the identity of fathers and other adult "
             "males living in a household with a baby is established and recorded, and that "
             "checks are made where there is any indication of risk.", ["All agencies"],
             scope="multi_agency")
    d.rec_list([m1, m2, m3, m4])
    d.runin("6.2 Single agency recommendations", "recommendations", level=2, number="6.2",
            title="Single agency recommendations")
    d.p("The following recommendations were made by the agencies in their Individual "
        "Management Reviews and have been endorsed by the Panel.")
    d.runin("Ashby Vale Primary Care Trust", "recommendations", level=3, italic=True)
    s1 = d.R("1", "Review the arrangements by which health visitors are notified of a new "
             "birth, so that the health visitor is told when a mother has been looked after or "
             "has a personal adviser from the Leaving Care Service.", [ICB], inferred=True,
             scope="single_agency")
    s2 = d.R("2", "The PCT should ensure that the midwifery booking questionnaire asks about "
             "current and previous involvement with Children's Services, and that the answer "
             "is recorded.", [ICB], scope="single_agency")
    d.rec_list([s1, s2])
    d.runin("Ashby Vale Police", "recommendations", level=3, italic=True)
    s3 = d.R("1", "Ashby Vale Police should ensure that officers attending a domestic incident "
             "record the presence of any baby or unborn child and that the notification to "
             "Children's Services is sent within 24 hours, including during holiday periods.",
             ["Police"], scope="single_agency")
    d.rec_list([s3])
    d.runin("Ashby Vale Children's Services", "recommendations", level=3, italic=True)
    s4 = d.R("1", "Ensure that domestic incident notifications concerning a child under one "
             "are not closed without a check of the department's own records and a contact "
             "with the family's health visitor.", ["Children's Social Care"], inferred=True,
             scope="single_agency")
    d.rec_list([s4])
    d.runin("6.3 National recommendation", "recommendations", level=2, number="6.3",
            title="National recommendation")
    n1 = d.R("1", "The LSCB recommends that the DCSF should consider issuing national guidance "
             "on the assessment of risk to babies born to parents who have recently left "
             "care.", ["Department for Education"], scope="national")
    d.rec_list([n1])
    d.p("6.4 The LSCB has accepted all of the recommendations above. An action plan has been "
        "agreed and its implementation will be monitored by the Serious Case Review "
        "Sub-Committee, which will report to the Board every six months.")

    d.h("Appendix A: Glossary", "A", "Glossary", 1, "glossary")
    d.table(["Abbreviation", "Meaning"], [
        ["DCSF", "Department for Children, Schools and Families"],
        ["GP", "General Practitioner"],
        ["IMR", "Individual Management Review"],
        ["LSCB", "Local Safeguarding Children Board"],
        ["PCT", "Primary Care Trust"],
        ["SCR", "Serious Case Review"],
    ], widths=[4, 11], font_size=11)
    return d
