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
    assert len(rules.agencies) > 40
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
