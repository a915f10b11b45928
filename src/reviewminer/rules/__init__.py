"""Rule data: the JSON files shipped in ``models/rules``, each loaded into one validated class.

=====================  ==========================================================================
file                   class (attribute of :class:`Rules`)
=====================  ==========================================================================
``sections.json``      :class:`SectionRules` (``sections``): heading lexicon → section kinds
``labels.json``        :class:`LabelRules` (``labels``): numbers and markers that start a line
``recommendations.json`` :class:`RecommendationRules` (``recommendations``)
``enquiry.json``       :class:`EnquiryRules` (``enquiry``): lines of enquiry, purposes, scope
``review_types.json``  :class:`ReviewTypeRules` (``review_types``)
``parties.json``       :class:`PartyRules` (``parties``): gazetteer and the language of ownership
``metadata.json``      :class:`MetadataRules` (``metadata``): subjects, dates, boards
``themes.json``        :class:`ThemeRules` (``themes``): the taxonomy recommendations are tagged with
=====================  ==========================================================================

:func:`load_rules` takes the shipped rules, a directory or file of overlays, or a dict of overlays
keyed by file stem (``{"parties": {"agencies": [...]}}``). An overlay is merged with the shipped
file (:func:`reviewminer.rules.base.merge_overlay`): a board adds its local agency names without
copying the gazetteer (agencies merge by ``canonical``, themes by ``id``); ``"$replace": true`` in
an overlay replaces that file's content whole (a taxonomy of one's own themes). Errors raise
:class:`RuleFileError` naming the file and the entry. ``Rules.fingerprint`` hashes the rules
actually used, and is part of :func:`extractor_version`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Protocol, Union

from reviewminer.errors import RuleFileError
from reviewminer.model import SectionKind
from reviewminer.rules.base import merge_overlay, read_json
from reviewminer.rules.enquiry import EnquiryRules
from reviewminer.rules.labels import LabelRules
from reviewminer.rules.metadata import MetadataRules
from reviewminer.rules.parties import Agency, PartyRules
from reviewminer.rules.recommendations import RecommendationRules
from reviewminer.rules.review_types import ReviewTypeRule, ReviewTypeRules
from reviewminer.rules.sections import SectionRule, SectionRules
from reviewminer.rules.themes import Theme, ThemeRules

__all__ = [
    "Agency",
    "EnquiryRules",
    "LabelRules",
    "MetadataRules",
    "PartyRules",
    "RecommendationRules",
    "ReviewTypeRule",
    "ReviewTypeRules",
    "RuleFileError",
    "Rules",
    "RulesSpec",
    "SectionRule",
    "SectionRules",
    "Theme",
    "ThemeRules",
    "default_rules_dir",
    "extractor_version",
    "load_rules",
]


class _RuleClass(Protocol):
    FILE: ClassVar[str]

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> Any: ...


#: Attribute of :class:`Rules` → the class that loads its file.
RULE_CLASSES: dict[str, type[_RuleClass]] = {
    "sections": SectionRules,
    "labels": LabelRules,
    "recommendations": RecommendationRules,
    "enquiry": EnquiryRules,
    "review_types": ReviewTypeRules,
    "parties": PartyRules,
    "metadata": MetadataRules,
    "themes": ThemeRules,
}

#: Rule files whose list entries an overlay merges by a key (other lists: overlay entries first).
_OVERLAY_KEYS = {"parties": "canonical", "themes": "id"}

#: What ``rules=`` accepts: None or "default" (shipped), a directory or JSON file of overlays,
#: or overlays as a dict keyed by file stem.
RulesSpec = Union[str, Path, Mapping[str, Any], "Rules", None]


@dataclass(frozen=True)
class Rules:
    """All rule data, compiled, one attribute per rule file."""

    sections: SectionRules
    labels: LabelRules
    recommendations: RecommendationRules
    enquiry: EnquiryRules
    review_types: ReviewTypeRules
    parties: PartyRules
    metadata: MetadataRules
    themes: ThemeRules
    fingerprint: str  # short hash of the rule data actually used
    source: str  # "default", or what the overlay came from

    def section_kind(self, title: str) -> SectionKind:
        """Canonical kind of a heading title (its number already removed)."""
        return self.sections.section_kind(title)


def default_rules_dir() -> Path:
    """The rule files shipped with the package (``models/rules`` in the repository)."""
    return Path(str(resources.files("reviewminer.models").joinpath("rules")))


def _fingerprint(data: Mapping[str, Any]) -> str:
    blob = json.dumps(data, sort_keys=True, ensure_ascii=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:8]


def _build(data: Mapping[str, dict[str, Any]], paths: Mapping[str, Path], source: str) -> Rules:
    parts = {name: cls.from_json(paths[name], data[name]) for name, cls in RULE_CLASSES.items()}
    return Rules(**parts, fingerprint=_fingerprint(data), source=source)


def _shipped_data() -> tuple[dict[str, dict[str, Any]], dict[str, Path]]:
    d = default_rules_dir()
    paths = {name: d / cls.FILE for name, cls in RULE_CLASSES.items()}
    return {name: read_json(p) for name, p in paths.items()}, paths


@lru_cache(maxsize=1)
def _default_rules() -> Rules:
    data, paths = _shipped_data()
    return _build(data, paths, "default")


def _overlays_from_path(path: Path) -> tuple[dict[str, Any], dict[str, Path]]:
    """Overlays (by file stem) from a directory of rule files or one JSON file."""
    files = {cls.FILE: name for name, cls in RULE_CLASSES.items()}
    if path.is_dir():
        found = {files[p.name]: p for p in sorted(path.glob("*.json")) if p.name in files}
        if not found:
            raise RuleFileError(path, f"no rule files in this folder; expected some of {sorted(files)}")
        return {name: read_json(p) for name, p in found.items()}, found
    if path.name in files:
        return {files[path.name]: read_json(path)}, {files[path.name]: path}
    data = read_json(path)
    return data, {name: path for name in data}


def _apply(overlays: Mapping[str, Any], where: Mapping[str, Path], source: str) -> Rules:
    unknown = set(overlays) - set(RULE_CLASSES)
    if unknown:
        first = where.get(sorted(unknown)[0], Path(source))
        raise RuleFileError(first, f"unknown rule file(s) {sorted(unknown)}; known: {sorted(RULE_CLASSES)}")
    data, paths = _shipped_data()
    for name, overlay in overlays.items():
        if not isinstance(overlay, dict):
            raise RuleFileError(where.get(name, Path(source)), f"{name}: an overlay must be an object")
        data[name] = merge_overlay(data[name], overlay, key=_OVERLAY_KEYS.get(name))
        paths[name] = where.get(name, Path(f"<{source}>/{RULE_CLASSES[name].FILE}"))
    return _build(data, paths, source)


@lru_cache(maxsize=8)
def _rules_from_path(path: Path, stamp: tuple[float, ...]) -> Rules:
    overlays, where = _overlays_from_path(path)
    return _apply(overlays, where, str(path))


def load_rules(rules: RulesSpec = None) -> Rules:
    """The rules to extract with.

    Args:
        rules: ``None`` or ``"default"`` for the shipped rules; a directory holding some of the rule
            files, or one rule file, or a JSON file ``{"parties": {...}, ...}``, whose content is
            merged over the shipped files; a dict of the same overlays; or a :class:`Rules`.

    Raises:
        RuleFileError: naming the file and the entry that is wrong.
    """
    if isinstance(rules, Rules):
        return rules
    if rules is None or (isinstance(rules, str) and rules == "default"):
        return _default_rules()
    if isinstance(rules, Mapping):
        return _apply(rules, {}, "overlay")
    path = Path(rules).resolve()
    if not path.exists():
        raise RuleFileError(path, "no such rules file or folder")
    stamp = tuple(p.stat().st_mtime for p in sorted(path.glob("*.json"))) if path.is_dir() \
        else (path.stat().st_mtime,)
    return _rules_from_path(path, stamp)


@lru_cache(maxsize=1)
def _shipped_fingerprint() -> str:
    """The shipped rules' fingerprint, from their files alone (nothing compiled)."""
    return _fingerprint(_shipped_data()[0])


def extractor_version(rules: Rules | None = None) -> str:
    """The version stamped on every Report: package version plus the rules' fingerprint, so stored
    results are not reused after the rules change (``None``: the shipped rules, whose fingerprint
    needs only their files read)."""
    from reviewminer._version import __version__

    fingerprint = rules.fingerprint if rules is not None else _shipped_fingerprint()
    return f"{__version__}+rules.{fingerprint}"
