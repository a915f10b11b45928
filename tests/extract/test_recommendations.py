"""Recommendations: zones, labels, boundaries, copies, owners, tables (synthetic documents)."""

from __future__ import annotations

from reviewminer.model import RecommendationKind

TITLE = [
    ("h1", "Serious Case Review: Child Q"),
    ("p", "Commissioned by Redhill Local Safeguarding Children Board"),
    ("page",),
]


def owners(rec):
    return [p.canonical for p in rec.parties if p.role == "owner"]


def test_numbered_recommendations_end_at_next_item_and_heading(build):
    r = build(TITLE + [
        ("h1", "6. Recommendations"),
        ("p", "The review makes the following recommendations."),
        ("li", "1. Redhill LSCB should audit neglect cases."),
        ("li", "2. Redhill Constabulary should review how it notifies Children's Social Care of "
               "domestic incidents. The review should report within six months."),
        ("h1", "7. Conclusions"),
        ("p", "Agencies should learn from this case, which must not be repeated."),
    ])
    recs = r.recommendations
    assert [x.number for x in recs] == ["1", "2"]
    assert recs[0].text == "Redhill LSCB should audit neglect cases."
    assert recs[1].text.endswith("report within six months.")
    assert owners(recs[0]) == ["Local Safeguarding Children Board"]
    assert recs[0].parties[0].current_body == "Safeguarding Children Partnership"  # renamed in 2019
    assert recs[0].parties[0].name == "Redhill LSCB"  # as written, place kept
    assert owners(recs[1]) == ["Police"]
    # provenance points at the source text
    assert r.source_text(recs[1]).startswith("Redhill Constabulary should review")
    assert recs[1].provenance.page_start == 2


def test_sub_bullets_belong_to_the_recommendation(build):
    r = build(TITLE + [
        ("h1", "Recommendations"),
        ("li", "1. The Partnership should publish a protocol on fathers that:"),
        ("li", "• requires practitioners to ask about new partners;"),
        ("li", "• sets out how to record a refusal."),
        ("li", "2. All agencies should review their training."),
    ])
    recs = r.recommendations
    assert len(recs) == 2
    assert recs[0].text == ("The Partnership should publish a protocol on fathers that: requires "
                            "practitioners to ask about new partners; sets out how to record a "
                            "refusal.")
    assert owners(recs[1]) == ["All agencies"]


def test_recommendation_n_blocks_after_findings(build):
    r = build(TITLE + [
        ("h1", "Findings"),
        ("h2", "Finding 1: Information about fathers"),
        ("p", "Practitioners rarely asked about the men in the household."),
        ("bold", "Recommendation 1"),
        ("p", "Redhill Safeguarding Children Partnership should commission guidance on working "
              "with fathers."),
        ("h2", "Finding 2: Escalation"),
        ("p", "Escalation was rarely used."),
        ("bold", "Recommendation 2"),
        ("p", "Training should be provided on the escalation policy."),
    ])
    recs = r.recommendations
    assert [x.number for x in recs] == ["1", "2"]
    assert recs[0].text.startswith("Redhill Safeguarding Children Partnership should")
    assert owners(recs[0]) == ["Safeguarding Children Partnership"]
    # passive voice: falls back to the commissioning board, marked inferred
    assert recs[1].parties[0].inferred is True
    assert owners(recs[1]) == ["Local Safeguarding Children Board"]


def test_word_auto_numbered_items(build):
    r = build(TITLE + [
        ("h1", "Recommendations"),
        ("li", "1) Redhill Council should fund a neglect lead.", {"label": "1)"}),
        ("li", "2) The GP practices should flag missed appointments.", {"label": "2)"}),
    ])
    assert [x.number for x in r.recommendations] == ["1", "2"]
    assert r.recommendations[0].text == "Redhill Council should fund a neglect lead."
    assert owners(r.recommendations[1]) == ["GP / Primary Care"]


def test_summary_and_body_copies_are_one_recommendation(build):
    r = build(TITLE + [
        ("h1", "1. Executive summary"),
        ("p", "In summary the recommendations are:"),
        ("li", "1. The LSCB to audit neglect cases."),
        ("h1", "6. Recommendations"),
        ("li", "1. Redhill LSCB should audit a sample of neglect cases and report to the Board "
               "within six months."),
    ])
    assert len(r.recommendations) == 1
    rec = r.recommendations[0]
    assert rec.text.startswith("Redhill LSCB should audit a sample")
    assert len(rec.locations) == 2


def test_jointly_seek_assurance_and_family_members(build):
    r = build(TITLE + [
        ("h1", "Recommendations"),
        ("li", "1. Redhill ICB and Redhill Children's Services should jointly audit referrals."),
        ("li", "2. The LSCB should seek assurance from Redhill Constabulary that domestic abuse "
               "notifications are screened."),
        ("li", "3. Child Q's mother should be offered support by the Health Visiting Service."),
    ])
    a, b, c = r.recommendations
    assert owners(a) == ["Integrated Care Board", "Children's Social Care"]
    assert owners(b) == ["Local Safeguarding Children Board"]
    assert [p.canonical for p in b.parties if p.role == "target"] == ["Police"]
    assert all("Child Q" not in p.name for p in c.parties)


def test_heading_names_the_agency_for_imperatives(build):
    r = build(TITLE + [
        ("h1", "8. Recommendations"),
        ("h2", "8.2 Recommendations for Redhill Housing Services"),
        ("li", "1. Review the allocation policy for families fleeing abuse."),
    ])
    (rec,) = r.recommendations
    assert owners(rec) == ["Housing"]
    assert rec.parties[0].inferred is True


def test_glossary_abbreviation_expands_to_agency(build):
    r = build(TITLE + [
        ("h1", "Recommendations"),
        ("li", "1. RCS should publish a threshold document."),
        ("h1", "Glossary"),
        ("table", [("Abbreviation", "Meaning"), ("RCS", "Redhill Children's Services")]),
    ])
    assert owners(r.recommendations[0]) == ["Children's Social Care"]


def test_cover_report_committee_recommendations_are_kept_apart(build):
    r = build([
        ("h1", "Report to Redhill Health and Wellbeing Board"),
        ("p", "Purpose of the report: to present the Safeguarding Adults Review of Adult R."),
        ("h1", "1. Recommendations"),
        ("li", "1. That the Board notes the findings of the review."),
        ("li", "2. That the Board endorses the action plan at Appendix 2."),
        ("h1", "3. The review's recommendations"),
        ("p", "The review made the following recommendations:"),
        ("li", "1. Redhill Safeguarding Adults Board should review its self-neglect procedure."),
    ])
    kinds = [x.kind for x in r.recommendations]
    assert kinds == [RecommendationKind.COMMITTEE, RecommendationKind.COMMITTEE,
                     RecommendationKind.RECOMMENDATION]
    assert owners(r.recommendations[0]) == ["Health and Wellbeing Board"]
    assert owners(r.recommendations[2]) == ["Safeguarding Adults Board"]


def test_action_plan_table_rows_merge_with_recommendations(build):
    rec_text = "Redhill Safeguarding Adults Board should review its self-neglect procedure."
    r = build(TITLE + [
        ("h1", "Recommendations"),
        ("li", "1. " + rec_text),
        ("h1", "Appendix 1: Action plan"),
        ("table", [("Rec no", "Recommendation", "Action", "Lead agency"),
                   ("1", rec_text, "Redraft the procedure", "SAB"),
                   ("1", rec_text, "Train staff", "SAB")]),
    ])
    assert len(r.recommendations) == 1
    assert len(r.recommendations[0].locations) == 2


def test_no_recommendations_yields_none(build):
    r = build(TITLE + [
        ("h1", "Analysis"),
        ("p", "The review found that 1. agencies should have shared more information."),
        ("li", "1. Practitioners were busy."),
    ])
    assert r.recommendations == ()
    assert "no recommendations found" in r.warnings


def test_r_labels_after_findings_outside_a_recommendations_section(build):
    r = build(TITLE + [
        ("h1", "4. Findings"),
        ("h2", "Finding 1: Missed appointments"),
        ("p", "Appointments were missed and nobody followed them up."),
        ("p", "R1 Redhill ICB should publish a was-not-brought policy for GP practices."),
        ("h2", "Finding 2: Fathers"),
        ("p", "R2 The Partnership should commission training on working with fathers."),
        ("h1", "5. Conclusion"),
        ("p", "R2 was discussed with the family, who agreed with it."),
    ])
    assert [(x.number, x.finding) for x in r.recommendations] == [("R1", "1"), ("R2", "2")]


INSPECTION = [
    ("h1", "Redhill Borough Council"),
    ("p", "Inspection of children's social care services"),
    ("p", "Inspection dates: 1 May 2024 to 12 May 2024"),
    ("page",),
]


def test_inspection_imperatives_are_addressed_to_the_body_of_their_part(build):
    r = build(INSPECTION + [
        ("h1", "Section 1: The local authority"),
        ("h2", "Areas for improvement"),
        ("li", "1. Ensure that the virtual school tracks the attendance of every child in care."),
        ("li", "2. Improve the quality of supervision so that it drives plans forward."),
        ("h1", "Section 2: The effectiveness of the Local Safeguarding Children Board"),
        ("h2", "Areas for improvement"),
        ("li", "3. Develop a model for evaluating the impact of multi-agency training."),
    ])
    assert r.metadata.review_type == "inspection"
    recs = r.recommendations
    assert [x.number for x in recs] == ["1", "2", "3"]
    # an imperative has no grammatical owner: "the virtual school" in it is not the owner
    assert owners(recs[0]) == owners(recs[1]) == ["Local Authority"]
    assert owners(recs[2]) == ["Local Safeguarding Children Board"]
    la = next(p for p in recs[0].parties if p.role == "owner")
    assert la.inferred and la.organisation == "Redhill Borough Council"  # named by the title
    assert la.area == "Redhill"
    lscb = next(p for p in recs[2].parties if p.role == "owner")
    # the document names no particular board (none invented), but the area it serves
    assert lscb.organisation is None and lscb.area == "Redhill"
    assert lscb.label == "Local Safeguarding Children Board (Redhill)"


def test_a_board_is_not_named_after_an_area_the_document_does_not_name(build):
    r = build([("h1", "Inspection of children's social care services"),
               ("p", "Inspection dates: 1 May 2024 to 12 May 2024"),
               ("page",),
               ("h1", "The effectiveness of the Local Safeguarding Children Board"),
               ("h2", "Areas for improvement"),
               ("li", "1. Develop a model for evaluating the impact of multi-agency training."),
               ("li", "2. Ensure that Kent Police attend every strategy meeting."),
               ])
    lscb = next(p for p in r.recommendations[0].parties if p.role == "owner")
    assert lscb.canonical == "Local Safeguarding Children Board"
    assert lscb.organisation is None and lscb.area is None  # no area named: none invented


def test_london_borough_names_are_councils_and_give_the_area(build):
    r = build([("h1", "London Borough of Waltham Forest"),
               ("p", "Inspection of children's social care services"),
               ("p", "Inspection dates: 1 May 2024 to 12 May 2024"),
               ("page",),
               ("h2", "What needs to improve"),
               ("li", "1. Ensure that plans for children in care are reviewed on time."),
               ("li", "2. The Royal Borough of Kensington and Chelsea should share its audit tool."),
               ])
    first, second = (next(p for p in rec.parties if p.role == "owner")
                     for rec in r.recommendations)
    assert (first.canonical, first.organisation, first.area) == \
        ("Local Authority", "London Borough of Waltham Forest", "Waltham Forest")
    assert (second.organisation, second.area) == \
        ("Royal Borough of Kensington and Chelsea", "Kensington and Chelsea")


def test_noun_phrase_items_in_a_what_needs_to_improve_list(build):
    r = build(INSPECTION + [
        ("h2", "What needs to improve"),
        ("li", "• The quality of written plans, so that they are timebound and specific."),
        ("li", "• Management oversight across the service through quality assurance."),
        ("h2", "The experiences of children in care"),
        ("p", "Children in care are seen regularly by their social workers."),
    ])
    texts = [x.text for x in r.recommendations]
    assert texts == ["The quality of written plans, so that they are timebound and specific.",
                     "Management oversight across the service through quality assurance."]


def test_confidence_follows_the_evidence_and_low_confidence_items_are_flagged(build):
    r = build(TITLE + [
        ("h1", "Recommendations"),
        ("li", "1. Redhill LSCB should audit neglect cases."),
        ("li", "2. Redhill Constabulary should review its domestic abuse notifications."),
        ("li", "3. Placement moves for children looked after reduced across the county."),
        ("page",),
        ("h1", "Recommendation 4: Redhill Council to publish a protocol on pre-birth assessments."),
    ])
    by_number = {x.number: x for x in r.recommendations}
    assert by_number["1"].evidence == "zone_item" and by_number["1"].confidence == 0.9
    # no verb a recommendation opens with, but the rest of its numbered list are recommendations
    assert by_number["3"].evidence == "whole_list" and by_number["3"].confidence == 0.6
    assert any("low confidence" in w and "3 (p2)" in w for w in r.warnings)
    assert not any("1 (p2)" in w for w in r.warnings)


def test_an_imperative_is_not_read_as_an_unknown_body(build):
    # "Integrate ... from school, home and care, to make ..." names "school" but opens with a
    # verb: the item is an instruction to the inspected council, not a body called "Integrate ..."
    r = build(INSPECTION + [
        ("h2", "What needs to improve"),
        ("li", "1. Integrate performance information on children missing from school, home and "
               "care, to make it possible to identify patterns and take appropriate action."),
    ])
    owner = next(p for p in r.recommendations[0].parties if p.role == "owner")
    assert owner.canonical == "Local Authority"
    assert owner.organisation == "Redhill Borough Council"


def test_an_inspection_titled_by_its_area_alone_gives_the_area(build):
    r = build([("h1", "Northmoor"),
               ("h1", "Inspection of children's social care services"),
               ("p", "Inspection dates: 1 May 2024 to 12 May 2024"),
               ("p", "Children in Northmoor are safe. Leaders in Northmoor know their services."),
               ("page",),
               ("h2", "What needs to improve"),
               ("li", "• Ensure that plans for children in care are reviewed on time."),
               ("p", "Northmoor has a stable workforce."),
               ])
    owner = next(p for p in r.recommendations[0].parties if p.role == "owner")
    assert owner.area == "Northmoor" and owner.organisation is None
    assert owner.label.endswith("(Northmoor)")


def test_the_owner_follows_a_recommending_clause_anywhere_in_the_item(build):
    r = build(TITLE + [
        ("h1", "Recommendations"),
        ("li", "1. The challenges faced by partners will vary. Whilst recognising the pressure "
               "on budgets, we recommend that Redhill Constabulary reviews its training."),
        ("li", "2. We urge the Care Quality Commission to publish its findings each year."),
        ("li", "3. We therefore recommend that the guidance on referrals be revised."),
    ])
    recs = r.recommendations
    assert owners(recs[0]) == ["Police"]
    assert owners(recs[1]) == ["Care Quality Commission"]
    assert all(p.inferred for p in recs[2].parties if p.role == "owner")  # passive: none named


COMMITTEE = [
    ("h1", "House of Lords Select Committee on Rivers: Clean water for all"),
    ("p", "Ordered to be printed and published by authority of the House of Lords."),
    ("page",),
    ("h1", "Summary of conclusions and recommendations"),
]


def test_a_summary_item_split_by_a_page_break_runs_on_to_its_paragraph_reference(build):
    r = build(COMMITTEE + [
        ("li", "1. The Environment Agency has been under-funded for a decade. (Paragraph 12)"),
        ("li", "2. We welcome the Environment Agency's pivot to supporting local catchment "
               "partnerships with water companies."),
        ("page",),
        ("p", "Ofwat should publish an assessment of the partnerships every year, to inform "
              "future funding. (Paragraph 40)"),
        ("li", "3. We support the efforts of farmers. We endorse and encourage continued "
               "support of catchment initiatives by government. (Paragraph 51)"),
        ("li", "4. The Government should set a target for river quality. (Paragraph 60)"),
    ])
    recs = {x.number: x for x in r.recommendations}
    assert sorted(recs) == ["2", "3", "4"]  # item 1 concludes, it does not recommend
    assert recs["2"].text.endswith("to inform future funding. (Paragraph 40)")
    assert (recs["2"].provenance.page_start, recs["2"].provenance.page_end) == (2, 3)
    # "pivot to supporting" is not a summary list's "X to <verb>": the owner is the modal's subject
    assert owners(recs["2"]) == ["Ofwat"]


def test_a_passive_names_its_agent_and_a_purpose_to_is_no_summary_subject(build):
    r = build(COMMITTEE + [
        ("li", "1. Further investment in catchments should be facilitated jointly by the "
               "Care Quality Commission and water companies. (Paragraph 12)"),
        ("li", "2. We support the Government's commitments to become a smarter buyer of data. "
               "Ofwat should therefore publish a procurement strategy. (Paragraph 14)"),
        ("li", "3. Grant funding calls should be streamlined. (Paragraph 15)"),
    ])
    recs = r.recommendations
    assert owners(recs[0]) == ["Care Quality Commission"]
    assert owners(recs[1]) == ["Ofwat"]  # not "the Government" of "commitments to become"
    assert all(p.inferred for p in recs[2].parties)  # a passive without an agent names no one


def test_sub_items_that_finish_an_item_s_sentence_belong_to_it(build):
    """An item that stops on a word ("... where") and deeper sub-items that go on in lower case
    are one recommendation; sub-items after an item that ends its sentence, or that start a
    sentence of their own, stay items of their own."""
    r = build([
        ("h1", "Serious Case Review: Child T"),
        ("p", "Redhill Local Safeguarding Children Board"),
        ("page",),
        ("h1", "Recommendations"),
        ("li", "1. The Board should give closer scrutiny to how partners safeguard children where"),
        ("li", "(i) they are privately fostered"),
        ("li", "(ii) their parents misuse drugs or alcohol."),
        ("li", "2. The Board should ensure that all partners attend its meetings."),
        ("li", "(a) the Board should record who attends each meeting."),
        ("li", "3. The Board should review the training offered to"),
        ("li", "(a) Schools should report their training needs to the Board."),
    ])
    texts = {x.number: x.text for x in r.recommendations}
    assert texts["1"].endswith("where (i) they are privately fostered (ii) their parents misuse "
                               "drugs or alcohol.")
    assert "i" not in texts and "ii" not in texts
    assert not texts["2"].endswith("each meeting.")
    assert not texts["3"].startswith("(a)") and "Schools should" not in texts["3"]


def test_a_tag_in_brackets_closing_a_finding_is_not_a_recommendations_heading(build):
    """Inspection findings tagged "(Recommendation)" (the tag wrapped onto a line of its own)
    stay findings: a bracketed tag is not a section title."""
    r = build([
        ("h1", "Inspection of services for children in need of help and protection"),
        ("p", "Redhill Local Safeguarding Children Board"),
        ("page",),
        ("h2", "Recommendations"),
        ("li", "1. Ensure that the board's business plan is kept up to date."),
        ("h2", "Inspection findings"),
        ("li", "12. Recording of the reasons for decisions is inconsistent across the teams, "
               "and managers do not always check that plans are followed."),
        ("p", "(Recommendation)"),
        ("li", "13. The SCR sub-committee gives careful consideration to all new referrals."),
        ("li", "14. There is strong oversight of operational responses to exploitation."),
    ])
    assert [x.number for x in r.recommendations] == ["1"]
    assert "(Recommendation)" not in [s.heading for s in r.sections]


def test_an_improvement_list_item_saying_there_is_none_is_not_a_recommendation(build):
    r = build([
        ("h1", "Inspection of services for children in need of help and protection"),
        ("p", "Redhill Local Safeguarding Children Board"),
        ("page",),
        ("h2", "Priority and immediate action"),
        ("li", "26. The inspection did not find any areas for priority and immediate action."),
        ("h2", "Areas for improvement"),
        ("li", "27. The quality of written plans for children in need."),
    ])
    assert [x.number for x in r.recommendations] == ["27"]
