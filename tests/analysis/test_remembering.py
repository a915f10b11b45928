"""A resolver's analyzer remembers whole-text analyses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reviewminer.analysis import Analysis, Remembering


class _Counting:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str) -> Analysis:
        self.calls.append(text)
        return Analysis(text, (), ())

    def pipe(self, texts: Iterable[str], *, sentences: bool = True) -> Iterator[Analysis]:
        for t in texts:
            yield self(t)


def test_a_text_is_analysed_once_and_pipe_is_passed_on() -> None:
    inner = _Counting()
    nlp = Remembering(inner)
    first = nlp("Kelvingate Council")
    assert nlp("Kelvingate Council") is first and nlp("Other") == Analysis("Other", (), ())
    assert inner.calls == ["Kelvingate Council", "Other"]
    assert [a.text for a in nlp.pipe(["Other", "Other"])] == ["Other", "Other"]
    assert inner.calls[2:] == ["Other", "Other"]
