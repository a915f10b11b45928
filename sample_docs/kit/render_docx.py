"""The .docx renderer of the block model (``kit.doc.Doc``), with python-docx.

One renderer for both house styles (``kit.doc``); where the houses write different bytes for
the same block the branch says so.  Numbering, footnotes, header/footer fields and tables use
``kit.ooxml``.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from sample_docs.kit.doc import FN_RE, Doc
from sample_docs.kit.ooxml import (
    Footnotes,
    Level,
    Numbering,
    add_field,
    add_field_one_run,
    repeat_header_row,
    set_table_widths,
    shade_cell,
)
from sample_docs.kit.ooxml import set_numpr as _set_numpr
from sample_docs.kit.ooxml import w_el as _w

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


class ListNumbering(Numbering):
    """The block model's lists: one cached 3-level definition per (kind, format, glyph), a new
    ``w:num`` (restarting at ``start``) per list; ids from 900."""

    def __init__(self, doc):
        super().__init__(doc, first_id=900)
        self.abs_cache = {}

    def _abstract(self, kind, fmt, glyph="•"):
        key = (kind, fmt, glyph)
        if key not in self.abs_cache:
            levels = []
            for lvl in range(3):
                if kind == "bullet":
                    font = "Wingdings" if glyph in ("", "§", "Ø") else None
                    levels.append(Level("bullet", [glyph, "o", "▪"][lvl], 720 + 360 * lvl, 360,
                                        font=font))
                else:
                    nf = {"{n}": "decimal", "{a}": "lowerLetter", "{i}": "lowerRoman"}
                    fmt_l = fmt if lvl == 0 else "{a})"
                    token = re.search(r"\{(n|a|i)\}", fmt_l).group(0)
                    levels.append(Level(nf[token], fmt_l.replace(token, f"%{lvl + 1}"),
                                        720 + 360 * lvl, 360))
            self.abs_cache[key] = self.abstract(levels)
        return self.abs_cache[key]

    def new(self, kind="decimal", fmt="{n}.", start=1, glyph="•"):
        return self.num(self._abstract(kind, fmt, glyph), restart=start)


def set_numpr(par, num_id, ilvl=0):
    _set_numpr(par, num_id, ilvl, after_style=False)


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




def _page_number_parts(fmt):
    """"Page {PAGE} of {NUMPAGES}" -> ("Page ", " of "); "{PAGE}" -> ("", None)."""
    pre, _, rest = fmt.partition("{PAGE}")
    post = rest.partition("{NUMPAGES}")[0] if "{NUMPAGES}" in rest else None
    return pre, post


def _header_footer_compact(sec, st):
    if st.get("header"):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(st["header"])
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pn = st.get("page_numbers")
    if st.get("footer"):
        r = fp.add_run(st["footer"] + ("   " if pn else ""))
        r.font.size = Pt(8.5)
    if pn:
        pre, post = _page_number_parts(pn)
        fp.add_run(pre).font.size = Pt(8.5)
        add_field_one_run(fp, "PAGE")
        if post:
            fp.add_run(post).font.size = Pt(8.5)
            add_field_one_run(fp, "NUMPAGES")


def _setup_standard(doc, st):
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
    return sec


def _setup_compact(doc, st):
    font, size = st["font"], st["size"]
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for lvl, sz in ((1, size + 5), (2, size + 2), (3, size + 0.5)):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = font
        rf = hs.element.rPr.rFonts
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
        hs.font.size = Pt(sz)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(st["margins_cm"]))
    _header_footer_compact(sec, st)
    return sec


def write_table(doc, header, rows, *, widths=None, repeat_header=True, font_size=9.5,
                merges=(), header_fill="D9E2F3", bold_first_col=False, fmt="standard",
                write_runs=None):
    """A Word table with a bold, shaded header row; returns it (the caller adds the paragraph
    after it).  ``merges``: (row, col, nrows) vertical merges, rows counted from 0 below the
    header; the merged-away cells should be ''.

    ``fmt`` is the XML the documents were generated with: ``"standard"`` (block model: cell
    lines are paragraphs written by ``write_runs``), ``"compact"`` (rows added one by one, plain
    runs, table not centred) or ``"report"`` (``ReportBuilder``: one run per cell, single line
    spacing)."""
    compact, report = fmt == "compact", fmt == "report"
    t = doc.add_table(rows=1 if compact else 1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    if not compact:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, htext in enumerate(header):
        c = t.rows[0].cells[j]
        c.text = ""
        r = c.paragraphs[0].add_run(htext)
        r.bold = True
        r.font.size = Pt(font_size)
        if header_fill:
            shade_cell(c, header_fill)
    if repeat_header:
        repeat_header_row(t.rows[0])
    for i, row in enumerate(rows):
        cells = t.add_row().cells if compact else t.rows[i + 1].cells
        for j, val in enumerate(row):
            c = cells[j]
            bold = bold_first_col and j == 0
            if report:
                c.text = ""
                if val:
                    r = c.paragraphs[0].add_run(val)
                    r.font.size = Pt(font_size)
                c.paragraphs[0].paragraph_format.space_after = Pt(2)
                c.paragraphs[0].paragraph_format.line_spacing = 1.0
                continue
            if compact:
                c.text = ""
                lines = val.split("\n")
            else:
                lines = val.split("\n") if val else [""]
                c.paragraphs[0].text = ""
            for k, ln in enumerate(lines):
                par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                par.paragraph_format.space_after = Pt(2)
                if compact:
                    r = par.add_run(ln)
                    r.font.size = Pt(font_size)
                    r.bold = bold
                else:
                    write_runs(par, ln, bold=bold, sz=font_size)
    for (ri, ci, n) in merges:
        a = t.cell(ri + 1, ci)
        keep = copy.deepcopy(a._tc)
        m = a.merge(t.cell(ri + n, ci))
        # python-docx concatenates paragraphs; keep only the top cell's text
        for extra in m.paragraphs[len(keep.findall(qn("w:p"))):]:
            extra._p.getparent().remove(extra._p)
    if widths:
        set_table_widths(t, widths)
    return t


def render_docx(d: Doc, path, toc_pages=None):
    st = d.style
    compact = d.house == "compact"
    doc = Document()
    size = st["size"]
    sec = _setup_compact(doc, st) if compact else _setup_standard(doc, st)
    numbering = None if compact else ListNumbering(doc)
    fns = Footnotes(doc, size - 2, fmt="block")

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
                fns.add(par, piece)

    def numbers():
        nonlocal numbering
        if numbering is None:
            numbering = ListNumbering(doc)
        return numbering

    for b in d.blocks:
        kind = b[0]
        if kind == "title":
            _, text, tsize, bold, align, sa, color = b
            par = doc.add_paragraph()
            par.alignment = ALIGN[align]
            r = par.add_run(text)
            r.bold = bold
            r.font.size = Pt(tsize)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            par.paragraph_format.space_after = Pt(sa)
        elif kind == "line":
            _, text, lsize, align, bold, italic, color = b
            par = doc.add_paragraph()
            par.alignment = ALIGN[align]
            r = par.add_run(text)
            if lsize:
                r.font.size = Pt(lsize)
            r.bold = bold
            r.italic = italic
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h":
            _, text, level, _, hstyle, hsize, color = b
            hstyle = hstyle or st["heading_mode"]
            if hstyle in ("styles", "word"):
                doc.add_heading(text, level=level)
            else:
                par = doc.add_paragraph()
                r = par.add_run(text)
                r.bold = True
                if compact:
                    r.underline = hstyle == "underline"
                r.font.size = Pt(hsize or (size + {1: 3, 2: 1, 3: 0}[level]))
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
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
            if st["heading_mode"] == "styles":
                doc.add_heading(heading, level=1)
            else:
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
            _, text, bold, italic, align, psize, indent, lead, lead_italic = b
            par = doc.add_paragraph()
            if compact:
                if align:
                    par.alignment = ALIGN[align]
                if indent:
                    par.paragraph_format.left_indent = Cm(indent)
                    if "\t" in text:
                        par.paragraph_format.first_line_indent = Cm(-indent)
                        par.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
                if lead:
                    r = par.add_run(lead + " ")
                    r.bold = True
                    r.italic = lead_italic
                    if psize:
                        r.font.size = Pt(psize)
                r = par.add_run(text)
                r.italic = italic
                if psize:
                    r.font.size = Pt(psize)
                continue
            if align == "justify" or (align is None and st.get("justify")):
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                par.paragraph_format.left_indent = Cm(indent)
            if lead:
                r = par.add_run(lead + " ")
                r.bold = True
                r.italic = lead_italic
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
            nid = numbers().new("bullet", glyph=glyph)
            for it in items:
                par = doc.add_paragraph()
                set_numpr(par, nid, level)
                par.paragraph_format.space_after = Pt(3)
                write_runs(par, it)
        elif kind == "li":
            _, text, glyph, indent = b
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(indent)
            par.paragraph_format.first_line_indent = Cm(-0.5)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
            par.paragraph_format.space_after = Pt(3)
            if glyph == "auto":
                par.style = doc.styles["List Bullet"]
                par.add_run(text)
            else:
                par.add_run(f"{glyph}\t{text}")
        elif kind == "numbered":
            _, items, fmt, start, auto, bold_label = b
            if auto:
                nid = numbers().new("decimal", fmt=fmt, start=start)
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
            _, header, rows, widths, rep, fsize, merges, fill, bold_first, _cls = b
            write_table(doc, header, rows, widths=widths, repeat_header=rep, font_size=fsize,
                        merges=merges, header_fill=fill, bold_first_col=bold_first,
                        fmt=d.house, write_runs=write_runs)
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
        elif kind == "raw":
            pass
        else:
            raise ValueError(kind)
    fns.finish()
    # fixed core properties for determinism
    cp = doc.core_properties
    y, m, dd = map(int, d.meta["publication_date"].split("-"))
    if compact:
        cp.title = d.meta["title"]
        cp.author = "Independent reviewer"
        cp.created = cp.modified = dt.datetime(y, m, dd, 9, 0, 0)
        cp.last_modified_by = "Partnership Business Unit"
    else:
        cp.author = d.meta["area"]
        cp.title = d.meta["title"]
        cp.created = cp.modified = dt.datetime(y, m, dd, 9, 0, 0)
        cp.last_modified_by = d.meta["area"]
    cp.revision = 1
    doc.save(path)
