"""Text before it is drawn: bidi levels, font runs, line break opportunities and HarfBuzz shaping.

The one home for text in the render stage (WeasyPrint's `text/`, typst's `inline/`): the paragraph
flowables in `render/` are its clients. Nothing here imports `reportlab.platypus` or `render`; the
only ReportLab used is `pdfmetrics` for the registered fonts (their HarfBuzz face and character map).
"""
