"""Simple block document model of the kit (used by ``sample_docs/extra/docs/``).

A :class:`Doc` is a list of blocks.  Gold annotations (sections, lines of enquiry, purposes,
scope facts, recommendations, action-plan rows) are recorded by the same calls that write the
text, so the gold strings are exactly the strings written into the document.  The blocks are
rendered either to .docx (python-docx; converted to PDF by LibreOffice) or to HTML (printed to
PDF by Chromium).
"""

from __future__ import annotations

import datetime as dt
import html as _html
import re

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from sample_docs.kit import gold as _gold
from sample_docs.kit.ooxml import add_field_one_run as _field
from sample_docs.kit.ooxml import repeat_header_row, set_table_widths
from sample_docs.kit.ooxml import shade_cell as _shade

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}


def iso_date(text: str):
    """ISO date for a target date written as a full day; None for months, quarters etc."""
    t = text.strip()
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", t)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        y = y + 2000 if y < 100 else y
        return dt.date(y, mo, d).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})", t)
    if m and m[2].lower() in MONTHS:
        return dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1])).isoformat()
    return None


class Doc:
    def __init__(self, name, *, producer, document_type, title, subjects, area,
                 publication_date, font="Liberation Sans", size=11, header=None, footer=None,
                 page_numbers=True, css="", browser_header_footer=False, html_title=None,
                 margins_cm=2.2):
        self.name = name
        self.producer = producer
        self.meta = dict(document_type=document_type, title=title, subjects=subjects,
                         area=area, publication_date=publication_date)
        self.font, self.size = font, size
        self.header, self.footer, self.page_numbers = header, footer, page_numbers
        self.css = css
        self.browser_header_footer = browser_header_footer
        self.html_title = html_title or title
        self.margins_cm = margins_cm
        self.blocks = []
        self.sections, self.loes, self.purposes, self.scope_facts = [], [], [], []
        self.recs, self.actions = [], []
        self._keys = {}

    # ------------------------------------------------------------------ blocks
    def title(self, text, size=20, bold=True, align="center", color=None, space_after=10):
        self.blocks.append(("title", text, size, bold, align, color, space_after))

    def line(self, text, size=None, align="left", bold=False, italic=False, color=None):
        self.blocks.append(("line", text, size, align, bold, italic, color))

    def page_break(self):
        self.blocks.append(("pb",))

    def h(self, heading, level=1, kind="other", number=None, title=None, style="word",
          record=True, size=None, color=None):
        """A heading.  style: word (Heading N style / <hN>), bold (manual bold paragraph),
        plain (bold in body size), underline (bold + underline)."""
        if title is None:
            title = heading
        if record:
            assert kind in _gold.SECTION_KINDS, kind
            self.sections.append(dict(heading=heading, number=number, title=title,
                                      level=level, kind=kind))
        self.blocks.append(("h", heading, level, style, size, color))

    def p(self, text, lead=None, italic=False, align=None, indent=None, size=None,
          lead_italic=False):
        """Paragraph; `lead` is a bold run printed before the text."""
        self.blocks.append(("p", text, lead, italic, align, indent, size, lead_italic))

    def bullets(self, items, glyph="•", indent=0.63):
        for it in items:
            self.blocks.append(("li", it, glyph, indent))

    def table(self, header, rows, widths=None, font_size=9.5, repeat_header=True,
              header_fill="D9E2F3", bold_first_col=False, cls=""):
        self.blocks.append(("table", header, rows, widths, font_size, repeat_header,
                            header_fill, bold_first_col, cls))

    def orient(self, landscape):
        self.blocks.append(("orient", landscape))

    def raw_html(self, s):
        self.blocks.append(("raw", s))

    # ------------------------------------------------------------------ gold + text
    @property
    def _section(self):
        return self.sections[-1]["heading"] if self.sections else None

    def loe(self, number, text, label=None, render="p", lead=False):
        self.loes.append(dict(number=number, text=text))
        self._render_item(text, label, render, lead)

    def purpose(self, text, render="li", label=None):
        self.purposes.append(dict(text=text))
        self._render_item(text, label, render, False)

    def scope(self, text, render="p", label=None):
        self.scope_facts.append(dict(text=text))
        self._render_item(text, label, render, False)

    def _render_item(self, text, label, render, lead):
        if render is None:
            return
        if render == "li":
            self.bullets([text] if label is None else [f"{label} {text}"])
        elif lead:
            self.p(text, lead=label)
        else:
            self.p(text if label is None else f"{label}\t{text}", indent=0.9 if label else None)

    def rec(self, number, text, parties, *, kind="recommendation", targets=(), inferred=False,
            scope="multi_agency", finding=None, key=None, label=None, render="lead",
            section=None):
        """Record a recommendation and (unless render is None) write it.

        render: lead (bold label run, then text), p (label typed in the paragraph), li (bullet),
        None (text written elsewhere, e.g. in a table cell)."""
        r = dict(number=number, kind=kind, text=text, parties=list(parties),
                 targets=list(targets), inferred=inferred, scope=scope, finding=finding,
                 n_locations=1, section=section or self._section)
        self.recs.append(r)
        if key:
            self._keys[key] = r
        if render == "lead":
            self.p(text, lead=label)
        elif render == "p":
            self.p(text if label is None else f"{label} {text}")
        elif render == "li":
            self.bullets([text])
        return text

    def again(self, key):
        """Count a repeat (summary, quoted list, action plan) of a recorded recommendation."""
        self._keys[key]["n_locations"] += 1

    def action(self, recommendation_number, action, lead_agency, lead_officer, date_text,
               status):
        self.actions.append(dict(recommendation_number=recommendation_number, action=action,
                                 lead_agency=lead_agency, lead_officer=lead_officer,
                                 target_date=iso_date(date_text) if date_text else None,
                                 target_date_text=date_text, status=status))

    def gold(self, files):
        """Gold in schema ``reviewminer-gold/2`` (every document of this model is dev)."""
        return _gold.document(name=self.name, files=files, meta={**self.meta, "split": "dev"},
                              producer=self.producer, sections=self.sections,
                              lines_of_enquiry=self.loes, purposes=self.purposes,
                              scope_facts=self.scope_facts, recommendations=self.recs,
                              action_plan=self.actions)

    # ------------------------------------------------------------------ docx
    def to_docx(self, path):
        d = Document()
        st = d.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(self.size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.line_spacing = 1.1
        for lvl, sz in ((1, self.size + 5), (2, self.size + 2), (3, self.size + 0.5)):
            hs = d.styles[f"Heading {lvl}"]
            hs.font.name = self.font
            rf = hs.element.rPr.rFonts
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
            rf.set(qn("w:ascii"), self.font)
            rf.set(qn("w:hAnsi"), self.font)
            hs.font.size = Pt(sz)
            hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(self.margins_cm))
        self._hf(sec)
        for b in self.blocks:
            t = b[0]
            if t == "title":
                _, text, size, bold, align, color, sa = b
                para = d.add_paragraph()
                para.alignment = _align(align)
                para.paragraph_format.space_after = Pt(sa)
                r = para.add_run(text)
                r.bold, r.font.size = bold, Pt(size)
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
            elif t == "line":
                _, text, size, align, bold, italic, color = b
                para = d.add_paragraph()
                para.alignment = _align(align)
                r = para.add_run(text)
                r.bold, r.italic = bold, italic
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
            elif t == "pb":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif t == "h":
                _, text, level, style, size, color = b
                if style == "word":
                    d.add_heading(text, level)
                else:
                    para = d.add_paragraph()
                    para.paragraph_format.space_before = Pt(12 if level == 1 else 8)
                    para.paragraph_format.keep_with_next = True
                    r = para.add_run(text)
                    r.bold = True
                    r.underline = style == "underline"
                    r.font.size = Pt(size or (self.size + {1: 3, 2: 1, 3: 0}[level]))
                    if color:
                        r.font.color.rgb = RGBColor.from_string(color)
            elif t == "p":
                _, text, lead, italic, align, indent, size, lead_italic = b
                para = d.add_paragraph()
                if align:
                    para.alignment = _align(align)
                if indent:
                    para.paragraph_format.left_indent = Cm(indent)
                    if "\t" in text:
                        para.paragraph_format.first_line_indent = Cm(-indent)
                        para.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
                if lead:
                    r = para.add_run(lead + " ")
                    r.bold = True
                    r.italic = lead_italic
                    if size:
                        r.font.size = Pt(size)
                r = para.add_run(text)
                r.italic = italic
                if size:
                    r.font.size = Pt(size)
            elif t == "li":
                _, text, glyph, indent = b
                para = d.add_paragraph()
                para.paragraph_format.left_indent = Cm(indent)
                para.paragraph_format.first_line_indent = Cm(-0.5)
                para.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
                para.paragraph_format.space_after = Pt(3)
                if glyph == "auto":
                    para.style = d.styles["List Bullet"]
                    para.add_run(text)
                else:
                    para.add_run(f"{glyph}\t{text}")
            elif t == "table":
                self._docx_table(d, b)
            elif t == "orient":
                new = d.add_section(WD_SECTION.NEW_PAGE)
                land = b[1]
                new.orientation = WD_ORIENT.LANDSCAPE if land else WD_ORIENT.PORTRAIT
                w, hgt = Cm(21.0), Cm(29.7)
                new.page_width, new.page_height = (hgt, w) if land else (w, hgt)
            elif t == "raw":
                pass
        cp = d.core_properties
        cp.title = self.meta["title"]
        cp.author = "Independent reviewer"
        fixed = dt.datetime.fromisoformat(self.meta["publication_date"] + "T09:00:00")
        cp.created = cp.modified = fixed
        cp.last_modified_by = "Partnership Business Unit"
        cp.revision = 1
        d.save(path)

    def _hf(self, sec):
        if self.header:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(self.header)
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.footer:
            r = fp.add_run(self.footer + ("   " if self.page_numbers else ""))
            r.font.size = Pt(8.5)
        if self.page_numbers:
            pre, post = self.page_numbers if isinstance(self.page_numbers, tuple) else ("Page ", None)
            fp.add_run(pre).font.size = Pt(8.5)
            _field(fp, "PAGE")
            if post:
                fp.add_run(post).font.size = Pt(8.5)
                _field(fp, "NUMPAGES")

    def _docx_table(self, d, b):
        _, header, rows, widths, fs, repeat, fill, bold_first, _cls = b
        tbl = d.add_table(rows=1, cols=len(header))
        tbl.style = d.styles["Table Grid"]
        for i, htxt in enumerate(header):
            c = tbl.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(htxt)
            r.bold, r.font.size = True, Pt(fs)
            _shade(c, fill)
        if repeat:
            repeat_header_row(tbl.rows[0])
        for row in rows:
            cells = tbl.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                parts = v.split("\n")
                for k, part in enumerate(parts):
                    para = cells[i].paragraphs[0] if k == 0 else cells[i].add_paragraph()
                    para.paragraph_format.space_after = Pt(2)
                    r = para.add_run(part)
                    r.font.size = Pt(fs)
                    r.bold = bold_first and i == 0
        if widths:
            set_table_widths(tbl, widths)
        d.add_paragraph()

    # ------------------------------------------------------------------ html
    def to_html(self):
        out = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
               f"<title>{_e(self.html_title)}</title><style>{self.css}</style></head><body>"]
        in_list = False
        for b in self.blocks:
            t = b[0]
            if t != "li" and in_list:
                out.append("</ul>")
                in_list = False
            if t == "title":
                _, text, size, bold, align, color, sa = b
                style = f"font-size:{size}pt;text-align:{align};margin:0 0 {sa}pt 0;" \
                        f"font-weight:{'bold' if bold else 'normal'};" + \
                        (f"color:#{color};" if color else "")
                out.append(f"<div class='title' style='{style}'>{_e(text)}</div>")
            elif t == "line":
                _, text, size, align, bold, italic, color = b
                style = f"text-align:{align};" + (f"font-size:{size}pt;" if size else "") + \
                    ("font-weight:bold;" if bold else "") + \
                    ("font-style:italic;" if italic else "") + \
                    (f"color:#{color};" if color else "")
                out.append(f"<p class='line' style='{style}'>{_e(text)}</p>")
            elif t == "pb":
                out.append("<div style='break-after:page'></div>")
            elif t == "h":
                _, text, level, style, size, color = b
                if style == "word":
                    out.append(f"<h{level + 1}>{_e(text)}</h{level + 1}>")
                else:
                    out.append(f"<p class='hd hd{level}'><b>{_e(text)}</b></p>")
            elif t == "p":
                _, text, lead, italic, align, indent, size, _lead_italic = b
                cls = " class='ind'" if indent else ""
                body = _e(text).replace("\t", "&emsp;")
                if italic:
                    body = f"<i>{body}</i>"
                if lead:
                    body = f"<b>{_e(lead)}</b> " + body
                out.append(f"<p{cls}>{body}</p>")
            elif t == "li":
                if not in_list:
                    out.append("<ul>")
                    in_list = True
                out.append(f"<li>{_e(b[1])}</li>")
            elif t == "table":
                _, header, rows, _widths, _fs, _repeat, _fill, bold_first, cls = b
                out.append(f"<table class='{cls}'><thead><tr>" +
                           "".join(f"<th>{_e(x)}</th>" for x in header) + "</tr></thead><tbody>")
                for row in rows:
                    out.append("<tr>" + "".join(
                        f"<td>{'<b>' if bold_first and i == 0 else ''}"
                        f"{_e(v).replace(chr(10), '<br>')}"
                        f"{'</b>' if bold_first and i == 0 else ''}</td>"
                        for i, v in enumerate(row)) + "</tr>")
                out.append("</tbody></table>")
            elif t == "orient":
                out.append("<div class='landscape-start'></div>" if b[1] else "")
            elif t == "raw":
                out.append(b[1])
        if in_list:
            out.append("</ul>")
        out.append("</body></html>")
        return "\n".join(out)


def _e(s):
    return _html.escape(s, quote=False)


def _align(a):
    return {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
            "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[a]
