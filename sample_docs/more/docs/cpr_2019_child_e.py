"""Welsh concise Child Practice Review, 2019 (docx -> LibreOffice).

Exercises: Welsh CPR template headings, bilingual heading 'Argymhellion / Recommendations',
'Recommendation 1:' labels, 'Improving systems and practice', terms of reference in an
appendix with 'To ...' objectives and 'core tasks', Regional Safeguarding Board owner,
Health Board (canonical Health Board (Wales/Scotland/NI)), Welsh Government national recommendation,
passive recommendation (owner inferred = Regional Safeguarding Board).
"""
from sample_docs.kit.doc import Doc

RSB = "Regional Safeguarding Board"


def build():
    d = Doc("cpr_2019_child_e", document_type="cpr",
            title="Concise Child Practice Review: Child E",
            subjects=["Child E"], area="Tregaron and Glannant Regional Safeguarding Children Board",
            publication_date="2019-06-20", split="heldout", producer="docx",
            style=dict(font="Calibri", size=11, heading_mode="styles",
                       header="Tregaron and Glannant Regional Safeguarding Children Board | "
                              "CPR TGRSCB 02/2018",
                       page_numbers="{PAGE}", heading_color="00695C"))
    d.title("Tregaron and Glannant Regional Safeguarding Children Board", size=15)
    d.title("Bwrdd Diogelu Plant Rhanbarthol Tregaron a Glannant", size=12, bold=False)
    d.title("CONCISE CHILD PRACTICE REVIEW", size=20)
    d.title("Re: Child E", size=18)
    d.line("Reviewer: Sian Pritchard-Evans")
    d.line("Panel chair: Huw Llewellyn, Head of Safeguarding, Tregaron County Council")
    d.line("Date presented to the Board: 12 March 2019")
    d.line("Published: 20 June 2019")
    d.page_break()

    d.h("Brief outline of circumstances resulting in the Review", None,
        "Brief outline of circumstances resulting in the Review", 1, "introduction")
    d.p("A concise Child Practice Review was commissioned by Tregaron and Glannant Regional "
        "Safeguarding Children Board on the recommendation of the Case Review Group, in "
        "accordance with the Safeguarding Boards (Functions and Procedures) (Wales) "
        "Regulations 2015. The criteria for a concise review were met because Child E had "
        "suffered serious harm, abuse or neglect was suspected, and Child E had not been on the "
        "child protection register or looked after in the six months before the event.")
    d.p("Child E, a boy aged seven weeks, was brought to the emergency department of Ysbyty "
        "Glannant in December 2017 with a swollen thigh. X-rays showed a fracture of the femur "
        "and two healing rib fractures. The medical opinion was that the injuries were "
        "inflicted. Child E's parents were arrested and later released without charge. Child "
        "E and his older sister now live with their paternal aunt.")
    d.p("The review period was agreed as the twelve months before the admission, from "
        "December 2016, and therefore includes the whole of the mother's pregnancy.")

    d.h("Practice and organisational learning", None, "Practice and organisational learning",
        1, "findings")
    d.p("The reviewer identified the following learning from a learning event attended by "
        "nineteen practitioners and from the agency timelines.")
    d.h("Learning 1: Bruising and marks on a very young baby", None,
        "Learning 1: Bruising and marks on a very young baby", 2, "findings")
    d.p("At the six-week check the GP noted a 'small red mark' on Child E's cheek. The mother "
        "said his sister had scratched him. The mark was not measured or described in detail, "
        "and the health visitor, who visited two days later, was not told. Practitioners at the "
        "learning event said that a red mark is easily seen as different from a bruise, and "
        "that the All Wales Child Protection Procedures on bruising in non-mobile children "
        "were not well known in general practice. The mother should have been asked to bring "
        "Child E back the next day, and the GP accepted this at the learning event.")
    d.h("Learning 2: Fathers and male carers", None, "Learning 2: Fathers and male carers", 2,
        "findings")
    d.p("Child E's father worked away during the week. He was not present at any midwifery or "
        "health visiting contact and no practitioner spoke to him directly. The father had a "
        "history of anxiety and had been prescribed medication in 2016, which was known to his "
        "own GP practice in a neighbouring area but not to the family's practice.")
    d.h("Learning 3: Sharing of information at the point of birth", None,
        "Learning 3: Sharing of information at the point of birth", 2, "findings")
    d.p("The midwifery service was aware that the mother had experienced postnatal depression "
        "after the birth of her first child. This was recorded in the maternity notes but was "
        "not included in the transfer of care letter to the health visitor, because the letter "
        "template did not have a field for it.")
    d.h("Learning 4: Good practice", None, "Learning 4: Good practice", 2, "good_practice")
    d.p("The emergency department paediatrician made a prompt and clear referral, and the "
        "strategy discussion was held the same evening. Children's Services arranged a "
        "placement with the paternal aunt within forty-eight hours.")

    d.h("Improving Systems and Practice", None, "Improving Systems and Practice", 1,
        "recommendations")
    d.p("In order to promote the learning from this case, the review identified the following "
        "actions for the Regional Safeguarding Children Board and its member agencies, and "
        "anticipated improvement outcomes.")
    d.h("Argymhellion / Recommendations", None, "Argymhellion / Recommendations", 2,
        "recommendations")
    r1 = d.R("1", "The Regional Safeguarding Children Board should raise awareness across "
             "primary care of the All Wales procedure on bruising and marks in non-mobile "
             "babies, and should seek evidence within six months that the procedure is being "
             "applied.", [RSB], scope="multi_agency")
    r2 = d.R("2", "Glannant University Health Board should amend the midwifery transfer of "
             "care letter so that a history of perinatal mental illness, and any previous "
             "involvement of Children's Services, is passed to the health visitor and the GP.",
             ["Health Board (Wales/Scotland/NI)"], scope="single_agency")
    r3 = d.R("3", "Practitioners in universal services should be supported to engage fathers "
             "and male carers, and to record their details, through multi-agency training "
             "commissioned for 2019-20.", [RSB], inferred=True, scope="multi_agency")
    r4 = d.R("4", "Tregaron County Council Children's Services and Glannant University Health "
             "Board should jointly audit a sample of pre-birth and new birth cases to test "
             "whether information about both parents is routinely gathered.",
             ["Children's Social Care", "Integrated Care Board"], scope="multi_agency")
    r5 = d.R("5", "The Board should write to the Welsh Government asking that the national "
             "review of the maternity information system includes a shared field for "
             "safeguarding information visible to midwives, health visitors and GPs.",
             [RSB], scope="national")
    for r in (r1, r2, r3, r4, r5):
        d.rec(r, "literal", label=f"Recommendation {r.number}:", bold_label=True)

    d.h("Statement by Reviewer", None, "Statement by Reviewer", 1, "other")
    d.table(["REVIEWER", "Sian Pritchard-Evans"], [
        ["Statement of independence from the case", "I make the following statement that, "
         "prior to my involvement with this learning review, I have not been directly "
         "concerned with the child or family, or have given professional advice on the "
         "case."],
        ["Quality assurance", "I have adhered to the guidance on Child Practice Reviews and "
         "the report was reviewed by the Panel on 12 March 2019."],
    ], widths=[5, 11], font_size=10)

    d.h("Appendix 1: Terms of Reference", "1", "Terms of Reference", 1, "terms_of_reference")
    d.p("The core tasks of the review, as set out in Welsh Government guidance, are to:")
    d.purpose_items([
        "determine whether decisions and actions in the case comply with the policy and "
        "procedures of named services and the Board;",
        "examine inter-agency working and service provision for the child and family;",
        "determine the extent to which decisions and actions were child focused;",
        "seek contributions to the review from appropriate family members;",
        "take account of any parallel investigations or proceedings related to the case.",
    ])
    d.p("Specific tasks of the review:")
    d.lines_of_enquiry([
        "To consider how information about the mother's mental health history was shared "
        "between midwifery, health visiting and general practice.",
        "To consider the response of professionals to the mark seen on Child E's face at the "
        "six-week check.",
        "To explore how practitioners engaged with Child E's father.",
        "To identify any learning about the support given to parents with a second baby where "
        "there was a history of postnatal depression.",
    ])
    d.scope_items([
        "Period under review: 1 December 2016 to 14 December 2017.",
        "Agencies: Glannant University Health Board (midwifery, health visiting, emergency "
        "department), two GP practices, Tregaron County Council Children's Services, "
        "Tregaron Police.",
    ], style="bullets")

    d.h("Appendix 2: Summary timeline", "2", "Summary timeline", 1, "chronology")
    d.table(["Date", "Event"], [
        ["March 2017", "Mother books with community midwife; history of postnatal depression "
         "recorded in maternity notes."],
        ["June 2017", "Mother reports low mood to GP; no change to care plan."],
        ["22 October 2017", "Child E born at Ysbyty Glannant; discharged on day two."],
        ["2 November 2017", "Transfer of care from midwife to health visitor."],
        ["4 December 2017", "Six-week check at GP practice; red mark on cheek noted."],
        ["6 December 2017", "Health visitor home visit; no concerns recorded."],
        ["14 December 2017", "Child E brought to emergency department with swollen thigh."],
    ], widths=[3.5, 12.5], font_size=10)
    return d
