"""DHR 2022 into a suicide following domestic abuse (docx -> LibreOffice).

Exercises: bold 'Recommendation N' labels with the text in the next paragraph; glossary-only
abbreviations as subjects (MCHT = Marlow Cross Hospitals NHS Trust, KDAS = Kelbrook Domestic
Abuse Service); a male victim; 'All agencies should'; national recommendation to the Home
Office; a portrait action-plan table with merged cells and a Scope column; period and agency
scope facts; DHR purposes; 'Mr A's partner should have been ...' narrative.
"""
from sample_docs.kit.doc import Doc

CSP = "Community Safety Partnership"


def build():
    d = Doc("dhr_2022_mr_a", document_type="dhr",
            title="Domestic Homicide Review: Mr A - Overview Report",
            subjects=["Mr A", "Daniel"], area="Marlow Cross Community Safety Partnership",
            publication_date="2022-11-16", split="dev", producer="docx",
            style=dict(font="Verdana", size=10, heading_mode="styles",
                       header="OFFICIAL-SENSITIVE | Marlow Cross CSP – DHR Mr A",
                       page_numbers="Page {PAGE}", heading_color="512E5F"))
    d.title("Marlow Cross Community Safety Partnership", size=14)
    d.title("Domestic Homicide Review", size=22)
    d.title("Report into the death of Daniel (Mr A)", size=16)
    d.line("Independent Chair and Author: Priya Chandran")
    d.line("Approved by the Home Office Quality Assurance Panel: September 2022")
    d.page_break()

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1 This review examines the response of agencies to Daniel, a 41-year-old man who "
        "took his own life in June 2021. Daniel had disclosed abuse by his partner, Ms B, to "
        "several agencies during the previous two years. Statutory guidance provides that a "
        "Domestic Homicide Review should be considered where a person has died by suicide and "
        "the circumstances give rise to concern that domestic abuse was a factor.")
    d.p("1.2 The review panel offers its condolences to Daniel's parents and his daughter. "
        "His father said that Daniel 'was embarrassed that a man could be treated like that, "
        "and that stopped him asking for help'.")
    d.h("1.1 Purpose of the review", "1.1", "Purpose of the review", 2, "terms_of_reference")
    d.purpose_items([
        "establish what lessons are to be learned from the death regarding the way in which "
        "local professionals and organisations work individually and together to safeguard "
        "victims;",
        "identify clearly what those lessons are, and how and within what timescales they will "
        "be acted on;",
        "contribute to a better understanding of the nature of domestic abuse;",
        "highlight good practice.",
    ])
    d.h("1.2 Scope and terms of reference", "1.2", "Scope and terms of reference", 2,
        "terms_of_reference")
    d.scope_items([
        "The review examined events from 1 April 2019 to Daniel's death on 11 June 2021.",
        "Agencies that provided Individual Management Reviews: Marlow Cross Police; MCHT; "
        "Marlow Cross Partnership NHS Foundation Trust (mental health); Daniel's GP practice; "
        "KDAS; Marlow Cross Council Housing Service.",
    ])
    d.p("The panel set the following key lines of enquiry:")
    d.lines_of_enquiry([
        "How did agencies respond to Daniel's disclosures of abuse, and did they recognise "
        "him as a victim?",
        "Were the risks of suicide and of domestic abuse considered together?",
        "What barriers did Daniel face, as a man, in seeking help?",
        "How was information shared between the emergency department, the GP and mental "
        "health services after each attendance?",
    ])

    d.h("2. Background", "2", "Background", 1, "background")
    d.p("2.1 Daniel worked as a delivery driver. He met Ms B in 2017 and they lived together "
        "in his flat. Friends described a change in him during 2019: he stopped playing "
        "five-a-side football, and he was rarely allowed to see friends without Ms B.")
    d.h("3. Summary of agency contact", "3", "Summary of agency contact", 1, "chronology")
    d.p("3.1 Daniel attended the MCHT emergency department three times between 2019 and 2021. "
        "On the second occasion he had a scald to his forearm and told a nurse that his "
        "partner had thrown a kettle. The nurse asked whether he felt safe, and Daniel said "
        "that he did. No DASH assessment was completed and no referral was made.")
    d.p("3.2 The police were called twice by neighbours. On the first occasion Ms B said that "
        "Daniel had assaulted her, and Daniel was arrested. He was released without charge. "
        "On the second occasion Daniel had a cut lip and said that he had fallen. Mr A's "
        "partner should have been spoken to separately on that occasion; the officers "
        "recorded that she 'did most of the talking'.")
    d.p("3.3 In March 2021 Daniel told his GP that he was having thoughts of ending his life "
        "and that 'home is a nightmare'. He was referred to the community mental health team "
        "and was offered an assessment six weeks later. He was referred to KDAS by the GP but "
        "did not respond to two calls. He died eleven days before the mental health "
        "assessment.")

    d.h("4. Analysis", "4", "Analysis", 1, "analysis")
    d.p("4.1 Daniel was seen by agencies as a possible perpetrator as often as he was seen as "
        "a victim. The counter-allegation by Ms B in 2019 shaped the way in which later "
        "incidents were recorded. Research shows that male victims are less likely to "
        "disclose and that, when they do, they are more likely to be disbelieved.")
    d.p("4.2 Suicide risk and domestic abuse were assessed by different services and never "
        "together. The GP's referral letter to mental health services mentioned 'relationship "
        "difficulties' but did not say that Daniel had disclosed abuse.")

    d.h("5. Conclusions", "5", "Conclusions", 1, "conclusions")
    d.p("5.1 The panel concludes that there were opportunities to recognise Daniel as a victim "
        "of domestic abuse and to link that abuse to his risk of suicide. The panel cannot "
        "say that his death would have been prevented, but it considers that a coordinated "
        "response would have offered him a better chance of support.")

    d.h("6. Recommendations", "6", "Recommendations", 1, "recommendations")
    recs = [
        d.R("1", "MCHT should ensure that emergency department staff complete a DASH risk "
            "assessment whenever a patient discloses domestic abuse, whatever the patient's "
            "gender, and that a referral is offered.", ["NHS Trust"], scope="single_agency"),
        d.R("2", "KDAS should develop its service offer for male victims, including outreach "
            "that does not rely on the victim returning a telephone call.",
            ["Domestic Abuse Services"], scope="single_agency"),
        d.R("3", "Marlow Cross Police should review its guidance on counter-allegations so that "
            "officers identify the primary aggressor using the history of the relationship "
            "and not only the incident attended.", ["Police"], scope="single_agency"),
        d.R("4", "All agencies should ensure that referrals to mental health services include "
            "any disclosure of domestic abuse, and that the receiving service considers "
            "suicide risk and domestic abuse risk together.", ["All agencies"],
            scope="multi_agency"),
        d.R("5", "Marlow Cross Community Safety Partnership should write to the Home Office "
            "to recommend that the statutory guidance makes clear that reviews into suicides "
            "following domestic abuse should be carried out routinely.", [CSP],
            scope="national"),
    ]
    for r in recs:
        d.rec(r, "heading", label=f"Recommendation {r.number}")

    d.h("Appendix A: Glossary", "A", "Glossary", 1, "glossary")
    d.table(["Abbreviation", "Meaning"], [
        ["CMHT", "Community Mental Health Team"],
        ["DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"],
        ["KDAS", "Kelbrook Domestic Abuse Service (commissioned for Marlow Cross)"],
        ["MCHT", "Marlow Cross Hospitals NHS Trust"],
        ["MCPFT", "Marlow Cross Partnership NHS Foundation Trust"],
    ], widths=[3, 13], font_size=9.5)

    d.h("Appendix B: Action plan", "B", "Action plan", 1, "action_plan")
    rows, merges = [], []
    plan = [
        (recs[0], "Local", [
            ("Add a mandatory DASH prompt to the ED electronic record when domestic abuse is "
             "recorded.", "MCHT", "NHS Trust", "Head of Safeguarding", "March 2023", None,
             "In progress"),
            ("Deliver training on male victims to ED nursing staff.", "MCHT", "NHS Trust",
             "Named Nurse for Adult Safeguarding", "31/05/2023", "2023-05-31", "Not started"),
        ]),
        (recs[1], "Local", [
            ("Pilot text and email outreach for referrals who do not answer calls.", "KDAS",
             "Domestic Abuse Services", "Service Manager", "31/01/2023", "2023-01-31",
             "In progress"),
        ]),
        (recs[2], "Local", [
            ("Revise the primary aggressor guidance and publish on the force intranet.",
             "Marlow Cross Police", "Police", "Detective Chief Inspector, Safeguarding",
             "31/12/2022", "2022-12-31", "Complete"),
            ("Include the revised guidance in first responder domestic abuse training.",
             "Marlow Cross Police", "Police", "Head of Learning and Development",
             "Quarter 1 2023/24", None, "Not started"),
        ]),
        (recs[3], "Local", [
            ("Amend the mental health referral template to include a domestic abuse "
             "question.", "Marlow Cross Integrated Care Board", "Integrated Care Board",
             "Designated Nurse for Adult Safeguarding", "31/03/2023", "2023-03-31",
             "In progress"),
        ]),
        (recs[4], "National", [
            ("Letter from the CSP Chair to the Home Office.",
             "Marlow Cross Community Safety Partnership", CSP, "CSP Chair", "Complete", None,
             "Complete"),
        ]),
    ]
    for r, scope, acts in plan:
        d.use(r)
        start = len(rows)
        for i, (act, ag_print, ag, off, dtext, diso, status) in enumerate(acts):
            rows.append([f"{r.number}. {r.text}" if i == 0 else "", scope if i == 0 else "",
                         act, ag_print, off, dtext, status])
            d.ap_row(r.number, act, ag, off, diso, dtext, status)
        if len(acts) > 1:
            merges += [(start, 0, len(acts)), (start, 1, len(acts))]
    d.table(["Recommendation", "Scope", "Action to take", "Lead agency", "Lead officer",
             "Target date", "Status"], rows, widths=[4.2, 1.5, 3.6, 2, 2.4, 1.8, 1.7],
            merges=merges, font_size=8)
    return d
