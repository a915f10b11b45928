"""LCSPR 2021, HTML -> Chromium PDF with the browser's own header/footer.

Exercises: 'Finding N' followed by its R-labelled recommendations; recommendations repeated in
the executive summary (n_locations = 2); seek-assurance form with a glossary-only abbreviation
(AVP = Ashby Vale Police) as the target; 2021 'Clinical Commissioning Group' (canonical
Integrated Care Board); a recommendation with sub-bullets; 'X and Y should jointly'; key lines
of enquiry as questions; narrative 'Child L's mother should have been ...'.
"""
from sample_docs.kit.doc import Doc

SCP = "Safeguarding Children Partnership"


def build():
    d = Doc("lcspr_2021_child_l", document_type="lcspr",
            title="Local Child Safeguarding Practice Review: Child L",
            subjects=["Child L"], area="Ashby Vale Safeguarding Children Partnership",
            publication_date="2021-09-30", split="heldout", producer="html",
            style=dict(html_font="'Liberation Sans', Arial, sans-serif", size=10.5,
                       browser_header_footer=True, heading_color="5B2C6F"))
    d.title("Ashby Vale Safeguarding Children Partnership", size=14, color="5B2C6F")
    d.title("Local Child Safeguarding Practice Review", size=22)
    d.title("Child L", size=20)
    d.line("Lead reviewer: Dr Anjali Raman")
    d.line("Final report agreed by the safeguarding partners: 14 July 2021")
    d.line("Published: 30 September 2021")

    d.h("1. Executive summary", "1", "Executive summary", 1, "executive_summary")
    d.p("1.1 Child L was fourteen when she was admitted to hospital in February 2020 after "
        "taking an overdose. In the months before, she had been reported missing eleven times "
        "and had been found in the company of adult men in Marlow Cross, a town twenty miles "
        "away. She survived, and she has contributed to this review.")
    d.p("1.2 The review makes four findings and five recommendations. The recommendations "
        "are listed below and explained in section 6.")
    r1 = d.R("R1", "Ashby Vale Safeguarding Children Partnership should revise the missing "
             "children protocol so that a child who has been missing three times in ninety "
             "days is automatically considered at a multi-agency exploitation meeting.",
             [SCP], scope="multi_agency", finding="1")
    r2 = d.R("R2", "The Partnership should seek assurance from AVP that return home interviews "
             "and police safe and well checks are shared with the child's allocated social "
             "worker within 72 hours.", [SCP], targets=["Police"], scope="multi_agency",
             finding="1")
    r3 = d.R("R3", "Ashby Vale Clinical Commissioning Group should ensure that GP practices "
             "code repeat attendances by adolescents for sexual health or injury so that a "
             "pattern is visible to the named GP for safeguarding.", ["Integrated Care Board"],
             scope="single_agency", finding="2")
    r4 = d.R("R4", "Ashby Vale Children's Services should strengthen the transfer of "
             "information when a child moves between schools or between local authority areas, "
             "and in particular should:", ["Children's Social Care"], scope="single_agency",
             finding="3",
             bullets=["require a transfer meeting, not only a record transfer, for any child "
                      "open to a child in need or child protection plan;",
                      "notify the receiving authority's exploitation lead where exploitation "
                      "has been a concern in the previous twelve months;",
                      "audit compliance after six months and report to the Partnership."])
    r5 = d.R("R5", "Ashby Vale Children's Services and Marlow Cross Children's Services should "
             "jointly agree how cross-border exploitation concerns are shared and who chairs "
             "strategy discussions when a child lives in one area and is harmed in the other.",
             ["Children's Social Care"], scope="multi_agency", finding="4")
    for r in (r1, r2, r3, r4, r5):
        d.rec(r, "literal", label=r.number, primary=False, bold_label=True)

    d.h("2. Introduction", "2", "Introduction", 1, "introduction")
    d.p("2.1 The safeguarding partners for Ashby Vale – Ashby Vale Borough Council, Ashby Vale "
        "Clinical Commissioning Group and Ashby Vale Police – agreed at a rapid review on 3 "
        "March 2020 that the case met the criteria for a local child safeguarding practice "
        "review. The Child Safeguarding Practice Review Panel agreed with that decision.")
    d.p("2.2 The review was delayed by four months because of the COVID-19 pandemic. "
        "Practitioner events were held online in September and October 2020.")

    d.h("3. Scope and key lines of enquiry", "3", "Scope and key lines of enquiry", 1,
        "terms_of_reference")
    d.scope_items([
        "The review considered agency involvement from 1 September 2018 to 20 February 2020.",
        "Information was provided by Ashby Vale Children's Services, AVP, Marlow Cross "
        "Children's Services, Ashby Vale CCG on behalf of general practice, Marlow Cross "
        "Hospitals NHS Trust, Ashby Vale Academy and the Youth Justice Service.",
    ])
    d.p("3.1 The safeguarding partners asked the review to answer the following questions:")
    d.lines_of_enquiry([
        "How well did agencies recognise and respond to the signs that Child L was being "
        "criminally and sexually exploited?",
        "What was the quality of return home interviews and how was the information from them "
        "used?",
        "How effective was information sharing when Child L moved school and when she spent "
        "time in Marlow Cross?",
        "Were Child L's own views, and those of her mother, sought and taken into account?",
        "What was the impact of the COVID-19 pandemic on the response to Child L?",
    ])
    d.p("3.2 The fifth question was added by the partners in June 2020. In practice, the "
        "events that led to the review occurred before the first national lockdown, and the "
        "review found little direct impact on Child L's case.")

    d.h("4. Methodology", "4", "Methodology", 1, "methodology")
    d.p("4.1 The review used a systems approach. Agencies provided chronologies and short "
        "reflective reports. The lead reviewer read case records, met Child L twice with her "
        "youth worker, met her mother once, and held two practitioner events attended by "
        "twenty-three practitioners and managers.")

    d.h("5. Child L's story", "5", "Child L's story", 1, "chronology")
    d.p("5.1 Child L lives with her mother and two younger brothers. Until Year 8 she did well "
        "at school, where staff described her as funny and 'always first to help'. Her parents "
        "separated in 2017 and her father moved abroad. Child L told the reviewer that she "
        "'stopped caring about things' after he left.")
    d.p("5.2 From autumn 2018 Child L's attendance at Ashby Vale Academy fell and she began to "
        "go missing overnight. Her mother reported each episode to AVP. Return home interviews "
        "were offered by the commissioned missing service, but Child L declined four of them. "
        "Child L's mother should have been offered a return home conversation of her own; she "
        "told the review that she felt she was 'the last to know' what the police had found.")
    d.p("5.3 In March 2019 a GP saw Child L for emergency contraception and, three weeks later, "
        "for a cut to her hand which she said had happened in a kitchen. The GP practice "
        "did not connect the two consultations and no referral was made. The review notes that "
        "the consultations were with different clinicians and were coded differently.")
    d.p("5.4 In June 2019 Child L was found by British Transport Police at Marlow Cross "
        "station late at night with two adult men. She had cannabis and £300 in cash. A "
        "referral was made to Marlow Cross Children's Services, which passed it to Ashby Vale "
        "the next day. A strategy discussion was held nine days later. It concluded that "
        "Child L was at high risk of exploitation and a child in need plan was agreed.")
    d.p("5.5 In September 2019 Child L moved to a school in Marlow Cross at her mother's "
        "request, in the hope of a fresh start. Her school records were transferred "
        "electronically, but no one from the new school spoke to her previous designated "
        "safeguarding lead. Her social worker changed twice between September and December "
        "2019.")
    d.p("5.6 In January 2020 Child L went missing five times. On 18 February 2020 she was "
        "taken to Marlow Cross Hospital after taking an overdose of paracetamol.")

    d.h("6. Findings and recommendations", "6", "Findings and recommendations", 1, "findings")
    d.runin("Finding 1: Repeated missing episodes were treated as separate events", "findings",
            level=2, number="1", title="Repeated missing episodes were treated as separate events")
    d.p("6.1 Each missing episode was responded to appropriately on its own terms, but no "
        "agency held the whole picture. Return home interviews were recorded on the missing "
        "service's own system and were not routinely shared with the social worker. The "
        "threshold for a multi-agency exploitation meeting depended on an individual "
        "practitioner deciding to make a referral.")
    d.rec(r1, "literal", label="R1", bold_label=True)
    d.rec(r2, "literal", label="R2", bold_label=True)
    d.runin("Finding 2: Health information was fragmented", "findings", level=2, number="2",
            title="Health information was fragmented")
    d.p("6.2 Adolescents often present to different clinicians, and information that would "
        "form a pattern is scattered across records. The practice told the review that it has "
        "since introduced a flag for young people under sixteen presenting for sexual health "
        "reasons.")
    d.rec(r3, "literal", label="R3", bold_label=True)
    d.runin("Finding 3: A change of school was a point of risk", "findings", level=2,
            number="3", title="A change of school was a point of risk")
    d.p("6.3 The move to a new school was intended as a protective step. In practice it "
        "removed Child L from the staff who knew her best, at the time when her risk was "
        "highest, and it coincided with changes of social worker.")
    d.rec(r4, "literal", label="R4", bold_label=True)
    d.runin("Finding 4: Cross-border working", "findings", level=2, number="4",
            title="Cross-border working")
    d.p("6.4 Child L lived in Ashby Vale but was harmed in Marlow Cross. Practitioners in both "
        "areas were unclear who should lead. The strategy discussion in June 2019 was delayed "
        "while this was resolved.")
    d.rec(r5, "literal", label="R5", bold_label=True)

    d.h("7. Conclusion", "7", "Conclusion", 1, "conclusions")
    d.p("7.1 Child L has asked that professionals reading this report remember that she was "
        "'a kid, not a problem'. The partners have accepted all of the recommendations and "
        "will publish a response and action plan within three months.")

    d.h("Glossary", None, "Glossary", 1, "glossary")
    d.table(["Term", "Meaning"], [
        ["AVP", "Ashby Vale Police"],
        ["CCG", "Clinical Commissioning Group"],
        ["DSL", "Designated Safeguarding Lead"],
        ["RHI", "Return Home Interview"],
        ["YJS", "Youth Justice Service"],
    ], widths=[3, 12], font_size=10)
    return d
