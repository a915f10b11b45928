"""DHR, Bramley Heath Community Safety Partnership, 2019.  Lettered ALL CAPS headings, KLOEs as
an inline semicolon list, DHR purposes, a quoted recommendation from a 2015 review (not gold),
'Rec N:' labels, an owner with a parenthetical partner clause, owners given only as
abbreviations defined in a glossary table, and an action plan with 'Rec | Action | Lead |
Target date | Status' columns."""

from sample_docs.kit.doc import Doc, iso_date

NAME = "dhr_2019_ms_k"


def build() -> Doc:
    d = Doc(NAME, producer="docx", document_type="dhr",
            title="Domestic Homicide Review: Ms K - Overview Report", subjects=["Ms K"],
            area="Bramley Heath Community Safety Partnership", publication_date="2019-09-30",
            split="dev",
            style=dict(house="compact", font="Liberation Sans", size=10.5,
                       header="OFFICIAL – Bramley Heath CSP – DHR Ms K – Overview Report",
                       page_numbers="{PAGE} / {NUMPAGES}"))
    d.line("BRAMLEY HEATH COMMUNITY SAFETY PARTNERSHIP", size=12, align="center", bold=True)
    d.title("DOMESTIC HOMICIDE REVIEW", size=22, space_after=10)
    d.title("Overview Report into the death of Ms K", size=15, bold=False, space_after=10)
    d.title("who died in April 2017", size=12, bold=False, space_after=36)
    d.line("Independent Chair and Author: Robert Achterberg", align="center", size=None)
    d.line("Report completed: March 2019 · Home Office Quality Assurance Panel: July 2019",
           align="center", size=None)
    d.page_break()
    d.h("A. INTRODUCTION", "A", "INTRODUCTION", 1, "introduction", style="bold")
    d.p("A.1 This report examines how agencies responded to Ms K, a 41-year-old woman who was "
        "killed by her former partner, Mr M, at her home in Bramley Heath in April 2017. Mr M "
        "was convicted of murder and sentenced to life imprisonment with a minimum term of 19 "
        "years. The panel offers its condolences to Ms K's children, her parents and her "
        "friends.")
    d.p("A.2 Ms K's family chose the pseudonym. Her mother described her as 'the one who held "
        "everybody together' and asked that the review look at why her daughter's calls for "
        "help did not lead to her being kept safe.")
    d.h("B. PURPOSE AND TERMS OF REFERENCE", "B", "PURPOSE AND TERMS OF REFERENCE", 1,
        "terms_of_reference", style="bold")
    d.p("B.1 The purpose of a Domestic Homicide Review, as described in the statutory "
        "guidance, is to:")
    for t in ["establish what lessons are to be learned from the domestic homicide regarding "
              "the way in which local professionals and organisations work individually and "
              "together to safeguard victims;",
              "identify clearly what those lessons are both within and between agencies, how "
              "and within what timescales they will be acted on, and what is expected to "
              "change as a result;",
              "apply these lessons to service responses, including changes to inform national "
              "and local policies and procedures as appropriate;",
              "prevent domestic violence and homicide and improve service responses for all "
              "domestic violence and abuse victims and their children."]:
        d.purpose(t, render="li", label=None)
    loes = ["the response of agencies to the three reports of domestic abuse made by Ms K "
            "between 2015 and 2017",
            "whether the risk posed by Mr M was assessed in the light of his previous "
            "relationships",
            "how the MARAC managed the case after the second referral",
            "what barriers Ms K faced in leaving the relationship and in staying safe after "
            "she had left",
            "whether the children's experiences were considered"]
    d.p("B.2 In addition, the panel agreed that the review would examine: " +
        "; ".join(loes[:-1]) + "; and " + loes[-1] + ".")
    for t in loes:
        d.kloe(None, t, render=None)
    d.scope("The review covers the period from 1 January 2014 to the date of Ms K's death.",
            label="B.3")
    d.h("C. THE REVIEW PROCESS", "C", "THE REVIEW PROCESS", 1, "methodology", style="bold")
    d.p("C.1 The CSP commissioned the review on 12 June 2017. Individual management reviews "
        "were provided by Bramley Heath Police, BHUH, BHDAS, HH, Ms K's GP practice and "
        "Bramley Heath Children's Services. The panel met seven times. The review was paused "
        "during the criminal trial.")
    d.p("C.2 A review of this kind was carried out in Bramley Heath in 2015 following the death "
        "of Ms A. That review recommended that 'Bramley Heath Police should ensure that all "
        "officers receive training on coercive control'. The police report that this "
        "training has been delivered; the panel notes it here because several officers who "
        "attended Ms K's home had joined the force after it was completed.")
    d.h("D. BACKGROUND", "D", "BACKGROUND", 1, "background", style="bold")
    d.p("D.1 Ms K and Mr M had been in a relationship for six years and had one child together. "
        "Ms K also had two older children. Mr M had a history of violence against two previous "
        "partners, one of whom had obtained a non-molestation order against him in 2010.")
    d.p("D.2 Ms K worked part time in a school kitchen. Friends told the panel that Mr M "
        "controlled the family's money, checked her phone and had stopped her from seeing "
        "friends. She told a colleague in 2016 that she was 'walking on eggshells'.")
    d.h("E. SUMMARY OF AGENCY CONTACT", "E", "SUMMARY OF AGENCY CONTACT", 1, "chronology",
        style="bold")
    d.p("E.1 Police attended the family home in March 2015 after a neighbour reported shouting. "
        "Ms K said that nothing had happened. A DASH risk assessment was completed and graded "
        "standard risk; Ms K declined to answer eight of the questions.")
    d.p("E.2 In November 2015 Ms K attended the emergency department at BHUH with a wrist "
        "injury, which she said was caused by a fall. The triage note records that her partner "
        "'answered most questions'. No routine enquiry about domestic abuse was made.")
    d.p("E.3 In September 2016 Ms K called the police to say that Mr M had strangled her. He was "
        "arrested and bailed with conditions. The case was referred to MARAC, where it was "
        "heard as a high-risk case, and Ms K was allocated an IDVA from BHDAS. The IDVA made "
        "four attempts to contact Ms K by telephone and closed the case after three weeks.")
    d.p("E.4 Ms K ended the relationship in January 2017 and moved with her children to a new "
        "tenancy with HH. Mr M found the address. In February 2017 Ms K reported that he had "
        "been seen outside the house. The report was recorded under the new address and was "
        "not linked to the earlier incidents. Ms K was killed seven weeks later.")
    d.h("F. ANALYSIS", "F", "ANALYSIS", 1, "analysis", style="bold")
    d.p("F.1 Repeat victimisation was not recognised. The police systems held the incidents "
        "under two addresses, and the call handler in February 2017 could not see that Ms K "
        "had previously been assessed as high risk. The panel considers that the incident "
        "should have been linked and that a further MARAC referral should have been made.")
    d.p("F.2 The IDVA service was at the time operating with two vacancies. Closing a high-risk "
        "case after four unanswered calls was consistent with its procedures but did not take "
        "account of the likelihood that Mr M was monitoring Ms K's phone.")
    d.p("F.3 The emergency department did not ask Ms K about domestic abuse because she was "
        "accompanied. The Trust's policy was that routine enquiry should be made when a "
        "patient is seen alone, but it gave no guidance on how to create that opportunity.")
    d.p("F.4 When Ms K moved, HH were not told that she was a high-risk victim and did not "
        "offer target hardening or a sanctuary scheme.")
    d.h("G. CONCLUSIONS", "G", "CONCLUSIONS", 1, "conclusions", style="bold")
    d.p("G.1 The panel does not consider that Ms K's death could have been predicted with "
        "certainty. It does consider that the risk was high, that it was known to agencies in "
        "2016, and that the loss of that knowledge when Ms K moved house removed the "
        "protection that a multi-agency plan might have given her.")
    d.h("H. RECOMMENDATIONS", "H", "RECOMMENDATIONS", 1, "recommendations", style="bold")
    d.p("H.1 The panel makes the following recommendations. Abbreviations are explained in the "
        "glossary at Appendix 1.")
    d.rec(d.R("1", "Bramley Heath Police, in partnership with the CSP, should review how repeat "
          "victims are identified when incidents are recorded at different addresses, and "
          "should report the outcome to the CSP Board within six months.",
          ["Police", "Community Safety Partnership"], scope="multi_agency"),
          style="lead", label="Rec 1:", key="1")
    d.rec(d.R("2", "BHDAS should revise its contact procedure so that a high-risk case is not closed "
          "because of non-response until contact has been attempted by at least two different "
          "safe routes, agreed with the referrer.", ["Domestic Abuse Services"],
          scope="single_agency"), style="lead", label="Rec 2:", key="2")
    d.rec(d.R("3", "BHUH should provide emergency department staff with guidance and training on "
          "creating a safe opportunity to see a patient alone so that routine enquiry about "
          "domestic abuse can take place.", ["NHS Trust"], scope="single_agency"),
          style="lead", label="Rec 3:", key="3")
    d.rec(d.R("4", "The MARAC Steering Group should ensure that when a victim discussed at MARAC "
          "moves address, the new housing provider is informed and invited to contribute to "
          "the safety plan.", ["MARAC"], targets=["Housing"], scope="multi_agency"),
          style="lead", label="Rec 4:", key="4")
    d.rec(d.R("5", "HH should offer a sanctuary scheme assessment to every new tenant who is known "
          "to be fleeing domestic abuse.", ["Housing"], scope="single_agency"),
          style="lead", label="Rec 5:", key="5")
    d.rec(d.R("6", "The CSP should write to the Home Office asking that the statutory guidance on "
          "bail conditions in domestic abuse cases be reviewed in the light of this case.",
          ["Community Safety Partnership"], scope="national"), style="lead", label="Rec 6:", key="6")
    d.page_break()
    d.h("Appendix 1: Glossary", "1", "Glossary", 1, "glossary", style="bold")
    d.table(["Abbreviation", "Full name"], [
        ["BHDAS", "Bramley Heath Domestic Abuse Service (provides the IDVA service)"],
        ["BHUH", "Bramley Heath University Hospitals NHS Trust"],
        ["CSP", "Bramley Heath Community Safety Partnership"],
        ["DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"],
        ["HH", "Heathside Homes, a registered housing association"],
        ["IDVA", "Independent Domestic Violence Advisor"],
        ["MARAC", "Multi-Agency Risk Assessment Conference"]], widths=[3.5, 13], font_size=10)
    d.h("Appendix 2: Action plan", "2", "Action plan", 1, "action_plan", style="bold")
    rows = []

    def act(rec, text, lead_txt, lead, officer, date, status):
        d.ap_row(rec, text, lead, officer, iso_date(date), date, status)
        rows.append([rec, text, f"{lead_txt} – {officer}", date, status])

    act("1", "Introduce a victim-based flag that follows the person, not the address.",
        "Police", "Police", "Head of Public Protection", "31.12.19", "In progress")
    act("1", "Report findings to the CSP Board.", "Police", "Police",
        "Head of Public Protection", "Q1 2020", "Not started")
    act("2", "Amend the IDVA contact procedure and brief all IDVAs.", "BHDAS",
        "Domestic Abuse Services", "Service Manager", "30.09.19", "Complete")
    act("3", "Add 'seeing the patient alone' guidance to ED domestic abuse training.", "BHUH",
        "NHS Trust", "Named Nurse, Adult Safeguarding", "March 2020", "In progress")
    act("4", "Amend MARAC operating protocol to include housing provider notification on "
        "moves.", "MARAC", "MARAC", "MARAC Coordinator", "31.10.19", "In progress")
    act("5", "Launch sanctuary scheme offer for new tenants fleeing abuse.", "HH", "Housing",
        "Tenancy Services Manager", "Ongoing", "In progress")
    act("6", "Letter to the Home Office.", "CSP", "Community Safety Partnership",
        "CSP Manager", "30.09.19", "Complete")
    d.table(["Rec", "Action", "Lead", "Target date", "Status"], rows,
            widths=[1.2, 7.3, 4.5, 2.2, 2.2], font_size=9)
    return d
