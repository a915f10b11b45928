"""Learning brief ('7-minute briefing') for LCSPR Child E, Holmbridge Safeguarding Children
Partnership, 2024, printed by Chromium without browser header/footer.  Numbered boxed panels,
KLOEs as a bullet list of questions,
'R1.' recommendations, learning points, and reflective questions for teams (not gold)."""

from sample_docs.kit.doc import Doc

NAME = "learning_brief_2024_child_e"

CSS = """
@page { size: A4; margin: 24mm 16mm 18mm 16mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.45;
       color: #1d1d1d; }
.runhead { position: fixed; top: -16mm; left: 0; right: 0; font-size: 8pt; color: #777;
           border-bottom: 1px solid #ccc; padding-bottom: 2px; }
h2 { background: #0b6e69; color: white; font-size: 12.5pt; padding: 5px 9px; margin: 16px 0 0;
     border-radius: 6px 6px 0 0; }
h3 { color: #0b6e69; font-size: 11pt; margin: 10px 0 4px; }
p { margin: 0 0 7px; }
ul { margin: 2px 0 8px; }
.title { color: #0b6e69; }
p.hd b { color: #0b6e69; }
"""


def build() -> Doc:
    d = Doc(NAME, producer="html", document_type="learning_brief",
            title="Learning Brief: Local Child Safeguarding Practice Review Child E",
            subjects=["Child E"], area="Holmbridge Safeguarding Children Partnership",
            publication_date="2024-04-17", split="dev",
            style=dict(house="compact", css=CSS, html_title="Learning brief - Child E"))
    d.line("Holmbridge Safeguarding Children Partnership · Learning brief · LCSPR Child E · "
           "April 2024", size=8, align="right", color="777777")
    d.title("7-minute briefing", size=12, align="left", bold=False, space_after=10)
    d.title("Learning from the review of Child E", size=22, align="left", space_after=10)
    d.line("This briefing summarises the local child safeguarding practice review about Child "
           "E. Use it in team meetings and supervision. The full report is available on the "
           "Partnership website.", align="left", italic=True, size=None)
    d.h("1. Background", "1", "Background", 1, "background")
    d.p("Child E was seven weeks old when she was admitted to hospital in October 2022 with a "
        "skull fracture and rib fractures of different ages. Her parents were both 19. Her "
        "father had been a care leaver and had a history of violence towards a previous "
        "partner, which was known to the police but not to health services. Child E has "
        "made a good physical recovery and is living with her paternal aunt.")
    d.p("Before the injuries, Child E and her family had been seen by midwives, health "
        "visitors, the GP and the leaving care team. Nobody was worried. The review asked "
        "why.")
    d.h("The family's view", None, "The family's view", 2, "background")
    d.p("Child E's aunt and her father both spoke to the reviewer. Her father said that he "
        "had been 'desperate for someone to ask how I was doing' and that he had felt "
        "judged whenever he went to appointments. Her aunt said that the family had been "
        "proud of how the parents were coping, and that nobody had told them that a baby "
        "crying for hours every evening was something to ask for help with.")
    d.p("The reviewer has not set out the details of how the injuries were caused, which "
        "were the subject of criminal proceedings. Child E's father pleaded guilty to "
        "causing grievous bodily harm in 2023.")
    d.h("2. What the review looked at", "2", "What the review looked at", 1, "terms_of_reference")
    for t in ["Was the father's history known to the professionals who worked with the "
              "family, and if not, why not?",
              "How were the parents supported with the stresses of caring for a baby who "
              "cried a great deal?",
              "Did the leaving care team share its knowledge of the father with maternity "
              "and health visiting services?"]:
        d.kloe(None, t, render="li")
    d.scope("Period: from the booking appointment in February 2022 to Child E's admission on "
            "9 October 2022.")
    d.page_break()
    d.h("3. What we found", "3", "What we found", 1, "findings")
    d.p("Fathers were invisible. The maternity booking recorded the father's name and age "
        "only. The health visitor spoke to him at the new birth visit but did not ask about "
        "his history. The leaving care team knew that he had been violent to a previous "
        "partner but saw the baby as a positive change in his life.")
    d.p("Crying was not discussed. Neither parent recalls being told about the risks of "
        "shaking a baby or about what to do when crying became overwhelming. The ICON "
        "programme was in place in the hospital but had not been extended to health visiting "
        "contacts.")
    d.p("Good practice: the paediatric registrar who examined Child E recognised the injuries "
        "as non-accidental immediately and made a clear referral the same night.")
    d.h("4. Learning points", "4", "Learning points", 1, "findings")
    for t in ["Ask about every adult in the household, including fathers and partners who are "
              "not present at appointments.",
              "Talk to both parents about crying, and about what they will do when they are "
              "tired and cannot stop it.",
              "If you know something about a parent's history that could affect a baby's "
              "safety, share it; do not assume that health colleagues already know."]:
        d.rec(d.R(None, t, [], kind="learning_point", scope=None), style="li")
    d.h("5. Recommendations", "5", "Recommendations", 1, "recommendations")
    d.p("The reviewer made four recommendations, which the Partnership has accepted:")
    d.rec(d.R("R1", "Holmbridge Safeguarding Children Partnership should launch multi-agency "
          "practice guidance on working with fathers and male carers, with a focus on the "
          "first year of a baby's life.", ["Safeguarding Children Partnership"], scope="multi_agency"),
          style="lead", label="R1.")
    d.rec(d.R("R2", "The Health Visiting Service should extend the ICON programme to the new birth "
          "visit and the six to eight week contact, and record that both parents have been "
          "spoken to.", ["Health Visiting / 0-19 Service"], scope="single_agency"), style="lead", label="R2.")
    d.rec(d.R("R3", "Maternity services at Holmbridge Teaching Hospitals should ask at booking, "
          "and again at 28 weeks, about the father's health and social history, including any "
          "involvement with children's services.", ["Maternity Services"],
          scope="single_agency"), style="lead", label="R3.")
    d.rec(d.R("R4", "The Partnership should seek assurance from Holmbridge Council that its "
          "leaving care service shares relevant information with maternity and health "
          "visiting services when a care leaver is expecting a baby.",
          ["Safeguarding Children Partnership"], targets=["Local Authority"], scope="multi_agency"),
          style="lead", label="R4.")
    d.page_break()
    d.h("6. What has changed since", "6", "What has changed since", 1, "other")
    d.p("The health visiting service began ICON training for all staff in January 2024. The "
        "maternity unit has changed its booking template. The Partnership's fathers guidance "
        "is being written with a group of young fathers and will be launched in the summer.")
    d.h("7. Questions for your team meeting", "7", "Questions for your team meeting", 1,
        "other")
    for t in ["Who is in the household of the babies on your caseload? How do you know?",
              "When did you last talk to a father on his own?",
              "What would you do if you knew something about a parent that a health colleague "
              "might not?"]:
        d.bullets([t], typed=True)
    d.h("Where to find out more", None, "Where to find out more", 2, "other")
    d.p("The full review report, the Partnership's response and the multi-agency action plan "
        "are published on the Partnership website. The Child Safeguarding Practice Review "
        "Panel's national review 'The Myth of Invisible Men' (2021) explores the same themes "
        "and is recommended reading for all practitioners who work with babies and their "
        "families. The ICON programme materials, including leaflets in eleven languages, "
        "can be ordered from the health visiting administration team.")
    d.p("Please record that you have used this briefing, and send any feedback to the "
        "Partnership's learning and development team.")
    return d
