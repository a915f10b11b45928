"""What every rule file shares: reading JSON, validating entries, compiling patterns, overlays.

A rule class is a frozen dataclass whose fields say, in their metadata, what kind of value the
JSON key holds (:func:`rule_field`); :func:`load_fields` validates and converts a file's object
into the field values, so each rule class is only its field list plus what it computes.

Patterns are Python regular expressions. A pattern given as a string is case-insensitive; as an
object ``{"regex": "...", "flags": "m"}`` it has exactly the flags named (``i``, ``m``, ``s``, ``x``;
``""`` for none).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from reviewminer.errors import RuleFileError
from reviewminer.rules import regex_cache

_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


def read_json(path: Path) -> dict[str, Any]:
    """A rule file's top-level object."""
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


def compile_pattern(path: Path, where: str, spec: Any) -> re.Pattern[str]:
    """A compiled pattern from a string (case-insensitive) or ``{"regex", "flags"}``."""
    flags: int = re.IGNORECASE
    pattern = spec
    if isinstance(spec, dict):
        check_keys(path, where, spec, {"regex", "flags", "comment"}, {"regex"})
        pattern = spec["regex"]
        letters = spec.get("flags", "")
        if not isinstance(letters, str) or set(letters) - set(_FLAGS):
            raise RuleFileError(path, f"{where}: flags must be letters among 'imsx', got {letters!r}")
        flags = 0
        for c in letters:
            flags |= _FLAGS[c]
    if not isinstance(pattern, str):
        raise RuleFileError(path, f"{where}: pattern must be a string, got {type(pattern).__name__}")
    try:
        return regex_cache.compile(pattern, flags)
    except re.error as e:
        raise RuleFileError(path, f"{where}: bad regular expression {pattern!r}: {e}") from e


def check_keys(path: Path, where: str, entry: Any, allowed: set[str], required: set[str]) -> None:
    """An object with only ``allowed`` keys and every ``required`` one."""
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


def _strings(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise RuleFileError(path, f"{where}: expected a list of strings")
    return tuple(value)


def _patterns(path: Path, where: str, value: Any) -> tuple[re.Pattern[str], ...]:
    if not isinstance(value, list):
        raise RuleFileError(path, f"{where}: expected a list of patterns")
    return tuple(compile_pattern(path, f"{where}[{i}]", x) for i, x in enumerate(value))


def _pattern_map(path: Path, where: str, value: Any) -> dict[str, re.Pattern[str]]:
    if not isinstance(value, dict):
        raise RuleFileError(path, f"{where}: expected an object of patterns")
    return {k: compile_pattern(path, f"{where}.{k}", v) for k, v in value.items()}


def _pattern_lists(path: Path, where: str, value: Any) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    if not isinstance(value, dict):
        raise RuleFileError(path, f"{where}: expected an object of pattern lists")
    return tuple((k, _patterns(path, f"{where}.{k}", v)) for k, v in value.items())


#: Converters by field kind: ``convert(path, where, json_value) -> python value``.
CONVERTERS: dict[str, Callable[[Path, str, Any], Any]] = {
    "pattern": compile_pattern,
    "patterns": _patterns,
    "strings": _strings,
    "words": lambda p, w, v: frozenset(s.lower() for s in _strings(p, w, v)),
    "lower_strings": lambda p, w, v: tuple(s.lower() for s in _strings(p, w, v)),
    "pattern_map": _pattern_map,
    "pattern_lists": _pattern_lists,
}


def rule_field(kind: str, *, optional: bool = False, default: Any = None) -> Any:
    """A dataclass field read from the JSON key of the same name, converted by ``kind``
    (a key of :data:`CONVERTERS`, or ``"custom"`` for a field the class converts itself)."""
    meta = {"kind": kind, "optional": optional}
    if optional:
        return dataclasses.field(default=default, metadata=meta)
    return dataclasses.field(metadata=meta)


def load_fields(cls: type, path: Path, data: Mapping[str, Any],
                custom: Mapping[str, Callable[[Path, str, Any], Any]] | None = None) -> dict[str, Any]:
    """Validate ``data`` against the rule fields of ``cls`` and convert every value."""
    fields = [f for f in dataclasses.fields(cls) if "kind" in f.metadata]
    allowed = {f.name for f in fields} | {"description", "comment"}
    required = {f.name for f in fields if not f.metadata["optional"]}
    check_keys(path, "top level", dict(data), allowed, required)
    out: dict[str, Any] = {}
    for f in fields:
        if f.name not in data:
            continue
        kind = f.metadata["kind"]
        convert = (custom or {}).get(f.name) if kind == "custom" else CONVERTERS[kind]
        assert convert is not None, f"{cls.__name__}.{f.name}: no converter"
        out[f.name] = convert(path, f.name, data[f.name])
    return out


def merge_overlay(base: Any, overlay: Any, *, key: str | None = None) -> Any:
    """Merge an overlay onto shipped rule data.

    Objects merge key by key; lists of objects that carry ``key`` (agencies by ``canonical``)
    merge entry by entry, extending their lists; other lists put the overlay's entries first (so
    local rules are tried before the shipped ones) without repeating an entry; anything else is
    replaced. An overlay object with ``"$replace": true`` replaces the shipped one whole.
    """
    if isinstance(base, dict) and isinstance(overlay, dict):
        if overlay.get("$replace") is True:
            return {k: v for k, v in overlay.items() if k != "$replace"}
        merged = dict(base)
        for k, v in overlay.items():
            merged[k] = merge_overlay(base[k], v, key=key) if k in base else v
        return merged
    if isinstance(base, list) and isinstance(overlay, list):
        if key and all(isinstance(x, dict) and key in x for x in base + overlay):
            by_key = {x[key]: x for x in base}
            for x in overlay:
                by_key[x[key]] = merge_overlay(by_key[x[key]], x) if x[key] in by_key else x
            return list(by_key.values())
        return overlay + [x for x in base if x not in overlay]
    return overlay
