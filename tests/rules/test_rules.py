"""Rule files: the shipped ones load, bad ones fail naming the file and entry."""

from __future__ import annotations

import json
import shutil

import pytest

from reviewminer.errors import RuleFileError
from reviewminer.model import SectionKind
from reviewminer.nlp import agency_patterns, load_pipeline, rules_fingerprint, saved_pipeline_dir
from reviewminer.rules import default_rules_dir, load_rules


def test_shipped_rules_load():
    rules = load_rules()
    assert len(rules.parties.agencies) > 40
    assert rules.section_kind("Terms of Reference") == SectionKind.TERMS_OF_REFERENCE
    assert rules.section_kind("Recommendations for Westvale Police") == SectionKind.RECOMMENDATIONS
    assert rules.section_kind("Summary of agency involvement") == SectionKind.CHRONOLOGY
    assert rules.section_kind("Reasons for the recommendations") == SectionKind.OTHER
    assert rules.section_kind("A heading nobody knows") == SectionKind.OTHER


def _copy_rules(tmp_path):
    d = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), d)
    return d


def test_unknown_key_is_reported_with_file_and_entry(tmp_path):
    d = _copy_rules(tmp_path)
    data = json.loads((d / "sections.json").read_text())
    data["rules"][2]["kidn"] = "typo"
    (d / "sections.json").write_text(json.dumps(data))
    with pytest.raises(RuleFileError, match=r"sections\.json: rules\[2\]: unknown key"):
        load_rules(d)


def test_bad_regex_and_bad_kind(tmp_path):
    d = _copy_rules(tmp_path)
    data = json.loads((d / "sections.json").read_text())
    data["rules"][0]["pattern"] = "(unclosed"
    (d / "sections.json").write_text(json.dumps(data))
    with pytest.raises(RuleFileError, match="bad regular expression"):
        load_rules(d)
    data["rules"][0] = {"pattern": "x", "kind": "nonsense"}
    (d / "sections.json").write_text(json.dumps(data))
    with pytest.raises(RuleFileError, match="unknown kind 'nonsense'"):
        load_rules(d)


def test_invalid_json(tmp_path):
    d = _copy_rules(tmp_path)
    (d / "parties.json").write_text("{not json")
    with pytest.raises(RuleFileError, match=r"parties\.json: invalid JSON"):
        load_rules(d)


def test_saved_pipeline_matches_the_gazetteer():
    """models/reviewminer_en must be rebuilt (python -m reviewminer.nlp) when parties.json changes."""
    import spacy

    path = saved_pipeline_dir()
    assert (path / "config.cfg").exists()
    nlp = spacy.load(path)
    assert nlp.meta["reviewminer_rules_fingerprint"] == rules_fingerprint(load_rules())
    assert nlp.pipe_names == ["sentencizer", "reviewminer_agencies", "reviewminer_place_prefix"]
    assert len(nlp.get_pipe("reviewminer_agencies").patterns) == len(agency_patterns(load_rules()))


def test_agency_mentions_keep_place_names():
    nlp = load_pipeline()
    doc = nlp("Northbridge Constabulary and the Eastmoor ICB should jointly review MASH referrals.")
    found = [(e.text, e.ent_id_) for e in doc.ents]
    assert ("Northbridge Constabulary", "Police") in found
    assert ("Eastmoor ICB", "Integrated Care Board") in found
    assert ("MASH", "Multi-Agency Safeguarding Hub") in found


def test_every_rule_file_has_a_class_and_every_class_a_file():
    from reviewminer.rules import RULE_CLASSES

    shipped = {p.name for p in default_rules_dir().glob("*.json")}
    assert shipped == {cls.FILE for cls in RULE_CLASSES.values()}


def test_pattern_objects_carry_their_flags():
    rules = load_rules()
    assert rules.metadata.subject.flags & 2 == 0  # re.IGNORECASE off: pseudonyms are capitalised
    assert rules.metadata.subject.search("the review of Child S")
    assert not rules.metadata.subject.search("the review of child s")
    assert rules.labels.heading_number.match("7. Recommendations").group("num") == "7"


def test_overlay_dict_adds_an_agency_and_changes_the_fingerprint():
    base = load_rules()
    local = load_rules({"parties": {"agencies": [
        {"canonical": "Northbridge Youth Hub", "category": "voluntary", "names": ["Northbridge Youth Hub"]}]}})
    assert len(local.parties.agencies) == len(base.parties.agencies) + 1
    assert local.fingerprint != base.fingerprint
    # everything not overlaid is the shipped data
    assert local.sections == base.sections and local.recommendations == base.recommendations


def test_overlay_merges_an_existing_agency_by_canonical_name():
    local = load_rules({"parties": {"agencies": [
        {"canonical": "Police", "category": "police", "names": ["Northbridge Constabulary Cyber Unit"]}]}})
    police = [a for a in local.parties.agencies if a.canonical == "Police"]
    assert len(police) == 1
    assert "Northbridge Constabulary Cyber Unit" in police[0].names
    assert len(police[0].names) > 1  # the shipped names are kept


def test_overlay_directory_with_one_file_and_replace(tmp_path):
    d = tmp_path / "local"
    d.mkdir()
    (d / "sections.json").write_text(json.dumps({"$replace": True, "rules": [
        {"pattern": "^what we found$", "kind": "findings"}],
        "top_level_kinds": [], "not_heading_words": ["should"]}))
    local = load_rules(d)
    assert local.section_kind("What we found") == SectionKind.FINDINGS
    assert local.section_kind("Terms of Reference") == SectionKind.OTHER  # replaced, not merged
    assert local.parties == load_rules().parties


def test_overlay_errors_name_the_file(tmp_path):
    bad = tmp_path / "overlay.json"
    bad.write_text(json.dumps({"partys": {}}))
    with pytest.raises(RuleFileError, match=r"overlay\.json: unknown rule file"):
        load_rules(bad)
    with pytest.raises(RuleFileError, match="no such rules file"):
        load_rules(tmp_path / "missing")
    one = tmp_path / "recommendations.json"
    one.write_text(json.dumps({"modals": "should"}))
    with pytest.raises(RuleFileError, match=r"recommendations\.json: modals: expected a list"):
        load_rules(one)


def test_pattern_object_with_bad_flags(tmp_path):
    f = tmp_path / "labels.json"
    f.write_text(json.dumps({"bullet": {"regex": "^-", "flags": "q"}}))
    with pytest.raises(RuleFileError, match="flags must be letters"):
        load_rules(f)


def test_extractor_version_fingerprints_the_rules_used():
    from reviewminer.rules import extractor_version

    local = load_rules({"metadata": {"board_categories": ["collective"]}})
    assert extractor_version() != extractor_version(local)
    assert extractor_version().endswith(load_rules().fingerprint)
