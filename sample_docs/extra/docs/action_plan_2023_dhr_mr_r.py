"""Stand-alone DHR action plan (Fenmoor Community Safety Partnership, DHR Mr R, 2023), a
landscape HTML table printed by Chromium with the browser's own header and footer.  Merged
(rowspan) Rec no / Recommendation / Scope cells over several action rows, 'Ref | Action required
| Owner | By when | Progress update | RAG' columns, target dates written as 31/03/2023, March
2023, Q2 2023, Ongoing, 30.09.23 and TBC; the table runs over several pages."""

import html

from sample_docs.kit.doc import Doc, iso_date

NAME = "action_plan_2023_dhr_mr_r"

CSS = """
@page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.3; }
h2 { font-size: 12pt; margin: 12px 0 6px; color: #003865; }
p { margin: 0 0 6px; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 6px 0 10px; }
th, td { border: 1px solid #555; padding: 3px 4px; vertical-align: top; text-align: left; }
th { background: #003865; color: #fff; }
tr { break-inside: avoid; }
td.G { background: #c6efce; } td.A { background: #ffeb9c; } td.R { background: #ffc7ce; }
td.B { background: #bdd7ee; }
.title { color: #003865; }
"""

RECS = [
    ("1", "Fenmoor Partnership NHS Foundation Trust should ensure that a carer's assessment is "
          "offered to any parent who lives with an adult child receiving secondary mental "
          "health care, and that the offer and the outcome are recorded.",
     ["Mental Health Services"], [], False, "single_agency", "Single agency"),
    ("2", "The CSP should work with the Domestic Abuse Local Partnership Board to raise "
          "awareness among practitioners and the public that domestic abuse includes the abuse "
          "of parents by their adult children.",
     ["Community Safety Partnership"], ["Domestic Abuse Services"], False, "multi_agency",
     "Multi-agency"),
    ("3", "Fenmoor Police should ensure that officers complete a DASH risk assessment at every "
          "incident of violence between adult family members, including where the victim is a "
          "parent.", ["Police"], [], False, "single_agency", "Single agency"),
    ("4", "Substance misuse services and mental health services in Fenmoor should agree a joint "
          "protocol for people with co-occurring mental illness and substance use, including "
          "shared risk assessment and a named lead professional.",
     ["Substance Misuse Service", "Mental Health Services"], [], False, "multi_agency",
     "Multi-agency"),
    ("5", "GP practices should be reminded, through the ICB, to ask older patients about their "
          "safety at home when a family member they live with is known to have a serious "
          "mental illness.", ["Integrated Care Board"], ["GP / Primary Care"], True,
     "single_agency", "Single agency"),
    ("6", "The CSP should write to the Home Office to ask that the statutory guidance gives "
          "examples of adult family homicide, so that the learning from such reviews is "
          "shared nationally.", ["Community Safety Partnership"], [], False, "national",
     "National"),
]

ACTIONS = {
    "1": [("1.1", "Add a 'carer living with patient' prompt to the care plan template.",
           "FPFT", "Mental Health Services", "Head of Nursing, Community Services",
           "31/03/2023", "Template live from 1 March 2023.", "G"),
          ("1.2", "Audit 40 care plans for a recorded carer's assessment offer.", "FPFT",
           "Mental Health Services", "Clinical Audit Lead", "Q2 2023",
           "Audit tool agreed; sample drawn.", "A"),
          ("1.3", "Report audit outcome to the DHR Oversight Group.", "FPFT",
           "Mental Health Services", "Head of Nursing, Community Services", "30.09.23", "",
           "R")],
    "2": [("2.1", "Develop a briefing on child-to-parent abuse, including adult children.",
           "CSP", "Community Safety Partnership", "Domestic Abuse Coordinator", "March 2023",
           "Published and circulated to all partners.", "G"),
          ("2.2", "Run a public awareness campaign during the 16 Days of Action.", "DALPB",
           "Domestic Abuse Services", "Chair, Domestic Abuse Local Partnership Board",
           "December 2023", "Campaign materials in design.", "A"),
          ("2.3", "Include adult family violence in the multi-agency domestic abuse training "
           "programme.", "CSP", "Community Safety Partnership", "Training Officer",
           "Ongoing", "Module added to the April 2023 course.", "A")],
    "3": [("3.1", "Issue a force-wide reminder and update the DASH guidance.", "Police",
           "Police", "Detective Superintendent, Public Protection", "31/01/2023",
           "Complete.", "B"),
          ("3.2", "Dip-sample 50 adult family incidents for DASH completion.", "Police",
           "Police", "Domestic Abuse Lead", "Q2 2023", "First sample: 78% completion.", "A")],
    "4": [("4.1", "Establish a task and finish group to draft the co-occurring conditions "
           "protocol.", "FPFT / Fenmoor Recovery Service", "Mental Health Services",
           "Associate Director, Mental Health", "28/02/2023", "Group met three times.", "G"),
          ("4.2", "Agree the protocol at both organisations' governance meetings.",
           "Fenmoor Recovery Service", "Substance Misuse Service", "Service Manager", "TBC",
           "Delayed by recommissioning of the recovery service.", "R"),
          ("4.3", "Train joint teams on shared risk assessment.", "FPFT",
           "Mental Health Services", "Practice Development Lead", "End of June 2023", "",
           "A")],
    "5": [("5.1", "Include the learning in the GP safeguarding newsletter.", "ICB",
           "Integrated Care Board", "Named GP for Safeguarding Adults", "April 2023",
           "Included in spring edition.", "G"),
          ("5.2", "Add the topic to the Level 3 safeguarding update for practice leads.", "ICB",
           "Integrated Care Board", "Designated Nurse, Safeguarding Adults", "Q3 2023", "",
           "A")],
    "6": [("6.1", "Send letter to the Home Office DHR team.", "CSP",
           "Community Safety Partnership", "CSP Manager", "31/03/2023",
           "Letter sent 14 March 2023; acknowledgement received.", "B")],
}


def build() -> Doc:
    d = Doc(NAME, producer="html", document_type="action_plan",
            title="Domestic Homicide Review Mr R: Action Plan", subjects=["Mr R"],
            area="Fenmoor Community Safety Partnership", publication_date="2023-06-12", split="dev",
            style=dict(house="compact", css=CSS, browser_header_footer=True,
                       html_title="DHR Mr R - Action Plan (June 2023 update)"))
    d.title("Fenmoor Community Safety Partnership", size=11, align="left", bold=False, space_after=10)
    d.title("Domestic Homicide Review Mr R: Action Plan", size=18, align="left", space_after=10)
    d.line("Version 3 – progress update for the DHR Oversight Group, 12 June 2023",
           align="left", italic=True, size=None)
    d.h("Introduction", level=1, kind="introduction")
    d.p("Mr R, aged 68, was killed by his son in their home in September 2021. The overview "
        "report was approved by the Home Office Quality Assurance Panel in November 2022. "
        "This plan sets out the actions agreed by each agency to deliver the six "
        "recommendations of the review. It is reviewed by the DHR Oversight Group every two "
        "months and reported to the CSP Board each quarter.")
    d.h("RAG key", level=2, kind="introduction")
    d.p("R = not started or at risk; A = in progress and on track; G = complete, awaiting "
        "evidence of impact; B = complete and closed by the Oversight Group.")
    d.h("Summary of the review", level=1, kind="executive_summary")
    d.p("Mr R lived with his son, Mr S, who was 39 and had a diagnosis of paranoid "
        "schizophrenia and a long history of cannabis and alcohol use. Mr S was under the care "
        "of a community mental health team and was known to the Fenmoor Recovery Service. Over "
        "the two years before Mr R's death the police attended the home four times after "
        "reports of shouting and damage; on each occasion Mr R said that his son was unwell and "
        "that he did not want any action taken.")
    d.p("The review found that Mr R was seen by services as his son's carer rather than as a "
        "possible victim. He was never offered a carer's assessment, and none of the four "
        "police attendances was treated as a domestic abuse incident because the parties were "
        "father and son. The mental health and substance misuse services each saw part of Mr "
        "S's needs; neither led on his risk to others. Mr R's GP knew of his son's illness and "
        "of a bruise to Mr R's arm in 2020 but did not ask how it had happened.")
    d.p("The panel identified good practice by the community mental health team's duty worker, "
        "who visited the home at short notice in July 2021 and made an urgent referral for a "
        "psychiatric review. That review was delayed by staff absence.")
    d.p("The overview report makes six recommendations. They are set out, with the actions "
        "agreed by each agency, in the plan below. Recommendations are reproduced from the "
        "overview report and have not been altered.")
    d.h("Action plan", level=1, kind="action_plan")
    rows = []
    for no, text, parties, targets, inferred, scope, scope_txt in RECS:
        d.rec(d.R(no, text, parties, targets=targets, inferred=inferred, scope=scope), style=None)
        acts = ACTIONS[no]
        for i, (ref, act, owner_txt, lead, officer, date, prog, rag) in enumerate(acts):
            d.ap_row(no, act, lead, officer, iso_date(date), date, rag)
            cells = []
            if i == 0:
                n = len(acts)
                cells += [f"<td rowspan='{n}'><b>{no}</b></td>",
                          f"<td rowspan='{n}'>{html.escape(text, quote=False)}</td>",
                          f"<td rowspan='{n}'>{scope_txt}</td>"]
            cells += [f"<td>{ref}</td>", f"<td>{html.escape(act, quote=False)}</td>",
                      f"<td>{html.escape(owner_txt, quote=False)}<br>"
                      f"{html.escape(officer, quote=False)}</td>",
                      f"<td>{date}</td>", f"<td>{html.escape(prog, quote=False)}</td>",
                      f"<td class='{rag}'>{rag}</td>"]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    head = ["Rec no", "Recommendation", "Scope", "Ref", "Action required", "Owner",
            "By when", "Progress update", "RAG"]
    d.raw_html("<table><colgroup><col style='width:4%'><col style='width:22%'>"
               "<col style='width:7%'><col style='width:4%'><col style='width:20%'>"
               "<col style='width:13%'><col style='width:8%'><col style='width:17%'>"
               "<col style='width:5%'></colgroup><thead><tr>" +
               "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>" +
               "\n".join(rows) + "</tbody></table>")
    d.h("Governance and sign-off", level=1, kind="other")
    d.p("Actions rated G will remain on the plan until the Oversight Group has seen evidence "
        "of impact, when they will be rated B and closed. Action 4.2 has been escalated to "
        "the CSP Board because the recovery service contract is being re-tendered.")
    d.p("Signed off by the Chair of the DHR Oversight Group, 12 June 2023.")
    d.h("Abbreviations", level=1, kind="glossary")
    d.table(["Abbreviation", "Meaning"], [
        ["CSP", "Fenmoor Community Safety Partnership"],
        ["DALPB", "Domestic Abuse Local Partnership Board"],
        ["DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"],
        ["FPFT", "Fenmoor Partnership NHS Foundation Trust"],
        ["ICB", "NHS Fenmoor and Wold Integrated Care Board"]])
    return d
