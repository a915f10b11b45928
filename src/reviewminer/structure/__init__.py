"""Document structure: labels and numbers, headings, sections, items."""
