"""Page templates: the cover with the brand band, body pages with running footer, the back page."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

from reportlab.lib.colors import Color, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFName
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .. import assets, markup
from ..edition import Edition
from ..layouts import Layout
from .blocks import BlockRenderer
from .cmyk import PrintCanvas
from .styles import Styles
from .tagging import StructureTree, artifact


class FurnitureCanvas(PrintCanvas):
    """A canvas that draws "page X of Y" footers once the page count is known (at save), and, when
    given a structure tree, writes it (tagged PDF) with each page's /StructParents."""

    def __init__(self, *args, structure: StructureTree | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.structure = structure
        self._pages: list[dict] = []
        self._deferred: list[Callable[[Canvas, int], None]] = []
        if structure is not None:
            structure.enable(self)

    def defer(self, draw: Callable[[Canvas, int], None]) -> None:
        """Draw on this page later, when the total number of pages is known."""
        self._deferred.append(draw)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__, _deferred=list(self._deferred)))
        self._deferred = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            with artifact(self):
                for draw in self._deferred:
                    draw(self, total)
            super().showPage()
        if self.structure is not None:
            self.structure.write(self._doc, [f"Page{number}" for number in range(1, total + 1)])
        super().save()


@dataclass(frozen=True)
class Furniture:
    """What every page shows around the content: band, logo, running title and footer.

    Its text goes through the same paragraph code as the content, so it is shaped, mirrored for
    right-to-left languages and drawn in a fallback font where the brand's font has no glyph.
    """

    edition: Edition
    layout: Layout
    styles: Styles
    blocks: BlockRenderer
    _fitted: dict = field(default_factory=dict, compare=False, repr=False, kw_only=True)  # lines already set

    def _line(self, canvas: Canvas, text: str, x: float, y: float, width: float, size: float,
              color, bold: bool = False, align: str = "start") -> None:
        """One line of text with its baseline at y, shrunk to fit `width` if it must. A line set
        once (the running head, the contact line) is drawn again on the next pages as it is."""
        key = (text, width, size, color, bold, align)
        if key not in self._fitted:
            self._fitted[key] = self._fit(canvas, *key)
        paragraph, size = self._fitted[key]
        paragraph.drawOn(canvas, x, y - size * 0.25)

    def _fit(self, canvas: Canvas, text: str, width: float, size: float, color, bold: bool,
             align: str) -> tuple[Flowable, float]:
        s = self.styles
        font = s.heading_font.bold if bold else s.body_font.regular
        alignment = {"start": TA_RIGHT if s.rtl else TA_LEFT, "end": TA_LEFT if s.rtl else TA_RIGHT}[align]
        while True:
            style = ParagraphStyle("furniture", fontName=font, fontSize=size, leading=size * 1.2,
                                   textColor=color, alignment=alignment, wordWrap=s.body.wordWrap,
                                   shaping=s.body.shaping)
            paragraph = self.blocks.paragraph(markup.parse(text), style)
            _, height = paragraph.wrapOn(canvas, width, size * 10)
            if height <= size * 1.3 or size <= 8:
                return paragraph, size
            size -= 0.5

    def band(self, canvas: Canvas, height: float) -> None:
        """The brand-colour band across the top of the page, with logo and clinic name."""
        layout, brand, palette = self.layout, self.edition.brand, self.styles.palette
        top = layout.height
        canvas.setFillColor(palette.primary)
        canvas.rect(0, top - height, layout.width, height, stroke=0, fill=1)
        logo_size = min(height * 0.62, 26 * mm)
        gap = logo_size + 5 * mm if brand.logo else 0
        text_width = layout.width - layout.left - layout.right - gap
        if brand.logo:
            x = layout.width - layout.right - logo_size if self.styles.rtl else layout.left
            self._logo(canvas, x, top - height / 2 - logo_size / 2, logo_size)
        x = layout.left if self.styles.rtl else layout.left + gap
        size = max(17, layout.furniture_size)  # large print: no smaller than its body text
        self._line(canvas, brand.name, x, top - height / 2 - size * 0.35, text_width, size, palette.on_primary,
                   bold=True)

    def _logo(self, canvas: Canvas, x: float, y: float, size: float) -> None:
        brand = self.edition.brand
        pad = size * 0.12
        canvas.setFillColor(white)
        canvas.roundRect(x, y, size, size, size * 0.14, stroke=0, fill=1)
        image = assets.flowable(assets.picture(brand.logo, brand.location_of("logo")), size - 2 * pad, size - 2 * pad)
        width, height = image.wrap(size, size)
        image.drawOn(canvas, x + (size - width) / 2, y + (size - height) / 2)

    def running_head(self, canvas: Canvas) -> None:
        layout, palette = self.layout, self.styles.palette
        y = layout.height - layout.top * 0.55
        canvas.setStrokeColor(palette.primary)
        canvas.setLineWidth(2)
        canvas.line(layout.left, y - 6, layout.width - layout.right, y - 6)
        self._line(canvas, self.edition.brochure.title, layout.left, y, layout.width - layout.left - layout.right,
                   layout.furniture_size, palette.muted)

    def crop_marks(self, canvas: Canvas, total: int) -> None:
        """Printer's marks: none on an office PDF (PrintFurniture draws them for a bleed)."""

    def watermark(self, canvas: Canvas, total: int) -> None:
        """'DRAFT - not for patients' across the page (a draft only)."""
        watermark(canvas, self.edition, self.styles, self.blocks, self.layout.width, self.layout.height)

    def footer(self, canvas: Canvas, total: int) -> None:
        """"Page X of Y" and the clinic's name and phone, at the foot of the page."""
        layout, lang, muted = self.layout, self.edition.language, self.styles.palette.muted
        y = layout.bottom * 0.45
        width = (layout.width - layout.left - layout.right) / 2
        page = self.edition.strings.text("page_of", page=lang.number(canvas.getPageNumber()),
                                         pages=lang.number(total))
        contact = self.edition.brand.name
        if self.edition.brand.contact.phone:
            contact += "  \u00b7  " + self.edition.brand.contact.phone
        size = layout.furniture_size
        if self._fit(canvas, contact, width, size, muted, False, "start")[1] < size:
            # too long for half the line at this size (large print): the contact line gets a line of its own,
            # set a good half line below the text frame (its capitals stay clear of the last body line)
            upper = layout.bottom - size * 1.6
            self._line(canvas, contact, layout.left, upper, 2 * width, size, muted)
            self._line(canvas, page, layout.left, upper - size * 1.25, 2 * width, size, muted, align="end")
            return
        start, end = (layout.left + width, layout.left) if self.styles.rtl else (layout.left, layout.left + width)
        self._line(canvas, contact, start, y, width, size, muted)
        self._line(canvas, page, end, y, width, size, muted, align="end")


WATERMARK_COLOR = Color(0.75, 0.1, 0.1, alpha=0.28)  # see-through red: the text under it stays readable


def watermark(canvas: Canvas, edition: Edition, styles: Styles, blocks: BlockRenderer, width: float,
              height: float) -> None:
    """The draft mark, in the edition's language, diagonally across a page of `width` x `height`
    (the caller marks it as an artifact: screen readers skip it)."""
    text = edition.strings.text("draft_watermark")
    diagonal = (width ** 2 + height ** 2) ** 0.5
    size = min(72.0, diagonal * 0.8 / max(len(text), 1) * 1.6)
    style = ParagraphStyle("watermark", fontName=styles.heading_font.bold, fontSize=size, leading=size * 1.2,
                           textColor=WATERMARK_COLOR, alignment=TA_CENTER, wordWrap=styles.body.wordWrap,
                           shaping=styles.body.shaping)
    paragraph = blocks.paragraph(markup.parse(text), style)
    _, drawn_height = paragraph.wrapOn(canvas, diagonal * 0.8, height)
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    paragraph.drawOn(canvas, -diagonal * 0.4, -drawn_height / 2)
    canvas.restoreState()


class BrochureDocument(BaseDocTemplate):
    """Cover, body and back page templates, plus one outline entry per section heading."""

    def __init__(self, buffer, furniture: Furniture, **metadata):
        layout = furniture.layout
        super().__init__(
            buffer, pagesize=(layout.width, layout.height), leftMargin=layout.left, rightMargin=layout.right,
            topMargin=layout.top, bottomMargin=layout.bottom, **metadata,
        )
        self.furniture = furniture
        band = layout.cover_band
        cover_frames = self._frames("cover", top=layout.height - band - layout.top * 0.6)
        body_frames = self._frames("body", top=layout.height - layout.top)
        self.addPageTemplates([
            PageTemplate("cover", cover_frames, onPage=self._cover, autoNextPageTemplate="body"),
            PageTemplate("body", body_frames, onPage=self._body),
            PageTemplate("back", self._frames("back", top=layout.height - band * 0.75 - layout.top * 0.6),
                         onPage=self._back, autoNextPageTemplate="body"),
        ])

    def _frames(self, name: str, top: float) -> list[Frame]:
        layout = self.furniture.layout
        height = top - layout.bottom
        xs = [layout.left + i * (layout.column_width + layout.gutter) for i in range(layout.columns)]
        if self.furniture.styles.rtl:
            xs.reverse()
        return [
            Frame(x, layout.bottom, layout.column_width, height, id=f"{name}{i}",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            for i, x in enumerate(xs)
        ]

    def beforeDocument(self) -> None:
        if self.furniture.styles.rtl:  # viewers show the pages right to left (ReportLab ignores direction=)
            self.canv.setViewerPreference("Direction", PDFName("R2L"))

    def beforePage(self) -> None:
        self.canv.defer(self.furniture.crop_marks)  # on top of everything, as printers expect
        if self.furniture.edition.brochure.draft:
            self.canv.defer(self.furniture.watermark)

    def _cover(self, canvas: FurnitureCanvas, doc) -> None:
        with artifact(canvas):
            self.furniture.band(canvas, self.furniture.layout.cover_band)

    def _body(self, canvas: FurnitureCanvas, doc) -> None:
        with artifact(canvas):
            self.furniture.running_head(canvas)
        canvas.defer(self.furniture.footer)

    def _back(self, canvas: FurnitureCanvas, doc) -> None:
        self.back_page_number = self.back_page_number or canvas.getPageNumber()
        with artifact(canvas):
            self.furniture.band(canvas, self.furniture.layout.cover_band * 0.75)
        canvas.defer(self.furniture.footer)

    current_section: str = "title"  # the last section heading placed, to say where a layout failed
    back_page_number: int = 0  # the page the back page starts on (0: none yet)

    def afterFlowable(self, flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, title = outline
            self.current_section = f"sections.{key}"
            # The canvas emits pages only when it saves: place the destination then, on the right page.
            self.canv.defer(lambda canvas, total, key=key: canvas.bookmarkPage(key))
            self.canv.addOutlineEntry(title, key, level=0)
