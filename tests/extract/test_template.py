"""Fixed-template genres: a coroner's Regulation 28 report (prevention of future deaths)."""

from __future__ import annotations

PFD = [
    ("p", "REGULATION 28 REPORT TO PREVENT FUTURE DEATHS"),
    ("p", "THIS REPORT IS BEING SENT TO: 1. Chief Executive of Redhill Hospitals NHS Trust "
          "2. The Secretary of State for Health and Social Care"),
    ("p", "1 CORONER I am Jane Doe, area coroner for Redhill."),
    ("p", "2 CORONER'S LEGAL POWERS I make this report under paragraph 7, Schedule 5, of the "
          "Coroners and Justice Act 2009."),
    ("page",),
    ("p", "5 CORONER'S CONCERNS During the course of the inquest the evidence revealed matters "
          "giving rise to concern. The MATTERS OF CONCERN are as follows: (1) There was no "
          "system to share discharge summaries with the GP within 24 hours. (2) Staff were not "
          "trained to recognise sepsis in patients with a learning disability."),
    ("p", "6 ACTION SHOULD BE TAKEN In my opinion action should be taken to prevent future "
          "deaths and I believe you have the power to take such action."),
    ("p", "7 YOUR RESPONSE You are under a duty to respond to this report within 56 days."),
    ("p", "8 COPIES and PUBLICATION I have sent a copy of my report to the Care Quality "
          "Commission and to the family."),
]


def test_pfd_concerns_are_the_items_and_the_addressees_own_them(build):
    r = build(PFD)
    assert r.metadata.review_type == "pfd"
    recs = r.recommendations
    assert [x.number for x in recs] == ["1", "2"]
    assert recs[0].text == ("There was no system to share discharge summaries with the GP "
                            "within 24 hours.")
    assert recs[1].text.startswith("Staff were not trained") and recs[1].text.endswith(
        "learning disability.")
    assert recs[0].provenance.page_start == 2
    assert r.source_text(recs[0]) == recs[0].text
    owners = [p for p in recs[1].parties if p.role == "owner"]
    assert [p.name for p in owners] == ["Chief Executive of Redhill Hospitals NHS Trust",
                                        "The Secretary of State for Health and Social Care"]
    assert owners[0].organisation == "Redhill Hospitals NHS Trust"
    assert r.text[owners[0].char_start:owners[0].char_end] == owners[0].name
    # copy recipients and the "action should be taken" boilerplate are not items or owners
    assert not any("Care Quality Commission" in p.name for x in recs for p in x.parties)
    assert len(recs) == 2


def test_one_unnumbered_concern_is_one_item(build):
    r = build(PFD[:5] + [
        ("p", "5 CORONER'S CONCERNS The MATTERS OF CONCERN are as follows: The hospital has no "
              "policy on the observation of patients recovering from hip surgery at night."),
    ] + PFD[6:])
    assert [x.text for x in r.recommendations] == [
        "The hospital has no policy on the observation of patients recovering from hip "
        "surgery at night."]
    assert r.recommendations[0].number is None  # not numbered in the report: none invented


def test_a_government_response_answers_each_quoted_recommendation(build):
    r = build([
        ("h1", "Government response to the Redhill Inquiry report"),
        ("p", "Presented to Parliament by the Secretary of State by Command of His Majesty"),
        ("page",),
        ("h1", "Chapter 1: Responses to the recommendations"),
        ("p", "Recommendation 1: That the government establish a national register of "
              "supported housing providers within two years."),
        ("p", "The government accepts this recommendation in principle."),
        ("p", "We will consult on the design of the register this year."),
        ("p", "Recommendation 2: That local authorities publish an annual report on the "
              "inspection of supported housing in their area."),
        ("p", "The government supports this recommendation made towards local authorities."),
        ("p", "Recommendation 3: That the regulator reviews the fees it charges to small "
              "providers of supported housing."),
        ("p", "Work on this is already under way in the regulator."),
    ])
    assert r.metadata.review_type == "government_response"
    recs = {x.number: x for x in r.recommendations}
    assert recs["1"].response == "accepted in principle"
    assert recs["1"].response_text == "The government accepts this recommendation in principle."
    assert recs["2"].response == "accepted"
    assert recs["3"].response is None  # no status stated: none guessed
    owners = {n: [p.canonical for p in x.parties if p.role == "owner"] for n, x in recs.items()}
    assert owners["1"] == ["HM Government"] and owners["2"] == ["Local Authority"]


def test_a_quoted_recommendation_runs_on_to_the_paragraph_that_answers_it(build):
    r = build([
        ("h1", "Government response to the Redhill Inquiry report"),
        ("page",),
        ("h1", "Responses to the recommendations"),
        ("p", "Recommendation 7: We recognise that both the Redhill Housing Association and the "
              "Redhill Tenants Forum have improved how they record repairs."),
        ("p", "We recommend that they should review the changes already made to ensure they are "
              "sufficient in the light of our findings. (12.30)"),
        ("p", "Both bodies accept this recommendation."),
        ("p", "We welcome the steps they have taken."),
        ("p", "Recommendation 8: That the construction regulator should be responsible for "
              "assessing the conformity of products."),
        ("p", "The government accepts this recommendation."),
    ])
    recs = {x.number: x for x in r.recommendations}
    assert recs["7"].text.endswith("in the light of our findings. (12.30)")
    assert recs["7"].response == "accepted"
    # "That X should ...": the subject, not the responding government
    assert [p.organisation for p in recs["8"].parties if p.role == "owner"] == \
        ["construction regulator"]


def test_reported_recommendations_in_a_response_to_an_ombudsman(build):
    r = build([
        ("h1", "Department for Transport: response to the Parliamentary and Health Service "
               "Ombudsman's report on concessionary fares"),
        ("h1", "Introduction"),
        ("p", "In May 2025 the Ombudsman published a report that found maladministration."),
        ("h1", "Background"),
        ("p", "The Ombudsman recommended that Ashdown Council should acknowledge its failings "
              "and apologise to those affected within three months."),
        ("p", "The government accepts this recommendation."),
        ("p", "The Ombudsman also recommended that the Home Office:"),
        ("li", "• reviews how it handles correspondence about entitlement;"),
        ("li", "• publishes guidance for its staff within six months."),
        ("p", "The government accepts these recommendations in principle."),
    ])
    texts = [x.text for x in r.recommendations]
    assert texts[0].startswith("The Ombudsman recommended that Ashdown Council should")
    assert texts[1:] == ["reviews how it handles correspondence about entitlement;",
                         "publishes guidance for its staff within six months."]
    owners = [[p.organisation for p in x.parties if p.role == "owner"] for x in r.recommendations]
    assert owners == [["Ashdown Council"], ["Home Office"], ["Home Office"]]
    assert r.recommendations[0].response == "accepted"
    # the line that introduces the list is not itself a recommendation
    assert not any(t.endswith(":") for t in texts)


def test_a_reported_recommendation_is_not_taken_where_the_items_are_quoted_with_labels(build):
    r = build([
        ("h1", "Government response to the Redhill Inquiry report"),
        ("page",),
        ("h1", "Responses"),
        ("p", "Recommendation 1: That the government establish a college of fire and rescue."),
        ("p", "The government accepts this recommendation."),
        ("p", "The Inquiry recommended that the government establish a college of fire and "
              "rescue to provide the highest quality training to firefighters."),
    ])
    assert [x.number for x in r.recommendations] == ["1"]


_DWP_TITLE = ("h1", "Department for Work and Pensions: government decision following the "
                    "Parliamentary and Health Service Ombudsman's report")


def test_an_ombudsman_list_introduced_by_recommendations_were_that(build):
    r = build([
        _DWP_TITLE,
        ("h1", "The Ombudsman's recommendations"),
        ("p", "The Ombudsman's recommendations were that the Department should:"),
        ("li", "• acknowledge its failings;"),
        ("li", "• apologise to those affected;"),
        ("li", "• review its communication of State Pension age changes."),
        ("h1", "Our response"),
        ("p", "We accept these recommendations."),
    ])
    assert [x.text for x in r.recommendations] == [
        "acknowledge its failings;", "apologise to those affected;",
        "review its communication of State Pension age changes."]
    # "the Department" refers back to the one department the title names
    assert {p.organisation for x in r.recommendations for p in x.parties} == \
        {"Department for Work and Pensions"}


def test_a_reported_recommendation_without_that(build):
    r = build([
        _DWP_TITLE,
        ("h1", "Background"),
        ("p", "In its report the Ombudsman recommended DWP should acknowledge its failings and "
              "apologise to the women affected."),
    ])
    assert len(r.recommendations) == 1
    assert [p.organisation for p in r.recommendations[0].parties] == \
        ["Department for Work and Pensions"]


def test_a_response_that_quotes_labelled_items_keeps_only_the_quotes(build):
    r = build([
        ("h1", "Government response to the Redhill Inquiry report"),
        ("page",),
        ("h1", "Recommendations"),
        ("p", "For the remaining 9 recommendations, which are all directed at government, we "
              "accept them in principle and will report on progress."),
        ("p", "Recommendation 1: That the government establish a national register of "
              "supported housing providers."),
        ("p", "The government accepts this recommendation."),
        ("h2", "Recommendation 2:", {"label": "Recommendation 2"}),
        ("li", "a) that copies of all test results be included in the certificate;",
         {"list_level": 1}),
        ("li", "b) that manufacturers be required to provide the full testing history.",
         {"list_level": 1}),
        ("p", "The government accepts this recommendation in principle."),
        ("h1", "Next steps"),
        ("p", "The government will establish a publicly accessible record of all "
              "recommendations made by public inquiries, and we must report on progress."),
    ])
    assert [x.number for x in r.recommendations] == ["1", "2"]
    assert r.recommendations[1].text.startswith("a) that copies of all test results")
    assert [x.response for x in r.recommendations] == ["accepted", "accepted in principle"]


def test_an_ombudsman_s_reported_requests_and_counterfactual_recommendations(build):
    r = build([
        _DWP_TITLE,
        ("h1", "Remedy"),
        ("li", "40. In this case, the Ombudsman asked Parliament to identify a mechanism for "
               "providing an appropriate remedy."),
        ("li", "41. The Ombudsman said that they would have recommended that DWP apologise to "
               "the claimants affected by the delay."),
        ("li", "42. The Ombudsman suggested in paragraph 50 that in such cases payments be made "
               "quickly.", ),
        ("li", "43. The Ombudsman's report suggested that Parliament may want to hold DWP to "
               "account for improving its service."),
    ])
    texts = [x.text for x in r.recommendations]
    assert len(texts) == 3, texts  # "suggested in paragraph 50 that" reports no recommendation
    assert texts[0].startswith("In this case, the Ombudsman asked Parliament to identify")
    owners = [[p.organisation for p in x.parties if p.role == "owner"][:1]
              for x in r.recommendations]
    assert owners == [["Parliament"], ["Department for Work and Pensions"], ["Parliament"]]


def test_a_subjunctive_after_an_adverbial_names_its_subject_not_a_clause(build):
    r = build([
        ("h1", "Government response to the Redhill Inquiry report"),
        ("p", "The Inquiry's terms refer to the Fire Inspectorate of Redhill throughout."),
        ("page",),
        ("h1", "Responses"),
        ("p", "Recommendation 1: That as soon as reasonably possible the Inspectorate inspect the "
              "London Fire Brigade to examine its training of incident commanders."),
        ("p", "The government accepts this recommendation."),
        ("p", "Recommendation 2: That as soon as reasonably practicable the Inspectorate inspect "
              "the LFB to examine its arrangements for collecting information."),
        ("p", "The government accepts this recommendation."),
    ])
    for rec in r.recommendations:
        names = [p.name for p in rec.parties if p.role == "owner"]
        assert names == ["Inspectorate"], names  # not the LFB, not "as soon as ... inspect ..."
