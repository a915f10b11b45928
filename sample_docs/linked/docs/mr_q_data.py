"""Shared content of the linked set (Ashcombe Safeguarding Adults Board, SAR Mr Q, 2025): the
review's recommendations, the Board's response to each and the action plan's rows, and the gold
links between them (``python -m sample_docs.linked.docs.mr_q_data`` writes ``mr_q.links.json``).

Everything is fictional: Ashcombe, its agencies and Mr Q are invented."""

from __future__ import annotations

import json
import sys
from pathlib import Path

SAB = "Safeguarding Adults Board"
AREA = "Ashcombe Safeguarding Adults Board"

# number, text, parties, targets, scope
RECS = [
    ("1", "Ashcombe Safeguarding Adults Board should commission a multi-agency audit of "
          "referrals for adults with alcohol dependence who were discharged from hospital "
          "without a care plan, to test whether the discharge protocol is being followed.",
     [SAB], [], "multi_agency"),
    ("2", "Ashcombe Council Adult Social Care should ensure that a Care Act assessment is "
          "offered to every adult with an acquired brain injury who is referred after a "
          "second emergency admission within three months.", ["Adult Social Care"], [],
     "single_agency"),
    ("3", "Ashcombe Integrated Care Board should ensure that GP practices record and follow up "
          "missed appointments for patients with alcohol-related liver disease who live "
          "alone.", ["Integrated Care Board"], [], "single_agency"),
    ("4", "Ashcombe Fire and Rescue Service and Ashcombe Council Housing Services should agree "
          "a joint protocol for home fire safety visits to tenants who smoke and drink heavily "
          "and have reduced mobility.", ["Fire and Rescue Service", "Housing"], [],
     "multi_agency"),
    ("5", "All partner agencies should ensure that practitioners who work with dependent "
          "drinkers receive training on the Mental Capacity Act, including how to assess "
          "executive capacity when a person repeatedly makes unwise decisions.",
     ["All agencies"], [], "multi_agency"),
    ("6", "The Safeguarding Adults Board should seek assurance from Ashcombe Hospitals NHS "
          "Foundation Trust that discharge planning for patients who live alone includes a "
          "home visit when staff are worried about self-care.", [SAB], ["NHS Trust"],
     "multi_agency"),
    ("7", "Ashcombe Police should ensure that welfare checks on adults with care and support "
          "needs are recorded and shared with Adult Social Care within one working day.",
     ["Police"], [], "single_agency"),
    ("8", "The Safeguarding Adults Board should write to the Department of Health and Social "
          "Care to ask that national guidance on hospital discharge addresses adults with "
          "alcohol dependence who decline support.", [SAB], [], "national"),
]

# review number -> (status, response paragraph) in the response document
RESPONSES = {
    "1": ("accepted", "Response: Accepted. The Board has asked its Quality Assurance Sub-group "
                      "to carry out the audit between April and June 2025 and will publish a "
                      "summary of the findings."),
    "2": ("accepted in principle",
          "Response: Accepted in principle. Adult Social Care agrees that these adults need an "
          "assessment, but will use a review of the existing assessment rather than a new "
          "one where the person is already known to the service."),
    "3": ("partially accepted",
          "Response: Partially accepted. The Integrated Care Board accepts the recommendation "
          "in part: practices will record missed appointments, but follow-up will be limited "
          "to patients on the practice's vulnerable adults register."),
    "4": ("accepted", "Response: Accepted. A joint protocol has been drafted and will be "
                      "signed by both services by September 2025."),
    "5": ("accepted", "Response: Accepted. The Board's training programme for 2025/26 includes "
                      "a new module on executive capacity, open to every partner agency."),
    "6": ("noted", "Response: Noted. The Trust has told the Board that home visits before "
                   "discharge are not always possible; the Board will return to this "
                   "recommendation when the audit under Recommendation 1 has reported."),
    "7": ("under consideration",
          "Under consideration. Ashcombe Police will consider the recommendation alongside the "
          "national Right Care, Right Person programme and will give a full response by "
          "December 2025."),
    "8": ("not accepted",
          "Not accepted. The Board has decided not to write to the Department, because the "
          "national discharge guidance is already being revised; it will instead respond to "
          "the public consultation."),
}

# review number -> actions: (action, lead agency as printed, canonical, target date, status)
ACTIONS = {
    "1": [("Agree the audit sample and tool with partner agencies.", "Ashcombe SAB", SAB,
           "30/04/2025", "Complete"),
          ("Carry out the audit and report to the Quality Assurance Sub-group.", "Ashcombe SAB",
           SAB, "30/06/2025", "On track")],
    "2": [("Add a prompt for a second emergency admission to the hospital referral form.",
           "Ashcombe Council Adult Social Care", "Adult Social Care", "31/05/2025", "On track")],
    "3": [("Issue guidance to GP practices on recording missed appointments.",
           "Ashcombe ICB", "Integrated Care Board", "31/03/2025", "Complete"),
          ("Run a search of practice registers for patients who live alone.", "Ashcombe ICB",
           "Integrated Care Board", "30/09/2025", "Not started")],
    "4": [("Draft and sign the joint home fire safety protocol.",
           "Ashcombe Fire and Rescue Service", "Fire and Rescue Service", "30/09/2025",
           "On track")],
    "5": [("Commission and deliver an executive capacity training module.", "Ashcombe SAB",
           SAB, "31/12/2025", "On track")],
    "6": [("Ask the Trust for its discharge planning audit for patients who live alone.",
           "Ashcombe SAB", SAB, "31/07/2025", "Not started")],
    "7": [("Review how welfare checks are recorded in the police case management system.",
           "Ashcombe Police", "Police", "31/12/2025", "Not started")],
}

#: How the action plan prints each recommendation (None: verbatim). Recommendation 5 is
#: shortened, as plans often do; the plan does not include Recommendation 8 (not accepted).
PLAN_TEXT = {
    "5": "All partner agencies should ensure that practitioners who work with dependent "
         "drinkers receive training on the Mental Capacity Act, including executive capacity.",
}

LINKS_FILE = Path(__file__).resolve().parent.parent / "mr_q.links.json"


def links_gold() -> dict:
    """The gold links of the set: each response and each action to the review's number."""
    return {
        "schema": "reviewminer-links/1",
        "review": "sar_2025_mr_q",
        "response": "response_2025_sar_mr_q",
        "action_plan": "action_plan_2025_sar_mr_q",
        "responses": [{"number": no if int(no) < 7 else f"R{no}", "text": text,
                       "status": RESPONSES[no][0], "recommendation": no}
                      for no, text, *_ in RECS],
        "actions": [{"action": a[0], "recommendation": no}
                    for no, acts in ACTIONS.items() for a in acts],
    }


def write() -> None:
    LINKS_FILE.write_text(json.dumps(links_gold(), indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")


if __name__ == "__main__":
    write()
    sys.exit(0)
