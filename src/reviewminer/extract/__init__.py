"""Extractors: each reads the shared :class:`~reviewminer.extract.context.ExtractionContext` and
sets its part of the results. They run in registration order (metadata first: later extractors
use the review type and the commissioning board; themes last: they tag the recommendations).

A new extractor is a class with a ``name`` and a ``run(ctx)`` method, registered with
:func:`register_extractor`; its results go to ``ctx.extras[name]`` unless the Report has a field
for them.
"""

from __future__ import annotations

from typing import Protocol

from reviewminer.extract.context import ExtractionContext


class Extractor(Protocol):
    """One extraction step over a document."""

    name: str

    def run(self, ctx: ExtractionContext) -> None:
        """Read ``ctx`` and set this extractor's results on it."""
        ...


_EXTRACTORS: list[Extractor] = []


def register_extractor(extractor: Extractor, *, after: str | None = None) -> None:
    """Add an extractor (replacing one of the same name), last or right after ``after``."""
    _EXTRACTORS[:] = [e for e in _EXTRACTORS if e.name != extractor.name]
    if after is None:
        _EXTRACTORS.append(extractor)
        return
    k = next((n for n, e in enumerate(_EXTRACTORS) if e.name == after), None)
    if k is None:
        raise ValueError(f"no extractor named {after!r}; known: {[e.name for e in _EXTRACTORS]}")
    _EXTRACTORS.insert(k + 1, extractor)


def extractors() -> tuple[Extractor, ...]:
    """The registered extractors, in the order they run."""
    if not _EXTRACTORS:
        _register_builtins()
    return tuple(_EXTRACTORS)


def _register_builtins() -> None:
    from reviewminer.extract.enquiry import EnquiryExtractor
    from reviewminer.extract.metadata import MetadataExtractor
    from reviewminer.extract.recommendations import RecommendationExtractor
    from reviewminer.extract.themes import ThemeExtractor

    for e in (MetadataExtractor(), EnquiryExtractor(), RecommendationExtractor(), ThemeExtractor()):
        _EXTRACTORS.append(e)


__all__ = ["ExtractionContext", "Extractor", "extractors", "register_extractor"]
