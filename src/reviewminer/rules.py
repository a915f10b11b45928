"""Rule data: loading and validating the JSON files shipped in ``models/rules``.

Rules are data, not code: the heading lexicon (``sections.json``), recommendation cues
(``recommendations.json``), line-of-enquiry cues (``enquiry.json``), document-type cues
(``review_types.json``) and the agency gazetteer (``parties.json``). Each loader validates keys and
compiles patterns once, raising :class:`RuleFileError` naming the file and the entry on error.
A directory of the same files can replace the shipped ones (``load_rules(path)``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from reviewminer.errors import RuleFileError
from reviewminer.model import SectionKind


def default_rules_dir() -> Path:
    """The rule files shipped with the package (``models/rules`` in the repository)."""
    return Path(str(resources.files("reviewminer.models").joinpath("rules")))


def _load_json(directory: Path, name: str) -> dict[str, Any]:
    path = directory / name
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError as e:
        raise RuleFileError(path, "rule file not found") from e
    except json.JSONDecodeError as e:
        raise RuleFileError(path, f"invalid JSON at line {e.lineno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise RuleFileError(path, "top level must be a JSON object")
    return data


def _compile(path: Path, where: str, pattern: Any, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise RuleFileError(path, f"{where}: pattern must be a string, got {type(pattern).__name__}")
    try:
        return re.compile(pattern, flags)
    except re.error as e:
        raise RuleFileError(path, f"{where}: bad regular expression {pattern!r}: {e}") from e


def _check_keys(path: Path, where: str, entry: Any, allowed: set[str], required: set[str]) -> None:
    if not isinstance(entry, dict):
        raise RuleFileError(path, f"{where}: expected an object")
    unknown = set(entry) - allowed
    if unknown:
        raise RuleFileError(
            path, f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}"
        )
    missing = required - set(entry)
    if missing:
        raise RuleFileError(path, f"{where}: missing key(s) {sorted(missing)}")


@dataclass(frozen=True)
class SectionRule:
    pattern: re.Pattern[str]
    kind: SectionKind


@dataclass(frozen=True)
class Agency:
    canonical: str
    category: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    valid_to: str | None = None
    successor: str | None = None
    renames: tuple[dict[str, str], ...] = ()
    token_patterns: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Rules:
    """All rule data, compiled."""

    directory: Path
    sections: tuple[SectionRule, ...]
    item_labels: tuple[re.Pattern[str], ...]
    heading_labels: tuple[re.Pattern[str], ...]
    learning_labels: tuple[re.Pattern[str], ...]
    modals: tuple[str, ...]
    imperatives: frozenset[str]
    inline_introducers: tuple[re.Pattern[str], ...]
    committee: tuple[re.Pattern[str], ...]
    assurance: tuple[re.Pattern[str], ...]
    rec_intro: tuple[re.Pattern[str], ...]
    enquiry_intro: tuple[re.Pattern[str], ...]
    purpose: tuple[re.Pattern[str], ...]
    enquiry_scope: tuple[re.Pattern[str], ...]
    question_starts: tuple[str, ...]
    enquiry_labels: tuple[re.Pattern[str], ...]
    purpose_context: tuple[re.Pattern[str], ...]
    review_types: tuple[tuple[re.Pattern[str], str, int], ...]
    rec_scope: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    board_question_headings: tuple[re.Pattern[str], ...]
    finding_labels: tuple[re.Pattern[str], ...]
    table_columns: dict[str, re.Pattern[str]]
    agencies: tuple[Agency, ...] = field(default=())

    def section_kind(self, title: str) -> SectionKind:
        """Canonical kind of a heading title (its number already removed)."""
        t = " ".join(title.lower().split()).strip(" :.-")
        for rule in self.sections:
            if rule.pattern.search(t):
                return rule.kind
        return SectionKind.OTHER


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A short hash of the shipped rule files: results depend on them as much as on the code."""
    h = hashlib.sha256()
    for path in sorted(default_rules_dir().glob("*.json")):
        h.update(path.name.encode("utf-8"))
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


def extractor_version() -> str:
    """The version stamped on every Report: package version plus the rule files' fingerprint,
    so stored results are not reused after the rules change."""
    from reviewminer._version import __version__

    return f"{__version__}+rules.{rules_fingerprint()}"


def load_rules(directory: str | Path | None = None) -> Rules:
    """Load and validate every rule file from ``directory`` (default: the shipped rules)."""
    d = Path(directory) if directory is not None else default_rules_dir()
    return _load_rules_cached(d.resolve())


@lru_cache(maxsize=8)
def _load_rules_cached(d: Path) -> Rules:
    # sections.json
    path = d / "sections.json"
    data = _load_json(d, "sections.json")
    sections = []
    kinds = {k.value for k in SectionKind}
    for i, entry in enumerate(data.get("rules", [])):
        where = f"rules[{i}]"
        _check_keys(path, where, entry, {"pattern", "kind", "comment"}, {"pattern", "kind"})
        if entry["kind"] not in kinds:
            raise RuleFileError(path, f"{where}: unknown kind {entry['kind']!r}; known: {sorted(kinds)}")
        sections.append(SectionRule(_compile(path, where, entry["pattern"]), SectionKind(entry["kind"])))

    # recommendations.json
    path = d / "recommendations.json"
    rec = _load_json(d, "recommendations.json")
    allowed = {"description", "item_labels", "heading_labels", "learning_labels", "modals",
               "imperatives", "inline_introducers", "committee", "assurance", "intro_sentence",
               "scope", "board_question_headings", "finding_labels", "table_columns"}
    _check_keys(path, "top level", rec, allowed, allowed - {"description"})

    def pats(p: Path, obj: dict[str, Any], key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(p, f"{key}[{i}]", x) for i, x in enumerate(obj[key]))

    # enquiry.json
    epath = d / "enquiry.json"
    enq = _load_json(d, "enquiry.json")
    eallowed = {"description", "intro", "purpose", "scope", "question_starts", "item_labels",
                "purpose_context"}
    _check_keys(epath, "top level", enq, eallowed, eallowed - {"description"})

    # review_types.json
    tpath = d / "review_types.json"
    types = _load_json(d, "review_types.json")
    review_types = []
    for i, entry in enumerate(types.get("rules", [])):
        where = f"rules[{i}]"
        _check_keys(tpath, where, entry, {"pattern", "type", "window"}, {"pattern", "type"})
        review_types.append(
            (_compile(tpath, where, entry["pattern"]), entry["type"], int(entry.get("window", 6000)))
        )

    # parties.json
    ppath = d / "parties.json"
    parties = _load_json(d, "parties.json")
    agencies = []
    for i, entry in enumerate(parties.get("agencies", [])):
        where = f"agencies[{i}]"
        _check_keys(
            ppath, where, entry,
            {"canonical", "category", "names", "abbreviations", "valid_to", "successor", "renames",
             "token_patterns"},
            {"canonical", "category", "names"},
        )
        agencies.append(
            Agency(
                canonical=entry["canonical"],
                category=entry["category"],
                names=tuple(entry["names"]),
                abbreviations=tuple(entry.get("abbreviations", ())),
                valid_to=entry.get("valid_to"),
                successor=entry.get("successor"),
                renames=tuple(entry.get("renames", ())),
                token_patterns=tuple(entry.get("token_patterns", ())),
            )
        )

    return Rules(
        directory=d,
        sections=tuple(sections),
        item_labels=pats(path, rec, "item_labels"),
        heading_labels=pats(path, rec, "heading_labels"),
        learning_labels=pats(path, rec, "learning_labels"),
        modals=tuple(rec["modals"]),
        imperatives=frozenset(x.lower() for x in rec["imperatives"]),
        inline_introducers=pats(path, rec, "inline_introducers"),
        committee=pats(path, rec, "committee"),
        assurance=pats(path, rec, "assurance"),
        rec_intro=pats(path, rec, "intro_sentence"),
        enquiry_intro=pats(epath, enq, "intro"),
        purpose=pats(epath, enq, "purpose"),
        enquiry_scope=pats(epath, enq, "scope"),
        question_starts=tuple(x.lower() for x in enq["question_starts"]),
        enquiry_labels=pats(epath, enq, "item_labels"),
        purpose_context=pats(epath, enq, "purpose_context"),
        review_types=tuple(review_types),
        rec_scope=tuple(
            (name, tuple(_compile(path, f"scope.{name}[{i}]", x) for i, x in enumerate(xs)))
            for name, xs in rec["scope"].items()
        ),
        board_question_headings=pats(path, rec, "board_question_headings"),
        finding_labels=pats(path, rec, "finding_labels"),
        table_columns={k: _compile(path, f"table_columns.{k}", v)
                       for k, v in rec["table_columns"].items()},
        agencies=tuple(agencies),
    )
