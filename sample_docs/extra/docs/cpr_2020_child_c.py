"""Welsh extended Child Practice Review, Caer Idris Regional Safeguarding Children Board, 2020.
Word Heading 1/2/3 styles with no numbers; core tasks (purposes) and case objectives written as
'To ...'; each recommendation is a Heading 3 'Recommendation N' followed by the recommendation
paragraph, and for recommendations 2 and 3 by a further explanatory paragraph that is not part
of the recommendation."""

from sample_docs.kit.doc import Doc

NAME = "cpr_2020_child_c"


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="cpr",
            title="Extended Child Practice Review: Child C", subjects=["Child C"],
            area="Caer Idris Regional Safeguarding Children Board", publication_date="2020-02-26",
            split="dev",
            style=dict(house="compact", font="Liberation Sans", size=11,
                       footer="CIRSCB CPR 03/2018 – Child C", page_numbers="{PAGE}"))
    d.line("Caer Idris Regional Safeguarding Children Board", size=12, align="right",
           bold=True, color="00664F")
    d.line("Bwrdd Diogelu Plant Rhanbarthol Caer Idris", size=12, align="right",
           italic=True, color="00664F")
    d.title("Extended Child Practice Review", size=22, align="left", color="00664F", space_after=10)
    d.title("Adolygiad Ymarfer Plant Estynedig", size=16, align="left", bold=False, space_after=10)
    d.title("Re: Child C", size=16, align="left", space_after=30)
    d.line("Reviewer: Gareth Penlan   Chair of review panel: Dr Sian Morus", align="left", size=None)
    d.line("Date of Board sign-off: 11 December 2019   Published: 26 February 2020",
           align="left", size=None)
    d.page_break()
    d.h("Legal context from guidance in relation to the review", level=1, kind="introduction")
    d.p("A Regional Safeguarding Children Board must undertake an extended child practice "
        "review in any of the following cases where, within the area of the Board, abuse or "
        "neglect of a child is known or suspected and the child has died or sustained "
        "potentially life-threatening injury or sustained and permanent impairment of health "
        "or development, and the child was on the child protection register or was a looked "
        "after child in the six months before the event.")
    d.p("The Board commissioned this review on the recommendation of the Case Review Group, "
        "which met on 14 May 2018. Child C had been on the child protection register in the "
        "category of neglect until three months before the incident.")
    d.h("Circumstances resulting in the review", level=1, kind="introduction")
    d.p("Child C was 22 months old when she was found unresponsive in the bath at her home in "
        "April 2018. She had been left alone while her mother went to answer the door. Child "
        "C survived but has an acquired brain injury and now lives with foster carers. Her "
        "mother was cautioned for child neglect.")
    d.h("Terms of reference", level=1, kind="terms_of_reference")
    d.h("Core tasks", level=2, kind="terms_of_reference")
    d.p("In line with the guidance, the review was asked:")
    for t in ["To determine whether decisions and actions in the case comply with the policy "
              "and procedures of named services and the Board;",
              "To examine inter-agency working and service provision for the child and "
              "family;",
              "To determine the extent to which decisions and actions were child focused;",
              "To seek contributions to the review from appropriate family members and keep "
              "them informed of key aspects of progress;"]:
        d.purpose(t, render="li")
    d.h("Specific tasks for this review", level=2, kind="terms_of_reference")
    for t in ["To consider how the decision to remove Child C's name from the child protection "
              "register was reached, and what information was available to the conference.",
              "To examine how agencies understood the mother's learning needs and adapted "
              "their work with her.",
              "To establish whether advice about bath safety and supervision was given, and "
              "how it was checked.",
              "To consider the role of the wider family and whether their support was "
              "assessed."]:
        d.kloe(None, t, render="li")
    d.scope("The review covered the period from 1 April 2017 to 19 April 2018.")
    d.scope("Agencies involved: Caer Idris County Council Children's Services; Caer Idris "
            "University Health Board (health visiting, general practice and paediatrics); "
            "Caer Idris Police; Glanrafon Family Centre.")
    d.h("Practice and organisational learning", level=1, kind="findings")
    d.p("The reviewer held a learning event with sixteen practitioners in September 2018. The "
        "panel identified the following areas of learning.")
    d.h("Removing a child from the register", level=2, kind="findings")
    d.p("The review conference in January 2018 heard that home conditions had improved and "
        "that Child C was attending the family centre three days a week. It did not hear that "
        "attendance had fallen in December, nor that the health visitor had been unable to "
        "gain access on two occasions. The conference chair has reflected that the decision "
        "relied on the most recent visit rather than the pattern over time.")
    d.p("Once deregistered, the case stepped down to a care and support plan with a newly "
        "qualified social worker. Practitioners described the step-down as 'a cliff edge'. "
        "The family centre reduced its offer to one day a week because, under its criteria, "
        "children not on the register were lower priority.")
    d.h("Working with a parent who has learning needs", level=2, kind="findings")
    d.p("Child C's mother has a mild learning disability which was identified when she was at "
        "school. Written safety advice was given to her in leaflet form. She told the reviewer "
        "that she 'kept all the leaflets in a drawer' and did not read them. No agency used "
        "the parenting assessment tools designed for parents with learning disabilities, and "
        "there was no referral to the adult learning disability team.")
    d.h("The wider family", level=2, kind="findings")
    d.p("The maternal grandmother visited daily and was described in records as 'a protective "
        "factor'. She was never spoken to by a professional, and her own health had "
        "deteriorated during the winter so that she was visiting far less often.")
    d.h("Improving systems and practice", level=1, kind="recommendations")
    d.p("In order to promote the learning from this case the review identified the following "
        "actions for the Board and its member agencies.")
    d.h("Recommendation 1", "1", level=3, kind="recommendations")
    d.rec(d.R("1", "The Regional Safeguarding Children Board should revise its child protection "
          "conference guidance so that any decision to remove a child's name from the register "
          "considers attendance and access over the whole period since the last conference, "
          "not only at the most recent visit.", ["Regional Safeguarding Board"], scope="multi_agency"),
          style="typed")
    d.h("Recommendation 2", "2", level=3, kind="recommendations")
    d.rec(d.R("2", "Caer Idris University Health Board should ensure that health visitors assess "
          "and record how a parent with learning needs best understands safety advice, and "
          "check that understanding at the next contact.",
          ["Health Board (Wales/Scotland/NI)"], scope="single_agency"), style="typed")
    d.p("The panel was told that the Health Board is already piloting an easy-read version of "
        "its home safety materials in the north of the region. The reviewer welcomes this and "
        "hopes the pilot will be extended.")
    d.h("Recommendation 3", "3", level=3, kind="recommendations")
    d.rec(d.R("3", "Caer Idris County Council Children's Services should ensure that when a child's "
          "name is removed from the register, the care and support plan specifies which "
          "services will continue, at what frequency, and what will trigger a return to "
          "conference.", ["Children's Social Care"], scope="single_agency"), style="typed")
    d.p("This recommendation is framed in this way because the review heard that several "
        "services reduced their involvement at the same moment, without any one of them "
        "knowing what the others had decided. The Board may wish to consider whether the same "
        "issue arises in other parts of the region.")
    d.h("Recommendation 4", "4", level=3, kind="recommendations")
    d.rec(d.R("4", "The Board should ask the Welsh Government to consider whether the Wales "
          "Safeguarding Procedures should include specific guidance on working with parents "
          "who have learning disabilities.", ["Regional Safeguarding Board"],
          scope="national"), style="typed")
    d.h("Statement by reviewer", level=1, kind="other")
    d.table(["Reviewer", "Gareth Penlan"], [
        ["Statement of independence from the case",
         "I make the following statement that prior to my involvement with this learning "
         "review I have not been directly concerned with the child or family, or given "
         "professional advice on the case, and I have had no immediate line management of the "
         "practitioners involved."],
        ["Quality assurance",
         "I have the appropriate recognised qualifications, knowledge and experience and "
         "training to undertake the review. The review was conducted appropriately and was "
         "rigorous in its analysis and evaluation of the issues."]],
        widths=[5, 11.5], font_size=9.5, header_fill="E2EFDA")
    return d
