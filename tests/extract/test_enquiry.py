"""Lines of enquiry: zones, intro sentences, classification (synthetic documents)."""

from __future__ import annotations

from reviewminer.model import EnquiryKind

TITLE = [
    ("h1", "Serious Case Review: Child Q"),
    ("p", "Commissioned by Redhill Local Safeguarding Children Board"),
    ("page",),
]


def owners(rec):
    return [p.canonical for p in rec.parties if p.role == "owner"]


def test_lines_of_enquiry_from_intro_sentence_and_section(build):
    r = build(TITLE + [
        ("h1", "Introduction"),
        ("p", "The partnership agreed key lines of enquiry that relate to:"),
        ("li", "• how agencies identified the risks posed by the father;"),
        ("li", "• whether the voice of the child was heard."),
        ("p", "The review was led by an independent reviewer."),
        ("h1", "Appendix 2: Terms of reference"),
        ("li", "1. To establish whether there are lessons to be learned about how agencies "
               "worked together."),
        ("li", "2. The review covers the period from 1 May 2019 to 3 June 2020."),
        ("li", "3. How effective was the response to missed appointments?"),
    ])
    kloes = [e for e in r.lines_of_enquiry if e.kind == EnquiryKind.LINE_OF_ENQUIRY]
    assert [e.text for e in kloes] == [
        "how agencies identified the risks posed by the father;",
        "whether the voice of the child was heard.",
        "How effective was the response to missed appointments?",
    ]
    kinds = {e.text[:20]: e.kind for e in r.lines_of_enquiry}
    assert kinds["To establish whether"] == EnquiryKind.PURPOSE
    assert kinds["The review covers th"] == EnquiryKind.SCOPE
    assert kloes[2].number == "3"
