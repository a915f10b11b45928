"""Running the scorer: totals per document, type and split; the tables; the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from reviewminer.evaluate.counts import Counts, Gold
from reviewminer.evaluate.real import is_real_gold_folder, real_gold_files, score_real
from reviewminer.evaluate.synthetic import gold_files, score_report

__all__ = ["Evaluation", "evaluate", "format_table", "main", "print_report"]


@dataclass
class Evaluation:
    per_document: dict[str, dict[str, float | int]]
    per_type: dict[str, dict[str, float | int]]
    per_split: dict[str, dict[str, float | int]]
    overall: dict[str, float | int]
    errors: list[str]
    failures: dict[str, str]
    real: bool = False  # scored against real documents' gold (other columns shown)


class _Totals:
    """Counts per document, per type/format, per split and overall."""

    def __init__(self) -> None:
        self.per_doc: dict[str, dict[str, float | int]] = {}
        self.by_type: dict[str, Counts] = {}
        self.by_split: dict[str, Counts] = {}
        self.total = Counts()
        self.failures: dict[str, str] = {}

    def add(self, key: str, kind: str, split: str, counts: Counts) -> None:
        self.per_doc[key] = counts.scores()
        self.by_split.setdefault(split, Counts()).add(counts)
        self.by_type.setdefault(kind, Counts()).add(counts)
        self.total.add(counts)

    def evaluation(self) -> Evaluation:
        return Evaluation(
            per_document=self.per_doc,
            per_type={k: v.scores() for k, v in sorted(self.by_type.items())},
            per_split={k: v.scores() for k, v in sorted(self.by_split.items())},
            overall=self.total.scores(),
            errors=self.total.errors,
            failures=self.failures,
        )




def _score_file(totals: _Totals, folder: Path, path: Path, gold: Gold,
                reader: Callable[[Path], Any]) -> None:
    fname = path.name
    if not path.exists():
        totals.failures[fname] = "file listed in gold is missing"
        return
    try:
        report = reader(path)
    except Exception as e:  # a scorer reports every failure
        totals.failures[fname] = f"{type(e).__name__}: {e}"
        return
    kind = f"{gold.get('document_type', 'other')}/{path.suffix.lstrip('.')}"
    totals.add(str(path.relative_to(folder)), kind, gold.get("split", "dev"),
               score_report(report, gold))


def evaluate(folder: str | Path, *, split: str | None = None,
             reader: Callable[[Path], Any] | None = None,
             names: Iterable[str] | None = None,
             gold_dir: str | Path | None = None) -> Evaluation:
    """Score every gold-annotated document in ``folder`` (optionally one split).

    ``folder`` is the synthetic corpus (``<name>.gold.json`` beside the documents) or a folder of
    real documents with ``gold/<stem>.json`` (:mod:`reviewminer.evaluate.real`), or, with
    ``gold_dir``, real documents scored against the gold files there.
    """
    if reader is None:
        from reviewminer import read

        reader = read
    folder = Path(folder)
    if gold_dir is not None or is_real_gold_folder(folder):
        return _evaluate_real(folder, split, reader, names,
                              Path(gold_dir) if gold_dir is not None else None)
    totals = _Totals()
    for gold_path, gold in gold_files(folder, split, names):
        for fname in gold.get("files", []):
            _score_file(totals, folder, gold_path.parent / fname, gold, reader)
    return totals.evaluation()


def _evaluate_real(folder: Path, split: str | None, reader: Callable[[Path], Any],
                   names: Iterable[str] | None, gold_dir: Path | None) -> Evaluation:
    wanted = set(names) if names is not None else None
    totals = _Totals()
    for path, gold, doc_split in real_gold_files(folder, split, gold_dir):
        if wanted is not None and path.stem not in wanted:
            continue
        if not path.exists():
            totals.failures[path.name] = "document named by the gold is missing"
            continue
        try:
            report = reader(path)
        except Exception as e:  # a scorer reports every failure
            totals.failures[path.name] = f"{type(e).__name__}: {e}"
            continue
        totals.add(path.stem, str(gold.get("review_type", "other")), doc_split,
                   score_real(report, gold))
    ev = totals.evaluation()
    ev.real = True
    return ev


_SHOW = ("rec_recall", "rec_precision", "rec_boundary_f1", "rec_number_accuracy",
         "rec_party_accuracy", "kloe_recall", "kloe_precision", "action_link_accuracy",
         "section_recall", "section_precision")
#: The columns shown for real documents (their gold has no sections or action plans).
_SHOW_REAL = ("rec_recall", "rec_precision", "rec_boundary_f1", "rec_number_accuracy",
              "rec_party_accuracy", "rec_page_accuracy", "rec_response_accuracy",
              "kloe_recall", "kloe_precision", "review_type_accuracy")


def format_table(rows: dict[str, dict[str, float | int]],
                 columns: Sequence[str] = _SHOW) -> str:
    heads = ["document"] + [h.replace("rec_", "r_").replace("_accuracy", "_acc")
                            .replace("action_", "act_").replace("section_", "sec_")
                            .replace("review_type", "type") for h in columns]
    width = max([len(k) for k in rows] + [8])
    lines = [f"{heads[0]:<{width}} " + " ".join(f"{h:>12}" for h in heads[1:])]
    if columns is _SHOW_REAL:
        lines[0] += f" {'n_gold':>7} {'n_pred':>7}"
    for k, v in rows.items():
        line = f"{k:<{width}} " + " ".join(f"{v[h]:>12.3f}" for h in columns)
        if columns is _SHOW_REAL:
            line += f" {v['n_gold_recommendations']:>7} {v['n_pred_recommendations']:>7}"
        lines.append(line)
    return "\n".join(lines)


def print_report(ev: Evaluation) -> None:
    """The four score tables: per document, per type/format, per split, overall."""
    columns = _SHOW_REAL if ev.real else _SHOW
    print(format_table(ev.per_document, columns))
    print()
    print(format_table(ev.per_type, columns))
    print()
    print(format_table(ev.per_split, columns))
    print()
    print(format_table({"OVERALL": ev.overall}, columns))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reviewminer.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default="sample_docs")
    ap.add_argument("--split", default=None, help="score only gold files of this split "
                    "(real documents: dev or heldout)")
    ap.add_argument("--gold", dest="gold_dir", default=None, metavar="DIR",
                    help="score the real documents in FOLDER against the gold files in DIR "
                    "(e.g. benchmarks/real_gold for ../shared/real_docs/bulk)")
    ap.add_argument("--errors", action="store_true", help="list every error case")
    ap.add_argument("--json", dest="json_out", default=None, help="write the scores as JSON")
    args = ap.parse_args(argv)
    ev = evaluate(args.folder, split=args.split, gold_dir=args.gold_dir)
    print_report(ev)
    for k, v in ev.failures.items():
        print(f"FAILED {k}: {v}", file=sys.stderr)
    if args.errors:
        print("\n".join(ev.errors))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(asdict(ev), indent=2), encoding="utf-8")
    return 1 if ev.failures else 0


if __name__ == "__main__":
    sys.exit(main())
