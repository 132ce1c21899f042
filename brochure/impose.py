"""Imposition: a booklet's pages in reading order -> printer's spreads for saddle stitching.

Each sheet carries four pages, two on each side; the sheets are printed on both sides, stacked,
folded in the middle and stapled on the fold. A5 pages make A4 landscape sheets.
"""
from __future__ import annotations

import io


def saddle_stitch_order(page_count: int, rtl: bool = False) -> list[tuple[int, int]]:
    """(left, right) page numbers (1-based) of each printed side, in print order: sheet 1 front,
    sheet 1 back, sheet 2 front, ...  For 8 pages: (8, 1), (2, 7), (6, 3), (4, 5).

    A right-to-left booklet is bound on the right, so each pair is mirrored.
    """
    if page_count <= 0 or page_count % 4:
        raise ValueError(f"a saddle-stitched booklet needs a multiple of 4 pages, not {page_count}")
    sides = []
    for sheet in range(page_count // 4):
        low, high = 2 * sheet + 1, page_count - 2 * sheet
        sides += [(high, low), (low + 1, high - 1)]
    return [(right, left) for left, right in sides] if rtl else sides


def impose(pdf: bytes, rtl: bool = False) -> bytes:
    """The spreads of a booklet PDF: two trimmed pages side by side on each side of a sheet.

    Pages are cut to their TrimBox (a print-shop PDF's bleed and crop marks are not repeated
    between the pages); print the result on both sides, flipping on the short edge.
    """
    from pypdf import PdfReader, PdfWriter, Transformation

    reader = PdfReader(io.BytesIO(pdf))
    pages = list(reader.pages)
    trim = pages[0].trimbox
    width, height = float(trim.width), float(trim.height)
    sheet_width, sheet_height = sheet_size(2 * width, height)
    left, bottom = (sheet_width - 2 * width) / 2, (sheet_height - height) / 2  # pages meet at the middle
    writer = PdfWriter()
    for pair in saddle_stitch_order(len(pages), rtl):
        sheet = writer.add_blank_page(sheet_width, sheet_height)
        for slot, number in enumerate(pair):
            page = pages[number - 1]
            box = page.trimbox
            page.cropbox = box  # pypdf clips a merged page to its CropBox
            move = Transformation().translate(left + slot * width - float(box.left), bottom - float(box.bottom))
            sheet.merge_transformed_page(page, move, over=True, expand=False)
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if k != "/Producer"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# Standard sheets, landscape: two pages that nearly make one (A5 is 148 mm, half of A4 is 148.5 mm)
# are printed on it, centred.
_SHEETS = {"A4": (841.89, 595.28), "A3": (1190.55, 841.89), "letter": (792.0, 612.0), "tabloid": (1224.0, 792.0)}


def sheet_size(width: float, height: float) -> tuple[float, float]:
    """The standard sheet a spread of this size prints on, or the spread's own size."""
    for size in _SHEETS.values():
        if 0 <= size[0] - width < 6 and 0 <= size[1] - height < 6:
            return size
    return width, height


def spreads_name(pdf_name: str) -> str:
    """'leaflet-en-a5-booklet.pdf' -> 'leaflet-en-a5-booklet-spreads.pdf'."""
    stem = pdf_name[:-4] if pdf_name.lower().endswith(".pdf") else pdf_name
    return f"{stem}-spreads.pdf"
