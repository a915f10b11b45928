"""SAR, Stanwick Safeguarding Adults Board, 2017.  Word Heading styles with typed '1.0' numbers,
an executive summary that repeats the recommendations word for word, 'Recommendation N –'
labels with a dash, key lines of enquiry typed '1)', and an appendix of single-agency
recommendations under one Heading 2 per agency with '(a)', '(b)' numbering that restarts."""

from sample_docs.kit.doc import Doc

NAME = "sar_2017_mrs_g"

MAIN = [
    ("1", "Stanwick Safeguarding Adults Board should publish a multi-agency self-neglect and "
          "hoarding protocol that sets out when and how any agency can convene a "
          "multi-agency risk meeting.", ["Safeguarding Adults Board"], [], "multi_agency"),
    ("2", "Stanwick Council's Adult Social Care and Housing Services should jointly review how "
          "they respond to tenants who refuse access for safety checks, so that a refusal "
          "leads to a risk assessment rather than to enforcement alone.",
     ["Adult Social Care", "Housing"], [], "multi_agency"),
    ("3", "The Board should seek assurance from Stanwick Clinical Commissioning Group that GP "
          "practices record and share concerns about self-neglect when a patient stops "
          "attending for the management of a long-term condition.",
     ["Safeguarding Adults Board"], ["Integrated Care Board", "GP / Primary Care"],
     "multi_agency"),
    ("4", "The Fire and Rescue Service should make a home fire safety visit within ten working "
          "days of any referral that mentions hoarding, and should escalate to Adult Social "
          "Care when a visit is refused.", ["Fire and Rescue Service"], [], "single_agency"),
]


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="sar", title="Safeguarding Adults Review: Mrs G",
            subjects=["Mrs G"], area="Stanwick Safeguarding Adults Board",
            publication_date="2017-11-20", split="dev",
            style=dict(house="compact", font="DejaVu Sans", size=10,
                       header="Stanwick Safeguarding Adults Board",
                       footer="SAR Mrs G – Final report – November 2017", page_numbers="p. {PAGE}"))
    d.title("Stanwick Safeguarding Adults Board", size=14, color="6B2C91", space_after=10)
    d.title("Safeguarding Adults Review", size=24, space_after=10)
    d.title("Mrs G", size=20, bold=False, space_after=30)
    d.line("Independent author: Simon Hartigan", align="center", size=None)
    d.line("Final report, approved by the Board on 2 November 2017", align="center", size=None)
    d.page_break()
    d.h("1.0 Executive summary", "1.0", "Executive summary", 1, "executive_summary")
    d.p("Mrs G was 81 when she died in a fire at her flat in Stanwick in February 2017. She "
        "had lived alone since the death of her husband in 2009. Over several years her flat "
        "had become so full of belongings that she could no longer use her kitchen or sleep "
        "in her bed. She had refused help from most services and had been threatened with "
        "eviction for refusing access for a gas safety check.")
    d.p("The review found that agencies saw separate problems - a tenancy breach, missed "
        "diabetic appointments, a fire risk - but nobody brought them together. It makes "
        "four recommendations for the Board and its partners:")
    for no, text, *_ in MAIN:
        d.p(text, lead=f"Recommendation {no} –")
    d.p("Single-agency recommendations made by the agencies' own reports are listed at "
        "Appendix 2.")
    d.h("2.0 Introduction and terms of reference", "2.0", "Introduction and terms of reference", 1,
        "introduction")
    d.h("2.1 Why a review was held", "2.1", "Why a review was held", 2, "introduction")
    d.p("The Safeguarding Adults Board decided in March 2017 that the criteria in section 44 "
        "of the Care Act 2014 were met: Mrs G had needs for care and support, she died as a "
        "result of self-neglect, and there was concern that partner agencies could have "
        "worked together more effectively to protect her.")
    d.h("2.2 Key lines of enquiry", "2.2", "Key lines of enquiry", 2, "terms_of_reference")
    d.p("The Board asked the review to consider:")
    for i, t in enumerate([
            "Whether agencies recognised Mrs G's hoarding as self-neglect and as a safeguarding "
            "concern.",
            "How Mrs G's mental capacity to make decisions about her home and her health was "
            "considered.",
            "Whether the fire risk was understood and shared between agencies.",
            "How the housing provider's enforcement action was co-ordinated with support."], 1):
        d.kloe(str(i), t, label=f"{i})")
    d.scope("The period under review was 1 January 2014 to 17 February 2017.")
    d.h("3.0 Mrs G's story", "3.0", "Mrs G's story", 1, "chronology")
    d.p("Mrs G worked as a seamstress for forty years and was known in her street for making "
        "clothes for neighbours' children. Her niece described her as 'fiercely "
        "independent'. After her husband's death she withdrew from friends, and her GP "
        "recorded low mood on two occasions.")
    d.p("Between 2014 and 2016 Mrs G missed eleven diabetic review appointments. The GP "
        "practice sent letters but did not discuss her with any other agency. District "
        "nurses visited in 2015 to dress a leg ulcer; their notes describe the flat as "
        "'very cluttered, path cleared to chair'.")
    d.p("Stanwick Homes, her landlord, attempted four gas safety checks in 2016 and was refused "
        "entry each time. It began legal proceedings for access. A referral to Adult Social "
        "Care in October 2016 was closed after Mrs G told a social worker by telephone that "
        "she did not want any help. A referral to the Fire and Rescue Service was made in "
        "January 2017; a visit was booked for March.")
    d.h("4.0 Analysis", "4.0", "Analysis", 1, "analysis")
    d.p("4.1 Self-neglect was not named. No agency used the term in its records. Each saw the "
        "part of the problem that related to its own function. The district nurses should "
        "have raised a safeguarding concern in 2015; they told the review that they did not "
        "think hoarding 'counted'.")
    d.p("4.2 Capacity was assumed. Mrs G's refusals were accepted as capacitous choices "
        "without assessment, even though her GP had recorded low mood and possible cognitive "
        "decline. The review considers that the decision to close the October 2016 referral "
        "should have been made only after a visit.")
    d.p("4.3 Enforcement and support were not co-ordinated. The housing provider's legal "
        "action proceeded in parallel with, and without knowledge of, the referral to Adult "
        "Social Care.")
    d.h("5.0 Conclusions and recommendations", "5.0", "Conclusions and recommendations", 1,
        "recommendations")
    d.p("Mrs G's death was the result of a fire that started in her living room. The review "
        "cannot say that it would have been prevented. It can say that for at least two "
        "years several agencies each held information that, put together, described a woman "
        "at serious risk. The Board should be clear that this is not a question of "
        "individual blame.")
    for no, text, parties, targets, scope in MAIN:
        d.rec(d.R(no, text, parties, targets=targets, scope=scope),
              style="lead", label=f"Recommendation {no} –", key=no)
        d.again(no)
    d.page_break()
    d.h("Appendix 1: Agencies that contributed", "1", "Agencies that contributed", 1,
        "appendix")
    d.scope("Agencies that contributed: Stanwick Council Adult Social Care; Stanwick Homes "
            "(housing association); "
            "Riverside Medical Practice; Stanwick Community Health Services NHS Trust "
            "(district nursing); Stanwick and Wold Fire and Rescue Service.", render="p")
    d.h("Appendix 2: Single agency recommendations", "2", "Single agency recommendations", 1,
        "appendix")
    d.p("These recommendations were made by the agencies in their own reports. The Board "
        "monitors them through its Learning and Review Sub-group.")
    d.h("Stanwick Council Adult Social Care", level=2, kind="appendix")
    d.rec(d.R("a", "Ensure that a referral concerning self-neglect is not closed on the basis of "
          "a telephone conversation alone.", ["Adult Social Care"], inferred=True,
          scope="single_agency"), style="typed", label="(a)")
    d.rec(d.R("b", "Provide refresher training on assessing capacity where executive functioning "
          "may be impaired.", ["Adult Social Care"], inferred=True, scope="single_agency"),
          style="typed", label="(b)")
    d.h("Stanwick Community Health Services NHS Trust", level=2, kind="appendix")
    d.rec(d.R("a", "District nurses should record the condition of the home environment at every "
          "first visit and consider whether a safeguarding concern should be raised.",
          ["NHS Trust"], scope="single_agency"), style="typed", label="(a)")
    d.h("Stanwick Homes", level=2, kind="appendix")
    d.rec(d.R("a", "Before starting legal action for access, check with Adult Social Care whether "
          "the tenant is known and whether there are concerns about their wellbeing.",
          ["Housing"], inferred=True, scope="single_agency"), style="typed", label="(a)")
    d.rec(d.R("b", "Train housing officers to recognise hoarding and to use the clutter image "
          "rating scale.", ["Housing"], inferred=True, scope="single_agency"), style="typed", label="(b)")
    return d
