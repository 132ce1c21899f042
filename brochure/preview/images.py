"""Page images from the PDFs `api.build` writes: PDFium rasterises, Pillow draws the contact sheet.

Nothing here lays out a page: every pixel comes from a PDF a build made, so what the preview shows
is what prints. A page's *digest* hashes what draws it (its content stream and the forms and images
it paints), so a rebuild can tell which pages changed and rasterise only those.
"""
from __future__ import annotations

import hashlib
import io
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..output import write_atomic
from ..resources import bundled

SHEET_GAP = 24  # pixels between pages on a contact sheet, and around them
SHEET_BACKGROUND = (232, 234, 237)
FOLD_LINE = (120, 120, 120)


@dataclass(frozen=True)
class PageInfo:
    """One page as the preview describes it: size in pixels at some dpi, its text (for screen
    readers and search) and its digest. The pixels are made separately, when wanted."""

    number: int
    digest: str
    width: int
    height: int
    text: str


@dataclass(frozen=True)
class PageImage:
    """A rasterised page: its PNG bytes and size in pixels."""

    number: int
    png: bytes
    width: int
    height: int


def page_digests(pdf: bytes) -> list[str]:
    """One hash per page of what draws it: content stream, the XObjects it paints, its size."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    digests = []
    for page in reader.pages:
        h = hashlib.sha256(repr([float(v) for v in page.mediabox]).encode())
        contents = page.get_contents()
        h.update(contents.get_data() if contents is not None else b"")
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for name in sorted(xobjects):
            h.update(name.encode() + xobjects[name].get_object().get_data())
        digests.append(h.hexdigest())
    return digests


def pages_of(pdf: bytes, dpi: float) -> list[PageInfo]:
    """Every page's digest, pixel size at `dpi` and text, without rasterising anything."""
    import pypdfium2

    digests = page_digests(pdf)
    document = pypdfium2.PdfDocument(pdf)
    try:
        infos = []
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            infos.append(PageInfo(index + 1, digests[index], math.ceil(width * dpi / 72), math.ceil(height * dpi / 72),
                                  page.get_textpage().get_text_range()))
        return infos
    finally:
        document.close()


def rasterise(pdf: bytes, dpi: float, pages: set[int] | None = None, compress_level: int = 6) -> dict[int, PageImage]:
    """PNG images of the PDF's pages (1-based numbers; all pages, or only those in `pages`)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = {}
        for index in range(len(document)):
            if pages is not None and index + 1 not in pages:
                continue
            picture = document[index].render(scale=dpi / 72, rev_byteorder=True).to_pil()
            buffer = io.BytesIO()
            picture.save(buffer, "PNG", compress_level=compress_level)
            images[index + 1] = PageImage(index + 1, buffer.getvalue(), picture.width, picture.height)
        return images
    finally:
        document.close()


def fold_lines(widths: tuple[float, ...], sheet_width: float, rtl: bool) -> tuple[list[float], list[float]]:
    """Where a fold's sheet is folded, in points from the left: (outside, inside). `widths` are the
    inside panels left to right; the outside is their mirror image, and a right-to-left fold opens
    the other way (the same rule as render/folds.py)."""
    inside = [sum(widths[:i]) for i in range(1, len(widths))]
    outside = [sheet_width - x for x in inside]
    return (inside, outside) if rtl else (outside, inside)


def _label_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(bundled("fonts") / "NotoSans-Regular.ttf"), size)


def contact_sheet(pages: list[PageImage], fold: tuple[list[float], list[float]] | None = None,
                  dpi: float = 72, per_row: int = 4) -> bytes:
    """All pages on one PNG, numbered; a fold's two pages are the two sides of its sheet, one above
    the other, labelled and with dashed fold lines (`fold` as from `fold_lines`, in points)."""
    font = _label_font(max(12, round(14 * dpi / 72)))
    label_height = font.size + 12
    if fold:
        rows = [[page] for page in pages]
        labels = ["Outside of the sheet", "Inside of the sheet"] + [f"Page {p.number}" for p in pages[2:]]
    else:
        rows = [pages[i:i + per_row] for i in range(0, len(pages), per_row)]
        labels = [f"Page {p.number}" for p in pages]
    cell_w = max(p.width for p in pages)
    cell_h = max(p.height for p in pages) + label_height
    columns = max(len(row) for row in rows)
    sheet = Image.new("RGB", (SHEET_GAP + columns * (cell_w + SHEET_GAP), SHEET_GAP + len(rows) * (cell_h + SHEET_GAP)),
                      SHEET_BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    for r, row in enumerate(rows):
        for c, page in enumerate(row):
            x, y = SHEET_GAP + c * (cell_w + SHEET_GAP), SHEET_GAP + r * (cell_h + SHEET_GAP)
            draw.rectangle((x + 3, y + 3, x + page.width + 2, y + page.height + 2), fill=(200, 202, 206))  # shadow
            sheet.paste(Image.open(io.BytesIO(page.png)), (x, y))
            if fold and page.number <= 2:
                for fold_x in fold[page.number - 1]:
                    _dashed_line(draw, x + round(fold_x * dpi / 72), y, y + page.height)
            draw.text((x, y + page.height + 6), labels[pages.index(page)], fill=(60, 60, 60), font=font)
    buffer = io.BytesIO()
    sheet.save(buffer, "PNG")
    return buffer.getvalue()


def _dashed_line(draw: ImageDraw.ImageDraw, x: int, top: int, bottom: int, dash: int = 8) -> None:
    for y in range(top, bottom, dash * 2):
        draw.line((x, y, x, min(y + dash, bottom)), fill=FOLD_LINE, width=1)


def page_image_name(pdf: Path, number: int, count: int) -> str:
    """'<pdf name>-p01.png': named like the PDF, numbered so that names sort in page order."""
    return f"{pdf.stem}-p{number:0{len(str(count))}d}.png"


def sheet_name(pdf: Path) -> str:
    return f"{pdf.stem}-sheet.png"


def write_images(pdf: Path, folder: Path, dpi: float, fold: tuple[list[float], list[float]] | None) -> list[Path]:
    """PNGs of every page of `pdf` and its contact sheet in `folder` (atomically, each); page images
    left from an earlier, longer edition are removed. Returns the sheet first, then the pages."""
    pages = list(rasterise(pdf.read_bytes(), dpi).values())
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / sheet_name(pdf)]
    write_atomic(written[0], contact_sheet(pages, fold, dpi))
    for page in pages:
        path = folder / page_image_name(pdf, page.number, len(pages))
        write_atomic(path, page.png)
        written.append(path)
    for stale in folder.glob(f"{pdf.stem}-p*.png"):
        if stale not in written and stale.name[len(pdf.stem) + 2:-4].isdigit():
            stale.unlink()
    return written
