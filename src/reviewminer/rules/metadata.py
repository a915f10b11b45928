"""``metadata.json``: cues for a document's subject, publication date and commissioning body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.rules.base import load_fields, rule_field


@dataclass(frozen=True)
class MetadataRules:
    """See the file's ``description`` for what each key recognises."""

    FILE: ClassVar[str] = "metadata.json"

    subject: re.Pattern[str] = rule_field("pattern")
    months: tuple[str, ...] = rule_field("lower_strings")
    date_words: re.Pattern[str] = rule_field("pattern")
    board_categories: tuple[str, ...] = rule_field("strings")
    addressee: re.Pattern[str] = rule_field("pattern")
    board_words: re.Pattern[str] = rule_field("pattern")
    not_subjects: re.Pattern[str] = rule_field("pattern")
    uncommissioned_types: tuple[str, ...] = rule_field("lower_strings")
    area_title: re.Pattern[str] = rule_field("pattern")
    area_titled_types: tuple[str, ...] = rule_field("lower_strings")

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> MetadataRules:
        return cls(**load_fields(cls, path, data))

    @cached_property
    def month_numbers(self) -> dict[str, int]:
        """Month name → 1..12."""
        return {m: i for i, m in enumerate(self.months, start=1)}
