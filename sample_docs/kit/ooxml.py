"""Low-level WordprocessingML helpers shared by the document models of the kit.

python-docx has no API for numbering, fields, cell shading or repeated header rows, so the few
XML elements the sample documents need are written here.  Every helper writes exactly the XML
the sample documents were generated with (the committed .docx files are byte-for-byte
reproducible), so change them only together with the documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w_el(tag: str, **attrs: Any) -> Any:
    """An element ``tag`` ("w:numPr") with ``w:``-namespaced attributes."""
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), str(v))
    return el


def add_field(paragraph: Any, instr: str, placeholder: str = "1",
              font_size: float | None = None) -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``) as five runs: begin, instruction,
    separate, cached ``placeholder`` text, end.

    LibreOffice evaluates PAGE/NUMPAGES when it lays out the document, so the cached
    ``placeholder`` only matters for readers that do not evaluate fields (python-docx).
    """
    def run_with(child: Any) -> None:
        r = paragraph.add_run()
        if font_size:
            r.font.size = Pt(font_size)
        r._r.append(child)

    run_with(w_el("w:fldChar", fldCharType="begin"))
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run_with(instr_el)
    run_with(w_el("w:fldChar", fldCharType="separate"))
    r = paragraph.add_run(placeholder)
    if font_size:
        r.font.size = Pt(font_size)
    run_with(w_el("w:fldChar", fldCharType="end"))


def add_field_one_run(paragraph: Any, instr: str, font_size: float = 8.5) -> None:
    """The same field packed into a single run (begin, instruction, separate, "1", end)."""
    r = paragraph.add_run()
    r.font.size = Pt(font_size)
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"),
                      ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {txt} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._r.append(el)


def set_numpr(paragraph: Any, num_id: int, ilvl: int = 0, *, after_style: bool = True) -> None:
    """Attach Word auto-numbering (``w:numPr``) to a paragraph.

    ``after_style=True`` replaces an existing numPr and puts the new one right after
    ``w:pStyle`` (valid for the elements python-docx creates); ``False`` simply inserts it as
    the first child of ``w:pPr``.
    """
    pPr = paragraph._p.get_or_add_pPr()
    numPr = w_el("w:numPr")
    numPr.append(w_el("w:ilvl", val=ilvl))
    numPr.append(w_el("w:numId", val=num_id))
    if not after_style:
        pPr.insert(0, numPr)
        return
    for old in pPr.findall(qn("w:numPr")):
        pPr.remove(old)
    style = pPr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def insert_abstract_num(numbering_el: Any, abstract: Any) -> None:
    """abstractNum definitions must precede every w:num."""
    first_num = numbering_el.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering_el.append(abstract)


def shade_cell(cell: Any, fill: str) -> None:
    """Background colour of a table cell (``w:shd`` fill, hex RGB)."""
    cell._tc.get_or_add_tcPr().append(w_el("w:shd", val="clear", color="auto", fill=fill))


def repeat_header_row(row: Any) -> None:
    """Mark a table row as a header row that repeats on every page."""
    row._tr.get_or_add_trPr().append(w_el("w:tblHeader", val="true"))


def set_table_widths(table: Any, widths_cm: Any) -> None:
    """Fixed column widths: grid columns and every cell."""
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=False):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for ci, w in enumerate(widths_cm):
            row.cells[ci].width = Cm(w)


@dataclass
class Level:
    """One level of a numbering definition."""

    fmt: str = "decimal"          # decimal | bullet | lowerLetter | lowerRoman ...
    text: str = "%1."             # lvlText, e.g. "%1.", "%1.%2", "%1)", "\u2022"
    left: int = 720               # indent in twips
    hanging: int = 360
    start: int = 1
    font: str | None = None       # e.g. "Symbol" for bullets


class Numbering:
    """Adds w:abstractNum / w:num definitions to a document's numbering part.

    Ids continue after the template's own definitions, or start at ``first_id`` (both the
    abstractNumId and the numId counters)."""

    def __init__(self, document: Any, first_id: int | None = None):
        self.el = document.part.numbering_part.element
        if first_id is None:
            abs_ids = [int(a.get(qn("w:abstractNumId")))
                       for a in self.el.findall(qn("w:abstractNum"))]
            num_ids = [int(n.get(qn("w:numId"))) for n in self.el.findall(qn("w:num"))]
            self._next_abs = max([*abs_ids, 0]) + 1
            self._next_num = max([*num_ids, 0]) + 1
        else:
            self._next_abs = self._next_num = first_id

    def abstract(self, levels: Sequence[Level], multilevel: bool = False) -> int:
        abs_id = self._next_abs
        self._next_abs += 1
        a = w_el("w:abstractNum", abstractNumId=abs_id)
        a.append(w_el("w:multiLevelType", val="multilevel" if multilevel else "hybridMultilevel"))
        for i, lv in enumerate(levels):
            lvl = w_el("w:lvl", ilvl=i)
            lvl.append(w_el("w:start", val=lv.start))
            lvl.append(w_el("w:numFmt", val=lv.fmt))
            lvl.append(w_el("w:lvlText", val=lv.text))
            lvl.append(w_el("w:lvlJc", val="left"))
            ppr = w_el("w:pPr")
            ppr.append(w_el("w:ind", left=lv.left, hanging=lv.hanging))
            lvl.append(ppr)
            if lv.font:
                rpr = w_el("w:rPr")
                rpr.append(w_el("w:rFonts", ascii=lv.font, hAnsi=lv.font, hint="default"))
                lvl.append(rpr)
            a.append(lvl)
        insert_abstract_num(self.el, a)
        return abs_id

    def num(self, abs_id: int, restart: int | None = None) -> int:
        """A concrete list instance; ``restart`` adds lvlOverride/startOverride on level 0."""
        num_id = self._next_num
        self._next_num += 1
        n = w_el("w:num", numId=num_id)
        n.append(w_el("w:abstractNumId", val=abs_id))
        if restart is not None:
            ov = w_el("w:lvlOverride", ilvl=0)
            ov.append(w_el("w:startOverride", val=restart))
            n.append(ov)
        self.el.append(n)
        return num_id


R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class Footnotes:
    """Real Word footnotes: :meth:`add` puts a superscript reference into a paragraph,
    :meth:`finish` writes ``word/footnotes.xml`` (notes in ``note_size`` points).

    ``fmt`` is the XML the documents were generated with: ``"block"`` (the block model) or
    ``"report"`` (``ReportBuilder``: the note marker is sized too, no space after the note, no
    ``r`` namespace, double-quoted XML declaration)."""

    def __init__(self, document: Any, note_size: float, fmt: str = "block"):
        assert fmt in ("block", "report"), fmt
        self.document, self.note_size, self.fmt = document, note_size, fmt
        self.notes: list[str] = []

    def add(self, paragraph: Any, text: str) -> int:
        self.notes.append(text)
        fid = len(self.notes)
        r = paragraph.add_run()
        r._r.get_or_add_rPr().append(w_el("w:vertAlign", val="superscript"))
        r._r.append(w_el("w:footnoteReference", id=fid))
        return fid

    def xml(self) -> bytes:
        report = self.fmt == "report"
        sz = f'<w:sz w:val="{int(self.note_size * 2)}"/>'
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, t in enumerate(self.notes, start=1):
            notes.append(
                f'<w:footnote w:id="{i}"><w:p>'
                + ('<w:pPr><w:spacing w:after="0"/></w:pPr>' if report else "")
                + f'<w:r><w:rPr><w:vertAlign w:val="superscript"/>{sz if report else ""}</w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:rPr>{sz}</w:rPr>'
                f'<w:t xml:space="preserve"> {xml_escape(t)}</w:t></w:r></w:p></w:footnote>')
        if report:
            decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            root = f'<w:footnotes xmlns:w="{W_NS}">'
        else:
            decl = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            root = f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        return (decl + root + "".join(notes) + "</w:footnotes>").encode("utf-8")

    def finish(self) -> None:
        """Add the footnotes part (only if there are notes)."""
        if not self.notes:
            return
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, self.xml(),
                    self.document.part.package)
        self.document.part.relate_to(part, RT.FOOTNOTES)
