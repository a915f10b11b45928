"""Parties keep the specific body: organisation from the name, the title, or the opening pages."""

from __future__ import annotations

import pytest

from reviewminer.analysis import load_analyzer
from reviewminer.extract.metadata import document_bodies
from reviewminer.extract.parties import Mention, PartyResolver
from reviewminer.rules import load_rules


@pytest.fixture(scope="module")
def resolver() -> PartyResolver:
    rules = load_rules()
    return PartyResolver(load_analyzer(rules), rules)


def _m(name: str, canonical: str, category: str) -> Mention:
    return Mention(name, canonical, category, 0, len(name))


@pytest.mark.parametrize(("name", "canonical", "category", "specific"), [
    ("Thurrock Council", "Local Authority", "local_authority", True),
    ("the local authority", "Local Authority", "local_authority", False),
    ("the Council", "Local Authority", "local_authority", False),
    ("Local Safeguarding Children Board", "Local Safeguarding Children Board", "partnership",
     False),
    ("Barnsley Safeguarding Children's Board", "Local Safeguarding Children Board",
     "partnership", True),
    ("Kent Police", "Police", "police", True),
])
def test_a_name_is_specific_when_it_carries_a_place_or_proper_name(
        resolver: PartyResolver, name: str, canonical: str, category: str, specific: bool) -> None:
    assert resolver.is_specific(_m(name, canonical, category)) is specific


def test_organisation_is_never_invented(resolver: PartyResolver) -> None:
    la = _m("the local authority", "Local Authority", "local_authority")
    resolver.bodies = {}
    assert resolver.organisation(la) is None
    resolver.bodies = {"Local Authority": "Thurrock Council"}
    assert resolver.organisation(la) == "Thurrock Council"
    assert resolver.organisation(_m("the Home Office", "Home Office", "government")) == \
        "Home Office"
    assert resolver.organisation(_m("Kent Police", "Police", "police")) == "Kent Police"


def test_document_bodies_take_the_dominant_named_body_with_the_title_weighing_more(
        resolver: PartyResolver) -> None:
    la = ("Local Authority", "local_authority")
    tie = [_m("Kirklees Council", *la), _m("Leeds City Council", *la)]
    assert "Local Authority" not in document_bodies(tie, resolver)  # two bodies: none chosen
    titled = document_bodies(tie, resolver, title="Kirklees Council")
    assert titled["Local Authority"] == "Kirklees Council"
    generic = [_m("the local authority", *la)] * 5
    assert document_bodies(generic, resolver) == {}


def test_a_generic_body_takes_the_place_named_form_the_document_uses(
        resolver: PartyResolver) -> None:
    resolver.bodies = {"Local Authority": "Barnsley Council"}
    resolver.places = ("Barnsley",)
    resolver.doc_text = ("The Local Safeguarding Children Board requires improvement. ... "
                         "Barnsley Safeguarding Children\u2019s Board (BSCB) has a clear plan.")
    resolver._place_forms.clear()
    lscb = _m("Local Safeguarding Children Board", "Local Safeguarding Children Board",
              "partnership")
    assert resolver.organisation(lscb) == "Barnsley Safeguarding Children\u2019s Board"
    resolver.doc_text = "Barnsley Safeguarding Children Board and Leeds Safeguarding Children Board"
    resolver.places = ("Barnsley", "Leeds")
    resolver._place_forms.clear()
    assert resolver.organisation(lscb) is None  # two such bodies named: none chosen


def test_a_bare_reference_to_the_partnership_is_this_documents_partnership(
        resolver: PartyResolver) -> None:
    resolver.default_owner = _m("Dorset Local Area Partnership", "Local Area Partnership",
                                "partnership")
    found = resolver.mentions(resolver.nlp("Leaders across the partnership should act."))
    assert [(m.name, m.canonical) for m in found] == [("the partnership", "Local Area Partnership")]
    resolver.default_owner = None
    found = resolver.mentions(resolver.nlp("Leaders across the partnership should act."))
    assert [m.canonical for m in found] == ["Safeguarding Children Partnership"]
