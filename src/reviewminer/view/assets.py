"""The verification view's style sheet and script, written inline into every page (no file,
font or request outside the page: it works from file:// and from a copied folder)."""

from __future__ import annotations

__all__ = ["DOCUMENT_CSS", "DOCUMENT_JS", "INDEX_CSS"]

_BASE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d1d1d;
background:#e9e9ec}
a{color:#0645ad}
h1{font-size:18px;margin:0 0 6px}
.meta{color:#555;font-size:12px;margin:0 0 8px;word-break:break-all}
.low-tag{background:#fde2e1;color:#8a1c1c;border-radius:3px;padding:0 4px;font-size:11px}
"""

INDEX_CSS = _BASE_CSS + """
body{padding:16px 24px;background:#fff}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f2f2f4}
td.n{text-align:right}
tr.failed td{background:#fff4f4}
ul.warn{margin:0;padding-left:18px;font-size:12px;color:#6b4b00}
"""

DOCUMENT_CSS = _BASE_CSS + """
nav{position:fixed;top:0;left:0;bottom:0;width:400px;overflow:auto;background:#fff;
border-right:1px solid #bbb;padding:12px 12px 40vh}
main{margin-left:400px;padding:16px}
.page{position:relative;margin:0 auto 16px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.35)}
.page img{display:block;width:100%;height:100%}
.pno{position:absolute;right:100%;top:0;margin-right:6px;color:#666;font-size:12px}
.box{position:absolute;display:block;border:2px solid rgba(0,90,200,.85);
background:rgba(0,120,255,.12);border-radius:2px;scroll-margin:30vh 0}
.box.rec{border-color:rgba(200,110,0,.9);background:rgba(255,190,0,.18)}
.box.enq{border-color:rgba(0,140,70,.9);background:rgba(0,200,100,.14)}
.box.low{border-style:dashed;border-color:rgba(210,20,20,.95)}
.box:hover,.box.current{background:rgba(255,80,80,.28);outline:2px solid #d00}
.box .tag{position:absolute;left:-2px;bottom:100%;font-size:10px;line-height:1;padding:1px 3px;
background:#333;color:#fff;white-space:nowrap;border-radius:2px 2px 0 0;text-decoration:none}
ol.items{list-style:none;margin:0;padding:0}
.item{border:1px solid #ddd;border-left:4px solid #0a5ac8;border-radius:3px;margin:0 0 6px;
padding:4px 6px;scroll-margin:30vh 0}
.item.rec{border-left-color:#e08a00}
.item.enq{border-left-color:#0a8c46}
.item.low{background:#fff6f6}
.item.current{outline:2px solid #d00}
.item .head{font-weight:600}
.item .facts{font-size:12px;color:#444}
.item .text{font-size:12px;color:#222;margin-top:2px}
.item .none{font-size:11px;color:#8a1c1c}
.note{background:#fff8d8;border:1px solid #e6d27a;padding:6px 8px;font-size:12px;margin:0 0 8px}
details{font-size:12px;margin:0 0 8px}
h2{font-size:14px;margin:10px 0 4px}
"""

DOCUMENT_JS = """
(function () {
  function mark() {
    var old = document.querySelectorAll('.current');
    for (var i = 0; i < old.length; i++) { old[i].classList.remove('current'); }
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) { return; }
    var id = target.getAttribute('data-item-id') || target.getAttribute('data-for');
    if (!id) { return; }
    var q = JSON.stringify(id);  // a CSS string
    var sel = '[data-item-id=' + q + '],[data-for=' + q + ']';
    var all = document.querySelectorAll(sel);
    for (var j = 0; j < all.length; j++) { all[j].classList.add('current'); }
  }
  window.addEventListener('hashchange', mark);
  mark();
})();
"""
