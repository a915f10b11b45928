"""Welsh Child Practice Review 2018, Child T - Western Bay Regional Safeguarding Children Board.

Exercises: Welsh CPR template headings (manual bold, unnumbered), "Practice and organisational
learning", recommendations under "Improving systems and practice" with Word auto-numbering
"1)" (numFmt decimal, lvlText "%1)"), terms of reference in an appendix split into generic
core tasks + scope facts (gold: purposes) and case-specific infinitive objectives "To consider
...", "To establish ..." (gold: lines_of_enquiry), a Welsh University Health Board (canonical
the Welsh "Health Board (Wales/Scotland/NI)" canonical), "Education services", a joint Police / Youth
Offending Service recommendation, a bilingual title page.
"""

from sample_docs.kit.report import Level, Meta, ReportBuilder

META = Meta(
    name="cpr_2018_child_t",
    document_type="cpr",
    title="Concise Child Practice Review: Child T",
    subjects=["Child T"],
    area="Western Bay Regional Safeguarding Children Board",
    publication_date="2018-05-10",
    author="Western Bay Regional Safeguarding Children Board",
)

RSB = "Regional Safeguarding Board"


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11, line_spacing=1.2)
    b.header_footer(header=["Child Practice Review \u2013 Child T \u2013 WBRSCB 01/2018"],
                    footer=["Page ", ("field", "PAGE")], skip_first_page=True,
                    header_align="right", footer_align="right")
    b.title_page([
        ("Western Bay Regional Safeguarding Children Board", 16, True),
        ("Bwrdd Diogelu Plant Rhanbarthol Bae'r Gorllewin", 13, False),
        ("", 12, False),
        ("Concise Child Practice Review", 24, True),
        ("Adolygiad Ymarfer Plant Cryno", 16, False),
        ("", 12, False),
        ("Re: Child T", 18, True),
        ("", 12, False),
        ("Reviewer: S. Llewellyn-Hart", 12, False),
        ("Review reference: WBRSCB 01/2018", 12, False),
        ("Published May 2018", 12, False),
    ], top_space=6)

    def H(title, kind, level=1):
        b.heading(title, level, kind, manual=True, size=14 if level == 1 else 12)

    H("Legal context from guidance in relation to the review", "introduction")
    b.paras([
        "A Regional Safeguarding Children Board must undertake a concise child practice review "
        "when a child has died or sustained potentially life-threatening injury or serious and "
        "permanent impairment of health and development, abuse or neglect is known or suspected, "
        "and the child was not on the child protection register or looked after during the six "
        "months before the incident. This review was commissioned on that basis by the Board's "
        "Review Sub-Group in March 2017.",
        "A concise review is intended to be proportionate. It focuses on a short period before "
        "the incident, involves practitioners in a learning event, and concentrates on learning "
        "about how agencies work together rather than on the actions of individuals.",
    ])

    H("Circumstances resulting in the review", "introduction")
    b.paras([
        "Child T was fourteen years old when he was found with a serious stab wound in a flat "
        "in a coastal town some forty miles from his home in Porthallow in January 2017. Two "
        "adults were later convicted of offences connected with the supply of drugs and with "
        "the assault on Child T. Child T recovered from his injuries and now lives with a "
        "relative outside the region.",
        "In the year before the incident Child T had been reported missing from home on eleven "
        "occasions. He had been permanently excluded from his secondary school in October 2016 "
        "and was attending a pupil referral unit on a reduced timetable. He had been arrested "
        "twice for possession of cannabis with intent to supply and was subject to a referral "
        "order supervised by the youth offending service.",
        "Child T's mother had contacted children's services on two occasions asking for help, "
        "saying that she believed her son was being \"used\" by older men. On each occasion an "
        "assessment was completed and support offered through the family support service. The "
        "case was not considered under child protection procedures.",
    ])

    H("Practice and organisational learning", "findings")
    b.para("The reviewer identified the following learning, which was tested with practitioners "
           "at a learning event held in November 2017.")
    H("Recognising criminal exploitation", "findings", level=2)
    b.paras([
        "Practitioners in several agencies described Child T as \"making poor choices\" and "
        "\"involved in drug dealing\". Although each of them was aware that older young people "
        "and adults were involved, Child T's behaviour was seen mainly as offending rather than "
        "as a sign that he was being exploited. At the time of these events there was no "
        "regional guidance on child criminal exploitation, and the language of exploitation was "
        "used mostly in relation to sexual exploitation.",
    ])
    H("Missing episodes and return home interviews", "findings", level=2)
    b.paras([
        "Child T was offered a return home interview after only four of his eleven missing "
        "episodes, and he took up the offer once. The information from police reports about the "
        "places where Child T was found, and the people he was with, was not analysed to "
        "identify patterns. Practitioners said that the missing episodes had come to be seen "
        "as normal for Child T.",
    ])
    H("Education and exclusion", "findings", level=2)
    b.paras([
        "Child T's exclusion from school removed a protective daily routine and the contact "
        "with a teacher whom he trusted. The reviewer heard that the school had not considered "
        "exploitation when deciding to exclude him, and that the pupil referral unit was not "
        "told about the concerns raised by his mother. A reduced timetable of two hours a day "
        "left Child T unsupervised for most of the school day.",
    ])
    H("Sharing intelligence about adults of concern", "findings", level=2)
    b.paras([
        "Western Bay Police held intelligence linking two of the adults later convicted to the "
        "supply of drugs in the area where Child T was found. This intelligence was not shared "
        "with the youth offending service or children's services, partly because of uncertainty "
        "about what could be shared and partly because there was no forum where concerns about "
        "exploitation were discussed across agencies.",
    ])
    H("Hearing the voice of Child T", "findings", level=2)
    b.paras([
        "Child T told the reviewer, through his relative, that nobody had asked him whether he "
        "was frightened. He said that he had felt he owed money to the men who later harmed him "
        "and that he could not see a way out. Records show that Child T was seen regularly by "
        "his youth offending worker, but conversations focused on the conditions of his order.",
    ])

    H("Improving systems and practice", "recommendations")
    b.para("In order to promote the learning from this case, the review identified the "
           "following actions for the Board and its member agencies, and the improvements "
           "that they are intended to achieve.")
    recs = b.numbering.num(b.numbering.abstract(
        [Level(fmt="decimal", text="%1)", left=720, hanging=360)]))

    def R(text, parties):
        b.rec(text, parties, numpr=(recs, 0), number=str(len(b.gold.recommendations) + 1))

    R("The Regional Safeguarding Children Board should ensure that the regional protocol for "
      "children who go missing requires a return home interview to be offered within 72 hours "
      "of the child's return, and should audit compliance across the three local authorities "
      "in the region.", [RSB])
    R("Porthallow Children's Services should ensure that, when a child is believed to be at "
      "risk of criminal exploitation, a multi-agency strategy discussion is held and a safety "
      "plan is agreed, recorded and shared with the child's school. The plan should be reviewed "
      "after each missing episode.", ["Children's Social Care"])
    R("Western Bay Police and Porthallow Youth Offending Service should jointly review how "
      "intelligence about adults who exploit children is shared with the practitioners working "
      "with those children.", ["Police", "Youth Justice Service"])
    R("The University Health Board should ensure that emergency department staff ask every "
      "child who attends with a knife injury about their safety, and make a referral to "
      "children's services whenever there are concerns about exploitation.",
      ["Health Board (Wales/Scotland/NI)"])
    R("Education services in the region should ensure that schools consider the risk of "
      "exploitation before a pupil is excluded or placed on a reduced timetable, and share any "
      "concerns with children's services and with the receiving provision.", ["Education"])
    R("The Regional Safeguarding Children Board should ask the Welsh Government to consider "
      "issuing national guidance on the use of the National Referral Mechanism for children in "
      "Wales who are criminally exploited.", [RSB])

    H("Statement by reviewer", "other")
    b.paras([
        "I confirm that I have no connection with the services involved in this case and that "
        "the review has been completed in line with the guidance. I am satisfied that the "
        "agencies involved gave full and open access to their records and that practitioners "
        "contributed honestly to the learning event.",
    ])
    b.para("Reviewer: S. Llewellyn-Hart          Date: 12 February 2018", italic=True)
    H("Statement by Review Panel Chair", "other")
    b.paras([
        "I confirm that the review panel has scrutinised the report and is satisfied that it "
        "fairly reflects the findings of the review. The panel endorses the actions set out "
        "above and has agreed an action plan to monitor their delivery.",
    ])
    b.para("Chair of the Review Panel: D. Rees          Date: 26 February 2018", italic=True)

    H("Appendix 1: Terms of reference", "terms_of_reference")
    b.para("Core review tasks", bold=True, keep_with_next=True)
    b.para("The core tasks of every child practice review commissioned by the Board are:")
    for p in [
        "To identify learning for the region about how agencies work together to safeguard "
        "children;",
        "To make recommendations to the Board that will improve multi-agency practice;",
        "To produce a report that can be published and used to share learning across Wales.",
    ]:
        b.purpose(p)
    b.para("Scope", bold=True, keep_with_next=True)
    b.purpose("Period under review: 1 January 2016 to 31 January 2017.", bullet=False)
    b.purpose("Agencies involved: Porthallow Children's Services; Western Bay Police; the "
              "University Health Board; Porthallow Youth Offending Service; Porthallow Education "
              "Service; Child and Adolescent Mental Health Services.", bullet=False)
    b.para("Case-specific tasks", bold=True, keep_with_next=True)
    b.para("In addition, the review panel set the following case-specific objectives:")
    for k in [
        "To consider how agencies identified and responded to the risk that Child T was being "
        "criminally exploited.",
        "To establish whether the response to Child T's missing episodes, including return home "
        "interviews, was timely and effective.",
        "To examine how information about adults of concern was shared between the police, the "
        "youth offending service and children's services.",
        "To consider how Child T's exclusion from school affected the risks to him and how "
        "agencies responded.",
        "To establish the extent to which Child T's own views and experiences informed the plans "
        "made for him.",
    ]:
        b.kloe(k, bullet=True)

    H("Appendix 2: Summary timeline", "chronology")
    b.table(["Date", "Event"], [
        ("February 2016", "First missing episode reported by mother; found next day in the town "
                          "centre"),
        ("April 2016", "Mother contacts children's services; assessment; family support offered"),
        ("June 2016", "Arrest for possession with intent to supply; referral order made"),
        ("October 2016", "Permanent exclusion from secondary school"),
        ("November 2016", "Second contact from mother; assessment; family support continued"),
        ("December 2016", "Three missing episodes in two weeks; two return home interviews "
                          "offered, one accepted"),
        ("January 2017", "Child T found injured in a flat outside the region"),
    ], widths_cm=[3.5, 12.5], size=10)
    return b
