"""Two-column learning brief, 2022 (docx -> LibreOffice, two-column section).

Exercises the false-positive case: no recommendations, no learning points, no board
questions, no lines of enquiry (all gold lists empty).  It talks *about* the review's
recommendations ('The full report makes five recommendations ...'), contains practice prompts
written as statements, modal verbs in narrative ('should have been'), and agency names in
subject position.
"""
from sample_docs.kit.doc import Doc


def build():
    d = Doc("learning_brief_2022_child_s", document_type="learning_brief",
            title="Learning Brief: Local Child Safeguarding Practice Review Child S",
            subjects=["Child S"], area="Ashby Vale Safeguarding Children Partnership",
            publication_date="2022-03-09", split="heldout", producer="docx",
            style=dict(font="Calibri", size=11.5, heading_mode="styles",
                       header="Ashby Vale Safeguarding Children Partnership | Learning Brief "
                              "03/2022",
                       page_numbers="{PAGE}", heading_color="117864", margins_cm=2.2))
    d.title("Learning Brief", size=26, align="left", color="117864")
    d.title("Child S – Local Child Safeguarding Practice Review", size=15, align="left")
    d.line("For practitioners and managers in all agencies · March 2022", size=10,
           align="left", italic=True)
    d.columns(2)
    d.h("About this brief", None, "About this brief", 2, "introduction")
    d.p("This brief summarises the learning from a Local Child Safeguarding Practice Review "
        "about Child S, a sixteen-year-old young man who was seriously injured in a knife "
        "attack in Ashby Vale town centre in 2020. It is intended to be read in team meetings "
        "and used in supervision. It takes about seven minutes to read.")
    d.p("The full report makes five recommendations, which are available with the "
        "Partnership's response on the Ashby Vale Safeguarding Children Partnership website. "
        "This brief does not repeat them.")
    d.h("Who is Child S?", None, "Who is Child S?", 2, "background")
    d.p("Child S is the eldest of four children. He loves music production and football, and "
        "he wanted to be an electrician. His mother describes him as 'a gentle lad who got "
        "pulled in'. He was permanently excluded from school in Year 10 and attended an "
        "alternative provision for the rest of that year.")
    d.p("Child S contributed to the review through two conversations with the reviewer. He "
        "said that the adults who helped him most were the ones who 'didn't give up when I "
        "didn't answer'.")
    d.h("What happened?", None, "What happened?", 2, "chronology")
    d.p("Concerns that Child S was being exploited to carry drugs began in the autumn of 2019. "
        "He was arrested twice in Marlow Cross, forty miles away, and went missing from home "
        "on six occasions. A referral to the National Referral Mechanism was made and a "
        "positive reasonable grounds decision was received in January 2020.")
    d.p("After his permanent exclusion, Child S's attendance at the alternative provision "
        "fell to under forty per cent. The youth justice worker and the social worker both "
        "tried hard to engage him, but they did not share a single plan, and he was asked the "
        "same questions by different people in the same week.")
    d.p("During the first lockdown in 2020 most contact was by telephone. Child S rarely "
        "answered. He was stabbed in August 2020 and spent three weeks in hospital.")
    d.h("Key themes", None, "Key themes", 2, "findings")
    d.runin("Exclusion as a moment of risk", "findings", level=3)
    d.p("School exclusion removed Child S from a trusted adult and gave him unstructured time "
        "during the day. The review heard that the exclusion was discussed at a child in need "
        "meeting only after it had taken place. Practitioners at the learning event agreed "
        "that the risk of exploitation should have been part of the conversation before the "
        "decision was made.")
    d.runin("One plan, not three", "findings", level=3)
    d.p("Child S had a child in need plan, a youth justice intervention plan and an education "
        "plan. Each was sensible on its own, but none referred to the others. His mother said "
        "that she 'lost track of who was who'. In Ashby Vale, the contextual safeguarding "
        "meeting is the place where plans can be brought together.")
    d.runin("Persistence and relationships", "findings", level=3)
    d.p("Young people who are being exploited are often told by those exploiting them not to "
        "trust professionals. A young person who does not answer the phone is not necessarily "
        "refusing help. Practitioners who stayed in contact through text messages, and who "
        "turned up when they said they would, were the ones Child S trusted.")
    d.runin("Seeing the child as a victim", "findings", level=3)
    d.p("Some records described Child S as 'choosing' to go to Marlow Cross or as 'involved in "
        "drug dealing'. Language matters: it shapes how the next professional reads the "
        "record. The national guidance is clear that children who are criminally exploited "
        "are victims, even where they have also committed offences.")
    d.runin("Transitions at sixteen", "findings", level=3)
    d.p("Child S turned sixteen two months before he was stabbed. Several practitioners told "
        "the review that they had begun to think about 'moving on' plans, and that the youth "
        "justice order was due to end. Turning sixteen did not reduce the risk to Child S; if "
        "anything, the people exploiting him were asking more of him. The review heard that "
        "young people approaching adulthood can fall between children's and adults' services "
        "at exactly the point when the harm they face is greatest.")
    d.h("The family's perspective", None, "The family's perspective", 2, "other")
    d.p("Child S's mother told the reviewer that she had asked for help many times and that "
        "she felt judged. She was worried about her younger children and about threats made "
        "to the family home. She said that the most useful conversation she had was with a "
        "police officer who explained what criminal exploitation was and that it was not her "
        "fault. She would like other parents to be given that explanation early, and in "
        "writing, so that they can go back to it.")
    d.p("Child S's grandfather, who looked after the younger children during the worst "
        "months, said that the family was 'seen in pieces': the school saw a boy who would "
        "not come in, the police saw a boy who was carrying drugs, and social care saw a "
        "mother who could not keep him at home.")
    d.h("The national picture", None, "The national picture", 2, "background")
    d.p("The learning from this review is consistent with the national Child Safeguarding "
        "Practice Review Panel's review of adolescents at risk of criminal exploitation, which "
        "found that permanent exclusion from school was a common trigger point and that "
        "relationships with trusted adults were the strongest protective factor. It is also "
        "consistent with two earlier local reviews, which identified the transfer of risk "
        "information between areas as a recurring difficulty.")
    d.h("Good practice", None, "Good practice", 2, "good_practice")
    d.p("The British Transport Police officers who found Child S at Marlow Cross station in "
        "November 2019 recognised him as a possible victim of exploitation, took him to a place "
        "of safety and made a same-day referral. The hospital youth worker who met Child S "
        "after the stabbing kept in contact for six months and helped him to enrol on a college "
        "course.")
    d.h("What helps", None, "What helps", 2, "other")
    d.p("Practitioners at the learning event said that the following made a difference:")
    d.bullets([
        "a named lead professional whom the young person and the family both know;",
        "joint visits, so that the young person tells their story once;",
        "records that describe what the young person said, in their words;",
        "a conversation about exploitation risk before any decision to exclude a child who is "
        "already known to be vulnerable.",
    ])
    d.h("Find out more", None, "Find out more", 2, "other")
    d.p("The full report, the Partnership's response and the multi-agency exploitation "
        "procedures are available on the Partnership website. Training on child criminal "
        "exploitation runs every two months and can be booked through the Partnership's "
        "learning portal. Questions about this brief can be sent to the Partnership Business "
        "Unit.")
    d.table(["Key facts", ""], [
        ["Review type", "Local Child Safeguarding Practice Review"],
        ["Published", "February 2022"],
        ["Reviewer", "Joanne Merritt, independent reviewer"],
        ["Agencies involved", "Children's Social Care, Youth Justice Service, Ashby Vale "
         "Police, British Transport Police, the alternative provision, Ashby Vale Hospitals "
         "NHS Trust, CAMHS"],
    ], widths=[3, 5], font_size=9)
    return d
