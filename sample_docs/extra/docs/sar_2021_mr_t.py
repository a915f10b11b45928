"""SAR, Fenmoor Safeguarding Adults Board, 2021, printed from Chromium without a browser
header or footer.  Roman-numeral headings, KLOEs as topic labels, recommendations in a
two-column table (No | Recommendation), owners given as abbreviations and a collective term
('Commissioners') that are defined only in the glossary table, and unnumbered learning points."""

from sample_docs.kit.doc import Doc

NAME = "sar_2021_mr_t"

CSS = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; line-height: 1.4; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 14pt; color: #14455c;
     margin: 20px 0 8px; }
h3 { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; color: #14455c;
     margin: 14px 0 6px; font-style: italic; }
p { margin: 0 0 9px; }
p.ind { padding-left: 2em; text-indent: -2em; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 10.5pt; }
th, td { border: 1px solid #14455c; padding: 5px 7px; vertical-align: top; text-align: left; }
th { background: #14455c; color: white; }
table.recs td:first-child { width: 9%; text-align: center; font-weight: bold; }
table.gloss td:first-child { width: 22%; }
.title { font-family: 'Liberation Sans', sans-serif; color: #14455c; }
"""


def build() -> Doc:
    d = Doc(NAME, producer="html", document_type="sar", title="Safeguarding Adults Review: Mr T",
            subjects=["Mr T"], area="Fenmoor Safeguarding Adults Board",
            publication_date="2021-07-14", split="dev",
            style=dict(house="compact", css=CSS, html_title="Fenmoor SAB - SAR Mr T"))
    d.title("Fenmoor Safeguarding Adults Board", size=13, align="left", bold=False, space_after=10)
    d.title("Safeguarding Adults Review: Mr T", size=24, align="left", space_after=10)
    d.line("Overview report by Helen Corrigan, independent reviewer. Accepted by the Board on "
           "22 June 2021; published 14 July 2021.", align="left", italic=True, size=None)
    d.h("I. Introduction", "I", "Introduction", 1, "introduction")
    d.p("Mr T was a 34-year-old man with a learning disability and autism who lived in a "
        "supported living flat in Fenmoor. He died in hospital in October 2019 from "
        "complications of severe constipation after being unwell for several weeks. The "
        "Board agreed that the criteria for a mandatory review under section 44 of the Care "
        "Act 2014 were met, because there was reasonable cause for concern about how "
        "agencies had worked together and Mr T had died.")
    d.p("Mr T's sister took part in the review. She wanted the report to say that her brother "
        "loved trains, hated loud noises and was 'the most honest person you could meet'.")
    d.h("II. Terms of reference", "II", "Terms of reference", 1, "terms_of_reference")
    d.scope("The review examined agency involvement from 1 January 2018 to Mr T's death on 3 "
            "October 2019.")
    d.p("The Board asked the reviewer to focus on the following key lines of enquiry:")
    for t in ["Recognition of physical ill-health in a person who communicates distress "
              "through behaviour",
              "Annual health checks and the use of hospital passports",
              "Communication between the supported living provider, the GP and the community "
              "learning disability team",
              "Application of the Mental Capacity Act to decisions about medical treatment",
              "Oversight of the supported living contract by commissioners"]:
        d.kloe(None, t, render="li")
    d.h("III. Methodology", "III", "Methodology", 1, "methodology")
    d.p("The review used a hybrid method: agencies provided chronologies and short reports, "
        "and a reflective workshop was held with practitioners and managers. Eight agencies "
        "contributed. The reviewer also read the records of the provider's internal "
        "investigation and the LeDeR review of Mr T's death.")
    d.h("IV. Mr T's story", "IV", "Mr T's story", 1, "chronology")
    d.p("Mr T moved to his flat in 2016 after living with his mother, who had died. He had "
        "two-to-one support during the day and one staff member at night. Staff knew him well "
        "and described his routines in detail.")
    d.p("From July 2019 Mr T began to refuse food, to hit his own head and to sit on the floor "
        "of the bathroom for long periods. The provider recorded these as 'behaviours of "
        "concern' and sought advice from the community learning disability team, which "
        "suggested changes to his daily timetable. Mr T's GP saw him once, in August, and "
        "prescribed a laxative; the prescription was not collected for eleven days.")
    d.p("In late September Mr T's abdomen was visibly swollen. An ambulance was called on 1 "
        "October. He was found to have a bowel obstruction and died two days later.")
    d.h("V. Analysis", "V", "Analysis", 1, "analysis")
    d.h("Diagnostic overshadowing", None, "Diagnostic overshadowing", 2, "analysis")
    d.p("Every professional who saw Mr T in the summer of 2019 interpreted his distress in "
        "terms of his autism and learning disability. None asked whether he might be in pain. "
        "His hospital passport said that he showed pain by 'going quiet and sitting on the "
        "floor', but it was kept in a folder in the office and not taken to appointments.")
    d.h("Capacity and consent", None, "Capacity and consent", 2, "analysis")
    d.p("Mr T refused a rectal examination in August. His refusal was accepted without an "
        "assessment of his capacity to make that decision, and without any best interests "
        "discussion. The reviewer considers that a capacity assessment was required, given "
        "the seriousness of the possible consequences.")
    d.h("Contract oversight", None, "Contract oversight", 2, "analysis")
    d.p("The supported living contract required monthly health monitoring, including bowel "
        "charts for people with a known history of constipation. The provider's bowel charts "
        "for Mr T had not been completed since March. Contract monitoring visits in 2018 and "
        "2019 checked staffing levels and training records but did not sample health records.")
    d.h("VI. Good practice", "VI", "Good practice", 1, "good_practice")
    d.p("The ambulance crew recognised the seriousness of Mr T's condition immediately and "
        "ensured that he was seen by a senior clinician on arrival. The provider's staff "
        "stayed with him in hospital throughout and his sister has said how much this meant "
        "to the family.")
    d.h("VII. Recommendations", "VII", "Recommendations", 1, "recommendations")
    d.p("The abbreviations used below are explained in the glossary at Appendix 1.")
    rows = []

    def r(no, text, parties, **kw):
        kw.setdefault("scope", "multi_agency")
        d.rec(d.R(no, text, parties, **kw), style=None)
        rows.append([no, text])

    r("1", "Fenmoor Safeguarding Adults Board should lead a campaign, with people with "
      "learning disabilities and their families, to raise awareness of diagnostic "
      "overshadowing among health and care staff.", ["Safeguarding Adults Board"])
    r("2", "Commissioners should ensure that contract monitoring of supported living services "
      "includes sampling of health monitoring records, including bowel charts where these are "
      "required by a person's support plan.", ["Adult Social Care", "Integrated Care Board"],
      inferred=True)
    r("3", "FPFT should ensure that its community learning disability team considers physical "
      "causes, including pain and constipation, before advising on a change in behaviour.",
      ["Mental Health Services"], scope="single_agency")
    r("4", "The SAB should seek assurance from FPFT and the GP practices in Fenmoor that "
      "hospital passports are requested and used at every health appointment.",
      ["Safeguarding Adults Board"], targets=["Mental Health Services", "GP / Primary Care"])
    r("5", "Each partner agency should review its Mental Capacity Act training to make sure "
      "that it covers refusal of medical examination and treatment by people with learning "
      "disabilities.", ["All agencies"])
    r("6", "Supported living providers in Fenmoor should ensure that staff know how to escalate "
      "a deterioration in a person's physical health, including by calling NHS 111 or an "
      "ambulance, without waiting for a GP appointment.", ["Care Provider"],
      scope="single_agency")
    d.table(["No", "Recommendation"], rows, cls="recs")
    d.h("VIII. Learning points", "VIII", "Learning points", 1, "findings")
    d.p("In addition to the recommendations, the reviewer draws out the following points for "
        "individual practitioners:")
    for t in ["A change in behaviour in a person with a learning disability should be treated "
              "as a possible sign of physical illness until that has been ruled out.",
              "A refusal of an examination or treatment is a decision that may need a "
              "capacity assessment; it is not the end of the conversation.",
              "Families often know how a person shows pain. Ask them."]:
        d.rec(d.R(None, t, [], kind="learning_point", scope=None), style="li")
    d.h("IX. Conclusion", "IX", "Conclusion", 1, "conclusions")
    d.p("Mr T's death was not inevitable. He was surrounded by people who cared about him, but "
        "the system around him did not help them to see that he was ill. The Board has "
        "accepted all six recommendations and will publish its action plan separately.")
    d.h("Appendix 1: Glossary", "1", "Glossary", 1, "glossary")
    d.table(["Term", "Meaning"], [
        ["CCG", "NHS Fenmoor Clinical Commissioning Group"],
        ["CLDT", "Community learning disability team, provided by FPFT"],
        ["Commissioners", "The joint commissioning team of Fenmoor Council Adult Social Care "
         "and NHS Fenmoor Clinical Commissioning Group"],
        ["FPFT", "Fenmoor Partnership NHS Foundation Trust (mental health and learning "
         "disability services)"],
        ["LeDeR", "Learning from Lives and Deaths - people with a learning disability and "
         "autistic people"],
        ["MCA", "Mental Capacity Act 2005"],
        ["SAB", "Fenmoor Safeguarding Adults Board"]], cls="gloss")
    return d
