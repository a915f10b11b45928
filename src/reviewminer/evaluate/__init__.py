"""Score the extractor against gold annotations (``<name>.gold.json`` beside the documents).

For every gold file and each of its documents (.docx and .pdf), the document is read and its
items are matched one-to-one to the gold items by word overlap (greedy on word-F1, a pair needs
F1 >= 0.5). Reported per document and overall (micro-averaged):

* recommendations: recall, precision, boundary (mean word-F1 of matched texts), number accuracy,
  primary-party accuracy (first owner's canonical name), kind accuracy;
* lines of enquiry (case-specific ones): recall, precision, boundary;
* section headings: recall, precision, and kind accuracy of matched headings.

Gold files follow the schema ``reviewminer-gold/2`` (``sample_docs/README.md``); the older
version-1 shapes are read too. A recommendation's ``targets``, ``scope`` and ``finding`` are
scored only where the gold annotates them (present and not null), action-plan rows only where
``action_plan`` is a list.

Run ``python -m reviewminer.evaluate sample_docs [--split heldout] [--json out.json]``.

Modules: :mod:`~reviewminer.evaluate.matching` (tokens, word-F1, one-to-one pairs),
:mod:`~reviewminer.evaluate.counts`, :mod:`~reviewminer.evaluate.synthetic` (the synthetic corpus's
gold), :mod:`~reviewminer.evaluate.real` (the real documents' gold),
:mod:`~reviewminer.evaluate.run` (totals, tables, the command line).
"""

from reviewminer.evaluate.counts import Counts
from reviewminer.evaluate.matching import match, norm_heading, norm_number, tokens, word_f1
from reviewminer.evaluate.run import Evaluation, evaluate, format_table, main, print_report
from reviewminer.evaluate.synthetic import _gold_rec_for_action, gold_files, score_report

__all__ = [
    "Counts",
    "Evaluation",
    "_gold_rec_for_action",
    "evaluate",
    "format_table",
    "gold_files",
    "main",
    "match",
    "norm_heading",
    "norm_number",
    "print_report",
    "score_report",
    "tokens",
    "word_f1",
]
