"""Themes of recommendations: cues on crafted sentences, names, the rule file, replacement, columns."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from reviewminer.errors import RuleFileError
from reviewminer.export import report_frames
from reviewminer.extract import themes as theme_tagging
from reviewminer.extract.themes import score_themes, tag_themes
from reviewminer.model import Recommendation
from reviewminer.rules import default_rules_dir, load_rules
from reviewminer.rules.themes import ThemeRules, cue_regex

THEMES = load_rules().themes


def themes(text: str, names: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tag_themes(text, THEMES, names)[0]


def test_the_shipped_taxonomy_has_the_32_themes_in_order():
    ids = [t.id for t in THEMES.themes]
    assert len(ids) == 32 and len(set(ids)) == 32
    assert ids[:3] == ["information_sharing", "multi_agency_working", "assessment"]
    assert ids[-1] == "looked_after_children"
    assert all(t.label and t.definition for t in THEMES.themes)


@pytest.mark.parametrize(("text", "theme"), [
    ("Agencies should share information about risk with the MASH.", "information_sharing"),
    ("Practitioners should seek consent to share where it is safe to do so.", "information_sharing"),
    ("Police should complete a DASH risk assessment at every incident.", "assessment"),
    ("The partnership should review its thresholds document.", "thresholds_referral"),
    ("Staff should use the escalation policy when they disagree.", "escalation_challenge"),
    ("Practitioners should show professional curiosity about new adults.", "professional_curiosity"),
    ("Every child should be seen alone and their wishes and feelings recorded.", "voice_of_the_person"),
    ("Use the Graded Care Profile in every case of suspected neglect.", "neglect"),
    ("Training on coercive control should be mandatory.", "domestic_abuse"),
    ("GPs should ask about perinatal mental health at every contact.", "mental_health"),
    ("Services should consider the toxic trio, including alcohol misuse.", "substance_misuse"),
    ("Assessments should include fathers and male carers.", "fathers_male_carers"),
    ("Every parent should receive safe sleep advice and the ICON programme.", "babies_infants"),
    ("A pre-birth assessment should start by 20 weeks of pregnancy.", "pre_birth_maternity"),
    ("Return home interviews should follow every missing episode.", "extra_familial_harm"),
    ("The council should track children missing education and elective home education.",
     "education_attendance"),
    ("Health visitors should follow up every child who was not brought to an appointment.",
     "health_engagement"),
    ("Managers should provide reflective supervision and management oversight.",
     "supervision_oversight"),
    ("Multi-agency training should be refreshed every two years.", "training_workforce"),
    ("The partnership should update the procedure for bruising.", "policies_procedures"),
    ("Chronologies should be kept on the case record.", "recording_systems"),
    ("The service should address staff turnover and high caseloads.", "workforce_capacity"),
    ("A professional interpreter should be used, not a family member.", "equality_culture"),
    ("Reasonable adjustments should be made for people with a learning disability.",
     "disability_send"),
    ("Apply the Mental Capacity Act where self-neglect is suspected.",
     "mental_capacity_self_neglect"),
    ("Cases should not be closed on transfer out of area.", "transitions_transfer"),
    ("The housing department should not place families in temporary accommodation far away.",
     "housing"),
    ("Probation should share MAPPA decisions.", "criminal_justice"),
    ("Closing a case for non-engagement should need a manager's agreement.", "family_engagement"),
    ("The Board should seek assurance through a multi-agency audit.", "governance_assurance"),
    ("A safety plan should follow every episode of self-harm.", "suicide_self_harm"),
    ("Private fostering arrangements should be notified.", "looked_after_children"),
])
def test_a_strong_cue_tags_its_theme(text: str, theme: str) -> None:
    assert theme in themes(text)


@pytest.mark.parametrize(("text", "theme"), [
    # incidental mentions and look-alikes
    ("The court made a supervision order.", "supervision_oversight"),
    ("Assess whether the person has mental capacity to decide.", "workforce_capacity"),
    ("The Partnership should promote a learning culture.", "equality_culture"),
    ("Police should not be told by the policing lead.", "policies_procedures"),
    ("Staff should ask about eating and drinking at each review.", "substance_misuse"),
    ("Children missing education should be tracked.", "extra_familial_harm"),
    ("The partnership should share the learning from this review.", "information_sharing"),
    ("Adult social care should review its contracts.", "family_engagement"),
    ("The Home Office should update the guidance for Domestic Homicide Reviews.", "domestic_abuse"),
    # a body's name is not what the recommendation asks for
    ("Domestic Abuse Services should ensure staff receive supervision.", "domestic_abuse"),
    ("The Mental Health Trust should review its discharge letters.", "mental_health"),
])
def test_incidental_mentions_do_not_tag(text: str, theme: str) -> None:
    assert theme not in themes(text)


def test_one_weak_cue_is_not_enough_but_two_are():
    assert "domestic_abuse" not in themes("Officers should speak to the victim.")
    assert "domestic_abuse" in themes("Officers should speak to the victim and the perpetrator.")


def test_a_cue_inside_a_party_name_counts_one_less():
    text = "Northbridge Hoarding Support should visit within ten days."
    assert "mental_capacity_self_neglect" in themes(text)
    assert "mental_capacity_self_neglect" not in themes(text, ("Northbridge Hoarding Support",))
    scores = {s.theme: s for s in score_themes(text, THEMES, ("Northbridge Hoarding Support",))}
    assert scores["mental_capacity_self_neglect"].cues == (("hoard* (name)", 1),)


def test_themes_are_strongest_first_and_explained():
    ids, why = tag_themes("Agencies should share information, seek consent to share and record "
                          "it; staff should receive training.", THEMES)
    assert ids[0] == "information_sharing" and "training_workforce" in ids
    assert why.startswith("information_sharing 4: ")
    assert "consent to shar*" in why and "training_workforce 2: training" in why


def test_cue_syntax():
    rx, sensitive = cue_regex("multi-agency")
    assert not sensitive
    import re
    pat = re.compile(rx, re.I)
    assert all(pat.search(t) for t in ("multi-agency", "multiagency", "Multi agency"))
    rx, sensitive = cue_regex("MASH")
    assert sensitive
    gap = re.compile(cue_regex("shar* ... information")[0], re.I)
    assert gap.search("sharing of relevant information") and not gap.search("share. Information")
    alt = re.compile(cue_regex("polic(y|ies)")[0], re.I)
    assert alt.search("the policies") and not alt.search("the policing")
    assert re.compile(cue_regex("child's voice")[0], re.I).search("the child’s voice")


def test_unicode_hyphens_join_words():
    assert "recording_systems" in themes("He should review his record\u2011keeping approach.")


def test_acronyms_are_case_sensitive():
    assert "thresholds_referral" in themes("Referrals to the MASH should be screened.")
    assert "assessment" not in themes("Staff should dash between visits.")


def test_replace_the_taxonomy_with_a_dict(build):
    custom = {"themes": {"$replace": True, "themes": [
        {"id": "space", "label": "Space", "strong": ["satellite*", "orbit*"]}]}}
    rules = load_rules(custom)
    assert [t.id for t in rules.themes.themes] == ["space"]
    assert tag_themes("Fund satellites and domestic abuse services.", rules.themes)[0] == ("space",)
    assert rules.fingerprint != load_rules().fingerprint


def test_an_overlay_adds_a_theme_and_extends_one_by_id():
    rules = load_rules({"themes": {"themes": [
        {"id": "housing", "label": "Housing", "strong": ["caravan*"]},
        {"id": "climate", "label": "Climate", "strong": ["heatwave*"]}]}})
    ids = [t.id for t in rules.themes.themes]
    assert len(ids) == 33 and ids[-1] == "climate"
    assert "housing" in tag_themes("Check caravans.", rules.themes)[0]
    assert "housing" in tag_themes("Check the tenancy.", rules.themes)[0]  # shipped cues kept


def test_a_rules_folder_without_themes_keeps_the_shipped_taxonomy(tmp_path):
    d = tmp_path / "local"
    d.mkdir()
    (d / "parties.json").write_text(json.dumps({"agencies": []}))
    assert load_rules(d).themes == THEMES


def _write_themes(tmp_path, themes_data):
    d = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), d)
    (d / "themes.json").write_text(json.dumps({"$replace": True, **themes_data}))
    return d


@pytest.mark.parametrize(("data", "message"), [
    ({"themes": [{"id": "a", "label": "A", "strong": ["x"], "weaks": []}]},
     r"themes\.json: themes\[0\]: unknown key"),
    ({"themes": [{"id": "a", "label": "A", "strong": ["x"]}, {"id": "a", "label": "B",
                                                               "strong": ["y"]}]},
     r"themes\[1\]\.id: 'a' appears twice"),
    ({"themes": [{"id": "a", "label": "A", "strong": ["ok", "(unclosed"]}]},
     r"themes\[0\]\.strong\[1\]: bad regular expression"),
    ({"themes": [{"id": "a", "label": "A"}]}, r"themes\[0\]: a theme needs at least one"),
    ({"themes": [{"id": "A b", "label": "A", "strong": ["x"]}]}, r"themes\[0\]\.id"),
    ({"themes": [], "threshold": -1}, r"threshold: expected a non-negative integer"),
])
def test_bad_theme_files_name_the_file_and_entry(tmp_path, data, message):
    with pytest.raises(RuleFileError, match=message):
        load_rules(_write_themes(tmp_path, data))


def test_records_and_columns_carry_the_themes(build):
    r = build([("h1", "Recommendations"),
               ("li", "1. Redhill Council should ensure that practitioners share information "
                      "about domestic abuse with the MARAC.")])
    rec = r.recommendations[0]
    assert rec.themes[:2] == ("domestic_abuse", "information_sharing")
    assert "MARAC" in rec.theme_scores
    row = report_frames([r])["recommendations"].iloc[0]
    assert row["themes"] == list(rec.themes)
    assert row["theme_scores"] == rec.theme_scores
    old = rec.to_dict()
    del old["themes"], old["theme_scores"]  # stored before themes existed
    assert Recommendation.from_dict(old).themes == ()
    assert Recommendation.from_dict(rec.to_dict()) == rec


def test_regex_cues_tried_at_words_find_what_finditer_finds():
    """A regex cue that opens with \\b and literals is tried only at the words they begin
    (foldable texts): the same spans as searching the whole text, overlapping matches dropped
    as finditer drops them, and texts that are not foldable searched whole."""
    base = load_rules().themes
    data = {"themes": [{"id": "t", "label": "T", "strong": [
        {"regex": r"\b(?:risk|risks)(?:\s+\w+){0,2}\s+shared", "label": "risk shared"},
        {"regex": r"\bPrevent\b", "label": "Prevent"},
        {"regex": r"(?:abuse)", "label": "abuse"}]}]}
    rules = ThemeRules.from_json(default_rules_dir() / "themes.json", {**data, "names": []})
    assert base is not rules
    assert len(theme_tagging._index(rules).at_words) == 2  # "abuse" has no \b: searched whole
    texts = ["risks risk risk shared and risk shared", "Prevent prevented PREVENT Prevent.",
             "İ risks shared", "\u212a risk risk shared", "abuse abuse", ""]
    for text in texts:
        found = theme_tagging._found(text, rules)
        for (t, c, _), spans in found.items():
            pattern = rules.themes[t].cues[c].pattern
            assert spans == [m.span() for m in pattern.finditer(text)], (text, pattern)
        for t, theme in enumerate(rules.themes):
            for c, cue in enumerate(theme.cues):
                if (t, c, False) not in found:
                    assert not list(re.finditer(cue.pattern, text)), (text, cue.regex)


TEXTS = ["Children's social care and child protection conferences should share information",
         "The Board should review the multi-agency risk assessment; risks shared with the police",
         "Prevent referrals, domestic abuse and self-harm: escalating violence in the home",
         "CHILD PROTECTION and Information-Sharing across the ICB, CCG and GP practices",
         "Safeguarding Adults Board: Mental Capacity Act assessments and DBS checks"]


def test_the_word_shortcuts_find_what_trying_every_cue_at_every_word_finds(monkeypatch):
    """In a foldable text the cues tried at a word leave out those that cannot match there
    (a plain first word shorter than the word) and regex cues are tried at words: the same
    spans as the plain path taken for texts that are not foldable."""
    rules = load_rules().themes
    shortcut = [theme_tagging._found(t, rules) for t in TEXTS]
    monkeypatch.setattr(theme_tagging, "foldable", lambda text: False)
    assert shortcut == [theme_tagging._found(t, rules) for t in TEXTS]
    assert any(shortcut)
