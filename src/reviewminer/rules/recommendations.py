"""``recommendations.json``: cues for recommendations, their zones, scope, tables and owners."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.errors import RuleFileError
from reviewminer.model import RESPONSE_STATUSES
from reviewminer.rules.base import check_keys, compile_pattern, load_fields, rule_field

Patterns = tuple[re.Pattern[str], ...]

_TEMPLATE_KEYS = {"review_type", "items_start", "items_end", "addressees_start",
                  "addressees_end", "comment"}


@dataclass(frozen=True)
class Template:
    """Where a fixed-template genre (a coroner's PFD report) puts its items and addressees: the
    items run from ``items_start`` to ``items_end``; the addressees, who own every item, from
    ``addressees_start`` to ``addressees_end`` (patterns searched in the document text)."""

    review_type: str
    items_start: re.Pattern[str]
    items_end: re.Pattern[str]
    addressees_start: re.Pattern[str] | None = None
    addressees_end: re.Pattern[str] | None = None


def _string_map(path: Path, where: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise RuleFileError(path, f"{where}: expected an object of strings")
    return {str(k).lower(): v for k, v in value.items()}


def _responses(path: Path, where: str, value: Any) -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for i, entry in enumerate(value if isinstance(value, list) else [None]):
        w = f"{where}[{i}]"
        check_keys(path, w, entry, {"pattern", "response", "comment"}, {"pattern", "response"})
        if entry["response"] not in RESPONSE_STATUSES:
            raise RuleFileError(path, f"{w}.response: {entry['response']!r} is not one of "
                                      f"{', '.join(RESPONSE_STATUSES)}")
        out.append((compile_pattern(path, f"{w}.pattern", entry["pattern"]),
                    str(entry["response"])))
    return tuple(out)


def _templates(path: Path, where: str, value: Any) -> tuple[Template, ...]:
    out = []
    for i, entry in enumerate(value if isinstance(value, list) else [None]):
        w = f"{where}[{i}]"
        check_keys(path, w, entry, _TEMPLATE_KEYS, {"review_type", "items_start", "items_end"})
        opt = {k: compile_pattern(path, f"{w}.{k}", entry[k])
               for k in ("addressees_start", "addressees_end") if k in entry}
        out.append(Template(str(entry["review_type"]),
                            compile_pattern(path, f"{w}.items_start", entry["items_start"]),
                            compile_pattern(path, f"{w}.items_end", entry["items_end"]), **opt))
    return tuple(out)


@dataclass(frozen=True)
class RecommendationRules:
    """See the file's ``description`` for what each key recognises."""

    FILE: ClassVar[str] = "recommendations.json"

    item_labels: Patterns = rule_field("patterns")
    heading_labels: Patterns = rule_field("patterns")
    learning_labels: Patterns = rule_field("patterns")
    modals: tuple[str, ...] = rule_field("strings")
    imperatives: frozenset[str] = rule_field("words")
    inline_introducers: Patterns = rule_field("patterns")
    committee: Patterns = rule_field("patterns")
    assurance: Patterns = rule_field("patterns")
    intro_sentence: Patterns = rule_field("patterns")
    scope: tuple[tuple[str, Patterns], ...] = rule_field("pattern_lists")
    board_question_headings: Patterns = rule_field("patterns")
    finding_labels: Patterns = rule_field("patterns")
    table_columns: dict[str, re.Pattern[str]] = rule_field("pattern_map")
    heading_agency: re.Pattern[str] = rule_field("pattern")
    quoted_with_lead: re.Pattern[str] = rule_field("pattern")
    collaboration: re.Pattern[str] = rule_field("pattern")
    earlier_review: re.Pattern[str] = rule_field("pattern")
    learning_title: re.Pattern[str] = rule_field("pattern")
    introduces: re.Pattern[str] = rule_field("pattern")
    recommends_that: re.Pattern[str] = rule_field("pattern")
    lead_in_clause: re.Pattern[str] = rule_field("pattern")
    board_question_body: re.Pattern[str] = rule_field("pattern")
    not_agency_heading: re.Pattern[str] = rule_field("pattern")
    learning_point_header: re.Pattern[str] = rule_field("pattern")
    additive_openers: tuple[str, ...] = rule_field("lower_strings")
    weak_modal: re.Pattern[str] = rule_field("pattern")
    addressed_by_heading: tuple[str, ...] = rule_field("lower_strings")
    improvement_headings: re.Pattern[str] = rule_field("pattern")
    addressed_by_title: tuple[str, ...] = rule_field("lower_strings")
    author_categories: tuple[str, ...] = rule_field("lower_strings")
    explicit_label: re.Pattern[str] = rule_field("pattern")
    mixed_headings: re.Pattern[str] = rule_field("pattern")
    recommending: re.Pattern[str] = rule_field("pattern")
    templates: tuple[Template, ...] = rule_field("custom", optional=True, default=())
    addressed_by_default: dict[str, str] = rule_field("custom", optional=True, default=None)
    responded_types: tuple[str, ...] = rule_field("lower_strings", optional=True, default=())
    reported_introducers: Patterns = rule_field("patterns", optional=True, default=())
    recommending_clause: re.Pattern[str] | None = rule_field("pattern", optional=True,
                                                             default=None)
    no_items: re.Pattern[str] | None = rule_field("pattern", optional=True, default=None)
    responses: tuple[tuple[re.Pattern[str], str], ...] = rule_field("custom", optional=True,
                                                                     default=())

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> RecommendationRules:
        return cls(**load_fields(cls, path, data, {"templates": _templates,
                                                   "addressed_by_default": _string_map,
                                                   "responses": _responses}))
