"""LCSPR 2020 (HTML -> Chromium, browser header/footer).

Exercises: inline prose recommendations in the analysis ('It is recommended that ...', 'The
review recommends that ...') repeated in a final '1)' list (n_locations 2); a recommendation
with sub-bullets; passive recommendation (owner inferred = partnership); national
recommendation to the Department for Education; CCG in 2020 (canonical ICB); KLOEs as 'To ...'
objectives; 'Child V's father should have been ...' narrative.
"""
from sample_docs.kit.doc import Doc

SCP = "Safeguarding Children Partnership"


def build():
    d = Doc("lcspr_2020_child_v", document_type="lcspr",
            title="Child Safeguarding Practice Review: Child V",
            subjects=["Child V"], area="Tarrow Moor Safeguarding Children Partnership",
            publication_date="2020-11-25", split="dev", producer="html",
            style=dict(html_font="'Trebuchet MS', 'DejaVu Sans', sans-serif", size=10.5,
                       browser_header_footer=True, heading_color="1A5276", justify=True))
    d.title("Tarrow Moor Safeguarding Children Partnership", size=13)
    d.title("Child Safeguarding Practice Review", size=22)
    d.title("Child V", size=20)
    d.line("Independent reviewer: Michael Dunmore · November 2020")

    r1 = d.R("1", "It is recommended that Tarrow Moor Clinical Commissioning Group ensures "
             "that the safe sleep assessment used by health visitors is repeated whenever a "
             "family moves to new accommodation.", ["Integrated Care Board"],
             scope="single_agency")
    r2 = d.R("2", "The review recommends that the Partnership commissions a campaign on safe "
             "sleep aimed at fathers and male carers, developed with local fathers.", [SCP],
             scope="multi_agency")
    r3 = d.R("3", "Tarrow Moor Housing Services should review how families with a baby are "
             "placed in temporary accommodation, and in particular should:", ["Housing"],
             scope="single_agency",
             bullets=["check that a cot or Moses basket is available on the day of the move;",
                      "tell the family's health visitor of the new address within two working "
                      "days;",
                      "avoid placing families with a baby under one in shared rooms without "
                      "separate sleeping space."])
    r4 = d.R("4", "Multi-agency training on the risks of co-sleeping where parents have used "
             "alcohol or drugs should be refreshed and made mandatory for practitioners in "
             "early help and substance misuse services.", [SCP], inferred=True,
             scope="multi_agency")
    r5 = d.R("5", "The Partnership should write to the Department for Education and the Child "
             "Safeguarding Practice Review Panel to ask that national guidance on temporary "
             "accommodation for families with infants is strengthened.", [SCP],
             scope="national")

    d.h("1. Introduction", "1", "Introduction", 1, "introduction")
    d.p("1.1 Child V died in March 2019, aged eleven weeks, while sleeping on a sofa with his "
        "father. The family had moved into temporary accommodation six days earlier. The "
        "post-mortem examination found no injuries, and the cause of death was recorded as "
        "unascertained, consistent with sudden unexpected death in infancy.")
    d.p("1.2 The safeguarding partners in Tarrow Moor – Tarrow Moor Council, Tarrow Moor CCG "
        "and Tarrow Moor Police – held a rapid review in April 2019 and decided that a local "
        "review would identify learning about safe sleep for babies in families under "
        "stress, and about the use of temporary accommodation.")
    d.h("2. Key lines of enquiry", "2", "Key lines of enquiry", 1, "terms_of_reference")
    d.scope_items([
        "The review covers the period from the confirmation of the pregnancy in June 2018 to "
        "the death of Child V on 22 March 2019.",
    ])
    d.lines_of_enquiry([
        "To consider how safe sleep advice was given to both parents and how it was adapted "
        "to their circumstances.",
        "To examine how the move to temporary accommodation was planned, and whether the "
        "needs of a young baby were taken into account.",
        "To explore how the father's use of alcohol was known to, and assessed by, agencies.",
        "To identify any learning for the Partnership's approach to preventing sudden "
        "unexpected deaths in infancy.",
    ], fmt="{n}.")
    d.h("3. Background", "3", "Background", 1, "background")
    d.p("3.1 Child V's parents were in their early twenties. His mother had a history of "
        "anxiety and his father had received support from a substance misuse service in 2017 "
        "for alcohol use. The family lived with the maternal grandmother until a disagreement "
        "in March 2019, after which they presented as homeless.")
    d.p("3.2 The midwife and the health visitor both gave safe sleep advice to Child V's mother "
        "and recorded that the baby slept in a cot in the parents' room. Child V's father "
        "should have been included in those conversations; he told the review that nobody "
        "talked to him about where the baby slept.")
    d.p("3.3 The family was placed in a single room in a shared house. There was no cot. The "
        "mother told the reviewer that she had asked for one and was told to contact a "
        "charity. The health visitor learned of the move after Child V's death.")

    d.h("4. Analysis", "4", "Analysis", 1, "analysis")
    d.h("4.1 Safe sleep advice", "4.1", "Safe sleep advice", 2, "analysis")
    d.p("4.1.1 Safe sleep advice was given in line with national guidance, but it was given "
        "once, to the mother, when the family lived in settled accommodation. Risk changes "
        "when circumstances change. " + r1.text + " Practitioners at the learning event also "
        "said that fathers are rarely present at contacts. " + r2.text)
    d.use(r1, primary=True)
    d.use(r2, primary=True)
    d.h("4.2 Temporary accommodation", "4.2", "Temporary accommodation", 2, "analysis")
    d.p("4.2.1 Housing officers followed the homelessness procedure correctly. The procedure "
        "did not ask whether there was a baby in the household or whether safe sleeping "
        "space was available. The review considers that these are simple questions which "
        "would have changed the outcome of the placement decision.")
    d.h("4.3 Alcohol and co-sleeping", "4.3", "Alcohol and co-sleeping", 2, "analysis")
    d.p("4.3.1 The father had been drinking on the evening Child V died. The substance misuse "
        "service had closed his case in 2018 and was not aware that he was about to become a "
        "father. Early help practitioners were unaware of his history.")

    d.h("5. Recommendations", "5", "Recommendations", 1, "recommendations")
    d.p("5.1 The review makes the following recommendations. Recommendations 1 and 2 are "
        "repeated from section 4.")
    d.numbered([r.text for r in (r1, r2, r3)], "{n})", 1)
    for r in (r1, r2, r3):
        d.use(r, primary=(r is r3))
    d.bullets(r3.bullets, level=1)
    d.numbered([r4.text, r5.text], "{n})", 4)
    d.use(r4, primary=True)
    d.use(r5, primary=True)

    d.h("6. The Partnership's response", "6", "The Partnership's response", 1, "other")
    d.p("6.1 The safeguarding partners accept the recommendations. An action plan will be "
        "published by March 2021. The partners note that some of the learning, for example "
        "on safe sleep in temporary accommodation, has already been shared with neighbouring "
        "partnerships.")
    return d
