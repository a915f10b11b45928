"""The label grammar: heading numbers, item labels, depth."""

from __future__ import annotations

import pytest

from reviewminer.parsers.base import Block
from reviewminer.rules import load_rules
from reviewminer.structure.labels import find_label, number_depth, split_heading_number

LABELS = load_rules().labels


@pytest.mark.parametrize(("text", "expected"), [
    ("7. Recommendations", ("7", "Recommendations")),
    ("2.1 Terms of reference", ("2.1", "Terms of reference")),
    ("Appendix 2: Action plan", ("Appendix 2", "Action plan")),
    ("Appendix 2", ("Appendix 2", "Appendix 2")),
    ("B. Background", ("B", "Background")),
    ("IV) Findings", ("IV", "Findings")),
    ("A great deal happened. The family moved house often and nobody kept track of it", (None, None)),
    ("Recommendations", (None, "Recommendations")),
])
def test_split_heading_number(text, expected):
    num, title = split_heading_number(text, LABELS)
    assert num == expected[0]
    assert title == (expected[1] if expected[1] is not None else text)


@pytest.mark.parametrize(("num", "in_list", "depth"), [
    ("2", False, 1), ("2.1", False, 2), ("2.1.3", False, 3), ("Appendix 2", False, 1),
    ("Part 3", False, 1), ("B", False, 1), ("IV", False, 1),
    ("2", True, 1), ("R2.1", True, 2), ("3a", True, 1), ("b", True, 2), ("iv", True, 2),
])
def test_number_depth_is_one_rule_for_headings_and_items(num, in_list, depth):
    assert number_depth(num, LABELS, in_list=in_list) == depth


def test_find_label_prefers_the_printed_number_of_a_titled_label():
    rules = load_rules()
    b = Block(text="Recommendation 3: The Board should publish a protocol.", page=1)
    label = find_label(b, LABELS, rules.recommendations.item_labels)
    assert label is not None and label.number == "3" and label.depth == 1
    bullet = find_label(Block(text="• a sub point", page=1), LABELS, ())
    assert bullet is not None and bullet.bullet and bullet.depth == 0
    assert find_label(Block(text="The Board should publish", page=1), LABELS,
                      rules.recommendations.item_labels) is None
