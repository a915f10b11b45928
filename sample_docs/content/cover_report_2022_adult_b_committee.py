"""Council cover report 2022 presenting SAR Adult B to Kelvingate Health and Wellbeing Board.

Exercises: council report template (front-sheet table, manual bold numbered headings, typed
"2.1" paragraph numbers, curly apostrophes); the committee's own recommendations ("That the
Board notes ..." -> kind "committee", party Health and Wellbeing Board); the review's KLOEs as
typed-glyph bullets ("\u2022<TAB>" typed into the paragraph text) after "The review's key
lines of enquiry were:"; the review's recommendations quoted in the body (kind
"recommendation") and again in a landscape action-plan table (Rec no | Recommendation |
Action | Lead agency | Target date | RAG status) with one recommendation spanning two action
rows (vertically merged cells). Action-plan rows are not extra recommendations; the quoted
recommendations are listed once.

This is a separate fictional case from sar_2019_adult_b (the Board re-used the pseudonym).
"""

from sample_docs.kit.report import Meta, ReportBuilder

META = Meta(
    name="cover_report_2022_adult_b_committee",
    document_type="cover_report",
    title="Safeguarding Adults Review \u2013 Adult B: report to the Health and Wellbeing Board",
    subjects=["Adult B"],
    area="Kelvingate Health and Wellbeing Board",
    publication_date="2022-11-15",
    author="Kelvingate Council Democratic Services",
)

HWB = "Health and Wellbeing Board"

REVIEW_RECS = [
    ("Kelvingate Integrated Care Board should seek assurance from GP practices that every adult "
     "with a learning disability is offered an annual health check and that a health action "
     "plan is produced after each check.", ["Integrated Care Board"]),
    ("Kelvingate Adult Social Care should ensure that reviews of supported living placements "
     "include a face-to-face meeting with the person and consider any changes in their health, "
     "eating and drinking. Where a person\u2019s needs have changed, the review should be brought "
     "forward.", ["Adult Social Care"]),
    ("Kelvingate Hospitals NHS Foundation Trust should ensure that reasonable adjustments for "
     "patients with a learning disability, including the use of hospital passports, are recorded "
     "on admission and shared with every ward to which the patient is transferred.",
     ["NHS Trust"]),
    ("The Safeguarding Adults Board and the Integrated Care Board should jointly develop a "
     "dysphagia awareness programme for support staff in commissioned care providers, and "
     "should evaluate its reach within twelve months.",
     ["Safeguarding Adults Board", "Integrated Care Board"]),
    ("Kelvingate Council should include in its contracts with supported living providers a "
     "requirement to notify the commissioning team when a tenant has lost weight or has been "
     "admitted to hospital twice within three months.", ["Local Authority"]),
    ("All partner agencies should review their use of the Mental Capacity Act when a person with "
     "a learning disability declines medical treatment. Agencies should report the outcome of "
     "their review to the Safeguarding Adults Board.", ["All agencies"]),
]

ACTIONS = [
    # (rec index, action, lead, date, rag)
    (0, "Audit of annual health check uptake by practice; results to Primary Care "
        "Commissioning Committee", "Kelvingate ICB", "31/03/2023", "Amber"),
    (1, "Revise the placement review template to include health, eating and drinking",
     "Adult Social Care", "31/12/2022", "Green"),
    (1, "Introduce a trigger for early review when a provider reports a change in needs",
     "Adult Social Care", "31/03/2023", "Amber"),
    (2, "Add hospital passport prompt to the electronic admission record", "Kelvingate "
        "Hospitals NHS FT", "28/02/2023", "Green"),
    (3, "Design and deliver dysphagia awareness sessions; evaluate reach", "SAB Learning and "
        "Development Sub-Group / ICB", "30/06/2023", "Amber"),
    (4, "Contract variation issued to all supported living providers", "Kelvingate Council "
        "Commissioning", "31/01/2023", "Red"),
    (5, "Single agency MCA reviews reported to SAB Quality Assurance Sub-Group", "All partner "
        "agencies", "30/04/2023", "Green"),
]


def build(toc_pages=None) -> ReportBuilder:
    b = ReportBuilder(META, font="Arial", size=11.5, line_spacing=1.2)
    b.header_footer(header=["Kelvingate Council", "\t\t", "Health and Wellbeing Board \u2013 "
                            "15 November 2022"],
                    footer=["\t", ("field", "PAGE"), "\t"], header_align="left",
                    footer_align="left", size=8.5)

    b.para("Kelvingate Council", bold=True, size=20, space_after=2)
    b.para("Committee Report", size=14, space_after=14)
    b.table(["Item", "Details"], [
        ("Report to", "Kelvingate Health and Wellbeing Board"),
        ("Date of meeting", "15 November 2022"),
        ("Report of", "Independent Chair, Kelvingate Safeguarding Adults Board, and Director of "
                      "Adult Social Care"),
        ("Title", "Safeguarding Adults Review \u2013 Adult B"),
        ("Wards affected", "All"),
        ("Key decision", "No"),
        ("Public report", "Yes (Appendix 1 has been published by the Safeguarding Adults Board)"),
    ], widths_cm=[4.5, 11.5], size=10.5, header_fill="E7E6E6")

    def H(label, title, kind, level=1):
        b.heading(title, level, kind, label=label, manual=True, size=13 if level == 1 else 11.5)

    def P(start, texts):
        b.numbered_paras(start, texts)

    H("1.", "Summary", "executive_summary")
    P("1.1", [
        "This report presents the Safeguarding Adults Review (SAR) commissioned by Kelvingate "
        "Safeguarding Adults Board following the death of a 34-year-old man, referred to as "
        "Adult B, in February 2021. Adult B had a learning disability and autism and lived in a "
        "supported living service in the north of the borough.",
        "The review was completed in August 2022 and published by the Safeguarding Adults Board "
        "on 3 October 2022. It makes six recommendations to partner agencies. The Board\u2019s "
        "response and the multi-agency action plan are attached at Appendix 2.",
        "The Health and Wellbeing Board is asked to consider the review because several of its "
        "findings concern the health of adults with a learning disability, which is one of the "
        "priorities of the Joint Local Health and Wellbeing Strategy.",
    ])

    H("2.", "Recommendations", "recommendations")
    b.para("The Health and Wellbeing Board is recommended:")
    b.rec("That the Board notes the findings of the Safeguarding Adults Review concerning Adult B "
          "and the learning identified for partner agencies.", [HWB], label="2.1",
          kind="committee")
    b.rec("That the Board endorses the Safeguarding Adults Board\u2019s response to the review and "
          "the multi-agency action plan set out in Appendix 2.", [HWB], label="2.2",
          kind="committee")
    b.rec("That the Board requests a report on progress against the action plan at its meeting in "
          "June 2023, with particular reference to the uptake of annual health checks.", [HWB],
          label="2.3", kind="committee")

    H("3.", "Background", "background")
    P("3.1", [
        "Under section 44 of the Care Act 2014, a Safeguarding Adults Board must arrange a review "
        "when an adult with care and support needs dies as a result of abuse or neglect and there "
        "is concern that partner agencies could have worked together more effectively. The "
        "Safeguarding Adults Board is a partnership body; the review is not a report of the "
        "Council, and the Council is one of a number of agencies to which its recommendations "
        "are addressed.",
        "Adult B moved into supported living in 2018 after many years in a residential college "
        "and then in his family home. He communicated using a small number of words and Makaton "
        "signs, and he enjoyed music, swimming and trips to the coast with his father. Over the "
        "eighteen months before his death he lost a significant amount of weight and had a "
        "number of chest infections. He died in hospital from aspiration pneumonia.",
        "The review was carried out by an independent reviewer using a learning-together "
        "approach. It drew on agency chronologies, conversations with Adult B\u2019s parents and a "
        "learning event attended by twenty-two practitioners from health, social care and the "
        "care provider.",
    ])

    H("4.", "The review\u2019s key lines of enquiry", "terms_of_reference")
    P("4.1", ["The review\u2019s key lines of enquiry were:"])
    for k in [
        "how Adult B\u2019s changing health needs were recognised, recorded and acted on by the "
        "care provider and by health professionals;",
        "whether reasonable adjustments were made to enable Adult B to access primary care and "
        "hospital services;",
        "how the Mental Capacity Act was applied when Adult B appeared to decline treatment;",
        "the effectiveness of commissioning and contract monitoring arrangements for the "
        "supported living service.",
    ]:
        b.kloe(k, typed_glyph="\u2022", indent_cm=1.6)  # glyph typed into the text

    H("5.", "Key findings", "findings")
    P("5.1", [
        "The review found that Adult B\u2019s weight loss was recorded by support staff but was not "
        "reported to his GP for several months, partly because the provider\u2019s records were "
        "kept on paper at the service and were not routinely reviewed by managers. Adult B had "
        "not received an annual health check for two years.",
        "When Adult B was admitted to hospital in December 2020 his hospital passport did not "
        "travel with him between wards, and staff on the respiratory ward were unaware that he "
        "needed his food to be prepared to a particular texture. The reviewer also found that "
        "when Adult B pushed away a mask or turned his head from a spoon, this was sometimes "
        "recorded as a refusal without any assessment of his capacity to make that decision.",
        "The review found examples of good practice, including the persistence of the community "
        "learning disability nurse in arranging a speech and language therapy assessment and the "
        "close involvement of Adult B\u2019s parents in decisions about his care.",
    ])

    H("6.", "The review\u2019s recommendations", "recommendations")
    P("6.1", ["The review makes six recommendations, which are reproduced below as they appear in "
              "the published report:"])
    for n, (text, parties) in enumerate(REVIEW_RECS, start=1):
        b.rec(text, parties, label=f"{n}.", italic=True, indent_cm=1.6)

    H("7.", "Response of the Safeguarding Adults Board", "other")
    P("7.1", [
        "The Safeguarding Adults Board accepted all six recommendations at its meeting on 14 "
        "September 2022. Its Quality Assurance Sub-Group will monitor the action plan and will "
        "report progress to the Board quarterly. Several actions are already complete or on "
        "track; the contract variation for supported living providers has been delayed because "
        "of the re-procurement of the service and is currently rated red.",
    ])
    H("8.", "Reasons for the recommendations", "other")
    P("8.1", [
        "The Health and Wellbeing Board has a responsibility to promote integrated working "
        "between health and social care. The learning from this review is directly relevant to "
        "that responsibility and to the Board\u2019s priority of reducing health inequalities for "
        "people with a learning disability.",
    ])
    H("9.", "Implications", "other")
    H("9.1", "Financial implications", "other", level=2)
    P("9.1.1", ["There are no direct financial implications arising from this report. The costs "
                "of the actions are being met from existing budgets of the agencies concerned."])
    H("9.2", "Legal implications", "other", level=2)
    P("9.2.1", ["The Council is a statutory partner of the Safeguarding Adults Board under the "
                "Care Act 2014 and must co-operate with the Board in carrying out its functions."])
    H("9.3", "Equality implications", "other", level=2)
    P("9.3.1", ["The review highlights inequalities in access to health care experienced by "
                "people with a learning disability. The actions in the plan are expected to "
                "have a positive impact on this group."])
    H("10.", "Background papers", "other")
    P("10.1", ["None, other than the published review."])

    H("Appendix 1:", "Safeguarding Adults Review \u2013 Adult B (published separately)",
      "appendix")
    b.para("The full report of the review is available on the Safeguarding Adults Board\u2019s "
           "website and has been circulated to members of the Health and Wellbeing Board.")

    b.landscape_section()
    H("Appendix 2:", "Multi-agency action plan", "action_plan")
    b.para("Status at 31 October 2022. RAG: Green = complete or on track; Amber = some slippage; "
           "Red = off track.", size=9.5)
    rows, merges = [], []
    last = None
    for i, (ri, action, lead, date, rag) in enumerate(ACTIONS):
        if ri == last:
            rows.append(("", "", action, lead, date, rag))
            merges.append((i - 1, 0, 2))
            merges.append((i - 1, 1, 2))
        else:
            rows.append((str(ri + 1), REVIEW_RECS[ri][0], action, lead, date, rag))
        last = ri
    # merged cells keep the text of the first row
    b.table(["Rec no", "Recommendation", "Action", "Lead agency", "Target date", "RAG status"],
            rows, widths_cm=[1.6, 9.0, 6.5, 4.2, 2.3, 1.8], size=9, merge_down=merges)
    return b
