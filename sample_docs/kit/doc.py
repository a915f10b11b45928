"""The block document model of the kit (used by ``sample_docs/more/docs/`` and
``sample_docs/extra/docs/``).

A :class:`Doc` is a list of blocks plus the gold annotations recorded while the blocks are
added, so gold text is always the exact string written into the document.  The same blocks are
rendered to .docx (``kit.render_docx``; python-docx, then LibreOffice -> PDF) or to HTML
(``kit.render_html``; then Chromium -> PDF).

Every document has a *house style* (``style["house"]``), the typographic conventions of the
renderers:

* ``"standard"`` (default): Word bullets and numbering, ``**bold**`` spans and ``[[fn:...]]``
  footnotes in texts, header text ``"left|right"``, the kit's own HTML stylesheet.
* ``"compact"``: plainer Word output (no explicit run formatting, fields in one run) and a bare
  HTML skeleton whose stylesheet is given by the document (``style["css"]``).

The house only decides how a block is written, never what it says.

Blocks are tuples ``(kind, ...)``:

======== =================================================================
title    text, size, bold, align, space_after, color
line     text, size, align, bold, italic, color
pagebreak
h        text, level, in_toc, style, size, color
runin    text, italic
toc      heading, entries
p        text, bold, italic, align, size, indent, lead, lead_italic
recpara  label, text, bold_label
bullets  items, glyph, level              (Word bullets: numPr)
li       text, glyph, indent              (typed glyph + tab; List Bullet for glyph "auto")
numbered items, fmt, start, auto, bold_label
labelled pairs, fmt
table    header, rows, widths, repeat_header, font_size, merges, header_fill,
         bold_first_col, cls
orient   "landscape" | "portrait"
columns  n
raw      html (HTML only)
======== =================================================================
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sample_docs.kit import gold as _gold

SECTION_KINDS = _gold.SECTION_KINDS
FN_RE = re.compile(r"\[\[fn:(.*?)\]\]")

HOUSES = {
    "standard": dict(font="Arial", size=11, heading_mode="styles", header=None, footer=None,
                     page_numbers="Page {PAGE} of {NUMPAGES}", browser_header_footer=False,
                     margins_cm=2.3, html_font="Arial", columns=1, first_page_header=False,
                     heading_color=None),
    "compact": dict(font="Liberation Sans", size=11, heading_mode="styles", header=None,
                    footer=None, page_numbers="Page {PAGE}", css="",
                    browser_header_footer=False, html_title=None, margins_cm=2.2),
}

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}


def iso_date(text: str | None) -> str | None:
    """ISO date for a target date written as a full day; None for months, quarters etc."""
    if not text:
        return None
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

    def gold(self) -> dict:
        return dict(number=self.number, kind=self.kind, text=self.full_text,
                    parties=self.parties, targets=self.targets, inferred=self.inferred,
                    scope=self.scope, finding=self.finding, n_locations=self.n_locations,
                    section=self.section)


class Doc:
    def __init__(self, name, *, document_type, title, subjects, area, publication_date, split,
                 producer, style=None):
        self.name = name
        self.meta = dict(document_type=document_type, title=title, subjects=subjects, area=area,
                         publication_date=publication_date, split=split)
        self.producer = producer          # "docx" or "html"
        house = (style or {}).get("house", "standard")
        self.style = dict(HOUSES[house], house=house)
        self.style.update(style or {})
        self.blocks: list = []
        self.gold = _gold.Recorder()
        self.keys: dict = {}

    @property
    def house(self) -> str:
        return self.style["house"]

    # ------------------------------------------------------------------ layout blocks
    def title(self, text, size=20, bold=True, align="center", space_after=12, color=None):
        self.blocks.append(("title", text, size, bold, align, space_after, color))

    def line(self, text, size=11, align="center", bold=False, italic=False, color=None):
        """A one-line paragraph (title pages, by-lines); ``size=None``: body size."""
        self.blocks.append(("line", text, size, align, bold, italic, color))

    def page_break(self):
        self.blocks.append(("pagebreak",))

    def h(self, heading, number=None, title=None, level=1, kind="other", record=True,
          in_toc=True, style=None, size=None, color=None):
        """A heading.  style: None (the document's ``heading_mode``), "styles" (Word Heading N
        / <hN>), "bold" / "plain" (manual bold paragraph), "underline" (bold + underline)."""
        assert kind in SECTION_KINDS, kind
        if record:
            self.gold.section(heading, number, heading if title is None else title, level, kind)
        self.gold.current_heading = heading
        self.blocks.append(("h", heading, level, in_toc, style, size, color))

    def runin(self, heading, kind, level=3, number=None, title=None, italic=False):
        """Bold sub-heading standing on its own line (not a heading style)."""
        self.gold.section(heading, number, title or heading, level, kind)
        self.blocks.append(("runin", heading, italic))

    def contents(self, heading="Contents", entries=None):
        """Typed table of contents. Entries are headings; page numbers filled in pass 2."""
        self.gold.section(heading, None, heading, 1, "contents", current=False)
        self.blocks.append(("toc", heading, entries))

    def p(self, text, bold=False, italic=False, align=None, size=None, indent=None, lead=None,
          lead_italic=False):
        """Paragraph; ``lead`` is a bold run printed before the text."""
        self.blocks.append(("p", text, bold, italic, align, size, indent, lead, lead_italic))

    def bullets(self, items, glyph="•", level=0, typed=False, indent=0.63):
        """Bulleted list: Word bullets, or with ``typed=True`` the glyph and a tab typed into
        each paragraph (glyph "auto": the List Bullet style)."""
        if typed:
            for it in items:
                self.blocks.append(("li", it, glyph, indent))
        else:
            self.blocks.append(("bullets", list(items), glyph, level))

    def numbered(self, items, fmt="{n}.", start=1, auto=True, bold_label=False):
        """Numbered list.  auto=True uses word-processor numbering (docx) / <ol> (html)."""
        self.blocks.append(("numbered", list(items), fmt, start, auto, bold_label))

    def labelled(self, pairs, fmt="{n}."):
        """Paragraphs with typed labels: ``pairs`` of (number, text), label ``fmt``."""
        self.blocks.append(("labelled", list(pairs), fmt))

    def table(self, header, rows, widths=None, repeat_header=True, font_size=9.5,
              merges=(), header_fill="D9E2F3", bold_first_col=False, zebra=False, cls=""):
        """rows: list of lists of str.  merges: (row, col, nrows) vertical merges; cells
        below the first in a merge should be ''.  cls: HTML class (compact house)."""
        self.blocks.append(("table", header, rows, widths, repeat_header, font_size,
                            list(merges), header_fill, bold_first_col, cls))

    def landscape(self, on=True):
        self.blocks.append(("orient", "landscape" if on else "portrait"))

    def columns(self, n):
        self.blocks.append(("columns", n))

    def raw_html(self, s):
        """HTML written as is (nothing in .docx)."""
        self.blocks.append(("raw", s))

    # ------------------------------------------------------------------ gold items
    def lines_of_enquiry(self, items, fmt="{n}.", auto=True, numbers=None, start=1):
        nums = numbers or [str(start + i) for i in range(len(items))]
        for n, t in zip(nums, items, strict=False):
            self.gold.lines_of_enquiry.append(dict(number=n, text=t))
        if numbers and not auto:
            self.labelled(list(zip(numbers, items, strict=False)), fmt)
        else:
            self.numbered(items, fmt=fmt, auto=auto, start=start)

    def purpose_items(self, items, style="bullets", fmt="{n}."):
        for t in items:
            self.gold.purposes.append(dict(text=t))
        if style == "bullets":
            self.bullets(items)
        elif style == "numbered":
            self.numbered(items, fmt=fmt)
        else:
            for t in items:
                self.p(t)

    def scope_items(self, items, style="bullets"):
        for t in items:
            self.gold.scope_facts.append(dict(text=t))
        if style == "bullets":
            self.bullets(items)
        else:
            for t in items:
                self.p(t)

    # one item at a time; render: "p" (paragraph, typed label + tab, hanging indent),
    # "lead" (bold label run), "li" (typed bullet), None (written elsewhere)
    def kloe(self, number, text, label=None, render="p"):
        self.gold.lines_of_enquiry.append(dict(number=number, text=text))
        self._item(text, label, render)

    def purpose(self, text, render="li", label=None):
        self.gold.purposes.append(dict(text=text))
        self._item(text, label, render)

    def scope(self, text, render="p", label=None):
        self.gold.scope_facts.append(dict(text=text))
        self._item(text, label, render)

    def _item(self, text, label, render):
        if render is None:
            return
        if render == "li":
            self.bullets([text] if label is None else [f"{label} {text}"], typed=True)
        elif render == "lead":
            self.p(text, lead=label)
        else:
            self.p(text if label is None else f"{label}\t{text}", indent=0.9 if label else None)

    # ------------------------------------------------------------------ recommendations
    def R(self, number, text, parties, **kw) -> Rec:
        return Rec(number=number, text=text, parties=list(parties), **kw)

    def _register(self, r: Rec, primary: bool):
        r.n_locations += 1
        if not r.registered:
            r.registered = True
            self.gold.recommendations.append(r)
        if primary or r.section is None:
            r.section = self.gold.current_heading

    def rec(self, r: Rec, style="literal", label=None, primary=True, bold_label=False,
            count=True, key=None):
        """Record (``count``) and render a recommendation; returns it.

        style: literal (label run + text in one paragraph), heading (bold label paragraph then
        text), auto / autoparen (word-processor numbered item "1." / "1)"), plain (text only),
        lead (bold label run, then text), typed (label typed into the paragraph text),
        li (typed bullet), None (written elsewhere, e.g. in a table cell).
        ``key``: a name for :meth:`again`."""
        if count:
            self._register(r, primary)
        if key is not None:
            self.keys[key] = r
        if style == "literal":
            self.blocks.append(("recpara", label, r.text, bold_label))
        elif style == "heading":
            self.blocks.append(("runin", label, False))
            self.p(r.text)
        elif style == "auto":
            self.numbered([r.text], "{n}.", int(r.number))
        elif style == "autoparen":
            self.numbered([r.text], "{n})", int(r.number))
        elif style == "plain":
            self.p(r.text)
        elif style == "lead":
            self.p(r.text, lead=label)
        elif style == "typed":
            self.p(r.text if label is None else f"{label} {r.text}")
        elif style == "li":
            self.bullets([r.text], typed=True)
        if r.bullets:
            self.bullets(r.bullets, level=1)
        return r

    def rec_list(self, recs, fmt="{n}.", primary=True):
        """Several recommendations as one auto-numbered list (numbering restarts here)."""
        for r in recs:
            self._register(r, primary)
        self.numbered([r.text for r in recs], fmt, int(recs[0].number))

    def use(self, r: Rec, primary=False):
        """Record an additional location of r without rendering (caller renders it)."""
        self._register(r, primary)

    def again(self, key):
        """:meth:`use` for the recommendation recorded with ``key``."""
        self.use(self.keys[key])

    def ap_row(self, rec_number, action, lead_agency, lead_officer, date_iso, date_text,
               status):
        self.gold.action_plan.append(dict(recommendation_number=rec_number, action=action,
                                     lead_agency=lead_agency, lead_officer=lead_officer,
                                     target_date=date_iso, target_date_text=date_text,
                                     status=status))

    # ------------------------------------------------------------------ gold
    def gold_dict(self, files):
        """Gold in schema ``reviewminer-gold/2``."""
        return self.gold.document(name=self.name, files=files, meta=self.meta,
                                  producer=self.producer)
