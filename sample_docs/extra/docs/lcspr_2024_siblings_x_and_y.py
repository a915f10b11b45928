"""LCSPR, Bramley Heath Safeguarding Children Partnership, 2024.  Unnumbered manual bold
headings with a trailing colon, a 'Remit:' section with roman-numbered declarative lines of
enquiry, a summary that repeats every recommendation word for word, analysis paragraphs with
'should be' statements, and recommendations as paragraphs with bold lead-in numbers written in
prose forms ('The review recommends that ...', 'The Panel recommends that ... Council and its
partners ...', 'Each partner agency should ...', 'It is recommended that ...')."""

from sample_docs.kit.doc import Doc

NAME = "lcspr_2024_siblings_x_and_y"

RECS = [
    ("1", "The review recommends that Bramley Heath Safeguarding Children Partnership "
          "commissions a multi-agency audit of cases in which a child has been privately "
          "fostered or cared for by friends for more than 28 days, to test whether the "
          "arrangement was notified and assessed.",
     dict(parties=["Safeguarding Children Partnership"])),
    ("2", "The Panel recommends that Bramley Heath Council and its partners develop a shared "
          "approach to raising awareness of private fostering among schools, GP practices "
          "and faith communities.",
     dict(parties=["Local Authority", "All agencies"])),
    ("3", "Each partner agency should ensure that its safeguarding training explains the duty "
          "to notify the local authority of a private fostering arrangement.",
     dict(parties=["All agencies"])),
    ("4", "The designated professionals should work with GP practices to ensure that, when a "
          "child registers with a new address and a carer who is not a parent, the practice "
          "asks about the care arrangement and records it.",
     dict(parties=["Integrated Care Board"], targets=["GP / Primary Care"])),
    ("5", "It is recommended that the Youth Justice Service reviews its assessment template so "
          "that the identity and legal status of the adult caring for a child is confirmed at "
          "the start of every intervention.",
     dict(parties=["Youth Justice Service"], scope="single_agency")),
]


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="lcspr",
            title="Local Child Safeguarding Practice Review: Siblings X and Y", subjects=["X", "Y"],
            area="Bramley Heath Safeguarding Children Partnership", publication_date="2024-01-23",
            split="dev",
            style=dict(house="compact", font="Liberation Sans Narrow", size=11.5,
                       footer="Bramley Heath Safeguarding Children Partnership",
                       page_numbers="– {PAGE}", margins_cm=2.5))

    def hb(*a, **k):  # manual bold headings, not Word heading styles
        d.h(*a, style="bold", color="2E5E2E", **k)

    d.title("Local Child Safeguarding Practice Review", size=20, align="left", color="2E5E2E", space_after=10)
    d.title("Siblings X and Y", size=28, align="left", color="2E5E2E", space_after=10)
    d.line("Bramley Heath Safeguarding Children Partnership", size=13, align="left")
    d.line("Author: Dr Lorna Quill, independent reviewer. Final version agreed by the "
           "safeguarding partners on 5 December 2023.", align="left", italic=True, size=None)
    hb("Summary:", None, "Summary", 1, "executive_summary")
    d.p("X (aged 15) and Y (aged 12) came to the UK in 2021 and lived with a family friend, "
        "Ms R, for almost two years. Their mother remained abroad. No agency recognised that "
        "this was a private fostering arrangement, and the local authority was never "
        "notified. In March 2023 X disclosed to a youth worker that he and his sister had "
        "been made to work without pay in Ms R's business and had been physically punished. "
        "The review makes five recommendations:")
    # the summary repeats the recommendations word for word, without numbers
    for _no, text, _kw in RECS:
        d.bullets([text], glyph="–", typed=True)
    hb("Why this review was carried out:", None,
        "Why this review was carried out", 1, "introduction")
    d.p("The safeguarding partners held a rapid review in April 2023 and agreed that the case "
        "might highlight improvements needed to safeguard children who are living with "
        "adults who are not their parents. The National Panel was notified and agreed with "
        "the decision to undertake a local review.")
    hb("Remit:", None, "Remit", 1, "terms_of_reference")
    d.p("The remit agreed by the partners was as follows.")
    for n, t in [("i", "The review will consider whether professionals recognised that X and Y "
                       "were privately fostered, and what helped or hindered that recognition."),
                 ("ii", "The review will consider how agencies established who had parental "
                        "responsibility for the children and who was caring for them."),
                 ("iii", "The review will examine whether X and Y were seen alone and whether "
                         "their accounts of their lives were sought."),
                 ("iv", "The review will consider the response to signs of labour exploitation, "
                        "including X's lateness and tiredness at school.")]:
        d.kloe(n, t, label=f"{n}.")
    d.scope("The review considered agency involvement from August 2021 to April 2023.")
    d.p("The review was asked not to consider immigration matters, which are the subject of "
        "separate proceedings.")
    hb("How the review was carried out:", None,
        "How the review was carried out", 1, "methodology")
    d.p("The reviewer read agency chronologies, met practitioners individually and in two "
        "workshops, and met X and Y with their foster carers and an interpreter. Ms R did "
        "not respond to an invitation to contribute.")
    hb("What happened:", None, "What happened", 1, "chronology")
    d.p("X and Y were registered at Bramley Heath Academy in September 2021. The admission "
        "form named Ms R as 'aunt'. They were registered with a GP practice in October 2021; "
        "the form was signed by Ms R as 'guardian'. In 2022 X was referred to the Youth "
        "Justice Service after a shoplifting offence; the assessment records Ms R as his "
        "'mother'. During 2022 the school recorded that X was often late and fell asleep in "
        "lessons. Y told a teaching assistant that she 'helped in the shop every night'.")
    hb("What the review found:", None, "What the review found", 1, "analysis")
    d.p("1. Private fostering was not recognised. Each agency accepted the description given "
        "by Ms R. School staff said that the relationship should be checked at admission but "
        "that in practice the form is not queried. The GP practice said that a guardian "
        "should be asked for documents, but that reception staff were not trained to do so.")
    d.p("2. The children's accounts were not put together. Y's comment about working in the "
        "shop was recorded but was not linked with X's tiredness. Practitioners should be "
        "supported to think about labour exploitation as a form of abuse that can happen in "
        "a family setting.")
    d.p("3. The Youth Justice Service assessment relied on Ms R's account of her relationship "
        "to X. The assessment template does not ask for evidence of who holds parental "
        "responsibility.")
    hb("What needs to change:", None, "What needs to change", 1, "recommendations")
    d.p("The review makes the following recommendations to the safeguarding partners and "
        "relevant agencies.")
    for no, text, kw in RECS:
        kw = dict(kw)
        kw.setdefault("scope", "multi_agency")
        d.rec(d.R(no, text, kw.pop("parties"), **kw), style="lead", label=f"{no}.", key=no)
        d.again(no)
    hb("Acknowledgements:", None, "Acknowledgements", 1, "other")
    d.p("The reviewer thanks X and Y, who explained their lives with great clarity, their "
        "foster carers, and the practitioners who took part. The youth worker to whom X first "
        "spoke acted quickly and compassionately and is to be commended.")
    return d
