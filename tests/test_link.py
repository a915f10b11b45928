"""Responses and links across documents (``reviewminer.link``, the ``responses`` table)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from reviewminer.errors import RuleFileError
from reviewminer.extract.recommendations.responses import status_of
from reviewminer.link import (
    NUMBER_PENALTY,
    NUMBER_THRESHOLD,
    TEXT_THRESHOLD,
    corpus_frames,
    follow_up,
    links,
    number_key,
    similarity,
)
from reviewminer.model import (
    RESPONSE_STATUSES,
    ActionItem,
    Metadata,
    Provenance,
    Recommendation,
    RecommendationKind,
    Report,
)
from reviewminer.rules import load_rules

LINKED = Path(__file__).resolve().parents[1] / "sample_docs" / "linked"
P = Provenance(1, 1, 0, 10)
TEXT = ("The Safeguarding Adults Board should commission a multi-agency audit of hospital "
        "discharges for adults with alcohol dependence who live alone.")
OTHER = ("Ashcombe Police should ensure that welfare checks are recorded and shared with "
         "Adult Social Care within one working day.")


def _rec(rid: str, number: str | None, text: str, response: str | None = None) -> Recommendation:
    return Recommendation(id=rid, number=number, kind=RecommendationKind.RECOMMENDATION,
                          text=text, parties=(), section_id=None, section="", provenance=P,
                          response=response, response_text=response and f"{response}.")


def _report(sha: str, review_type: str, recs: list[Recommendation],
            actions: tuple[ActionItem, ...] = ()) -> Report:
    return Report(source=f"{sha}.pdf", sha256=sha * 16, format="pdf", page_count=1,
                  metadata=Metadata(review_type=review_type, publication_date="2025-03-01"),
                  text="x" * 10, recommendations=tuple(recs), action_plan=actions)


def test_number_keys_drop_labels() -> None:
    assert number_key("R3") == number_key("Recommendation 3") == number_key("3.") == "3"
    assert number_key("2.1") == "2.1" and number_key(None) is None and number_key("") is None


def test_same_number_different_text_is_never_linked() -> None:
    review = _report("a", "sar", [_rec("r1", "1", TEXT)])
    response = _report("b", "government_response", [_rec("r1", "1", OTHER, "accepted")])
    assert similarity(TEXT, OTHER) < NUMBER_THRESHOLD
    assert links([review, response]) == []


def test_same_number_and_similar_text_links() -> None:
    review = _report("a", "sar", [_rec("r1", "1", TEXT), _rec("r2", "2", OTHER)])
    response = _report("b", "government_response",
                       [_rec("r1", "Recommendation 1", TEXT, "accepted in principle")])
    (k,) = links([review, response])
    assert (k.kind, k.from_id, k.to_id, k.method) == ("response", "b" * 16 + ":r1",
                                                      "a" * 16 + ":r1", "number_and_text")
    assert k.number_match is True and k.score == k.text_score == 1.0


def test_similar_text_with_another_number_links_with_a_lower_score() -> None:
    review = _report("a", "sar", [_rec("r1", "4", TEXT)])
    response = _report("b", "government_response", [_rec("r1", "7", TEXT, "accepted")])
    (k,) = links([review, response])
    assert k.method == "text_only" and k.number_match is False
    assert k.score == pytest.approx(k.text_score - NUMBER_PENALTY)
    assert k.text_score >= TEXT_THRESHOLD


def test_a_shortened_quote_links_only_when_its_number_agrees() -> None:
    shortened = "The Board should commission an audit of hospital discharges."
    review = _report("a", "sar", [_rec("r1", "4", TEXT)])
    response = _report("b", "government_response", [_rec("r1", "7", shortened, "accepted")])
    assert similarity(TEXT, shortened) >= NUMBER_THRESHOLD  # a shortened quote: contained
    assert links([review, response]) == []
    response = _report("b", "government_response", [_rec("r1", "4", shortened, "accepted")])
    assert [k.method for k in links([review, response])] == ["number_and_text"]


def test_actions_link_through_the_recommendation_their_plan_quotes() -> None:
    act = ActionItem(id="a1", recommendation_id="r1", recommendation_number="1",
                     action="Audit 40 discharges", lead_agency=None, lead_agency_canonical=None,
                     lead_officer=None, target_date="2025-06-30", target_date_text="30/06/2025",
                     status="On track", provenance=P)
    review = _report("a", "sar", [_rec("r1", "1", TEXT)])
    plan = _report("c", "action_plan", [_rec("r1", "1", TEXT)], (act,))
    found = links([review, plan])
    assert {(k.kind, k.to_id, k.method) for k in found} == {
        ("action", "a" * 16 + ":r1", "number_and_text"),
        ("action", "c" * 16 + ":r1", "same_document")}
    rows = [r for r in follow_up([review, plan]) if r.document_id == "a" * 16]
    assert [(r.kind, r.status, r.date, r.detail) for r in rows] == [
        ("action", "On track", "2025-06-30", "Audit 40 discharges")]


def test_answering_documents_are_never_answered() -> None:
    response = _report("b", "government_response", [_rec("r1", "1", TEXT, "accepted")])
    plan = _report("c", "action_plan", [_rec("r1", "1", TEXT)])
    assert [k for k in links([response, plan]) if k.method != "same_document"] == []


def test_follow_up_lists_unanswered_recommendations() -> None:
    review = _report("a", "sar", [_rec("r1", "1", TEXT), _rec("r2", "2", OTHER)])
    response = _report("b", "government_response", [_rec("r1", "1", TEXT, "noted")])
    rows = follow_up([review, response])
    assert [(r.recommendation_id, r.kind, r.status, r.date) for r in rows] == [
        ("r1", "response", "noted", "2025-03-01"), ("r2", None, None, None)]
    frames = corpus_frames([review, response])
    assert list(frames["links"]["kind"]) == ["response"]
    assert len(frames["follow_up"]) == 2


@pytest.mark.parametrize(("text", "status"), [
    ("The government accepts this recommendation.", "accepted"),
    ("Response: Accepted. The Board will ...", "accepted"),
    ("We accept this recommendation in principle.", "accepted in principle"),
    ("Partially accepted. The ICB accepts the recommendation in part.", "partially accepted"),
    ("The government does not accept this recommendation.", "not accepted"),
    ("Not accepted. The Board has decided ...", "not accepted"),
    ("The council notes this recommendation.", "noted"),
    ("Under consideration. The police will respond by December.", "under consideration"),
    ("The police will consider this recommendation further.", "under consideration"),
    ("Work is under way on a new protocol.", None),
])
def test_statuses_come_from_the_closed_vocabulary(text: str, status: str | None) -> None:
    scan = SimpleNamespace(rr=load_rules().recommendations)
    assert status_of(scan, text) == status  # type: ignore[arg-type]
    assert status is None or status in RESPONSE_STATUSES


def test_a_status_outside_the_vocabulary_is_refused() -> None:
    bad = {"recommendations": {"responses": [{"pattern": "yes", "response": "approved"}]}}
    with pytest.raises(RuleFileError, match="not one of"):
        load_rules(bad)


def test_response_document_gives_the_responses_table() -> None:
    import reviewminer

    report = reviewminer.read(LINKED / "response_2025_sar_mr_q.docx")
    frame = report.to_frames()["responses"]
    assert frame["response_id"].str.startswith(report.document_id + ":").all()
    got = dict(zip(frame["recommendation_number"], frame["status"], strict=True))
    gold = json.loads((LINKED / "mr_q.links.json").read_text(encoding="utf-8"))
    assert got == {g["number"]: g["status"] for g in gold["responses"]}
    r7 = frame[frame["recommendation_number"] == "R7"].iloc[0]  # from the table's column
    assert r7["response_text"].startswith("Under consideration.")
    assert report.source_text(Provenance(1, 1, int(r7["char_start"]), int(r7["char_end"]))) \
        == r7["response_text"]


def test_linked_set_scores() -> None:
    from reviewminer.evaluate.links import evaluate_links

    scores = evaluate_links(LINKED)["OVERALL"]
    assert all(v >= 0.95 for v in scores.values()), scores


def test_links_gold_is_generated_from_the_documents_data() -> None:
    from sample_docs.linked.docs.mr_q_data import links_gold

    assert json.loads((LINKED / "mr_q.links.json").read_text(encoding="utf-8")) == links_gold()


def test_one_stray_match_between_unrelated_documents_links_nothing() -> None:
    others = [f"Agency {n} should review its policy on topic {n} and report to the board on "
              f"what it has changed by the end of the year {n}." for n in "abcdef"]
    review = _report("a", "sar", [_rec("r1", "1", TEXT)])
    response = _report("b", "government_response",
                       [_rec("r1", "1", TEXT, "accepted"),
                        *(_rec(f"r{i}", str(i), t, "accepted") for i, t in enumerate(others, 2))])
    assert links([review, response]) == []
    assert len(links([review, _report("b", "government_response",
                                       [_rec("r1", "1", TEXT, "accepted")])])) == 1


def _brute_force(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index offers every pair: links then try every pair, as before the index."""
    from reviewminer import link_index

    def every_pair(self: link_index.PairIndex, quote: object) -> list[object]:
        from reviewminer.link import _f1_and_containment, number_key

        out: list[object] = []
        for g, items in enumerate(self._groups):
            for j, item in enumerate(items):
                qn, rn = number_key(quote.number), number_key(item.number)  # type: ignore[attr-defined]
                agree = None if qn is None or rn is None else qn == rn
                out.append((g, j, agree, *_f1_and_containment(quote.text, item.text)))  # type: ignore[attr-defined]
        return out

    monkeypatch.setattr(link_index.PairIndex, "candidates", every_pair)


def test_the_index_finds_every_pair_that_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """Random items from a small vocabulary (many pairs near both thresholds, repeated words,
    numbers with labels): the links through the index are those of trying every pair."""
    import random

    rnd = random.Random(11)
    words = ["the", "board", "should", "audit", "share", "information", "police", "health", "review", "within", "months"]

    def text() -> str:
        return " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 14)))

    def number() -> str | None:
        return rnd.choice([None, "1", "R1", "2", "Recommendation 2", "3."])

    base = [_rec(f"r{i}", number(), text()) for i in range(12)]
    reports = [_report("a", "sar", base), _report("d", "scr", [_rec(f"r{i}", number(), text())
                                                                for i in range(12)])]
    for k, sha in enumerate("bcef"):
        quotes = [_rec(f"q{i}", r.number if rnd.random() < 0.7 else number(),
                       r.text if rnd.random() < 0.5 else text(), "accepted")
                  for i, r in enumerate(base)]
        reports.append(_report(sha, ["government_response", "cover_report", "sar", "scr"][k],
                               quotes))
    fast = links(reports)
    assert fast, "the random set links something"
    with monkeypatch.context() as m:
        _brute_force(m)
        assert links(reports) == fast
