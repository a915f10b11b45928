"""``enquiry.json``: cues for key lines of enquiry, statutory purposes and scope facts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.rules.base import load_fields, rule_field

Patterns = tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class EnquiryRules:
    """See the file's ``description`` for what each key recognises."""

    FILE: ClassVar[str] = "enquiry.json"

    intro: Patterns = rule_field("patterns")
    purpose: Patterns = rule_field("patterns")
    scope: Patterns = rule_field("patterns")
    question_starts: tuple[str, ...] = rule_field("lower_strings")
    item_labels: Patterns = rule_field("patterns")
    purpose_context: Patterns = rule_field("patterns")
    intro_end: re.Pattern[str] = rule_field("pattern")
    table_number_header: re.Pattern[str] = rule_field("pattern")
    table_item_header: re.Pattern[str] = rule_field("pattern")

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> EnquiryRules:
        return cls(**load_fields(cls, path, data))
