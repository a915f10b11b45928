"""``sections.json``: the heading lexicon (title → canonical section kind)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.errors import RuleFileError
from reviewminer.model import SectionKind
from reviewminer.rules.base import check_keys, compile_pattern, load_fields, rule_field
from reviewminer.rules.fastcase import foldable, folded

_KINDS = {k.value for k in SectionKind}


@dataclass(frozen=True)
class SectionRule:
    pattern: re.Pattern[str]
    kind: SectionKind


def _kind(path: Path, where: str, value: Any) -> SectionKind:
    if value not in _KINDS:
        raise RuleFileError(path, f"{where}: unknown kind {value!r}; known: {sorted(_KINDS)}")
    return SectionKind(value)


def _rules(path: Path, where: str, value: Any) -> tuple[SectionRule, ...]:
    out = []
    for i, entry in enumerate(value if isinstance(value, list) else [None]):
        w = f"{where}[{i}]"
        check_keys(path, w, entry, {"pattern", "kind", "comment"}, {"pattern", "kind"})
        out.append(SectionRule(compile_pattern(path, w, entry["pattern"]), _kind(path, w, entry["kind"])))
    return tuple(out)


def _kinds(path: Path, where: str, value: Any) -> frozenset[SectionKind]:
    if not isinstance(value, list):
        raise RuleFileError(path, f"{where}: expected a list of kinds")
    return frozenset(_kind(path, f"{where}[{i}]", v) for i, v in enumerate(value))


@dataclass(frozen=True)
class SectionRules:
    """Heading titles are matched against ``rules`` in order (``re.search`` on the lower-cased
    title); the first match gives the kind, none gives ``other``."""

    FILE: ClassVar[str] = "sections.json"

    rules: tuple[SectionRule, ...] = rule_field("custom")
    top_level_kinds: frozenset[SectionKind] = rule_field("custom")
    not_heading_words: tuple[str, ...] = rule_field("lower_strings")

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> SectionRules:
        return cls(**load_fields(cls, path, data, {"rules": _rules, "top_level_kinds": _kinds}))

    def section_kind(self, title: str) -> SectionKind:
        """Canonical kind of a heading title (its number already removed)."""
        known = _TITLE_KINDS.get(id(self))
        if known is None or known[0] is not self:
            if len(_TITLE_KINDS) >= _MAX_RULES:
                _TITLE_KINDS.clear()
            known = _TITLE_KINDS[id(self)] = (self, {})
        kind = known[1].get(title)
        if kind is None:
            kind = self._section_kind(title)
            if len(known[1]) < _MAX_TITLES:
                known[1][title] = kind
        return kind

    def _section_kind(self, title: str) -> SectionKind:
        t = " ".join(title.lower().split()).strip(" :.-")
        fold = foldable(t)  # lower case: a rule's lower-case twin finds the same
        for rule in self.rules:
            if ((folded(rule.pattern) if fold else None) or rule.pattern).search(t):
                return rule.kind
        return SectionKind.OTHER


#: The kinds of the titles seen, per section rules (titles recur within and across documents).
_TITLE_KINDS: dict[int, tuple[SectionRules, dict[str, SectionKind]]] = {}
_MAX_RULES = 8
_MAX_TITLES = 50_000
