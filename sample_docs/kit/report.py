"""Helpers for building the sample review documents with python-docx.

A :class:`ReportBuilder` wraps a python-docx ``Document`` and records the gold annotations
(sections, key lines of enquiry, purposes, recommendations) *as the document is written*, so the
gold file can never drift from the text that is actually in the document.

This is the paragraph-by-paragraph model of the kit (used by ``sample_docs/content/``):
the list definitions (``Numbering``, ``Level``) and the XML helpers are in ``kit.ooxml``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from sample_docs.kit import gold as _gold
from sample_docs.kit.ooxml import (
    Footnotes,
    Level,
    Numbering,
    add_field,
    set_numpr,
)
from sample_docs.kit.ooxml import w_el as _w
from sample_docs.kit.render_docx import write_table

__all__ = ["Level", "Meta", "Numbering", "ReportBuilder"]

SECTION_KINDS = _gold.SECTION_KINDS

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}



# --------------------------------------------------------------------------------------------
# the builder
# --------------------------------------------------------------------------------------------

@dataclass
class Meta:
    name: str
    document_type: str
    title: str
    subjects: list[str]
    area: str
    publication_date: str            # ISO date
    author: str = "Independent reviewer"
    split: str = "dev"
    ship_docx: bool = True


class ReportBuilder:
    """Write a report paragraph by paragraph and collect the gold annotations."""

    def __init__(self, meta: Meta, *, font: str = "Arial", size: float = 11,
                 line_spacing: float = 1.15, space_after: float = 8,
                 heading_font: str | None = None, heading_color=(0x1F, 0x3A, 0x5F),
                 margins_cm: float = 2.5, toc_pages: dict | None = None):
        self.meta = meta
        self.doc = Document()
        self.numbering = Numbering(self.doc)
        self.gold = _gold.Recorder(annotates_scope_and_plan=False)
        self.toc_pages = toc_pages or {}
        self._font = font
        self._size = size
        self._bullet_num: int | None = None
        self.footnotes = Footnotes(self.doc, 8, fmt="report")

        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        normal.font.size = Pt(size)
        normal.paragraph_format.space_after = Pt(space_after)
        normal.paragraph_format.line_spacing = line_spacing
        for lvl, sz in ((1, size + 5), (2, size + 2), (3, size + 1)):
            st = styles[f"Heading {lvl}"]
            st.font.name = heading_font or font
            rpr = st.element.get_or_add_rPr()
            rfonts = rpr.find(qn("w:rFonts"))
            if rfonts is None:
                rfonts = _w("w:rFonts")
                rpr.append(rfonts)
            for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
                rfonts.set(qn(f"w:{attr}"), heading_font or font)
            for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                if rfonts.get(qn(f"w:{attr}")) is not None:
                    del rfonts.attrib[qn(f"w:{attr}")]
            st.font.size = Pt(sz)
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = RGBColor(*heading_color)
            st.paragraph_format.space_before = Pt(14 if lvl == 1 else 10)
            st.paragraph_format.space_after = Pt(6)
        for st_name in ("List Bullet", "List Bullet 2", "List Number"):
            styles[st_name].font.name = font
            styles[st_name].font.size = Pt(size)

        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(margins_cm))
        sec.header_distance = Cm(1.2)
        sec.footer_distance = Cm(1.2)

        cp = self.doc.core_properties
        d = _dt.datetime.fromisoformat(meta.publication_date + "T09:00:00")
        cp.author = meta.author
        cp.last_modified_by = meta.author
        cp.title = meta.title
        cp.subject = ", ".join(meta.subjects)
        cp.created = d
        cp.modified = d
        cp.last_printed = d
        cp.revision = 1
        cp.comments = "Fictional sample document generated for reviewminer tests."
        cp.keywords = "safeguarding review; sample"

    # ---- page furniture ------------------------------------------------------------------

    @property
    def text_width_cm(self) -> float:
        sec = self.doc.sections[0]
        return (sec.page_width - sec.left_margin - sec.right_margin) / 360000

    def header_footer(self, header: Sequence | None = None, footer: Sequence | None = None,
                      *, skip_first_page: bool = False, size: float = 9,
                      header_align: str = "center", footer_align: str = "center") -> None:
        """Running header/footer.  Each is a list of parts: plain strings, ``("field", "PAGE")``
        or ``"\\t"`` (tab; tab stops at centre and right margin are provided)."""
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = skip_first_page
        for st in ("Header", "Footer"):
            self.doc.styles[st].paragraph_format.tab_stops.clear_all()
        width = self.text_width_cm
        for parts, hf, align in ((header, sec.header, header_align),
                                 (footer, sec.footer, footer_align)):
            if parts is None:
                continue
            hf.is_linked_to_previous = False
            p = hf.paragraphs[0]
            p.alignment = ALIGN[align]
            p.paragraph_format.tab_stops.clear_all()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(width / 2), WD_TAB_ALIGNMENT.CENTER)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
            for part in parts:
                if isinstance(part, tuple) and part[0] == "field":
                    add_field(p, part[1], font_size=size)
                else:
                    r = p.add_run(part)
                    r.font.size = Pt(size)
                    if isinstance(part, str) and part.isupper() and len(part) > 6:
                        r.bold = True

    # ---- generic content -------------------------------------------------------------------

    def para(self, text: str | Sequence = "", *, bold=False, italic=False, size=None,
             align=None, style=None, indent_cm=None, space_after=None, keep_with_next=False,
             color=None):
        """Add a paragraph. ``text`` may be a list of runs: strings or dicts
        ``{"text":..., "bold":..., "italic":..., "sup":...}``."""
        p = self.doc.add_paragraph(style=style)
        runs = [text] if isinstance(text, str) else list(text)
        for r in runs:
            spec = {"text": r} if isinstance(r, str) else dict(r)
            run = p.add_run(spec["text"])
            run.bold = spec.get("bold", bold) or None
            run.italic = spec.get("italic", italic) or None
            if spec.get("sup"):
                run.font.superscript = True
            if spec.get("footnote"):
                self.footnote(p, spec["footnote"])
            if size or spec.get("size"):
                run.font.size = Pt(spec.get("size", size))
            if color:
                run.font.color.rgb = RGBColor(*color)
        if align:
            p.alignment = ALIGN[align]
        if indent_cm is not None:
            p.paragraph_format.left_indent = Cm(indent_cm)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if keep_with_next:
            p.paragraph_format.keep_with_next = True
        return p

    def footnote(self, paragraph, text: str) -> int:
        """Append a real Word footnote reference to ``paragraph``; the note text goes into
        word/footnotes.xml (written at save time) and is laid out at the page bottom."""
        return self.footnotes.add(paragraph, text)

    def paras(self, texts: Iterable[str], **kw):
        for t in texts:
            self.para(t, **kw)

    def numbered_paras(self, start: str, texts: Iterable[str], **kw):
        """Paragraphs with typed numbers "1.1.1", "1.1.2" ... (number is part of the text)."""
        prefix, _, last = start.rpartition(".")
        n = int(last)
        for t in texts:
            self.para(f"{prefix}.{n}\t{t}" if prefix else f"{n}.\t{t}", **kw)
            n += 1

    def bullet_num(self) -> int:
        """A shared bullet list definition (real Word bullets, glyph not in the text)."""
        if self._bullet_num is None:
            abs_id = self.numbering.abstract([
                Level(fmt="bullet", text="\u2022", left=720, hanging=360, font="Symbol"),
                Level(fmt="bullet", text="o", left=1440, hanging=360, font="Courier New"),
                Level(fmt="bullet", text="\u25aa", left=2160, hanging=360),
            ])
            self._bullet_num = self.numbering.num(abs_id)
        return self._bullet_num

    def bullets(self, items: Iterable[str], level: int = 0, typed_glyph: str | None = None,
                **kw):
        """Bulleted list. By default real Word bullets (numPr); with ``typed_glyph`` the glyph
        and a tab are typed into the text instead (common in converted documents)."""
        out = []
        for it in items:
            if typed_glyph:
                p = self.para(f"{typed_glyph}\t{it}", indent_cm=kw.pop("indent_cm", 0.63 * (level + 1)), **kw)
                p.paragraph_format.first_line_indent = Cm(-0.63)
            else:
                p = self.para(it, **kw)
                set_numpr(p, self.bullet_num(), level)
            p.paragraph_format.space_after = Pt(3)
            out.append(p)
        if out:
            out[-1].paragraph_format.space_after = Pt(8)
        return out

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def title_page(self, lines: Sequence[tuple], *, top_space: int = 6, page_break=True):
        """``lines``: (text, size, bold[, align]) tuples; empty text = spacer."""
        for _ in range(top_space):
            self.para("", space_after=6)
        for line in lines:
            text, size, bold = line[:3]
            align = line[3] if len(line) > 3 else "center"
            self.para(text, size=size, bold=bold, align=align, space_after=10)
        if page_break:
            self.page_break()

    # ---- structure that goes into the gold ------------------------------------------------

    def heading(self, title: str, level: int, kind: str, *, label: str | None = None,
                number: str | None = None, manual: bool = False, numpr: tuple | None = None,
                size: float | None = None, underline=False, page_break_before=False,
                in_toc: bool = False, caps: bool = False):
        """A section heading.

        * ``label``: the printed number ("7.", "2.1", "Appendix 1:"). For typed numbering it is
          written into the text; with ``numpr=(num_id, ilvl)`` Word renders it and the text
          holds only ``title``.
        * ``manual=True``: bold, larger Normal-style text instead of a Heading style.
        """
        assert kind in SECTION_KINDS, kind
        shown_title = title.upper() if caps else title
        text = shown_title if (numpr or not label) else f"{label} {shown_title}"
        if manual:
            p = self.para(text, bold=True, size=size or (self._size + (3 if level == 1 else 1)),
                          keep_with_next=True)
            p.paragraph_format.space_before = Pt(14 if level == 1 else 8)
            if underline:
                for r in p.runs:
                    r.underline = True
        else:
            p = self.doc.add_heading(text, level=level)
        if page_break_before:
            p.paragraph_format.page_break_before = True
        if numpr:
            set_numpr(p, numpr[0], numpr[1])
        printed = f"{label} {shown_title}" if label else shown_title
        if number is None and label:
            number = label.rstrip(".:)").strip()
            if number.lower().startswith("appendix"):
                number = number.split()[-1] if len(number.split()) > 1 else None
            if number.lower().startswith("section"):
                number = number.split()[-1]
        self.gold.section(printed, number, title if not caps else shown_title, level, kind)
        if in_toc:
            self.gold.toc.append(printed)
        return p

    def kloe(self, text: str, *, number: str | None = None, label: str | None = None,
             numpr: tuple | None = None, bullet=False, typed_glyph=None, bold_label=False,
             indent_cm=None):
        """A key line of enquiry / key question / case-specific ToR item."""
        p = self._item_para(text, label=label, numpr=numpr, bullet=bullet,
                            typed_glyph=typed_glyph, bold_label=bold_label, indent_cm=indent_cm)
        if number is None and label:
            number = _label_number(label)
        self.gold.lines_of_enquiry.append({"number": number, "text": text})
        return p

    def purpose(self, text: str, *, bullet=True, label=None, numpr=None, typed_glyph=None,
                indent_cm=None):
        """A generic statutory purpose or scope fact (not a case-specific KLOE)."""
        p = self._item_para(text, label=label, numpr=numpr, bullet=bullet and not label and not numpr,
                            typed_glyph=typed_glyph, indent_cm=indent_cm)
        self.gold.purposes.append({"text": text})
        return p

    def rec(self, text: str, parties: Sequence[str], *, number: str | None = None,
            label: str | None = None, numpr: tuple | None = None, subs: Sequence[str] = (),
            kind: str = "recommendation", bold_label=False, bullet=False, section=None,
            label_para: str | None = None, indent_cm=None, typed_glyph=None, sub_level=1,
            sub_glyph: str | None = None, italic=False, record=True, extra_after=None):
        """A recommendation.

        ``label`` is typed before the text ("1.", "R1", "Recommendation 1:"); ``label_para``
        puts the label on its own bold line above (e.g. "Recommendation 3"); ``numpr`` uses
        Word auto-numbering. ``subs`` become bullet paragraphs that belong to the text.
        """
        if label_para:
            self.para(label_para, bold=True, keep_with_next=True, space_after=4)
        p = self._item_para(text, label=label, numpr=numpr, bullet=bullet, bold_label=bold_label,
                            indent_cm=indent_cm, typed_glyph=typed_glyph, italic=italic)
        if subs:
            p.paragraph_format.space_after = Pt(3)
            self.bullets(subs, level=sub_level, typed_glyph=sub_glyph)
        if extra_after:
            extra_after()
        if number is None:
            number = _label_number(label_para or label) if (label_para or label) else None
        full = " ".join([text, *subs])
        if record:
            self.gold.recommendations.append({
                "number": number, "kind": kind, "text": full, "parties": list(parties),
                "section": section or self.gold.current_heading,
            })
        return p

    def _item_para(self, text, *, label=None, numpr=None, bullet=False, typed_glyph=None,
                   bold_label=False, indent_cm=None, italic=False):
        if typed_glyph:
            p = self.para(f"{typed_glyph}\t{text}", indent_cm=indent_cm or 0.63, italic=italic)
            p.paragraph_format.first_line_indent = Cm(-0.63)
            return p
        if label:
            p = self.doc.add_paragraph()
            r = p.add_run(label + ("\t" if not label.endswith(":") else " "))
            r.bold = bold_label or None
            r2 = p.add_run(text)
            r2.italic = italic or None
            ind = indent_cm if indent_cm is not None else 1.0
            p.paragraph_format.left_indent = Cm(ind)
            p.paragraph_format.first_line_indent = Cm(-ind) if not label.endswith(":") else None
            if label.endswith(":"):
                p.paragraph_format.left_indent = Cm(indent_cm or 0)
            return p
        p = self.para(text, italic=italic, indent_cm=indent_cm)
        if numpr:
            set_numpr(p, numpr[0], numpr[1])
        elif bullet:
            set_numpr(p, self.bullet_num(), 0)
            p.paragraph_format.space_after = Pt(4)
        return p

    # ---- contents -----------------------------------------------------------------------

    def typed_toc(self, entries: Sequence[tuple[str, int]], title="Contents"):
        """A typed table of contents: "7. Recommendations<TAB with dot leader>9".
        ``entries`` = (printed heading, level). Page numbers come from ``toc_pages``
        (filled in by generate.py after a first conversion) or a placeholder."""
        self.para(title, bold=True, size=self._size + 4, space_after=14)
        width = self.text_width_cm
        for text, level in entries:
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8 * (level - 1))
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
            p.add_run(f"{text}\t{self.toc_pages.get(text, '?')}").bold = (level == 1) or None
        self.page_break()

    # ---- tables -------------------------------------------------------------------------

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], *,
              widths_cm: Sequence[float] | None = None, size: float = 9,
              merge_down: Sequence[tuple[int, int, int]] = (), header_fill="D9E2F3"):
        """A Word table with a repeating bold header row. ``merge_down`` = (row, col, nrows)
        vertical merges (row index counts data rows from 0)."""
        t = write_table(self.doc, header, rows, widths=widths_cm, font_size=size,
                        merges=merge_down, header_fill=header_fill, fmt="report")
        self.para("", space_after=4)
        return t

    def landscape_section(self):
        """Start a new landscape section (inherits header/footer)."""
        from docx.enum.section import WD_SECTION
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        return sec

    # ---- output -------------------------------------------------------------------------

    def gold_dict(self, files: Sequence[str]) -> dict:
        """Gold in schema ``reviewminer-gold/2``.  This model records no scope facts, action
        plan, targets, scope, finding or locations: those fields are null."""
        m = self.meta
        meta = {"document_type": m.document_type, "title": m.title,
                "subjects": list(m.subjects), "area": m.area,
                "publication_date": m.publication_date, "split": m.split}
        return self.gold.document(name=m.name, files=files, meta=meta, producer="docx")

    def save(self, path: Path) -> None:
        """Write the .docx (the caller normalises the zip, see ``kit.normalise``)."""
        self.footnotes.finish()
        self.doc.save(str(path))


def _label_number(label: str) -> str | None:
    s = label.strip().rstrip(".:)").strip()
    for prefix in ("Recommendation", "Key line of enquiry", "KLOE", "Question", "Rec"):
        if s.lower().startswith(prefix.lower() + " "):
            s = s[len(prefix):].strip()
    s = s.lstrip("(")
    return s or None
