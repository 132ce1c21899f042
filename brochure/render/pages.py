"""Page templates: the cover with the brand band, body pages with running footer, the back page."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from reportlab.lib.colors import white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .. import assets
from ..edition import Edition
from ..layouts import Layout
from .styles import Styles

FOOTER_SIZE = 10.5


class FurnitureCanvas(Canvas):
    """A canvas that draws "page X of Y" footers once the page count is known (at save)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._deferred: list[Callable[[Canvas, int], None]] = []

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
            for draw in self._deferred:
                draw(self, total)
            super().showPage()
        super().save()


@dataclass(frozen=True)
class Furniture:
    """What every page shows around the content: band, logo, running title and footer."""

    edition: Edition
    layout: Layout
    styles: Styles

    def band(self, canvas: Canvas, height: float) -> None:
        """The brand-colour band across the top of the page, with logo and clinic name."""
        layout, brand, palette = self.layout, self.edition.brand, self.styles.palette
        top = layout.height
        canvas.setFillColor(palette.primary)
        canvas.rect(0, top - height, layout.width, height, stroke=0, fill=1)
        x = layout.left
        logo_size = min(height * 0.62, 26 * 2.83)
        if brand.logo:
            pad = logo_size * 0.12
            y = top - height / 2 - logo_size / 2
            canvas.setFillColor(white)
            canvas.roundRect(x, y, logo_size, logo_size, logo_size * 0.14, stroke=0, fill=1)
            pic = assets.picture(brand.logo, brand.location_of("logo"))
            image = assets.flowable(pic, logo_size - 2 * pad, logo_size - 2 * pad)
            iw, ih = image.wrap(logo_size, logo_size)
            image.drawOn(canvas, x + (logo_size - iw) / 2, y + (logo_size - ih) / 2)
            x += logo_size + 5 * 2.83
        size = 17
        canvas.setFillColor(palette.on_primary)
        canvas.setFont(self.styles.heading_font.bold, size)
        self._fitted_string(canvas, x, top - height / 2 - size * 0.35, brand.name, size, layout.width - layout.right - x)

    def _fitted_string(self, canvas: Canvas, x: float, y: float, text: str, size: float, width: float) -> None:
        font = canvas._fontname
        while size > 9 and stringWidth(text, font, size) > width:
            size -= 0.5
        canvas.setFont(font, size)
        if self.styles.rtl:
            canvas.drawRightString(x + width, y, text)
        else:
            canvas.drawString(x, y, text)

    def running_head(self, canvas: Canvas) -> None:
        layout, palette = self.layout, self.styles.palette
        y = layout.height - layout.top * 0.55
        canvas.setStrokeColor(palette.primary)
        canvas.setLineWidth(2)
        canvas.line(layout.left, y - 6, layout.width - layout.right, y - 6)
        canvas.setFillColor(palette.muted)
        canvas.setFont(self.styles.body_font.regular, FOOTER_SIZE)
        self._fitted_string(canvas, layout.left, y, self.edition.brochure.title, FOOTER_SIZE,
                            layout.width - layout.left - layout.right)

    def footer(self, canvas: Canvas, total: int) -> None:
        """"Page X of Y" and the clinic's name and phone, at the foot of the page."""
        layout, lang = self.layout, self.edition.language
        y = layout.bottom * 0.45
        page = lang.text("page", page=lang.number(canvas.getPageNumber()), pages=lang.number(total))
        contact = self.edition.brand.name
        if self.edition.brand.contact.phone:
            contact += "  \u00b7  " + self.edition.brand.contact.phone
        canvas.setFillColor(self.styles.palette.muted)
        canvas.setFont(self.styles.body_font.regular, FOOTER_SIZE)
        left, right = (page, contact) if self.styles.rtl else (contact, page)
        canvas.drawString(layout.left, y, left)
        canvas.drawRightString(layout.width - layout.right, y, right)


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
                         onPage=self._back),
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

    def _cover(self, canvas: FurnitureCanvas, doc) -> None:
        self.furniture.band(canvas, self.furniture.layout.cover_band)

    def _body(self, canvas: FurnitureCanvas, doc) -> None:
        self.furniture.running_head(canvas)
        canvas.defer(self.furniture.footer)

    def _back(self, canvas: FurnitureCanvas, doc) -> None:
        self.furniture.band(canvas, self.furniture.layout.cover_band * 0.75)
        canvas.defer(self.furniture.footer)

    current_section: str = "title"  # the last section heading placed, to say where a layout failed

    def afterFlowable(self, flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, title = outline
            self.current_section = f"sections.{key}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0)
