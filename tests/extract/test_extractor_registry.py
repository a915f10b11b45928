"""Extractors run in registration order over one shared context."""

from __future__ import annotations

import pytest

from reviewminer.extract import _EXTRACTORS, ExtractionContext, extractors, register_extractor


def test_builtin_order():
    assert [e.name for e in extractors()] == ["metadata", "lines_of_enquiry", "recommendations",
                                               "themes"]


class _CountRecommendations:
    name = "recommendation_count"

    def __init__(self) -> None:
        self.seen: list[int] = []

    def run(self, ctx: ExtractionContext) -> None:
        ctx.extras[self.name] = len(ctx.recommendations)
        self.seen.append(len(ctx.recommendations))


@pytest.fixture
def restore_extractors():
    saved = list(extractors())
    yield
    _EXTRACTORS[:] = saved


def test_a_registered_extractor_sees_earlier_results(build, restore_extractors):
    last = _CountRecommendations()
    register_extractor(last)
    assert extractors()[-1].name == "recommendation_count"
    r = build([("h1", "Recommendations"), ("li", "1. Redhill Council should fund a neglect lead.")])
    assert len(r.recommendations) == 1
    assert last.seen == [1]  # it ran after the recommendations were found
    early = _CountRecommendations()
    register_extractor(early, after="metadata")  # replaces the one of the same name
    assert [e.name for e in extractors()] == ["metadata", "recommendation_count", "lines_of_enquiry",
                                             "recommendations", "themes"]
    build([("h1", "Recommendations"), ("li", "1. Redhill Council should fund a neglect lead.")])
    assert early.seen == [0] and last.seen == [1]
    with pytest.raises(ValueError, match="no extractor named 'nope'"):
        register_extractor(_CountRecommendations(), after="nope")
