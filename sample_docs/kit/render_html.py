"""The HTML renderer of the block model (``kit.doc.Doc``); Chromium prints it to PDF.

One renderer for both house styles (``kit.doc``): the ``standard`` house writes the kit's own
stylesheet, footnotes at the end of each chapter and ``<ol>`` lists; the ``compact`` house
writes a bare skeleton styled by the document's ``css``.
"""

from __future__ import annotations

import html
import re

from sample_docs.kit.doc import FN_RE, Doc


def render_html(d: Doc) -> str:
    """The document as one HTML string."""
    return _compact(d) if d.house == "compact" else _standard(d)


def write_html(d: Doc, path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(render_html(d))


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


def _standard(d: Doc) -> str:
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
            _, text, lsize, align, bold, italic, _color = b
            body.append(f'<p style="font-size:{lsize}pt;text-align:{align};'
                        f'{"font-weight:bold;" if bold else ""}'
                        f'{"font-style:italic;" if italic else ""}">{T(text)}</p>')
        elif kind == "pagebreak":
            flush_notes()
            body.append('<div class="pb"></div>')
        elif kind == "h":
            _, text, level, _, _, _, _ = b
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
            _, text, bold, italic, align, psize, indent, lead, _ = b
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
            lab = f"<b>{T(lead)}</b> " if lead else ""
            body.append(f'<p style="{style}">{lab}{T(text)}</p>')
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
            _, header, rows, widths, _rep, fsize, merges, fill, bold_first, _cls = b
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
        elif kind == "raw":
            body.append(b[1])
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
    return doc


def _compact(d: Doc) -> str:
    st = d.style
    out = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
           f"<title>{_e(st.get('html_title') or d.meta['title'])}</title><style>{st['css']}"
           f"</style></head><body>"]
    in_list = False
    for b in d.blocks:
        t = b[0]
        if t != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if t == "title":
            _, text, size, bold, align, sa, color = b
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
        elif t == "pagebreak":
            out.append("<div style='break-after:page'></div>")
        elif t == "h":
            _, text, level, _, hstyle, _, _ = b
            if (hstyle or st["heading_mode"]) in ("styles", "word"):
                out.append(f"<h{level + 1}>{_e(text)}</h{level + 1}>")
            else:
                out.append(f"<p class='hd hd{level}'><b>{_e(text)}</b></p>")
        elif t == "p":
            _, text, _, italic, _, _, indent, lead, _ = b
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
            _, header, rows, *_, bold_first, cls = b
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
            out.append("<div class='landscape-start'></div>" if b[1] == "landscape" else "")
        elif t == "raw":
            out.append(b[1])
        else:
            raise ValueError(f"block {t!r} has no compact HTML form")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def _e(s):
    return html.escape(s, quote=False)
