"""``parties.json``: the agency gazetteer and the language of responsibility."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.errors import RuleFileError
from reviewminer.rules.base import check_keys, load_fields, rule_field

_AGENCY_KEYS = {"canonical", "category", "names", "abbreviations", "valid_to", "successor", "renames",
                "token_patterns", "comment"}


@dataclass(frozen=True)
class Agency:
    """One body in the gazetteer: its canonical name, category and the names it goes by."""

    canonical: str
    category: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    valid_to: str | None = None
    successor: str | None = None
    renames: tuple[dict[str, str], ...] = ()
    token_patterns: tuple[Any, ...] = ()


def _agency(path: Path, where: str, entry: Any) -> Agency:
    check_keys(path, where, entry, _AGENCY_KEYS, {"canonical", "category", "names"})
    names = entry["names"]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise RuleFileError(path, f"{where}: names must be a list of strings")
    return Agency(
        canonical=entry["canonical"],
        category=entry["category"],
        names=tuple(names),
        abbreviations=tuple(entry.get("abbreviations", ())),
        valid_to=entry.get("valid_to"),
        successor=entry.get("successor"),
        renames=tuple(entry.get("renames", ())),
        token_patterns=tuple(entry.get("token_patterns", ())),
    )


def _agencies(path: Path, where: str, value: Any) -> tuple[Agency, ...]:
    if not isinstance(value, list):
        raise RuleFileError(path, f"{where}: expected a list of agencies")
    return tuple(_agency(path, f"{where}[{i}]", e) for i, e in enumerate(value))


@dataclass(frozen=True)
class PartyRules:
    """See the file's ``description`` for what each key recognises."""

    FILE: ClassVar[str] = "parties.json"

    agencies: tuple[Agency, ...] = rule_field("custom")
    org_words: re.Pattern[str] = rule_field("pattern")
    non_party_names: re.Pattern[str] = rule_field("pattern")
    generic_canonicals: frozenset[str] = rule_field("custom")
    passive: re.Pattern[str] = rule_field("pattern")
    generic_board: re.Pattern[str] = rule_field("pattern")
    chain_gap: re.Pattern[str] = rule_field("pattern")
    lead_gap: re.Pattern[str] = rule_field("pattern")
    clause_break: re.Pattern[str] = rule_field("pattern")
    not_place_words: frozenset[str] = rule_field("words")
    glossary_headers: frozenset[str] = rule_field("words")
    single_body_categories: frozenset[str] = rule_field("words")
    area_categories: frozenset[str] = rule_field("words")
    role_prefix: re.Pattern[str] = rule_field("pattern")
    not_subject_openers: re.Pattern[str] = rule_field("pattern")

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> PartyRules:
        custom = {"agencies": _agencies,
                  "generic_canonicals": lambda p, w, v: frozenset(str(x) for x in v)}
        return cls(**load_fields(cls, path, data, custom))
