"""Generate the small test PDFs used by ``tests/test_pdf_parser.py``.

Run from anywhere: ``python tests/data/pdf/make.py``. Needs python-docx, pillow, pypdfium2 and
LibreOffice (``soffice``) on PATH. The generated PDFs are committed, so the tests themselves need
none of these tools. Every text in here is synthetic.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent

FILLER = (
    "The practitioners who worked with the family described a busy service in which referrals "
    "were screened quickly and information was not always shared with partner agencies. "
    "The review heard that supervision focused on case management rather than reflection, and "
    "that the voice of the adult was rarely recorded in the case notes."
)


# --------------------------------------------------------------------------- docx helpers
def _field(paragraph, instr: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to a paragraph."""
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        else:
            run.text = text


def _base_document() -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(8)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        s = doc.styles[name]
        s.font.name = "Liberation Sans"
        s.font.bold = True
        s.font.color.rgb = None
    doc.styles["Title"].font.size = Pt(22)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    sec.left_margin = sec.right_margin = Cm(2.5)
    return doc


def _heading(doc: Document, text: str, level: int) -> None:
    p = doc.add_paragraph(text, style=f"Heading {level}")
    p.paragraph_format.keep_with_next = True


def _add_footnotes_part(doc: Document, notes: dict[int, str]) -> None:
    """python-docx cannot write footnotes: add a minimal footnotes.xml part by hand."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        (
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        ),
    ]
    for nid, text in notes.items():
        body.append(
            f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">{"".join(body)}</w:footnotes>'
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, nid: int) -> None:
    run = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(nid))
    run._r.append(ref)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)


# --------------------------------------------------------------------------- documents
def make_report() -> Document:
    """A 6-7 page review: running header/footer, TOC, headings, lists, footnote, page-spanning
    paragraph and a table spanning two pages."""
    doc = _base_document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "STRICTLY CONFIDENTIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    _field(fp, "PAGE")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES")

    doc.core_properties.title = "Safeguarding Adults Review: Adult K"
    doc.core_properties.author = "Northshire Safeguarding Adults Board"
    doc.add_paragraph("Safeguarding Adults Review: Adult K", style="Title")
    doc.add_paragraph("Overview report prepared for the Northshire Safeguarding Adults Board.")
    contents = doc.add_paragraph("Contents")
    contents.runs[0].bold = True
    contents.runs[0].font.size = Pt(14)
    toc = [
        ("1. Introduction", "2"),
        ("1.1 Scope of the review", "2"),
        ("2. Background", "3"),
        ("3. Key lines of enquiry", "3"),
        ("4. Findings", "4"),
        ("5. Recommendations", "5"),
        ("Appendix A: Action plan", "6"),
    ]
    for title, page in toc:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(f"{title}\t{page}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _heading(doc, "1. Introduction", 1)
    doc.add_paragraph(
        "This review was commissioned by the Board after the death of Adult K in 2025. It looks "
        "at how agencies worked together and what can be learned for the future."
    )
    # Forced line break after a hyphen: the PDF line ends in "safe-" and the next starts
    # "guarding", as automatic hyphenation would render it.
    p = doc.add_paragraph("The review considers the wider safe-")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("guarding arrangements in Northshire and the multi-")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("agency response to self-neglect.")
    # Ligature code points, in a font that has the glyphs so they stay in line.
    p = doc.add_paragraph()
    r = p.add_run(
        "The panel's \ufb01ndings were \ufb02agged to the Board in an e\ufb03cient manner "
        "and the \u201cvoice of the adult\u201d was heard."
    )
    r.font.name = "DejaVu Sans"
    r.font.size = Pt(11)
    p = doc.add_paragraph("Agencies were asked to provide chronologies and reports")
    _footnote_ref(p, 1)
    p.add_run(" for the period under review.")
    _heading(doc, "1.1 Scope of the review", 2)
    doc.add_paragraph("The review covers the period from January 2023 to March 2025.")
    doc.add_paragraph(FILLER)
    doc.add_paragraph(FILLER)
    # A long paragraph that starts mid-page and runs over the page break.
    long = " ".join(
        f"Sentence {i} of the long paragraph records that agency {i} held relevant information."
        for i in range(1, 31)
    )
    doc.add_paragraph("LONGPARA-START " + long + " LONGPARA-END")
    _heading(doc, "2. Background", 1)
    doc.add_paragraph(FILLER)
    doc.add_paragraph(FILLER)

    _heading(doc, "3. Key lines of enquiry", 1)
    doc.add_paragraph("The panel agreed the following key lines of enquiry:")
    for i, text in enumerate(
        [
            "How effectively did agencies share information about risk?",
            "Was the adult's mental capacity assessed when decisions were made?",
            "Were escalation procedures used when concerns were not resolved?",
        ],
        start=1,
    ):
        p = doc.add_paragraph(f"{i}.\t{text}")
        p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.first_line_indent = Cm(-1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1))
    for text in ("Adult social care", "Northshire Police", "The GP practice"):
        doc.add_paragraph(text, style="List Bullet")

    _heading(doc, "4. Findings", 1)
    # Its length places recommendation 2 across the page 3/4 break.
    doc.add_paragraph(FILLER.split(". ")[0] + ".")
    _heading(doc, "5. Recommendations", 1)
    recs = [
        "The Board should seek assurance that partner agencies record the voice of the adult.",
        (
            "Adult social care should review its self-neglect procedures within six months, "
            "involving people with lived experience, practitioners from every partner agency, "
            "housing providers, the ambulance service and the voluntary sector, so that the "
            "revised procedures describe how risk is assessed and shared, how escalation works "
            "when a person declines support, and how the Board will know that the procedures "
            "are being followed in practice, with a report to the Board CROSSPAGE-END."
        ),
        (
            "Northshire Police should ensure that concerns are escalated through the escalation "
            "protocol."
        ),
    ]
    for i, text in enumerate(recs, start=1):
        p = doc.add_paragraph()
        r = p.add_run(f"Recommendation {i}: ")
        r.bold = True
        p.add_run(text)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _heading(doc, "Appendix A: Action plan", 1)
    doc.add_paragraph(FILLER)
    doc.add_paragraph(FILLER)
    table = doc.add_table(rows=1, cols=3)
    _borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    for cell, text in zip(hdr.cells, ("Recommendation", "Action", "Lead agency")):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(hdr)
    for i in range(1, 25):
        cells = table.add_row().cells
        cells[0].text = f"R{i}"
        cells[1].text = f"Action number {i}: review the procedure and report progress to the Board"
        cells[2].text = ("Adult social care", "Northshire Police", "Integrated Care Board")[i % 3]
    doc.add_paragraph("TABLE-END This paragraph follows the action plan table.")
    _add_footnotes_part(doc, {1: "Chronologies were received from eleven agencies in 2025."})
    return doc


def make_browser() -> Document:
    """Three pages printed 'from a browser': date/time + title header, URL + N/M footer."""
    doc = _base_document()
    sec = doc.sections[0]
    sec.header_distance = Cm(0.6)
    sec.footer_distance = Cm(0.6)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    r = hp.add_run("25/11/2026, 14:32\tSafeguarding Adults Review: Mr J - GOV.UK")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("https://www.example.gov.uk/government/publications/sar-mr-j\t")
    r.font.size = Pt(8)
    _field(fp, "PAGE")
    fp.add_run("/")
    _field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)
    doc.add_paragraph("Safeguarding Adults Review: Mr J", style="Title")
    for n in range(1, 4):
        _heading(doc, f"{n}. Section {n}", 1)
        for k in range(4):
            doc.add_paragraph(f"Paragraph {n}.{k} reports that in 2024 there were {10 * n + k} contacts. " + FILLER)
        if n < 3:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return doc


def make_two_column() -> Document:
    """A learning brief with a clean two-column page."""
    doc = _base_document()
    doc.add_paragraph("Seven minute briefing: Adult K", style="Title")
    sec = doc.add_section(0)  # continuous section break
    cols = sec._sectPr.xpath("./w:cols")
    el = cols[0] if cols else OxmlElement("w:cols")
    el.set(qn("w:num"), "2")
    el.set(qn("w:space"), "720")
    if not cols:
        sec._sectPr.append(el)
    for i in range(1, 3):
        doc.add_paragraph(f"LEFT{i} " + FILLER)
    # LEFT3 runs on from the foot of the left column to the top of the right one
    p = doc.add_paragraph("LEFT3 " + FILLER.replace(" rarely recorded in the case notes.", ""))
    p.add_run().add_break(WD_BREAK.COLUMN)
    p.add_run("rarely recorded in the case notes, CONTINUED at the top of the right column.")
    for i in range(1, 4):
        doc.add_paragraph(f"RIGHT{i} " + FILLER)
    return doc


def make_landscape() -> Document:
    doc = _base_document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    _heading(doc, "Action plan", 1)
    table = doc.add_table(rows=1, cols=4)
    _borders(table)
    for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation", "Lead", "Due")):
        cell.text = text
    for i in range(1, 6):
        c = table.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = (
            str(i), f"Agencies should implement change {i}", "Board", "March 2027")
    doc.add_paragraph("Progress will be reported to the Board every quarter.")
    return doc


# --------------------------------------------------------------------------- conversion
def _soffice(docx: Path, outdir: Path, filter_opts: str | None = None) -> Path:
    target = "pdf" if filter_opts is None else f"pdf:writer_pdf_Export:{filter_opts}"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )
    return outdir / (docx.stem + ".pdf")


def _image_page_pdf(out: Path, lines: list[str]) -> None:
    """An image-only (scanned) PDF page: text rendered to a JPEG and embedded with pypdfium2."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    img = Image.new("L", (620, 877), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((60, 60 + 22 * i), line, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=40)
    buf.seek(0)
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    image = pdfium.PdfImage.new(pdf)
    image.load_jpeg(buf, inline=True)
    image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
    page.insert_obj(image)
    page.gen_content()
    pdf.save(out)
    pdf.close()


def _text_pdf(out: Path, pages: list[tuple[float, float, int, list[tuple[str, float, float, tuple]]]]) -> None:
    """Write a PDF from text objects placed one by one (content-stream order = list order).

    Each page is (width, height, rotate, [(text, x, y, matrix_abcd)]), Helvetica 10 pt.
    """
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    pdf = pdfium.PdfDocument.new()
    for width, height, rotate, items in pages:
        page = pdf.new_page(width, height)
        for text, x, y, (a, b, cc, d), *font in items:
            if text is None:  # a small filled square: a list bullet drawn as a shape
                obj = c.FPDFPageObj_CreateNewRect(x, y, a, d)
                c.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
                c.FPDFPath_SetDrawMode(obj, c.FPDF_FILLMODE_WINDING, 0)
                c.FPDFPage_InsertObject(page.raw, obj)
                continue
            face = font[0] if font else b"Helvetica"
            obj = c.FPDFPageObj_NewTextObj(pdf.raw, face, ctypes.c_float(10))
            data = (text + "\0").encode("utf-16-le")
            buf = ctypes.create_string_buffer(data, len(data))
            c.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(c.FPDF_WCHAR)))
            c.FPDFPageObj_Transform(obj, a, b, cc, d, x, y)
            c.FPDFPage_InsertObject(page.raw, obj)
        c.FPDFPage_GenerateContent(page.raw)
        if rotate:
            page.set_rotation(rotate)
        page.close()
    pdf.save(out)
    pdf.close()


def make_interleaved() -> list:
    """A two-column page whose content stream alternates left and right lines (as some DTP
    producers write it), with a full-width title on top."""
    left = [f"Left column line {i} about the review of agency practice" for i in range(1, 13)]
    right = [f"Right column line {i} about the learning for the Board" for i in range(1, 13)]
    left[-1] += "."
    right[-1] += "."
    items = [("Learning brief: interleaved columns and reading order in this document", 60, 780, (1, 0, 0, 1))]
    for i in range(12):
        y = 740 - 12 * i
        items.append((left[i], 60, y, (1, 0, 0, 1)))
        items.append((right[i], 330, y, (1, 0, 0, 1)))
    return [(595, 842, 0, items)]


def make_rotated() -> list:
    """A landscape page stored as portrait content drawn rotated (text runs bottom to top),
    displayed upright through /Rotate 270, as some scanners and printers write it."""
    items = []
    lines = [
        "Action plan drawn sideways on the page.",
        "The Board should review the escalation protocol by March.",
        "Adult social care should audit the self-neglect cases.",
        "Northshire Police should train the public protection unit.",
    ]
    for i, text in enumerate(lines):
        x = 100 + 14 * i  # successive lines move right when the text runs upwards
        items.append((text, x, 100, (0, 1, -1, 0)))  # 90 degrees anticlockwise
    return [(595, 842, 270, items)]


def make_numbered_tops() -> list:
    """Three pages without running headers whose first lines look alike once digits are masked
    (but their numbers do not follow the page numbers), with a bare page number at the foot."""
    pages = []
    for i in range(1, 4):
        items = [(f"In {2020 + i} the panel met {3 * i + 1} times and reviewed {10 * i + 7} cases.",
                  72, 790, (1, 0, 0, 1))]
        for k in range(1, 9):
            items.append((f"Body line {k} of page {i} describes the work of the review panel",
                          72, 760 - 14 * k, (1, 0, 0, 1)))
        items.append((str(i), 297, 40, (1, 0, 0, 1)))
        pages.append((595, 842, 0, items))
    return pages


def make_drawn_bullets() -> list:
    """A list whose bullets are drawn as small filled shapes (as browsers print <ul> discs),
    so the text layer has no bullet characters."""
    items = [("The review recommends that agencies:", 72, 760, (1, 0, 0, 1))]
    for i, text in enumerate(
        ["share chronologies before the strategy meeting;",
         "record the voice of the adult in every assessment;",
         "escalate concerns that are not resolved within ten days."]
    ):
        y = 740 - 16 * i
        items.append((None, 86, y + 2, (4.5, 0, 0, 4.5)))
        items.append((text, 98, y, (1, 0, 0, 1)))
    items.append(("The Board will monitor progress every quarter.", 72, 680, (1, 0, 0, 1)))
    return [(595, 842, 0, items)]


def make_bold_leadin() -> list:
    """A bold lead-in that fills the first line of a paragraph, then plain text."""
    u = (1, 0, 0, 1)
    lines = [
        ("Recommendation 1: The Board should seek assurance that every partner", b"Helvetica-Bold"),
        ("agency records the voice of the adult in its assessments and that the records are",
         b"Helvetica"),
        ("audited every year by the quality assurance group of the Board, with the results",
         b"Helvetica"),
        ("reported to the Board.", b"Helvetica"),
        ("Recommendation 2: Adult social care should review the self-neglect procedures.",
         b"Helvetica"),
    ]
    items = [(t, 72, 760 - 14 * i - (10 if i == 4 else 0), u, f) for i, (t, f) in enumerate(lines)]
    return [(595, 842, 0, items)]


def _append_pdf(base: Path, extra: Path, out: Path) -> None:
    import pypdfium2 as pdfium

    a = pdfium.PdfDocument(base)
    b = pdfium.PdfDocument(extra)
    a.import_pages(b)
    a.save(out)
    a.close()
    b.close()


def main() -> int:
    if not shutil.which("soffice"):
        print("LibreOffice (soffice) is needed to regenerate the test PDFs", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        built = {}
        for name, maker in (
            ("report", make_report),
            ("browser", make_browser),
            ("two_column", make_two_column),
            ("landscape", make_landscape),
        ):
            path = t / f"{name}.docx"
            maker().save(path)
            built[name] = path
            shutil.copy(_soffice(path, t), HERE / f"{name}.pdf")
        opts = json.dumps(
            {
                "EncryptFile": {"type": "boolean", "value": "true"},
                "DocumentOpenPassword": {"type": "string", "value": "secret"},
            }
        )
        enc_dir = t / "enc"
        enc_dir.mkdir()
        shutil.copy(_soffice(built["landscape"], enc_dir, opts), HERE / "encrypted.pdf")

    data = (HERE / "report.pdf").read_bytes()
    (HERE / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (HERE / "empty.pdf").write_bytes(b"")
    _text_pdf(HERE / "interleaved.pdf", make_interleaved())
    _text_pdf(HERE / "rotated.pdf", make_rotated())
    _text_pdf(HERE / "numbered_tops.pdf", make_numbered_tops())
    _text_pdf(HERE / "drawn_bullets.pdf", make_drawn_bullets())
    _text_pdf(HERE / "bold_leadin.pdf", make_bold_leadin())
    _image_page_pdf(HERE / "scanned.pdf", ["Safeguarding Adults Review", "This page is a scan."])
    _append_pdf(HERE / "landscape.pdf", HERE / "scanned.pdf", HERE / "mixed_scan.pdf")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.save(HERE / "no_pages.pdf")
    pdf.close()
    for p in sorted(HERE.glob("*.pdf")):
        print(f"{p.name:20s} {p.stat().st_size:8d} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
