"""DHR overview report, 2017 (docx -> LibreOffice), footnotes and running header.

Exercises: panel recommendations repeated in the executive summary and the body
(n_locations 2), '1)' numbered lists with numbering restarting under 'Multi-agency
recommendations', 'National recommendations' and each 'Single agency recommendations –
<Agency>' heading in an appendix (imperatives, owner from heading, inferred), passive
recommendation (owner inferred = Community Safety Partnership), Home Office national
recommendation, DHR purposes, 'Ruth's partner should have been ...' narrative, footnotes.
"""
from sample_docs.kit.doc import Doc

CSP = "Community Safety Partnership"


def build():
    d = Doc("dhr_2017_ms_p", document_type="dhr",
            title="Domestic Homicide Review: Ruth (Ms P) - Overview Report",
            subjects=["Ruth", "Ms P"], area="Hollin Bridge Community Safety Partnership",
            publication_date="2017-08-03", split="heldout", producer="docx",
            style=dict(font="Arial", size=11, heading_mode="styles",
                       header="OFFICIAL | Hollin Bridge DHR 01/2016 – Ruth",
                       footer="Not to be published or circulated without the permission of "
                              "the Hollin Bridge Community Safety Partnership",
                       page_numbers="{PAGE}", heading_color="7B241C"))
    d.title("Hollin Bridge Community Safety Partnership", size=14)
    d.title("Domestic Homicide Review", size=22)
    d.title("Overview Report into the death of Ruth", size=16)
    d.line("Independent Chair and Author: Alan Whitcombe")
    d.line("Report completed: February 2017. Home Office Quality Assurance Panel: June 2017")
    d.line("Published: 3 August 2017")
    d.page_break()

    d.h("Preface", None, "Preface", 1, "foreword")
    d.p("The members of the Review Panel offer their deepest sympathy to Ruth's children, her "
        "mother and her friends. Ruth was 34 when she died. Her mother described her as "
        "'the one who organised every birthday in the family'. The pseudonym Ruth was chosen "
        "by her mother.")

    panel = [
        d.R("1", "Hollin Bridge Community Safety Partnership should commission training for "
            "front-line staff in all agencies on coercive and controlling behaviour, including "
            "the ways in which control can continue after separation.", [CSP],
            scope="multi_agency"),
        d.R("2", "The MARAC Steering Group should review how cases are re-referred to MARAC "
            "when a new incident occurs within twelve months, and should audit repeat "
            "referrals after six months.", ["MARAC"], scope="multi_agency"),
        d.R("3", "Consideration should be given to a single point of contact for domestic "
            "abuse within each GP practice in Hollin Bridge, supported by the IDVA service.",
            [CSP], inferred=True, scope="multi_agency"),
        d.R("4", "Hollin Bridge Police and the IDVA service should jointly agree how victims "
            "who decline to support a prosecution are offered continued specialist support.",
            ["Police", "Domestic Abuse Services"], scope="multi_agency"),
    ]
    national = d.R("1", "The Home Office should consider amending the statutory guidance so "
                   "that Domestic Homicide Reviews routinely seek information from employers "
                   "of the victim and the perpetrator.", ["Home Office"], scope="national")

    d.h("1. Executive summary", "1", "Executive summary", 1, "executive_summary")
    d.p("1.1 Ruth was killed by her former partner, Mr T, in March 2016, eleven weeks after she "
        "had ended the relationship. Mr T was convicted of her murder and sentenced to life "
        "imprisonment with a minimum term of twenty-two years.")
    d.p("1.2 The review found that Ruth had disclosed abuse to her GP, to the police on three "
        "occasions and to her employer. Agencies responded to individual incidents but did not "
        "recognise the pattern of coercive control, or the heightened risk at the point of "
        "separation. The Panel makes the following recommendations:")
    d.rec_list(panel, fmt="{n})", primary=False)

    d.h("2. Introduction", "2", "Introduction", 1, "introduction")
    d.h("2.1 Commissioning of the review", "2.1", "Commissioning of the review", 2,
        "introduction")
    d.p("The Chair of Hollin Bridge Community Safety Partnership decided on 12 April 2016 to "
        "commission a Domestic Homicide Review in accordance with section 9 of the Domestic "
        "Violence, Crime and Victims Act 2004.[[fn:Section 9 came into force on 13 April "
        "2011. The review was conducted under the Home Office Multi-Agency Statutory Guidance "
        "for the Conduct of Domestic Homicide Reviews, revised December 2016.]] The Home "
        "Office was notified on 15 April 2016.")
    d.h("2.2 Purpose of the review", "2.2", "Purpose of the review", 2, "terms_of_reference")
    d.p("The purpose of a Domestic Homicide Review is to:")
    d.purpose_items([
        "establish what lessons are to be learned from the domestic homicide regarding the way "
        "in which local professionals and organisations work individually and together to "
        "safeguard victims;",
        "identify clearly what those lessons are, how and within what timescales they will be "
        "acted on, and what is expected to change as a result;",
        "apply these lessons to service responses, including changes to policies and "
        "procedures as appropriate;",
        "prevent domestic violence and homicide and improve service responses for all domestic "
        "violence and abuse victims and their children.",
    ])
    d.h("2.3 Terms of reference", "2.3", "Terms of reference", 2, "terms_of_reference")
    d.scope_items([
        "The review considered contact with Ruth and Mr T from 1 January 2013 to 19 March "
        "2016.",
        "The following agencies provided Individual Management Reviews: Hollin Bridge Police; "
        "Elmstead Medical Centre; Hollin Bridge Hospitals NHS Trust; Hollin Bridge Borough "
        "Council Housing Service; Hollin Bridge IDVA Service; the National Probation Service.",
    ])
    d.p("The Panel agreed the following specific lines of enquiry:")
    d.lines_of_enquiry([
        "What did each agency know about abuse in the relationship, and how did it assess the "
        "risk?",
        "Was the risk to Ruth at the point of separation recognised?",
        "How were the three police call-outs in 2015 risk assessed, and were they referred to "
        "MARAC?",
        "Did Ruth's employer have information that could have been shared, and were there "
        "barriers to Ruth seeking help through work?",
        "What support was offered to Ruth after she declined to support a prosecution in "
        "November 2015?",
    ], fmt="{n})")
    d.h("2.4 Involvement of family and friends", "2.4", "Involvement of family and friends",
        2, "methodology")
    d.p("The Chair met Ruth's mother and her closest friend. Mr T was written to in prison and "
        "declined to take part. Ruth's mother asked the Panel to understand that Ruth 'was not "
        "a victim type – she was strong, and he wore her down'.")

    d.h("3. Background and chronology", "3", "Background and chronology", 1, "chronology")
    d.p("3.1 Ruth and Mr T met in 2012 and lived together from 2013 in a housing association "
        "flat with Ruth's two children from a previous relationship. Ruth worked as a "
        "supervisor in a distribution warehouse. Mr T was unemployed for most of the period "
        "under review.")
    d.p("3.2 In 2014 Ruth told her GP that she was 'stressed at home' and that her partner "
        "'checked her phone'. The GP prescribed an antidepressant and recorded 'relationship "
        "difficulties'. No routine enquiry about domestic abuse was made. Ruth's partner should "
        "have been the subject of a question about safety at that consultation, and the GP "
        "practice has accepted this.")
    d.p("3.3 The police attended the flat in March, July and November 2015. On each occasion a "
        "DASH risk assessment was completed and the risk was graded as standard. On the third "
        "occasion Ruth had a bruise to her arm. Mr T was arrested, but Ruth declined to make a "
        "statement and he was released with no further action.")
    d.p("3.4 Ruth's line manager noticed that Mr T waited outside the warehouse at the end of "
        "each shift and that Ruth often had her phone taken from her during breaks by "
        "colleagues at her own request 'so he can't see I've read his messages'. The employer "
        "had no domestic abuse policy.")
    d.p("3.5 Ruth ended the relationship on 30 December 2015 and Mr T moved to his brother's "
        "address. Over the next eleven weeks he sent Ruth several hundred messages. She "
        "reported this to the police in February 2016; an officer gave advice about "
        "harassment and a crime report was raised. A referral to the IDVA service was made "
        "but the IDVA was unable to reach Ruth by telephone. Mr T killed Ruth at her home on "
        "19 March 2016.")

    d.h("4. Analysis", "4", "Analysis", 1, "analysis")
    d.p("4.1 The Panel considered each line of enquiry. In summary, agencies responded to "
        "incidents rather than to the relationship. The DASH assessments did not capture the "
        "controlling behaviour that Ruth described to her GP and, later, to her employer, "
        "because those agencies did not share what they knew and the police did not ask. "
        "Research has consistently shown that separation is a time of increased risk.[[fn:See, "
        "for example, the Home Office analysis of Domestic Homicide Reviews published in "
        "2016.]] The February 2016 report was not linked to the earlier call-outs.")
    d.p("4.2 Ruth's decision not to support a prosecution was recorded as the end of the "
        "police involvement. The Panel considers that it should instead have been a point at "
        "which specialist support was offered more actively.")
    inline = d.R(None, "The Panel also recommends that Hollin Bridge Borough Council adopts a "
                 "domestic abuse policy for its own employees and uses its role as a local "
                 "employer to promote workplace domestic abuse policies among businesses in "
                 "the borough.", ["Local Authority"], scope="single_agency")
    d.use(inline, primary=True)
    d.p("4.3 Ruth's employer saw more of the controlling behaviour than any statutory agency, "
        "but had no policy to guide a response and no route to share what it saw. "
        + inline.text + " This recommendation is not repeated in section 6 because it falls "
        "outside the partnership's action plan.")

    d.h("5. Conclusions", "5", "Conclusions", 1, "conclusions")
    d.p("5.1 The Panel does not consider that Ruth's death was predictable on the information "
        "held by any one agency. Taken together, the information held by the GP, the police "
        "and her employer showed a pattern of coercive control that escalated after "
        "separation. The Panel concludes that her death may have been preventable had that "
        "pattern been recognised.")

    d.h("6. Recommendations", "6", "Recommendations", 1, "recommendations")
    d.p("6.1 Each agency's own recommendations are set out in Appendix 2. The Panel makes the "
        "following recommendations.")
    d.runin("Multi-agency recommendations", "recommendations", level=2)
    d.rec_list(panel, fmt="{n})")
    d.runin("National recommendations", "recommendations", level=2)
    d.rec_list([national], fmt="{n})")

    d.h("Appendix 1: Glossary", "1", "Glossary", 1, "glossary")
    d.table(["Term", "Meaning"], [
        ["DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk "
                 "identification checklist"],
        ["IDVA", "Independent Domestic Violence Advisor"],
        ["IMR", "Individual Management Review"],
        ["MARAC", "Multi-Agency Risk Assessment Conference"],
        ["NPS", "National Probation Service"],
    ], widths=[3, 12], font_size=10)

    d.h("Appendix 2: Single agency recommendations", "2", "Single agency recommendations", 1,
        "appendix")
    d.p("The following recommendations were made by agencies in their Individual Management "
        "Reviews. Progress will be monitored by the Community Safety Partnership through the "
        "action plan.")
    groups = [
        ("Single agency recommendations – Hollin Bridge Police", "Police", [
            "Ensure that officers completing a DASH assessment ask about controlling behaviour, "
            "including the monitoring of phones and money, and record the answers.",
            "Introduce a supervisory review of any third domestic incident involving the same "
            "couple within twelve months.",
        ]),
        ("Single agency recommendations – Elmstead Medical Centre", "GP / Primary Care", [
            "Introduce routine enquiry about domestic abuse for patients presenting with "
            "anxiety, depression or stress.",
            "Provide IRIS-style domestic abuse training to all clinical staff by March 2018.",
        ]),
        ("Single agency recommendations – Hollin Bridge IDVA Service",
         "Domestic Abuse Services", [
            "Review the contact protocol so that at least three attempts are made by different "
            "means, including a letter to a safe address, before a referral is closed.",
        ]),
    ]
    for heading, party, items in groups:
        d.runin(heading, "appendix", level=2)
        recs = [d.R(str(i), t, [party], inferred=True, scope="single_agency")
                for i, t in enumerate(items, 1)]
        d.rec_list(recs, fmt="{n})")
    return d
