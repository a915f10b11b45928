"""``review_types.json``: document-type cues, tried in order on the opening text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.errors import RuleFileError
from reviewminer.rules.base import check_keys, compile_pattern, load_fields, rule_field

#: Characters of opening text a type cue is searched in, unless the rule gives its own window.
DEFAULT_WINDOW = 6000


@dataclass(frozen=True)
class ReviewTypeRule:
    pattern: re.Pattern[str]
    type: str
    window: int = DEFAULT_WINDOW


def _rules(path: Path, where: str, value: Any) -> tuple[ReviewTypeRule, ...]:
    out = []
    for i, entry in enumerate(value if isinstance(value, list) else [None]):
        w = f"{where}[{i}]"
        check_keys(path, w, entry, {"pattern", "type", "window", "comment"}, {"pattern", "type"})
        window = entry.get("window", DEFAULT_WINDOW)
        if not isinstance(window, int) or window <= 0:
            raise RuleFileError(path, f"{w}: window must be a positive integer")
        out.append(ReviewTypeRule(compile_pattern(path, w, entry["pattern"]), str(entry["type"]), window))
    return tuple(out)


@dataclass(frozen=True)
class ReviewTypeRules:
    FILE: ClassVar[str] = "review_types.json"

    rules: tuple[ReviewTypeRule, ...] = rule_field("custom")

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> ReviewTypeRules:
        return cls(**load_fields(cls, path, data, {"rules": _rules}))
