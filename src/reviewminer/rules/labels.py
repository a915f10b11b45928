"""``labels.json``: the label grammar (numbers and markers at the start of a line)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.rules.base import load_fields, rule_field


@dataclass(frozen=True)
class LabelRules:
    """Patterns of labels; :mod:`reviewminer.structure.labels` turns them into numbers and depths."""

    FILE: ClassVar[str] = "labels.json"

    heading_number: re.Pattern[str] = rule_field("pattern")
    letter_or_roman: re.Pattern[str] = rule_field("pattern")
    division_number: re.Pattern[str] = rule_field("pattern")
    appendix_number: re.Pattern[str] = rule_field("pattern")
    contents_entry: re.Pattern[str] = rule_field("pattern")
    item_heading: re.Pattern[str] = rule_field("pattern")
    item_label: re.Pattern[str] = rule_field("pattern")
    table_reference: re.Pattern[str] = rule_field("pattern")
    bullet: re.Pattern[str] = rule_field("pattern")
    reference_start: re.Pattern[str] = rule_field("pattern")
    reference_r: re.Pattern[str] = rule_field("pattern")
    reference_prefix: re.Pattern[str] = rule_field("pattern")
    page_number_line: re.Pattern[str] = rule_field("pattern")
    list_marker: re.Pattern[str] = rule_field("pattern")
    contents_title: re.Pattern[str] = rule_field("pattern")
    contents_line: re.Pattern[str] = rule_field("pattern")

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> LabelRules:
        return cls(**load_fields(cls, path, data))
