"""LCSPR (systems findings), Fenmoor Safeguarding Children Partnership, 2023, printed by
Chromium without a browser header or footer.  Unnumbered ALL CAPS headings, 'To ...' objectives
mixed with generic purposes, numbered analysis paragraphs with 'should have' / 'should be',
a quoted recommendation of a 2019 review, 'Questions for the Partnership' after each finding, and
one prose recommendation in the conclusion ('The reviewer also recommends that ...')."""

from sample_docs.kit.doc import Doc

NAME = "lcspr_2023_baby_j"

CSS = """
@page { size: A4; margin: 20mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Serif', serif; font-size: 12pt; line-height: 1.45; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 12.5pt; letter-spacing: 0.5px;
     margin: 22px 0 8px; border-top: 1px solid #333; padding-top: 6px; }
h3 { font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; margin: 14px 0 6px; }
h4 { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; font-style: italic;
     margin: 10px 0 4px; font-weight: normal; }
p { margin: 0 0 9px; }
p.ind { padding-left: 2.6em; text-indent: -2.6em; }
.title { font-family: 'Liberation Sans', sans-serif; }
"""


def build() -> Doc:
    d = Doc(NAME, producer="html", document_type="lcspr",
            title="Local Child Safeguarding Practice Review: Baby J", subjects=["Baby J"],
            area="Fenmoor Safeguarding Children Partnership", publication_date="2023-10-02",
            split="dev",
            style=dict(house="compact", css=CSS, html_title="Baby J LCSPR"))
    d.title("FENMOOR SAFEGUARDING CHILDREN PARTNERSHIP", size=12, align="left", space_after=10)
    d.title("Local Child Safeguarding Practice Review", size=20, align="left", bold=False, space_after=10)
    d.title("Baby J", size=30, align="left", space_after=10)
    d.line("Lead reviewer: Thomas Okonedo. Approved by the Fenmoor safeguarding partners, "
           "September 2023.", align="left", italic=True, size=None)
    d.h("INTRODUCTION", level=1, kind="introduction")
    d.p("Baby J died suddenly at home in January 2022, aged ten weeks. He had been sleeping on "
        "a sofa with his father, who had been drinking. The coroner recorded an open "
        "conclusion. The rapid review found that Baby J's parents had received safer sleep "
        "advice several times but that the risks arising from the father's alcohol use and "
        "the family's overcrowded accommodation had not been brought together.")
    d.p("The Partnership has reviewed sudden unexpected deaths in infancy before. In 2019 a "
        "local review of the death of Baby Q recommended that 'Fenmoor Safeguarding Children "
        "Partnership should commission a safer sleep assessment tool for use by all "
        "practitioners visiting families with babies'. The tool was introduced in 2020. This "
        "review considers why it did not change the outcome for Baby J.")
    d.h("REMIT AND SCOPE", level=1, kind="terms_of_reference")
    d.p("The purposes of the review, taken from Working Together to Safeguard Children, are:")
    for t in ["to identify improvements that should be made to safeguard and promote the "
              "welfare of children;",
              "to prevent or reduce the risk of recurrence of similar incidents."]:
        d.purpose(t, render="li")
    d.p("The partners set the following objectives for this review:")
    for t in ["To understand how the safer sleep assessment tool was used with Baby J's family, "
              "and what affected its use.",
              "To explore how practitioners assessed the father's alcohol use and its impact on "
              "his care of a baby.",
              "To examine the influence of the family's housing conditions on sleeping "
              "arrangements."]:
        d.kloe(None, t, render="li")
    d.scope("The review considered the period from the first antenatal booking in April 2021 "
            "to Baby J's death on 14 January 2022.")
    d.h("WHAT HAPPENED", level=1, kind="chronology")
    d.p("Baby J's parents lived with his two older siblings in a one-bedroom flat rented from a "
        "private landlord. The parents had applied to the housing register and were in band C. "
        "The midwife and the health visitor both completed the safer sleep assessment; both "
        "recorded that Baby J had a cot. Neither recorded where the cot was or whether it was "
        "used. The father told the health visitor that he 'liked a drink at the weekend'.")
    d.p("In December 2021 the police attended after a neighbour reported an argument. The "
        "officers recorded that both parents had been drinking and that a baby was asleep on "
        "the sofa. A notification was sent to the MASH and was screened as requiring no "
        "further action because there was no report of violence.")
    d.h("ANALYSIS", level=1, kind="analysis")
    d.p("4.1\tThe safer sleep tool should be a conversation, not a checklist. In practice it was "
        "completed as a list of yes/no questions. Practitioners told the review that the "
        "question 'does the baby have a cot?' is answered 'yes' by almost every family.",
        indent=True)
    d.p("4.2\tThe police notification should have been linked with the health records. The "
        "MASH screening record shows that the screener did not have access to health visiting "
        "records and did not ask for them. An observation that a baby was asleep on a sofa "
        "with adults who had been drinking should be treated as a safer sleep concern.",
        indent=True)
    d.p("4.3\tHousing was seen as background. The overcrowding was known to every agency but "
        "was not considered as a factor in where Baby J slept.", indent=True)
    d.h("FINDINGS AND QUESTIONS FOR THE PARTNERSHIP", level=1, kind="findings")
    d.h("Finding 1: Safer sleep tools are used as checklists", "1",
        "Finding 1: Safer sleep tools are used as checklists", 2,
        "findings")
    d.p("The tool was designed to prompt a discussion about the particular risks in each "
        "household, including alcohol, smoking and sleeping arrangements at night and during "
        "the day. Its format invites quick completion.")
    d.h("Questions for the Partnership", None, "Questions for the Partnership", 3, "findings")
    q = [("How can the Partnership be assured that safer sleep conversations explore where a "
          "baby actually sleeps, including on sofas and in adult beds?", "1", False),
         ("What would help practitioners to talk to parents about alcohol and safer sleep "
          "without the conversation feeling like an accusation?", "1", True)]
    for t, f, inf in q:
        d.rec(d.R(None, t, ["Safeguarding Children Partnership"], kind="board_question",
              scope=None, finding=f, inferred=inf), style="li")
    d.h("Finding 2: Notifications about babies are screened without health information", "2",
        "Finding 2: Notifications about babies are screened without health information", 2,
        "findings")
    d.p("Police notifications about households with a baby under one are screened by the MASH "
        "using police information only, unless violence is reported.")
    d.h("Questions for the Partnership", None, "Questions for the Partnership", 3, "findings")
    t = ("Should the MASH screening of police notifications about babies under one always "
         "include a check with the health visiting service, and what resource would that "
         "need?")
    d.rec(d.R(None, t, ["Safeguarding Children Partnership"], kind="board_question", scope=None,
          finding="2", inferred=True, targets=["Multi-Agency Safeguarding Hub"]), style="li")
    d.h("CONCLUSION", level=1, kind="conclusions")
    d.p("Baby J's parents loved him and had tried to follow the advice they were given. The "
        "system did not help practitioners to see how alcohol, tiredness and a lack of space "
        "combined to put him at risk. The questions above are for the partners to answer in "
        "their response to this review.")
    d.rec(d.R(None, "The reviewer also recommends that the Partnership works with Fenmoor Council's "
          "housing service to agree how overcrowding in households with a baby under one will "
          "be considered in housing register banding.", ["Safeguarding Children Partnership"],
          targets=["Housing"], scope="multi_agency"), style="typed")
    d.h("REFERENCES", level=1, kind="other")
    for r in ["Blair, P. and Ward Platt, M. (2020) Safer sleep: recommendations for practice "
              "with families in temporary accommodation. Leeds: Northway Press.",
              "Child Safeguarding Practice Review Panel (2020) Out of routine: a review of "
              "sudden unexpected death in infancy in families where the children are "
              "considered at risk of significant harm. London: CSPRP."]:
        d.p(r)
    return d
