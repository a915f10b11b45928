"""Block document model of the kit (used by ``sample_docs/more/docs/``).

A :class:`Doc` is a list of blocks plus the gold annotations recorded while the blocks are
added.  The same blocks are rendered either to .docx (python-docx, then LibreOffice -> PDF) or
to HTML (then Chromium -> PDF).  Gold text is always the exact string that is written into the
document, so gold and document cannot drift apart.
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import dataclass, field

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from sample_docs.kit import gold as _gold
from sample_docs.kit.ooxml import (
    add_field,
    insert_abstract_num,
    repeat_header_row,
    set_table_widths,
    shade_cell,
)
from sample_docs.kit.ooxml import set_numpr as _set_numpr
from sample_docs.kit.ooxml import w_el as _w

SECTION_KINDS = _gold.SECTION_KINDS
FN_RE = re.compile(r"\[\[fn:(.*?)\]\]")


@dataclass
class Rec:
    number: str | None
    text: str
    parties: list
    kind: str = "recommendation"
    targets: list = field(default_factory=list)
    inferred: bool = False
    scope: str | None = None
    finding: str | None = None
    bullets: list = field(default_factory=list)
    section: str | None = None
    n_locations: int = 0
    registered: bool = False

    @property
    def full_text(self) -> str:
        return " ".join([self.text, *list(self.bullets)])


class Doc:
    def __init__(self, name, *, document_type, title, subjects, area, publication_date, split,
                 producer, style=None):
        self.name = name
        self.meta = dict(document_type=document_type, title=title, subjects=subjects, area=area,
                         publication_date=publication_date, split=split)
        self.producer = producer          # "docx" or "html"
        self.style = dict(font="Arial", size=11, heading_mode="styles", header=None,
                          footer=None, page_numbers="Page {PAGE} of {NUMPAGES}",
                          browser_header_footer=False, margins_cm=2.3, html_font="Arial",
                          columns=1, first_page_header=False, heading_color=None)
        self.style.update(style or {})
        self.blocks: list = []
        self.sections: list = []
        self.loe: list = []
        self.purposes: list = []
        self.scope_facts: list = []
        self.recs: list = []
        self.action_plan: list = []
        self.current_heading = None
        self.toc_entries: list = []

    # ------------------------------------------------------------------ gold-recording blocks
    def title(self, text, size=20, bold=True, align="center", space_after=12, color=None):
        self.blocks.append(("title", text, size, bold, align, space_after, color))

    def line(self, text, size=11, align="center", bold=False, italic=False):
        self.blocks.append(("line", text, size, align, bold, italic))

    def page_break(self):
        self.blocks.append(("pagebreak",))

    def h(self, heading, number, title, level, kind, record=True, in_toc=True):
        assert kind in SECTION_KINDS, kind
        if record:
            self.sections.append(dict(heading=heading, number=number, title=title, level=level,
                                      kind=kind))
        self.current_heading = heading
        self.blocks.append(("h", heading, level, in_toc))

    def runin(self, heading, kind, level=3, number=None, title=None, italic=False):
        """Bold sub-heading standing on its own line (not a heading style)."""
        assert kind in SECTION_KINDS
        self.sections.append(dict(heading=heading, number=number, title=title or heading,
                                  level=level, kind=kind))
        self.current_heading = heading
        self.blocks.append(("runin", heading, italic))

    def contents(self, heading="Contents", entries=None):
        """Typed table of contents. Entries are headings; page numbers filled in pass 2."""
        self.sections.append(dict(heading=heading, number=None, title=heading, level=1,
                                  kind="contents"))
        self.blocks.append(("toc", heading, entries))

    def p(self, text, bold=False, italic=False, align=None, size=None, indent=None):
        self.blocks.append(("p", text, bold, italic, align, size, indent))

    def bullets(self, items, glyph="•", level=0):
        self.blocks.append(("bullets", list(items), glyph, level))

    def numbered(self, items, fmt="{n}.", start=1, auto=True, bold_label=False):
        """Numbered list.  auto=True uses word-processor numbering (docx) / <ol> (html)."""
        self.blocks.append(("numbered", list(items), fmt, start, auto, bold_label))

    def lines_of_enquiry(self, items, fmt="{n}.", auto=True, numbers=None, start=1):
        nums = numbers or [str(start + i) for i in range(len(items))]
        for n, t in zip(nums, items, strict=False):
            self.loe.append(dict(number=n, text=t))
        if numbers and not auto:
            self.blocks.append(("labelled", [(n, t) for n, t in zip(numbers, items, strict=False)], fmt))
        else:
            self.numbered(items, fmt=fmt, auto=auto, start=start)

    def purpose_items(self, items, style="bullets", fmt="{n}."):
        for t in items:
            self.purposes.append(dict(text=t))
        if style == "bullets":
            self.bullets(items)
        elif style == "numbered":
            self.numbered(items, fmt=fmt)
        else:
            for t in items:
                self.p(t)

    def scope_items(self, items, style="bullets"):
        for t in items:
            self.scope_facts.append(dict(text=t))
        if style == "bullets":
            self.bullets(items)
        else:
            for t in items:
                self.p(t)

    def table(self, header, rows, widths=None, repeat_header=True, font_size=9.5,
              merges=(), header_fill="D9E2F3", bold_first_col=False, zebra=False):
        """rows: list of lists of str.  merges: (row, col, nrows) vertical merges; cells
        below the first in a merge should be ''."""
        self.blocks.append(("table", header, rows, widths, repeat_header, font_size,
                            list(merges), header_fill, bold_first_col))

    def landscape(self, on=True):
        self.blocks.append(("orient", "landscape" if on else "portrait"))

    def columns(self, n):
        self.blocks.append(("columns", n))

    # ------------------------------------------------------------------ recommendations
    def R(self, number, text, parties, **kw) -> Rec:
        r = Rec(number=number, text=text, parties=list(parties), **kw)
        return r

    def _register(self, r: Rec, primary: bool):
        r.n_locations += 1
        if not r.registered:
            r.registered = True
            self.recs.append(r)
        if primary or r.section is None:
            r.section = self.current_heading

    def rec(self, r: Rec, style="literal", label=None, primary=True, bold_label=False,
            count=True):
        """Render a recommendation.

        style: literal (label + text in one paragraph), heading (bold label paragraph then
        text), auto (word-processor numbered list item), table handled by caller."""
        if count:
            self._register(r, primary)
        if style == "literal":
            self.blocks.append(("recpara", label, r.text, bold_label))
        elif style == "heading":
            self.blocks.append(("runin", label, False))
            self.blocks.append(("p", r.text, False, False, None, None, None))
        elif style == "auto":
            self.blocks.append(("numbered", [r.text], "{n}.", int(r.number), True, False))
        elif style == "autoparen":
            self.blocks.append(("numbered", [r.text], "{n})", int(r.number), True, False))
        elif style == "plain":
            self.blocks.append(("p", r.text, False, False, None, None, None))
        if r.bullets:
            self.blocks.append(("bullets", list(r.bullets), "•", 1))

    def rec_list(self, recs, fmt="{n}.", primary=True):
        """Several recommendations as one auto-numbered list (numbering restarts here)."""
        for r in recs:
            self._register(r, primary)
        items = [r.text for r in recs]
        start = int(recs[0].number)
        self.blocks.append(("numbered", items, fmt, start, True, False))

    def use(self, r: Rec, primary=False):
        """Record an additional location of r without rendering (caller renders it)."""
        self._register(r, primary)

    def ap_row(self, rec_number, action, lead_agency, lead_officer, date_iso, date_text,
               status):
        self.action_plan.append(dict(recommendation_number=rec_number, action=action,
                                     lead_agency=lead_agency, lead_officer=lead_officer,
                                     target_date=date_iso, target_date_text=date_text,
                                     status=status))

    # ------------------------------------------------------------------ gold
    def gold(self, files):
        """Gold in schema ``reviewminer-gold/2``."""
        recs = [dict(number=r.number, kind=r.kind, text=r.full_text, parties=r.parties,
                     targets=r.targets, inferred=r.inferred, scope=r.scope, finding=r.finding,
                     n_locations=r.n_locations, section=r.section) for r in self.recs]
        return _gold.document(name=self.name, files=files, meta=self.meta,
                              producer=self.producer, sections=self.sections,
                              lines_of_enquiry=self.loe, purposes=self.purposes,
                              scope_facts=self.scope_facts, recommendations=recs,
                              action_plan=self.action_plan)


# ====================================================================== DOCX renderer

class Numbering:
    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        self.next_abs = 900
        self.next_num = 900
        self.abs_cache = {}

    def _abstract(self, kind, fmt, glyph="•"):
        key = (kind, fmt, glyph)
        if key in self.abs_cache:
            return self.abs_cache[key]
        aid = self.next_abs
        self.next_abs += 1
        a = _w("w:abstractNum", abstractNumId=aid)
        a.append(_w("w:multiLevelType", val="hybridMultilevel"))
        for lvl in range(3):
            L = _w("w:lvl", ilvl=lvl)
            L.append(_w("w:start", val=1))
            if kind == "bullet":
                L.append(_w("w:numFmt", val="bullet"))
                g = [glyph, "o", "▪"][lvl]
                L.append(_w("w:lvlText", val=g))
            else:
                nf = {"{n}": "decimal", "{a}": "lowerLetter", "{i}": "lowerRoman"}
                fmt_l = fmt if lvl == 0 else "{a})"
                token = re.search(r"\{(n|a|i)\}", fmt_l).group(0)
                L.append(_w("w:numFmt", val=nf[token]))
                L.append(_w("w:lvlText", val=fmt_l.replace(token, f"%{lvl + 1}")))
            L.append(_w("w:lvlJc", val="left"))
            pPr = _w("w:pPr")
            pPr.append(_w("w:ind", left=720 + 360 * lvl, hanging=360))
            L.append(pPr)
            if kind == "bullet" and glyph in ("", "§", "Ø"):
                rPr = _w("w:rPr")
                rPr.append(_w("w:rFonts", ascii="Wingdings", hAnsi="Wingdings", hint="default"))
                L.append(rPr)
            a.append(L)
        insert_abstract_num(self.numbering, a)
        self.abs_cache[key] = aid
        return aid

    def new(self, kind="decimal", fmt="{n}.", start=1, glyph="•"):
        aid = self._abstract(kind, fmt, glyph)
        nid = self.next_num
        self.next_num += 1
        n = _w("w:num", numId=nid)
        n.append(_w("w:abstractNumId", val=aid))
        ov = _w("w:lvlOverride", ilvl=0)
        ov.append(_w("w:startOverride", val=start))
        n.append(ov)
        self.numbering.append(n)
        return nid


def set_numpr(par, num_id, ilvl=0):
    _set_numpr(par, num_id, ilvl, after_style=False)


FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote></w:footnotes>')


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.part = None
        self.next_id = 1

    def _ensure(self):
        if self.part is None:
            self.part = Part(PackURI("/word/footnotes.xml"),
                             "application/vnd.openxmlformats-officedocument.wordprocessingml."
                             "footnotes+xml", FOOTNOTES_XML.encode(), self.doc.part.package)
            self.doc.part.relate_to(self.part, RT.FOOTNOTES)
            self.xml = parse_xml(FOOTNOTES_XML)

    def add(self, par, text, size):
        self._ensure()
        fid = self.next_id
        self.next_id += 1
        r = par.add_run()
        rPr = r._r.get_or_add_rPr()
        rPr.append(_w("w:vertAlign", val="superscript"))
        r._r.append(_w("w:footnoteReference", id=fid))
        fn = _w("w:footnote", id=fid)
        p = OxmlElement("w:p")
        r1 = OxmlElement("w:r")
        rp1 = OxmlElement("w:rPr")
        rp1.append(_w("w:vertAlign", val="superscript"))
        r1.append(rp1)
        r1.append(OxmlElement("w:footnoteRef"))
        p.append(r1)
        r2 = OxmlElement("w:r")
        rp2 = OxmlElement("w:rPr")
        rp2.append(_w("w:sz", val=int((size - 2) * 2)))
        r2.append(rp2)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = " " + text
        r2.append(t)
        p.append(r2)
        fn.append(p)
        self.xml.append(fn)

    def finish(self):
        if self.part is not None:
            from lxml import etree
            self.part._blob = etree.tostring(self.xml, xml_declaration=True,
                                             encoding="UTF-8", standalone=True)


def _header_footer(section, doc_style, size):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    if doc_style.get("header"):
        left, _, right = doc_style["header"].partition("|")
        if right:
            hp.paragraph_format.tab_stops.add_tab_stop(
                section.page_width - section.left_margin - section.right_margin,
                WD_TAB_ALIGNMENT.RIGHT)
            r = hp.add_run(left.strip() + "\t" + right.strip())
        else:
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(left.strip())
        r.font.size = Pt(size - 2)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc_style.get("footer"):
        r = fp.add_run(doc_style["footer"])
        r.font.size = Pt(size - 2)
        fp = section.footer.add_paragraph()
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pn = doc_style.get("page_numbers")
    if pn:
        parts = re.split(r"(\{PAGE\}|\{NUMPAGES\})", pn)
        for part in parts:
            if part == "{PAGE}":
                add_field(fp, "PAGE", "1", size - 2)
            elif part == "{NUMPAGES}":
                add_field(fp, "NUMPAGES", "1", size - 2)
            elif part:
                rr = fp.add_run(part)
                rr.font.size = Pt(size - 2)


def render_docx(d: Doc, path, toc_pages=None):
    st = d.style
    doc = Document()
    size = st["size"]
    normal = doc.styles["Normal"]
    normal.font.name = st["font"]
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), st["font"])
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(6)
    for i, hs in enumerate([16, 13.5, 12]):
        s = doc.styles[f"Heading {i + 1}"]
        s.font.name = st["font"]
        rf = s.element.rPr.rFonts
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), st["font"])
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        s.font.size = Pt(hs)
        s.font.color.rgb = RGBColor.from_string(st.get("heading_color") or "1F3864")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if st.get("orientation") == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(st["margins_cm"]))
    _header_footer(sec, st, size)
    numbering = Numbering(doc)
    fns = Footnotes(doc)

    def write_runs(par, text, bold=False, italic=False, sz=None):
        pieces = FN_RE.split(text)
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                # support **bold** spans
                for j, sub in enumerate(re.split(r"\*\*", piece)):
                    if not sub:
                        continue
                    r = par.add_run(sub)
                    r.bold = bold or (j % 2 == 1)
                    r.italic = italic
                    if sz:
                        r.font.size = Pt(sz)
            else:
                fns.add(par, piece, size)

    for b in d.blocks:
        kind = b[0]
        if kind == "title":
            _, text, tsize, bold, align, sa, color = b
            par = doc.add_paragraph()
            par.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
            r = par.add_run(text)
            r.bold = bold
            r.font.size = Pt(tsize)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            par.paragraph_format.space_after = Pt(sa)
        elif kind == "line":
            _, text, lsize, align, bold, italic = b
            par = doc.add_paragraph()
            par.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                             "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
            r = par.add_run(text)
            r.font.size = Pt(lsize)
            r.bold = bold
            r.italic = italic
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h":
            _, text, level, _ = b
            if st["heading_mode"] == "styles":
                doc.add_heading(text, level=level)
            else:
                par = doc.add_paragraph()
                r = par.add_run(text)
                r.bold = True
                r.font.size = Pt({1: size + 3, 2: size + 1, 3: size}[level])
                par.paragraph_format.space_before = Pt(12 if level == 1 else 8)
                par.paragraph_format.keep_with_next = True
        elif kind == "runin":
            _, text, italic = b
            par = doc.add_paragraph()
            r = par.add_run(text)
            r.bold = True
            r.italic = italic
            par.paragraph_format.keep_with_next = True
            par.paragraph_format.space_before = Pt(6)
        elif kind == "toc":
            _, heading, entries = b
            doc.add_heading(heading, level=1) if st["heading_mode"] == "styles" else \
                write_runs(doc.add_paragraph(), heading, bold=True, sz=size + 3)
            for e in entries:
                par = doc.add_paragraph()
                par.paragraph_format.tab_stops.add_tab_stop(
                    sec.page_width - sec.left_margin - sec.right_margin - Cm(0.1),
                    WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                par.paragraph_format.space_after = Pt(2)
                pg = (toc_pages or {}).get(e, "0")
                par.add_run(f"{e}\t{pg}")
        elif kind == "p":
            _, text, bold, italic, align, psize, indent = b
            par = doc.add_paragraph()
            if align == "justify" or (align is None and st.get("justify")):
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                par.paragraph_format.left_indent = Cm(indent)
            write_runs(par, text, bold, italic, psize)
        elif kind == "recpara":
            _, label, text, bold_label = b
            par = doc.add_paragraph()
            if label:
                r = par.add_run(label + " ")
                r.bold = bold_label
            write_runs(par, text)
        elif kind == "bullets":
            _, items, glyph, level = b
            nid = numbering.new("bullet", glyph=glyph)
            for it in items:
                par = doc.add_paragraph()
                set_numpr(par, nid, level)
                par.paragraph_format.space_after = Pt(3)
                write_runs(par, it)
        elif kind == "numbered":
            _, items, fmt, start, auto, bold_label = b
            if auto:
                nid = numbering.new("decimal", fmt=fmt, start=start)
                for it in items:
                    par = doc.add_paragraph()
                    set_numpr(par, nid, 0)
                    par.paragraph_format.space_after = Pt(4)
                    write_runs(par, it)
            else:
                for i, it in enumerate(items):
                    par = doc.add_paragraph()
                    par.paragraph_format.left_indent = Cm(1)
                    par.paragraph_format.first_line_indent = Cm(-1)
                    r = par.add_run(fmt.format(n=start + i) + "\t")
                    r.bold = bold_label
                    write_runs(par, it)
        elif kind == "labelled":
            _, pairs, fmt = b
            for n, t in pairs:
                par = doc.add_paragraph()
                par.paragraph_format.left_indent = Cm(1.2)
                par.paragraph_format.first_line_indent = Cm(-1.2)
                par.add_run(fmt.format(n=n) + "\t")
                write_runs(par, t)
        elif kind == "table":
            _, header, rows, widths, rep, fsize, merges, fill, bold_first = b
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, htext in enumerate(header):
                c = t.rows[0].cells[j]
                c.text = ""
                r = c.paragraphs[0].add_run(htext)
                r.bold = True
                r.font.size = Pt(fsize)
                if fill:
                    shade_cell(c, fill)
            if rep:
                repeat_header_row(t.rows[0])
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.rows[i + 1].cells[j]
                    lines = val.split("\n") if val else [""]
                    c.paragraphs[0].text = ""
                    for k, ln in enumerate(lines):
                        par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        par.paragraph_format.space_after = Pt(2)
                        write_runs(par, ln, bold=(bold_first and j == 0), sz=fsize)
            for (ri, ci, n) in merges:
                a = t.cell(ri + 1, ci)
                bcell = t.cell(ri + n, ci)
                keep = copy.deepcopy(a._tc)
                m = a.merge(bcell)
                # python-docx concatenates paragraphs; keep only the top cell's text
                for extra in m.paragraphs[len(keep.findall(qn("w:p"))):]:
                    extra._p.getparent().remove(extra._p)
            if widths:
                set_table_widths(t, widths)
            doc.add_paragraph()
        elif kind == "orient":
            new = doc.add_section(WD_SECTION.NEW_PAGE)
            if b[1] == "landscape":
                new.orientation = WD_ORIENT.LANDSCAPE
                new.page_width, new.page_height = Cm(29.7), Cm(21.0)
            else:
                new.orientation = WD_ORIENT.PORTRAIT
                new.page_width, new.page_height = Cm(21.0), Cm(29.7)
            sec = new
        elif kind == "columns":
            new = doc.add_section(WD_SECTION.CONTINUOUS)
            sectPr = new._sectPr
            cols = sectPr.find(qn("w:cols"))
            if cols is None:
                cols = _w("w:cols")
                sectPr.append(cols)
            cols.set(qn("w:num"), str(b[1]))
            cols.set(qn("w:space"), "567")
            sec = new
        else:
            raise ValueError(kind)
    fns.finish()
    # fixed core properties for determinism
    cp = doc.core_properties
    cp.author = d.meta["area"]
    cp.title = d.meta["title"]
    import datetime as dt
    y, m, dd = map(int, d.meta["publication_date"].split("-"))
    cp.created = cp.modified = dt.datetime(y, m, dd, 9, 0, 0)
    cp.last_modified_by = d.meta["area"]
    cp.revision = 1
    doc.save(path)


# ====================================================================== HTML renderer

def _esc(text):
    out = []
    pieces = FN_RE.split(text)
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            s = html.escape(piece, quote=False)
            s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
            out.append(s)
        else:
            out.append(("FN", piece))
    return out


def render_html(d: Doc, path):
    st = d.style
    notes = []
    body = []

    def T(text):
        res = []
        for piece in _esc(text):
            if isinstance(piece, tuple):
                notes.append(piece[1])
                n = len(notes)
                res.append(f'<sup class="fn">{n}</sup>')
            else:
                res.append(piece)
        return "".join(res)

    def flush_notes():
        if notes:
            body.append('<div class="notes">' + "".join(
                f'<p><sup>{i + 1}</sup> {html.escape(t)}</p>' for i, t in enumerate(notes))
                + "</div>")
            notes.clear()

    in_landscape = False
    in_cols = False
    for b in d.blocks:
        kind = b[0]
        if kind == "title":
            _, text, tsize, bold, align, sa, color = b
            body.append(f'<p class="title" style="font-size:{tsize}pt;text-align:{align};'
                        f'font-weight:{"bold" if bold else "normal"};margin-bottom:{sa}pt;'
                        f'{"color:#" + color if color else ""}">{T(text)}</p>')
        elif kind == "line":
            _, text, lsize, align, bold, italic = b
            body.append(f'<p style="font-size:{lsize}pt;text-align:{align};'
                        f'{"font-weight:bold;" if bold else ""}'
                        f'{"font-style:italic;" if italic else ""}">{T(text)}</p>')
        elif kind == "pagebreak":
            flush_notes()
            body.append('<div class="pb"></div>')
        elif kind == "h":
            _, text, level, _ = b
            if level == 1:
                flush_notes()
            body.append(f"<h{level}>{T(text)}</h{level}>")
        elif kind == "runin":
            _, text, italic = b
            body.append(f'<p class="runin">{"<i>" if italic else ""}<b>{T(text)}</b>'
                        f'{"</i>" if italic else ""}</p>')
        elif kind == "toc":
            _, heading, entries = b
            body.append(f"<h1>{T(heading)}</h1><div class='toc'>")
            for e in entries:
                body.append(f"<p>{T(e)}</p>")
            body.append("</div>")
        elif kind == "p":
            _, text, bold, italic, align, psize, indent = b
            style = ""
            if bold:
                style += "font-weight:bold;"
            if italic:
                style += "font-style:italic;"
            if align:
                style += f"text-align:{align};"
            if psize:
                style += f"font-size:{psize}pt;"
            if indent:
                style += f"margin-left:{indent}cm;"
            body.append(f'<p style="{style}">{T(text)}</p>')
        elif kind == "recpara":
            _, label, text, bold_label = b
            lab = ""
            if label:
                lab = f"<b>{T(label)}</b> " if bold_label else f"{T(label)} "
            body.append(f"<p>{lab}{T(text)}</p>")
        elif kind == "bullets":
            _, items, glyph, level = b
            cls = "sub" if level else ""
            lst = "circle" if level else ("square" if glyph == "▪" else "disc")
            body.append(f'<ul class="{cls}" style="list-style-type:{lst}">' +
                        "".join(f"<li>{T(i)}</li>" for i in items) + "</ul>")
        elif kind == "numbered":
            _, items, fmt, start, auto, bold_label = b
            if auto and fmt == "{n}.":
                body.append(f'<ol start="{start}">' + "".join(f"<li>{T(i)}</li>" for i in items)
                            + "</ol>")
            elif auto and fmt in ("{n})", "({n})"):
                body.append(f'<ol class="paren" start="{start}" style="counter-reset:item {start-1}">'
                            + "".join(f"<li>{T(i)}</li>" for i in items) + "</ol>")
            else:
                for i, it in enumerate(items):
                    lab = fmt.format(n=start + i)
                    lab = f"<b>{lab}</b>" if bold_label else lab
                    body.append(f'<p class="hang"><span class="lab">{lab}</span>{T(it)}</p>')
        elif kind == "labelled":
            _, pairs, fmt = b
            for n, t in pairs:
                body.append(f'<p class="hang"><span class="lab">{html.escape(fmt.format(n=n))}'
                            f'</span>{T(t)}</p>')
        elif kind == "table":
            _, header, rows, widths, _rep, fsize, merges, fill, bold_first = b
            skip = set()
            span = {}
            for (ri, ci, n) in merges:
                span[(ri, ci)] = n
                for k in range(1, n):
                    skip.add((ri + k, ci))
            h = [f'<table style="font-size:{fsize}pt">']
            if widths:
                tot = sum(widths)
                h.append("<colgroup>" + "".join(f'<col style="width:{100 * w / tot:.1f}%">'
                                                for w in widths) + "</colgroup>")
            h.append("<thead><tr>" + "".join(
                f'<th style="background:#{fill or "FFFFFF"}">{T(x)}</th>' for x in header)
                + "</tr></thead><tbody>")
            for i, row in enumerate(rows):
                h.append("<tr>")
                for j, val in enumerate(row):
                    if (i, j) in skip:
                        continue
                    rs = f' rowspan="{span[(i, j)]}"' if (i, j) in span else ""
                    inner = "<br>".join(T(x) for x in val.split("\n"))
                    if bold_first and j == 0:
                        inner = f"<b>{inner}</b>"
                    h.append(f"<td{rs}>{inner}</td>")
                h.append("</tr>")
            h.append("</tbody></table>")
            body.append("".join(h))
        elif kind == "orient":
            flush_notes()
            if in_landscape:
                body.append("</div>")
            if b[1] == "landscape":
                body.append('<div class="landscape">')
                in_landscape = True
            else:
                # the change of named page already starts a new page
                in_landscape = False
        elif kind == "columns":
            if in_cols:
                body.append("</div>")
                in_cols = False
            if b[1] > 1:
                body.append(f'<div style="column-count:{b[1]};column-gap:1cm">')
                in_cols = True
        else:
            raise ValueError(kind)
    flush_notes()
    if in_cols:
        body.append("</div>")
    if in_landscape:
        body.append("</div>")
    css = f"""
@page {{ size: A4; margin: {st['margins_cm']}cm; }}
@page land {{ size: A4 landscape; margin: 1.6cm; }}
.landscape {{ page: land; }}
body {{ font-family: {st['html_font']}; font-size: {st['size']}pt; line-height: 1.35;
       color: #111; }}
h1 {{ font-size: {st['size'] + 5}pt; color: #{st.get('heading_color') or '1F3864'};
      margin: 18pt 0 8pt; page-break-after: avoid; }}
h2 {{ font-size: {st['size'] + 2.5}pt; color: #{st.get('heading_color') or '1F3864'};
      margin: 14pt 0 6pt; page-break-after: avoid; }}
h3 {{ font-size: {st['size'] + 1}pt; margin: 10pt 0 4pt; page-break-after: avoid; }}
p {{ margin: 0 0 7pt; {'text-align: justify;' if st.get('justify') else ''} }}
p.runin {{ margin-top: 9pt; page-break-after: avoid; }}
.pb {{ page-break-after: always; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; }}
th, td {{ border: 0.6pt solid #444; padding: 3pt 4pt; vertical-align: top; text-align: left; }}
tr {{ page-break-inside: avoid; }}
thead {{ display: table-header-group; }}
ol.paren {{ list-style: none; padding-left: 0; }}
ol.paren li {{ counter-increment: item; padding-left: 2em; text-indent: -2em; }}
ol.paren li::before {{ content: counter(item) ")"; display: inline-block; width: 2em;
                       text-indent: 0; }}
li {{ margin-bottom: 4pt; }}
p.hang {{ padding-left: 2.6em; text-indent: -2.6em; }}
p.hang .lab {{ display: inline-block; width: 2.6em; text-indent: 0; }}
.toc p {{ margin: 0 0 3pt; }}
sup.fn {{ font-size: 7pt; }}
.notes {{ border-top: 0.6pt solid #777; margin-top: 10pt; font-size: 8.5pt; }}
.notes p {{ margin: 0 0 2pt; }}
{st.get('extra_css', '')}
"""
    doc = (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
           f"<title>{html.escape(d.meta['title'])}</title><style>{css}</style></head><body>"
           + "\n".join(body) + "</body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)
