"""Seven-minute briefing on a Welsh extended Child Practice Review, 2021 (HTML -> Chromium,
CSS two-column layout).

Exercises: two-column text layer from a second PDF producer; numbered briefing sections that
are headings, not recommendations; 'Argymhellion / Recommendations' with 'Recommendation 1:'
labels; reflective questions for practitioners that are NOT board questions (not in gold);
Regional Safeguarding Board owner, 'Health Board' (canonical Health Board (Wales/Scotland/NI)), passive recommendation.
"""
from sample_docs.kit.doc import Doc

RSB = "Regional Safeguarding Board"


def build():
    d = Doc("learning_brief_2021_tregaron_cpr", document_type="learning_brief",
            title="7 Minute Briefing: Extended Child Practice Review TGRSCB 01/2020",
            subjects=["Child F"],
            area="Tregaron and Glannant Regional Safeguarding Children Board",
            publication_date="2021-04-28", split="dev", producer="html",
            style=dict(html_font="'DejaVu Sans', Arial, sans-serif", size=10.5,
                       browser_header_footer=False, heading_color="0E6655",
                       extra_css="h2{border-left:4pt solid #0E6655;padding-left:5pt}"))
    d.title("Tregaron and Glannant Regional Safeguarding Children Board", size=12,
            align="left", color="0E6655")
    d.title("7 Minute Briefing", size=26, align="left")
    d.title("Extended Child Practice Review TGRSCB 01/2020 – Child F", size=14, align="left")
    d.line("Briefing for practitioners, managers and team leaders · April 2021", size=9.5,
           align="left", italic=True)
    d.columns(2)
    d.h("1. Background", "1", "Background", 2, "background")
    d.p("Child F was a three-year-old girl who was admitted to hospital in November 2019 "
        "having swallowed methadone belonging to her mother's partner. She recovered. Child F "
        "had been on the child protection register for neglect for fourteen months before "
        "the incident, and so an extended Child Practice Review was commissioned by the "
        "Regional Safeguarding Children Board.")
    d.p("The review was carried out by two reviewers who were independent of the case. A "
        "learning event was held in September 2020 with twenty-two practitioners from health, "
        "social care, police, education and substance misuse services. Child F's mother took "
        "part; her partner declined.")
    d.h("2. Why it matters", "2", "Why it matters", 2, "introduction")
    d.p("Opioid substitute medication is a well-known cause of serious harm and death in young "
        "children in Wales and across the UK. Small amounts can be fatal. Children living with "
        "adults who are prescribed methadone or buprenorphine, particularly where doses are "
        "taken home, depend on the adults around them to store medication safely. "
        "Professionals can support this by asking, checking and seeing where it is kept.")
    d.h("3. What happened", "3", "What happened", 2, "chronology")
    d.p("Child F's mother's partner moved into the household in May 2019. He was receiving "
        "treatment from the community drug and alcohol team and collected his methadone "
        "weekly. The drug and alcohol team knew that he lived with a young child and provided "
        "a lockable box. The child protection core group was not told that he had moved in "
        "until August 2019, and his prescribing was not discussed at the review conference in "
        "September 2019.")
    d.p("The social worker made unannounced visits but did not ask to see where medication "
        "was kept. The health visitor had asked the mother, who said that there was 'nothing "
        "like that in the house'. On the day of the incident, the lockable box was found open "
        "in the kitchen.")
    d.p("Child F's mother told the reviewers that she had been 'too frightened of losing the "
        "kids' to tell anyone how much her partner was using on top of his prescription. She "
        "said that she would have talked more openly to a worker she saw regularly and who "
        "explained what would happen with the information. She wants other parents to know "
        "that asking for help with storage is not the same as admitting to neglect.")
    d.p("The learning event heard that practitioners from children's and adults' services "
        "used different language for the same risks, and that adult services were unsure "
        "whether they were allowed to share information about a patient's treatment without "
        "consent. The Wales Accord on the Sharing of Personal Information allows this where a "
        "child may be at risk of harm, but most of the practitioners present did not know "
        "that.")
    d.h("4. What the review found", "4", "What the review found", 2, "findings")
    d.bullets([
        "Adult services held important information about risk to a child but were not part of "
        "the child protection plan.",
        "The arrival of a new adult in a household did not trigger a review of the plan.",
        "Safe storage was treated as a conversation rather than something to be seen.",
        "Practitioners valued the learning event and said that they rarely meet colleagues "
        "from adult substance misuse services.",
    ])
    d.h("5. Argymhellion / Recommendations", "5", "Argymhellion / Recommendations", 2,
        "recommendations")
    d.p("The review made four recommendations to the Regional Safeguarding Children Board. "
        "The Board has accepted them all.")
    recs = [
        d.R("1", "The Regional Safeguarding Children Board should ensure that the All Wales "
            "Child Protection Procedures are applied so that any adult joining the household of "
            "a child on the register leads to a review of the child protection plan within "
            "fifteen working days.", [RSB], scope="multi_agency"),
        d.R("2", "Glannant University Health Board should ensure that substance misuse "
            "services routinely ask patients about children in their household and share "
            "this with the child's social worker.", ["Health Board (Wales/Scotland/NI)"],
            scope="single_agency"),
        d.R("3", "Guidance on safe storage of opioid substitute medication should be produced "
            "for all practitioners who visit family homes, with an expectation that storage "
            "is seen, not only discussed.", [RSB], inferred=True, scope="multi_agency"),
        d.R("4", "Tregaron County Council Children's Services and Glannant University Health "
            "Board should jointly ensure that substance misuse workers are invited to core "
            "groups where an adult in the household is in treatment.",
            ["Children's Social Care", "Integrated Care Board"], scope="multi_agency"),
    ]
    for r in recs:
        d.rec(r, "literal", label=f"Recommendation {r.number}:", bold_label=True)
    d.p("The Board's response sets out what has happened since the review. A multi-agency "
        "safe storage leaflet was produced in English and Welsh in January 2021. The drug and "
        "alcohol team now asks every new patient about children who live with them or visit "
        "regularly, and records the answer on the front sheet of the record. The Board has "
        "asked its Quality Assurance Sub-group to audit core group attendance by adult "
        "services in the autumn of 2021.")
    d.h("6. Questions to think about", "6", "Questions to think about", 2, "other")
    d.p("Use these questions in team meetings or supervision:")
    d.bullets([
        "Do I know who lives in the households I visit, and when did I last check?",
        "When a parent or partner is prescribed medication, have I seen where it is kept?",
        "Which adult services might hold information that matters for this child?",
    ])
    d.h("7. Further information", "7", "Further information", 2, "other")
    d.p("The full report and the Board's response are available on the Board's website. "
        "Practitioners can book a place on the multi-agency course 'Parental substance use "
        "and the impact on children', which has been updated to include this learning.")
    d.p("Medication safety resources for families, including leaflets in Welsh and English, "
        "can be ordered from the Board's business unit.")
    return d
