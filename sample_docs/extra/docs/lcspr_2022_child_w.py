"""LCSPR, Stanwick Safeguarding Children Partnership, 2022, printed from a browser with the
browser's own header and footer.  'Part N:' headings, KLOEs as questions, 'Finding N' sub-heads
with 'Recommendation 2a / 2b', a possessive owner, an owner named after an opening clause, and a
reference list citing a book called 'Recommendations for practice'."""

from sample_docs.kit.doc import Doc

NAME = "lcspr_2022_child_w"

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #222; }
h2 { font-size: 15pt; color: #5b2a86; border-bottom: 2px solid #5b2a86; padding-bottom: 3px;
     margin-top: 22px; }
h3 { font-size: 12pt; color: #5b2a86; margin: 16px 0 6px; }
p { margin: 0 0 8px; text-align: justify; }
p.ind { padding-left: 2.2em; text-indent: -2.2em; }
.title { color: #5b2a86; }
ul { margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 8px 0 14px; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #ece3f5; }
.refs p { font-size: 9pt; padding-left: 2em; text-indent: -2em; }
"""


def build() -> Doc:
    d = Doc(NAME, producer="html", document_type="lcspr",
            title="Local Child Safeguarding Practice Review: Child W", subjects=["Child W"],
            area="Stanwick Safeguarding Children Partnership", publication_date="2022-11-09",
            split="dev",
            style=dict(house="compact", css=CSS, browser_header_footer=True,
                       html_title="LCSPR Child W | Stanwick Safeguarding Children Partnership"))
    d.line("Stanwick Safeguarding Children Partnership", size=11, align="left", bold=True,
           color="5b2a86")
    d.title("Local Child Safeguarding Practice Review: Child W", size=22, align="left", space_after=10)
    d.line("Independent reviewer: Priya Venkataraman  |  Published 9 November 2022",
           align="left", italic=True, size=None)
    d.line("Child W was 14 years old. This review is published with the agreement of Child "
           "W's mother, who asked that the report use the name 'W' and describe her son as a "
           "funny, loyal boy who loved fishing and drawing.", align="left", italic=True, size=None)

    d.h("Part 1: Introduction", "1", "Introduction", 1, "introduction")
    d.p("Child W was seriously injured in March 2021 when he was assaulted by two older young "
        "men in a park near his home. At the time he had been missing from home overnight on "
        "eleven occasions in the previous four months, and he had been excluded from school "
        "for a fixed period twice. The safeguarding partners in Stanwick (Stanwick Borough "
        "Council, Stanwick Police and NHS Stanwick and Lowfield Integrated Care Board) "
        "decided after a rapid review that a local child safeguarding practice review should "
        "be carried out, because the case raised questions about how agencies identify and "
        "respond to child criminal exploitation.")
    d.p("The review used a learning approach. Agencies provided chronologies and reflective "
        "reports, and two practitioner events were held in June and July 2022. Child W and "
        "his mother both spoke to the reviewer; their words appear throughout this report.")
    d.h("Part 2: Scope and key lines of enquiry", "2", "Scope and key lines of enquiry", 1,
        "terms_of_reference")
    d.scope("The review considered the period from 1 September 2019, when Child W started at "
            "secondary school, to the date of the assault on 27 March 2021.")
    d.p("The partners asked the review to answer the following questions:")
    for i, t in enumerate([
            "How well did professionals recognise that Child W's missing episodes and "
            "changes in behaviour could indicate criminal exploitation?",
            "Were the return home interviews completed, and was the information from them "
            "used?",
            "How did the school's behaviour and exclusion processes take account of the "
            "risks outside the home?",
            "To what extent were Child W's own views, and those of his mother, heard and acted "
            "upon?"], 1):
        d.kloe(str(i), t, label=f"{i}.")
    d.p("The review was not asked to consider the criminal investigation into the assault, "
        "which has concluded.")
    d.h("Part 3: Child W and his family", "3", "Child W and his family", 1, "background")
    d.p("Child W lived with his mother and his younger sister. His father lived in another "
        "part of the country and had not been in contact since Child W was eight. Child W's "
        "mother worked long shifts as a care assistant. She described her son as someone "
        "who 'went quiet rather than angry' when he was worried.")
    d.p("'I told everybody he was frightened. Nobody asked him what of.' (Child W's mother)",
        italic=True)
    d.h("Part 4: What happened", "4", "What happened", 1, "chronology")
    d.p("In Year 7 Child W's attendance was good and he was described as quiet. Early in Year "
        "8 he began to arrive late and to be found in areas of the school where he should not "
        "have been. In January 2020 he was found with a large sum of cash, which he said "
        "belonged to a cousin. The school recorded the incident as a behaviour matter.")
    d.p("During the first national lockdown Child W was not seen by any professional between "
        "March and June 2020. In autumn 2020 he was reported missing by his mother eleven "
        "times. Return home interviews were offered on seven occasions and completed twice. "
        "On four occasions Child W was found in a neighbouring town, in the company of "
        "adults who were known to the police.")
    d.p("A referral to Children's Services in November 2020 led to a single assessment that "
        "concluded that Child W's needs could be met through early help. The assessment "
        "recorded that his mother 'was struggling to set boundaries'. A child exploitation "
        "screening tool was completed by the police in December 2020 and scored Child W as "
        "medium risk, but it was not shared with the school.")
    d.h("Part 5: Findings and recommendations", "5", "Findings and recommendations", 1,
        "findings")
    d.h("Finding 1: The signs of exploitation were seen as behaviour", None,
        "Finding 1: The signs of exploitation were seen as behaviour", 2,
        "findings")
    d.p("Each agency held part of the picture. The school saw lateness, cash and defiance; the "
        "police saw missing episodes and concerning associates; the early help worker saw a "
        "mother struggling with a teenager. The language in records, such as 'choosing to "
        "associate' and 'putting himself at risk', placed responsibility on Child W. National "
        "research has repeatedly shown that this framing delays a protective response.")
    d.rec(d.R("1", "The Partnership's Learning and Improvement Sub-group should develop and deliver "
          "a multi-agency learning programme on the language used to describe exploited "
          "children, and should audit records in a sample of exploitation cases to test "
          "whether practice has changed.", ["Safeguarding Children Partnership"], finding="1",
          scope="multi_agency"), style="lead", label="Recommendation 1", key="1")
    d.h("Finding 2: Exclusion increased the time Child W spent with people who harmed him", None,
        "Finding 2: Exclusion increased the time Child W spent with people who harmed him", 2,
        "findings")
    d.p("The two fixed-term exclusions were decided under the school's behaviour policy "
        "without reference to the exploitation screening, which the school had not seen. "
        "During both exclusions Child W was reported missing. Practitioners at the learning "
        "event described exclusion as 'the one lever schools have', but also recognised that "
        "it can remove the only safe adult a child sees each day.")
    d.rec(d.R("2a", "Working with schools, the Local Authority should agree a protocol so that, "
          "before a child known to be at risk of exploitation is excluded, the school holds a "
          "multi-agency discussion and records a safety plan for the period of exclusion.",
          ["Local Authority"], targets=["Education"], finding="2",
          scope="multi_agency"), style="lead", label="Recommendation 2a", key="2a")
    d.rec(d.R("2b", "Stanwick Children's Services should ensure that the outcome of every child "
          "exploitation screening is shared with the child's school within two working days.",
          ["Children's Social Care"], scope="single_agency", finding="2"),
          style="lead", label="Recommendation 2b", key="2b")
    d.h("Finding 3: Return home interviews were offered but not pursued", None,
        "Finding 3: Return home interviews were offered but not pursued",
        2, "findings")
    d.p("Child W refused most return home interviews. He told the reviewer that he would have "
        "talked to 'someone who wasn't going to write it all down and tell the police'. The "
        "commissioned service closed each offer after one refusal, in line with its contract.")
    d.rec(d.R("3", "When the return home interview service is next commissioned, Stanwick Borough "
          "Council should require that the provider makes at least three attempts, by "
          "different means, before an offer is closed, and that a trusted adult is asked to "
          "help where the child refuses.", ["Local Authority"], finding="3",
          scope="single_agency"), style="lead", label="Recommendation 3", key="3")
    d.h("Part 6: Conclusion", "6", "Conclusion", 1, "conclusions")
    d.p("Child W was a child who was being exploited, and he knew he was in danger. The "
        "professionals who worked with him were committed and several went beyond what their "
        "role required. What was missing was a shared understanding of what was happening to "
        "him and a plan that every agency knew about. The partners have accepted the four "
        "recommendations and their response will be published alongside this report.")
    d.p("The reviewer thanks Child W and his mother for their generosity and courage.")
    d.h("References", None, "References", 1, "other")
    d.raw_html("<div class='refs'>")
    for r in [
            "Firmin, C. (2020) Contextual Safeguarding and Child Protection: Rewriting the "
            "Rules. Abingdon: Routledge.",
            "Child Safeguarding Practice Review Panel (2020) It was hard to escape: "
            "safeguarding children at risk from criminal exploitation. London: CSPRP.",
            "Hallworth, J. and Dunne, T. (2018) Exploitation and exclusion: recommendations "
            "for practice in secondary schools. Bristol: Fenwick Press.",
            "Oduya, R. (2019) Recommendations for practice: working with adolescents at risk "
            "outside the home. 2nd edn. London: Kestrel Books."]:
        d.p(r)
    d.raw_html("</div>")
    return d
