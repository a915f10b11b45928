"""The entity ruler's patterns, built from the gazetteer (``parties.json``): each body's names
(case-insensitive, with their plurals), abbreviations (as written, with a plural ``s``) and token
patterns. Both analyzers, and spaCy's ``reviewminer_agencies`` component, match these."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from reviewminer.rules import Rules

__all__ = ["agency_patterns", "national_bodies", "plural", "rules_fingerprint"]


def national_bodies(rules: Rules) -> list[str]:
    """Canonical names of single national bodies (never prefixed by a place)."""
    single = rules.parties.single_body_categories
    return sorted(a.canonical for a in rules.parties.agencies if a.category in single)


def plural(name: str) -> str:
    """The plural of a body's name ("Local Authority" -> "Local Authorities")."""
    if name.endswith("y") and len(name) > 1 and name[-2].lower() not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"


def agency_patterns(rules: Rules) -> list[dict[str, Any]]:
    """EntityRuler patterns from the gazetteer."""
    patterns: list[dict[str, Any]] = []
    for a in rules.parties.agencies:
        for name in a.names:
            patterns.append({"label": "ORG", "pattern": name, "id": a.canonical})
            if not name.endswith("s") and " " in name:
                patterns.append({"label": "ORG", "pattern": plural(name), "id": a.canonical})
        for abbr in a.abbreviations:
            patterns.append({"label": "ORG", "pattern": abbr, "id": a.canonical, "attr": "ORTH"})
            patterns.append({"label": "ORG", "pattern": abbr + "s", "id": a.canonical,
                             "attr": "ORTH"})
        for tp in a.token_patterns:
            patterns.append({"label": "ORG", "pattern": tp, "id": a.canonical, "attr": "TOKENS"})
    return patterns


def rules_fingerprint(rules: Rules) -> str:
    """Hash of the rule data the pipeline is built from (gazetteer patterns, place stop words)."""
    data = [agency_patterns(rules), sorted(rules.parties.not_place_words), national_bodies(rules)]
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()[:16]
