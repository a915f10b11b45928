"""SAR 2018 (HTML -> Chromium): findings and R-labelled recommendations in a
Finding | Recommendation | Lead table; single agency recommendations in an appendix.

Exercises: recommendations inside a findings/recommendations table; owner only in the Lead
column for imperative text (inferred); seek assurance (owner SAB, target Police and Mental
Health Services); 'Single agency recommendations – <Agency>' headings with restarting
numbering; 'Ms F's son should have been ...' narrative; terms of reference with 'To ...'.
"""
from sample_docs.kit.doc import Doc

SAB = "Safeguarding Adults Board"


def build():
    d = Doc("sar_2018_ms_f", document_type="sar",
            title="Safeguarding Adults Review: Ms F",
            subjects=["Ms F"], area="Kelbrook Safeguarding Adults Board",
            publication_date="2018-09-12", split="dev", producer="html",
            style=dict(html_font="'Liberation Serif', 'Times New Roman', serif", size=11.5,
                       browser_header_footer=False, heading_color="000000"))
    d.title("Kelbrook Safeguarding Adults Board", size=14)
    d.title("Safeguarding Adults Review", size=24)
    d.title("Ms F", size=22)
    d.line("Author: Dr Simon Ellery, independent reviewer · September 2018")
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1 Ms F was a 63-year-old woman who died in a house fire at her home in Kelbrook in "
        "December 2016. She had a long history of bipolar disorder and lived with her adult "
        "son, who has a history of alcohol misuse and violence. The fire started in Ms F's "
        "bedroom; the inquest found that it was caused by a discarded cigarette.")
    d.p("1.2 Kelbrook Safeguarding Adults Board commissioned this review under section 44 of "
        "the Care Act 2014 in March 2017.")
    d.h("2. Terms of reference", "2", "Terms of reference", 1, "terms_of_reference")
    d.scope_items([
        "The review considered agency involvement from 1 January 2015 to 9 December 2016.",
    ])
    d.lines_of_enquiry([
        "To establish how agencies assessed the risk of fire to Ms F, given her smoking, her "
        "mobility and the condition of her home.",
        "To consider how the risk posed to Ms F by her son was identified and managed.",
        "To examine whether Ms F's mental health needs were met after her discharge from "
        "hospital in 2016.",
        "To identify whether safeguarding concerns were raised and responded to in line with "
        "the Board's procedures.",
    ])
    d.h("3. Summary of events", "3", "Summary of events", 1, "chronology")
    d.p("3.1 Ms F was admitted to a mental health ward in April 2016 after a period of mania. "
        "She was discharged in July 2016 to the care of the community mental health team. "
        "Her care coordinator visited monthly. Notes record that the home smelled of smoke "
        "and that there were burn marks on the carpet and bedding.")
    d.p("3.2 The police attended the house four times in 2016 after calls from neighbours "
        "about shouting. On two occasions Ms F said her son had pushed her. A DASH risk "
        "assessment was completed once and graded medium. Ms F's son should have been the "
        "subject of a referral to the substance misuse service; officers told the review they "
        "had thought a referral required his consent.")
    d.p("3.3 In October 2016 a safeguarding concern was raised by the care coordinator. Adult "
        "Social Care decided that Ms F had capacity to choose to live with her son and closed "
        "the concern. The fire service was not told of the burn marks, and no home fire "
        "safety visit took place.")

    d.h("4. Findings and recommendations", "4", "Findings and recommendations", 1, "findings")
    d.p("4.1 The table below sets out the review's findings and the recommendations that "
        "arise from each. The Lead column shows the body that the Board has asked to take the "
        "recommendation forward.")
    r1 = d.R("R1", "Develop a fire risk referral pathway so that any practitioner who sees "
             "signs of fire risk in a home can refer directly to the Fire and Rescue Service for "
             "a safe and well visit.", [SAB], inferred=True, scope="multi_agency",
             finding="1")
    r2 = d.R("R2", "Kelbrook Partnership NHS Foundation Trust should include fire risk in the "
             "care programme approach risk assessment for patients who smoke and have "
             "reduced mobility.", ["Mental Health Services"], scope="single_agency",
             finding="1")
    r3 = d.R("R3", "The SAB should seek assurance from Kelbrook Police and the mental health "
             "trust that risks from family members are shared when a person with care and "
             "support needs is the victim of repeated incidents at home.", [SAB],
             targets=["Police", "Mental Health Services"], scope="multi_agency", finding="2")
    r4 = d.R("R4", "Refresh guidance and training on the Mental Capacity Act so that a "
             "decision to remain in a risky situation prompts a review of the risk, not the "
             "closure of the safeguarding concern.", ["Adult Social Care"], inferred=True,
             scope="single_agency", finding="3")
    rows = [
        ["Finding 1\nFire risk was seen but not acted on. Several practitioners saw burn marks "
         "and smelled smoke, but no one made a referral to the fire service.",
         f"R1 {r1.text}", "Kelbrook SAB"],
        ["", f"R2 {r2.text}", "Kelbrook Partnership NHS Foundation Trust"],
        ["Finding 2\nThe risk from Ms F's son was assessed incident by incident and was not "
         "shared with mental health services.", f"R3 {r3.text}", "Kelbrook SAB"],
        ["Finding 3\nCapacity was used to close the safeguarding concern rather than to plan "
         "how to reduce the risk.", f"R4 {r4.text}", "Kelbrook County Council Adult Social "
         "Care"],
    ]
    for r in (r1, r2, r3, r4):
        d.use(r, primary=True)
    d.table(["Finding", "Recommendation", "Lead"], rows, widths=[5.5, 8, 3],
            merges=[(0, 0, 2)], font_size=10)
    d.h("5. Good practice", "5", "Good practice", 1, "good_practice")
    d.p("5.1 The care coordinator raised a safeguarding concern and recorded her worries "
        "clearly. The GP practice saw Ms F promptly whenever she asked for an appointment.")
    d.h("6. Conclusion", "6", "Conclusion", 1, "conclusions")
    d.p("6.1 The fire that killed Ms F was an accident, but the risk of a fire was visible to "
        "practitioners for at least six months. A simple referral to the Fire and Rescue "
        "Service might have led to fire-retardant bedding, a smoke alarm linked to a "
        "monitoring centre and advice on safer smoking.")

    d.h("Appendix 1: Single agency recommendations", "1", "Single agency recommendations", 1,
        "appendix")
    d.p("These recommendations were made by agencies in their own reports to the review. "
        "They are included for completeness and are monitored through each agency's "
        "governance.")
    groups = [
        ("Single agency recommendations – Kelbrook Police", "Police", [
            "Remind officers that a referral to a substance misuse service can be offered "
            "without the person's consent being a precondition for the police making the "
            "offer.",
            "Ensure that a DASH risk assessment is completed at every domestic incident, "
            "including incidents between adult family members.",
        ]),
        ("Single agency recommendations – Kelbrook County Council Adult Social Care",
         "Adult Social Care", [
            "Audit safeguarding concerns closed on the grounds of capacity during 2017 to "
            "test whether risk was reviewed.",
        ]),
    ]
    for heading, party, items in groups:
        d.runin(heading, "appendix", level=2)
        recs = [d.R(str(i), t, [party], inferred=True, scope="single_agency")
                for i, t in enumerate(items, 1)]
        d.rec_list(recs)
    return d
