"""Checking the results against the document: page images with each item's boxes drawn
(:func:`highlight`, behind ``Report.highlight``) and a self-contained HTML verification view
(:func:`write_html`, behind ``reviewminer show FILE --html OUT`` and ``extract --html``)."""

from __future__ import annotations

from reviewminer.view.highlight import highlight
from reviewminer.view.html import HtmlDocument, write_html

__all__ = ["HtmlDocument", "highlight", "write_html"]
