"""Generate the small .docx fixtures used by tests/parsers/test_docx_parser.py.

Run from the repository root: ``python tests/data/docx/make.py``. The outputs are committed; the
tests do not regenerate them (except :func:`make_big`, which builds a large document in a
temporary directory for the speed test). python-docx has no API for numbering definitions,
fields, tracked changes, content controls or rendered page breaks, so those are written as raw
WordprocessingML with lxml.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
W = nsdecls("w")
FIXED_DATE = dt.datetime(2024, 3, 1, 9, 30, tzinfo=dt.timezone.utc)


def new_document(title: str = "") -> docx.document.Document:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "reviewminer tests"
    cp.title = title
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "reviewminer tests"
    cp.revision = 1
    return d


def xml_para(d: docx.document.Document, inner: str, ppr: str = "") -> None:
    """Append a raw <w:p> (before the final sectPr)."""
    p = parse_xml(f"<w:p {W}><w:pPr>{ppr}</w:pPr>{inner}</w:p>")
    d.element.body.insert(len(d.element.body) - 1, p)


def run(text: str, rpr: str = "") -> str:
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def numbered(d: docx.document.Document, text: str, num_id: int, ilvl: int = 0,
             style: str | None = None) -> None:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    xml_para(d, run(text), ppr)


def add_abstract(d: docx.document.Document, aid: int, levels: list[tuple[str, str, int]],
                 *, extra: dict[int, str] | None = None) -> None:
    """levels: (numFmt, lvlText, start) per ilvl; extra: additional XML per ilvl."""
    numbering = d.part.numbering_part.element
    lv = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{(extra or {}).get(i, "")}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    el = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}">'
                   f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
    # abstractNum elements must precede num elements.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(d: docx.document.Document, num_id: int, aid: int, overrides: str = "") -> None:
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>'
                               f'{overrides}</w:num>'))


# ------------------------------------------------------------------------------------------


def make_headings(path: Path) -> None:
    d = new_document("Serious Case Review: Child T")
    d.add_heading("Serious Case Review: Child T", level=0)  # Title style
    d.add_heading("1 Introduction", level=1)
    d.add_paragraph("This review was commissioned by the Partnership.")
    d.add_heading("Terms of reference", level=2)
    custom = d.styles.add_style("Review Heading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = d.styles["Heading 2"]
    custom.font.size = Pt(13)
    d.add_paragraph("Key lines of enquiry", style="Review Heading")
    xml_para(d, run("Outline level paragraph"), '<w:outlineLvl w:val="2"/>')
    xml_para(d, run("Body text outline level"), '<w:outlineLvl w:val="9"/>')
    p = d.add_paragraph()
    p.add_run("Manual bold heading").bold = True
    p = d.add_paragraph()
    p.add_run("Partly ").bold = True
    p.add_run("bold")
    d.add_paragraph("")  # empty: skipped
    d.add_paragraph("   ")  # whitespace only: skipped
    d.save(path)


def make_numbering(path: Path) -> None:
    d = new_document("Numbering")
    # abstract 10: "1." / "1.1" multi-level; nums 11 and 12 share it, 12 restarts at 1.
    add_abstract(d, 10, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1),
                         ("lowerLetter", "%3)", 1)])
    add_num(d, 11, 10)
    add_num(d, 12, 10, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    add_num(d, 13, 10)  # shares abstract 10, no override: continues
    # abstract 20: letters and romans
    add_abstract(d, 20, [("lowerLetter", "%1)", 1), ("lowerRoman", "(%2)", 1),
                         ("upperLetter", "%3.", 1), ("upperRoman", "%4.", 1)])
    add_num(d, 21, 20)
    # abstract 30: "Recommendation %1:" starting at 5
    add_abstract(d, 30, [("decimal", "Recommendation %1:", 5)])
    add_num(d, 31, 30)
    # abstract 40: bullets
    add_abstract(d, 40, [("bullet", "\uf0b7", 1), ("bullet", "o", 1)])
    add_num(d, 41, 40)
    # abstract 50: legal numbering: level 1 shows roman at level 0 but isLgl forces decimal.
    add_abstract(d, 50, [("upperRoman", "%1.", 1), ("decimal", "%1.%2", 1),
                         ("decimalZero", "%1.%2.%3", 1)],
                 extra={1: "<w:isLgl/>"})
    add_num(d, 51, 50)
    # abstract 60: level 2 never restarts (lvlRestart 0)
    add_abstract(d, 60, [("decimal", "%1.", 1), ("decimal", "%2.", 1)],
                 extra={1: '<w:lvlRestart w:val="0"/>'})
    add_num(d, 61, 60)

    d.add_heading("Recommendations", level=1)
    numbered(d, "The Partnership should review its escalation policy.", 11)
    numbered(d, "Police should share information.", 11, 1)
    numbered(d, "Health should audit referrals.", 11, 1)
    numbered(d, "sub point", 11, 2)
    numbered(d, "Children's social care should train staff.", 11)
    numbered(d, "Back to level two.", 11, 1)
    d.add_paragraph("A second list follows.")
    numbered(d, "Restarted list item.", 12)
    numbered(d, "Second restarted item.", 12)
    numbered(d, "Continues the shared list.", 13)
    numbered(d, "Letter a.", 21)
    numbered(d, "Roman i.", 21, 1)
    numbered(d, "Roman ii.", 21, 1)
    numbered(d, "Roman iii.", 21, 1)
    numbered(d, "Upper letter.", 21, 2)
    numbered(d, "Upper roman.", 21, 3)
    numbered(d, "Letter b.", 21)
    numbered(d, "Board to seek assurance.", 31)
    numbered(d, "Board to monitor.", 31)
    # A tracked deletion of a whole numbered paragraph (text and paragraph mark): gone in the
    # final view, so it does not consume "Recommendation 7:".
    xml_para(d, '<w:del w:id="9" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r>'
             "<w:delText>Deleted recommendation.</w:delText></w:r></w:del>",
             '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="31"/></w:numPr>'
             '<w:rPr><w:del w:id="10" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr>')
    numbered(d, "Board to report.", 31)
    numbered(d, "First bullet", 41)
    numbered(d, "Sub bullet", 41, 1)
    numbered(d, "Legal one", 51)
    numbered(d, "Legal one point one", 51, 1)
    numbered(d, "Zero padded", 51, 2)
    numbered(d, "Never restarts one", 61, 1)
    numbered(d, "Top", 61)
    numbered(d, "Never restarts two", 61, 1)
    numbered(d, "Not numbered (numId 0)", 0)
    numbered(d, "", 11)  # empty numbered paragraph: skipped but still counted (Word)
    numbered(d, "After an empty item.", 11)
    # Numbering inherited from the "List Number" style (numId 5 in python-docx's template).
    d.add_paragraph("Style numbered one", style="List Number")
    d.add_paragraph("Style numbered two", style="List Number")
    d.add_paragraph("Bullet from style", style="List Bullet")
    # Numbered headings: numPr (numId + ilvl, as Word writes it) on the Heading 1/2 styles.
    add_abstract(d, 70, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)],
                 extra={0: '<w:pStyle w:val="Heading1"/>', 1: '<w:pStyle w:val="Heading2"/>'})
    add_num(d, 71, 70)
    for ilvl, sid in enumerate(("Heading1", "Heading2")):
        st = d.styles.element.get_by_id(sid)
        ppr = st.get_or_add_pPr()
        ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl else ""  # Word omits ilvl 0
        ppr.insert(0, parse_xml(f'<w:numPr {W}>{ilvl_xml}<w:numId w:val="71"/></w:numPr>'))
    # A list style: abstractNum 90 holds the levels and names the style (w:styleLink); the
    # numbering style "ReviewList" points at num 91; abstractNum 92 only links to the style
    # (w:numStyleLink) and num 93 uses it. Word shares one counter across 91 and 93.
    add_abstract(d, 90, [("upperLetter", "%1.", 1)], extra={})
    numbering = d.part.numbering_part.element
    abs90 = next(a for a in numbering.findall(qn("w:abstractNum"))
                 if a.get(qn("w:abstractNumId")) == "90")
    abs90.find(qn("w:multiLevelType")).addnext(
        parse_xml(f'<w:styleLink {W} w:val="ReviewList"/>'))
    numbering.find(qn("w:num")).addprevious(parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="92"><w:multiLevelType w:val="multilevel"/>'
        '<w:numStyleLink w:val="ReviewList"/></w:abstractNum>'))
    add_num(d, 91, 90)
    add_num(d, 93, 92)
    d.styles.element.append(parse_xml(
        f'<w:style {W} w:type="numbering" w:customStyle="1" w:styleId="ReviewList">'
        '<w:name w:val="Review List"/><w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr>'
        "</w:style>"))
    numbered(d, "Linked list first", 93)
    numbered(d, "Linked list second", 91)
    d.add_heading("Numbered heading one", level=1)
    d.add_heading("Numbered heading two", level=2)
    d.add_heading("Numbered heading three", level=2)
    d.add_heading("Numbered heading four", level=1)
    d.save(path)


def _cell_xml(content: str, tcpr: str = "") -> str:
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def _p(text: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text)}</w:p>"


def make_tables(path: Path) -> None:
    d = new_document("Tables")
    add_abstract(d, 10, [("decimal", "%1.", 1)])
    add_num(d, 11, 10)
    d.add_paragraph("Before the table.")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).text = "Recommendation"
    t.cell(0, 1).text = "Action"
    t.cell(0, 2).text = "Lead"
    a = t.cell(1, 0).merge(t.cell(2, 0))  # vertical merge
    a.text = "R1 Improve escalation"
    t.cell(1, 1).text = "Write a policy"
    t.cell(1, 2).text = "LSCP"
    t.cell(2, 1).text = "Audit use"
    t.cell(2, 2).text = "Police"
    d.add_paragraph("Between the tables.")
    numbered_cell = _p("Share information", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="11"/>'
                       "</w:numPr>")
    numbered_cell2 = _p("Train staff", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="11"/>'
                        "</w:numPr>")
    nested = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
              + _cell_xml(_p("inner a")) + _cell_xml(_p("inner b")) + "</w:tr></w:tbl>"
              + "<w:p/>")
    tbl = parse_xml(
        f"<w:tbl {W}><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" + _cell_xml(_p("Merged title"), '<w:gridSpan w:val="2"/>')
        + _cell_xml(_p("Owner")) + "</w:tr>"
        "<w:tr>" + _cell_xml(numbered_cell + numbered_cell2) + _cell_xml(nested)
        + _cell_xml(_p("Health")) + "</w:tr></w:tbl>"
    )
    d.element.body.insert(len(d.element.body) - 1, tbl)
    d.add_paragraph("After the tables.")
    d.save(path)


def make_inline(path: Path) -> None:
    """Hyperlinks, tracked changes, hidden text, fields, breaks, header/footer, text boxes."""
    d = new_document("Inline content")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "STRICTLY CONFIDENTIAL header"
    sec.footer.paragraphs[0].text = "Page footer text"
    r_id = d.part.relate_to("https://example.org/report", docx.opc.constants.RELATIONSHIP_TYPE
                            .HYPERLINK, is_external=True)
    xml_para(d, run("See the ") + f'<w:hyperlink {nsdecls("r")} r:id="{r_id}">'
             + run("published report", '<w:rStyle w:val="Hyperlink"/>') + "</w:hyperlink>"
             + run(" online."))
    xml_para(d, run("Kept ") + '<w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z">'
             '<w:r><w:delText>DELETEDTEXT </w:delText></w:r>'
             # some tools write w:t (not w:delText) inside w:del: still deleted
             '<w:r><w:t>DELETEDTEXT2 </w:t></w:r></w:del>'
             + '<w:ins w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z">'
             + run("inserted ") + "</w:ins>" + run("words."))
    xml_para(d, run("Visible ") + run("HIDDENTEXT ", "<w:vanish/>") + run("text."))
    # Complex field with a displayed result, and a simple field.
    xml_para(d, run("Date: ")
             + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             + '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText>'
             + "</w:r>"
             + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("1 March 2024")
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
             + run(" and ") + '<w:fldSimple w:instr=" AUTHOR ">' + run("Jane Reviewer")
             + "</w:fldSimple>")
    xml_para(d, run("Line one") + "<w:r><w:br/></w:r>" + run("line two")
             + "<w:r><w:tab/></w:r>" + run("tabbed") + "<w:r><w:noBreakHyphen/></w:r>"
             + run("joined"))
    xml_para(d, run("Footnote here") + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
             '</w:rPr><w:footnoteReference w:id="1"/></w:r>' + run("."))
    # Inline content control (sdt) inside a paragraph, and a block-level one.
    xml_para(d, run("Agency: ") + "<w:sdt><w:sdtPr><w:alias w:val=\"Agency\"/></w:sdtPr>"
             "<w:sdtContent>" + run("Thurrock Council") + "</w:sdtContent></w:sdt>")
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f"<w:sdt {W}><w:sdtPr><w:alias w:val=\"Block\"/></w:sdtPr><w:sdtContent>"
        + _p("Inside a block content control.") + "</w:sdtContent></w:sdt>"))
    # Text box anchored in a paragraph (DrawingML choice + VML fallback copy).
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    xml_para(d, f'<w:r xmlns:mc="{mc}" xmlns:wps="{wps}"><mc:AlternateContent>'
             '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
             + _p("Key finding in a text box.") + "</w:txbxContent></wps:txbx></w:drawing>"
             "</mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
             + _p("Key finding in a text box.") + "</w:txbxContent></w:pict></mc:Fallback>"
             "</mc:AlternateContent></w:r>" + run("Anchor paragraph."))
    d.save(path)


def make_toc(path: Path) -> None:
    d = new_document("Contents")
    # Word's own spelling: styleId "TOC1", built-in (lower-case) name "toc 1".
    for n in (1, 2):
        d.styles.element.append(parse_xml(
            f'<w:style {W} w:type="paragraph" w:styleId="TOC{n}"><w:name w:val="toc {n}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/></w:style>'))
    d.add_paragraph("Contents", style="TOC Heading")
    # TOC field spanning paragraphs: begin in the first entry, end after the last one.
    xml_para(d, '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             + run("1 Introduction") + "<w:r><w:tab/></w:r>" + run("3"),
             '<w:pStyle w:val="TOC1"/>')
    xml_para(d, run("1.1 Terms of reference") + "<w:r><w:tab/></w:r>" + run("4"),
             '<w:pStyle w:val="TOC2"/>')
    # An entry in a plain style: still inside the TOC field.
    xml_para(d, run("2 Recommendations") + "<w:r><w:tab/></w:r>" + run("9"))
    xml_para(d, '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    # A Word-style TOC content control with a Normal-styled entry.
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f"<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        + _p("Appendix A Glossary 20", '<w:pStyle w:val="Heading1"/>')
        + "</w:sdtContent></w:sdt>"))
    d.add_heading("Introduction", level=1)
    d.add_paragraph("Body text after the contents.")
    d.save(path)

    # A TOC field that is never closed (seen from some generators): the body must survive.
    d = new_document("Unclosed TOC")
    xml_para(d, '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("1 Introduction 3"))
    d.add_heading("Introduction", level=1)
    d.add_paragraph("Body text.")
    d.save(path.with_name("toc_unclosed.docx"))


def make_pages(path: Path) -> None:
    d = new_document("Pages")
    d.add_paragraph("Page one text.")
    d.add_page_break()  # w:br type=page in its own paragraph
    d.add_paragraph("Page two text.")
    p = d.add_paragraph("Page three via pageBreakBefore.")
    p.paragraph_format.page_break_before = True
    # A rendered marker right after the explicit break must not count twice.
    xml_para(d, '<w:r><w:br w:type="page"/></w:r>')
    xml_para(d, '<w:r><w:lastRenderedPageBreak/></w:r>' + run("Page four text."))
    # A paragraph that runs across a rendered page break: page 4 -> 5.
    xml_para(d, run("Starts on four") + '<w:r><w:lastRenderedPageBreak/></w:r>'
             + run(" ends on five."))
    # A w:sectPr ends its section, and its w:type says how *that* section starts. Section 1's
    # type is irrelevant (continuous here); section 2 starts on a new page (page 6); the last
    # section (the body's final sectPr) is continuous, so it stays on page 6.
    xml_para(d, run("Last text of section one."),
             '<w:sectPr><w:type w:val="continuous"/></w:sectPr>')
    d.add_paragraph("Page six text.")
    xml_para(d, run("End of section two."),
             '<w:sectPr><w:type w:val="nextPage"/></w:sectPr>')
    d.add_paragraph("Still page six.")
    # The final body sectPr describes the last section: make it continuous.
    final = d.element.body.sectPr
    final.insert(0, parse_xml(f'<w:type {W} w:val="continuous"/>'))
    d.save(path)


def make_flow(path: Path) -> None:
    """No breaks and no rendered markers: pages can only be estimated from text volume.

    About 40,000 characters of 11 pt text on US Letter: LibreOffice renders it on 11 pages
    with its wide fallback font (the python-docx template names no font); Calibri (Word) would
    need about 9."""
    d = new_document("Flow")
    sentence = ("Agencies did not share information about the risks to the child, and the "
                "response lacked professional curiosity and management oversight. ")
    for i in range(1, 51):
        if i % 10 == 1:
            d.add_heading(f"Part {i // 10 + 1}", level=1)
        d.add_paragraph(f"Paragraph {i}. " + sentence * 4)
    d.save(path)


def make_empty(path: Path) -> None:
    d = new_document("")
    d.add_paragraph("")
    d.add_paragraph("   ")
    d.add_table(rows=1, cols=2)
    d.save(path)


def make_broken(dir_: Path) -> None:
    good = (dir_ / "headings.docx").read_bytes()
    (dir_ / "corrupt.docx").write_bytes(good[: len(good) // 2])  # truncated ZIP
    with zipfile.ZipFile(dir_ / "not_word.docx", "w") as zf:  # a ZIP, but not a .docx
        zf.writestr("hello.txt", "not a word document")
    # Valid ZIP, document.xml is not well-formed XML.
    with zipfile.ZipFile(dir_ / "headings.docx") as src, \
            zipfile.ZipFile(dir_ / "bad_xml.docx", "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    # document.xml's compressed bytes damaged in the middle (CRC/deflate error on reading).
    raw = bytearray((dir_ / "headings.docx").read_bytes())
    with zipfile.ZipFile(dir_ / "headings.docx") as zf:
        info = zf.getinfo("word/document.xml")
    name_len = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    mid = start + info.compress_size // 2
    raw[mid:mid + 16] = bytes(16)
    (dir_ / "bad_deflate.docx").write_bytes(bytes(raw))
    # An OLE container holding an "EncryptedPackage" stream name (what Word writes for a
    # password-protected .docx); just enough bytes for the detection, not a real OLE file.
    (dir_ / "encrypted.docx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
        + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)


def make_big(path: Path, *, pages: int = 100) -> None:
    """A report-like document of roughly ``pages`` pages (about 9 paragraphs and one table
    every two pages), each page ending in an explicit page break."""
    d = new_document("Big review")
    add_abstract(d, 10, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)])
    add_num(d, 11, 10)
    sentence = ("The practitioners involved did not share information about the risks to the "
                "child, and the multi-agency response lacked professional curiosity. ")
    for page in range(pages):
        d.add_heading(f"Section {page + 1}", level=1 if page % 5 == 0 else 2)
        for i in range(8):
            if i % 3 == 0:
                p = d.add_paragraph()
                p.style = d.styles["Normal"]
                pp = p._p.get_or_add_pPr()
                pp.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{i % 2}"/>'
                                       '<w:numId w:val="11"/></w:numPr>'))
                p.add_run(sentence * 2)
            else:
                p = d.add_paragraph()
                p.add_run(sentence)
                p.add_run("Some of it was bold. ").bold = True
                p.add_run(sentence)
        if page % 2 == 0:
            t = d.add_table(rows=4, cols=3)
            for r in range(4):
                for c in range(3):
                    t.cell(r, c).text = f"cell {r}.{c} text"
        d.add_page_break()
    d.save(path)


_DROP = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg")


def slim(path: Path) -> None:
    """Drop parts of python-docx's template no reader needs (keeps the fixtures small)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i)) for i in zin.infolist() if i.filename not in _DROP]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                for name in _DROP:
                    short = name.rsplit("/", 1)[1]
                    text = re.sub(r'<(?:Relationship|Override)\b[^>]*"(?:[^"]*/)?'
                                  + re.escape(short) + r'"[^>]*/>', "", text)
                data = text.encode("utf-8")
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    make_headings(out / "headings.docx")
    make_numbering(out / "numbering.docx")
    make_tables(out / "tables.docx")
    make_inline(out / "inline.docx")
    make_toc(out / "toc.docx")
    make_pages(out / "pages.docx")
    make_flow(out / "flow.docx")
    make_empty(out / "empty.docx")
    for name in ("headings", "numbering", "tables", "inline", "toc", "toc_unclosed", "pages",
                 "flow", "empty"):
        slim(out / f"{name}.docx")
    make_broken(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
