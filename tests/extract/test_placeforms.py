"""place_forms finds what the whole place-and-names pattern finds."""

from __future__ import annotations

import re

import pytest

from reviewminer.extract.placeforms import place_forms


def _whole(text: str, places: tuple[str, ...], names: tuple[str, ...]) -> list[str]:
    alts = "|".join(re.escape(p) for p in places)
    body = "|".join(re.escape(n).replace("'", "['\u2019]?")
                    for n in sorted(names, key=len, reverse=True))
    return [m.group(0) for m in re.finditer(rf"\b(?:{alts})\s+(?:{body})\b", text, re.I)]


NAMES = ("Safeguarding Children's Board", "Safeguarding Children Board", "Council")


@pytest.mark.parametrize(("text", "places"), [
    ("The Barnsley Safeguarding Children's Board met; barnsley  safeguarding children’s board "
     "agreed.", ("Barnsley",)),
    # the first place fails, the second (at the same word) matches
    ("North Yorkshire Council and North Council", ("North", "North Yorkshire")),
    ("North Yorkshire Council", ("North Yorkshire", "North")),
    ("Barnsley Councillor, Barnsley Council, XBarnsley Council, Barnsley\nCouncil",
     ("Barnsley",)),
    ("Kensington and Chelsea Council", ("Kensington and Chelsea", "Chelsea")),
    ("no body here", ("Barnsley",)),
])
def test_the_same_matches_as_the_whole_pattern(text: str, places: tuple[str, ...]) -> None:
    assert place_forms(text, places, NAMES) == _whole(text, places, NAMES)


def test_names_that_could_start_with_a_space_take_the_whole_pattern() -> None:
    names = ("'s Board", "Board")
    text = "Barnsley 's Board and Barnsley Board"
    assert place_forms(text, ("Barnsley",), names) == _whole(text, ("Barnsley",), names)
