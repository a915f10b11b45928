"""The sample corpus: which documents live in which folder and how each folder was built.

Every document is one module with a ``build()`` function; the folder decides which document
model the modules use and which byte-normalisation profile the generated files got.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sample_docs.kit import normalise

SAMPLE_DOCS = Path(__file__).resolve().parent.parent
REPO = SAMPLE_DOCS.parent


@dataclass(frozen=True)
class Folder:
    path: Path            # where the documents and gold files are
    package: str          # the package holding one module per document
    model: str            # "report" (kit.report.ReportBuilder) | "doc" (kit.doc.Doc)
    profile: str          # normalisation profile (kit.normalise)
    documents: tuple[str, ...]


FOLDERS: dict[str, Folder] = {
    "sample_docs": Folder(SAMPLE_DOCS, "sample_docs.content", "report", normalise.DATED, (
        "scr_2012_child_k",
        "lcspr_2021_child_m",
        "sar_2019_adult_b",
        "dhr_2020_mr_d",
        "cover_report_2022_adult_b_committee",
        "cpr_2018_child_t",
        "scr_2016_family_r",
        "lcspr_2023_child_p",
        "sar_2024_mr_j_browser",
    )),
    "more": Folder(SAMPLE_DOCS / "more", "sample_docs.more.docs", "doc", normalise.ZEROED, (
        # held-out first
        "scr_2009_baby_r",
        "lcspr_2021_child_l",
        "cpr_2019_child_e",
        "sar_2022_mr_h",
        "dhr_2017_ms_p",
        "cover_report_2023_child_j",
        "action_plan_2020_sar_mrs_w",
        "learning_brief_2022_child_s",
        "scr_2016_family_g",
        "sar_2020_adult_c",
        # dev
        "scr_2011_child_n",
        "lcspr_2020_child_v",
        "dhr_2022_mr_a",
        "sar_2018_ms_f",
        "learning_brief_2021_tregaron_cpr",
        "scr_2015_child_b_scotland",
        "action_plan_2024_dhr_mr_k",
        "cover_report_2019_sar_ms_f",
        "sar_2023_mrs_d",
    )),
    "extra": Folder(SAMPLE_DOCS / "extra", "sample_docs.extra.docs", "doc", normalise.FIXED, (
        "scr_2014_child_h",
        "lcspr_2022_child_w",
        "cpr_2020_child_c",
        "sar_2021_mr_t",
        "dhr_2019_ms_k",
        "cover_report_2023_sar_ms_d",
        "scr_2017_family_b",
        "lcspr_2024_siblings_x_and_y",
        "action_plan_2023_dhr_mr_r",
        "learning_brief_2024_child_e",
        "sar_2017_mrs_g",
        "lcspr_2023_baby_j",
    )),
    # a review, its response and its action plan filed separately (reviewminer.link)
    "linked": Folder(SAMPLE_DOCS / "linked", "sample_docs.linked.docs", "doc", normalise.FIXED, (
        "sar_2025_mr_q",
        "response_2025_sar_mr_q",
        "action_plan_2025_sar_mr_q",
    )),
}


def all_documents() -> list[tuple[Folder, str]]:
    return [(f, name) for f in FOLDERS.values() for name in f.documents]


def find(name: str) -> Folder:
    for folder in FOLDERS.values():
        if name in folder.documents:
            return folder
    raise KeyError(name)
