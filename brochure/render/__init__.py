"""The render stage: one resolved edition + a layout -> PDF bytes.

Nothing above this package knows about ReportLab; nothing in it knows there are other languages.
"""
from __future__ import annotations

import calendar
import datetime as dt
import io
import os
import time

from reportlab.graphics import shapes
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus import (
    Flowable, NextPageTemplate, PageBreak, Spacer,
)

from .. import __version__
from ..edition import Edition
from ..errors import BrochureError, Location, Problem
from ..fonts import FontCatalog
from ..layouts import Layout
from ..markup import plain
from .blocks import BlockRenderer
from .flowables import KeepWithFirst
from .pages import BrochureDocument, Furniture, FurnitureCanvas
from .styles import Styles, build_styles


def render(edition: Edition, layout: Layout, fonts: FontCatalog, bleed: float = 0.0, cmyk: bool = False) -> bytes:
    """The PDF of one edition in one layout, byte-identical for identical inputs.

    bleed (points) and cmyk make a print-shop PDF; by default it is for office printers and screens.
    """
    brand, brochure, lang = edition.brand, edition.brochure, edition.language
    styles = build_styles(brand, layout, lang, fonts.chain(brand.body_font), fonts.get(brand.heading_font),
                          sample=plain(brochure.title))
    shapes.STATE_DEFAULTS["fontName"] = styles.body_font.regular  # no unembedded Helvetica in drawings
    blocks = BlockRenderer(styles, layout.column_width, (layout.height - layout.top - layout.bottom) * 0.55)
    buffer = io.BytesIO()
    doc = BrochureDocument(
        buffer, Furniture(edition, layout, styles, blocks),
        title=plain(brochure.title), author=brand.name, subject=plain(brochure.subtitle or brochure.title),
        keywords=[brochure.id, lang.tag, layout.name], creator=f"brochure {__version__}", producer=f"brochure {__version__}",
        lang=lang.tag, displayDocTitle=True, invariant=1, initialFontName=styles.body_font.regular,
    )
    story = _story(edition, layout, styles, blocks)
    try:
        doc.build(story, canvasmaker=_canvas_maker(_epoch(brochure.updated)))
    except LayoutError as exc:
        raise BrochureError(Problem(
            f"content does not fit on a {layout.name} page: {str(exc).split(' on page')[0]}",
            Location(brochure.path, path=doc.current_section), "shorten that block, or split a very long table or list",
        )) from None
    except BrochureError as exc:
        raise BrochureError(p if p.location.file else Problem(p.message, Location(brochure.path, path=doc.current_section), p.hint)
                            for p in exc.problems) from None
    return buffer.getvalue()


def _story(edition: Edition, layout: Layout, styles: Styles, blocks: BlockRenderer) -> list[Flowable]:
    brochure = edition.brochure
    story: list[Flowable] = [blocks.para(brochure.title, styles.title)]
    if brochure.subtitle:
        story.append(blocks.para(brochure.subtitle, styles.subtitle))
    for section in brochure.sections_in(layout.name):
        story += blocks.section(section)
    if brochure.references:
        story += _references(edition, styles, blocks)
    if layout.back_page:
        story += [NextPageTemplate("back"), PageBreak()]
    story += _back_page(edition, styles, blocks)
    return story


def _references(edition: Edition, styles: Styles, blocks: BlockRenderer) -> list[Flowable]:
    heading = blocks.para(edition.language.text("references"), styles.heading)
    heading.outline = ("references", edition.language.text("references"))
    listing = blocks.numbered_list(edition.brochure.references, styles.small)
    return [KeepWithFirst(heading, listing)]


def _back_page(edition: Edition, styles: Styles, blocks: BlockRenderer) -> list[Flowable]:
    brand, lang, brochure = edition.brand, edition.language, edition.brochure
    contact = brand.contact
    heading = blocks.para(lang.text("contact"), styles.heading)
    heading.outline = ("contact", lang.text("contact"))
    label = styles.body.clone("label", fontName=styles.body_font.bold, spaceAfter=0)
    value = styles.body.clone("value", spaceAfter=0)
    rows = [
        (lang.text(key), text)
        for key, text in (
            ("phone", contact.phone),
            ("email", contact.email and f"[{contact.email}](mailto:{contact.email})"),
            ("website", contact.website and f"[{contact.website.split('://', 1)[-1].rstrip('/')}]({contact.website})"),
            ("address", contact.address),
            ("hours", contact.hours),
        )
        if text
    ]
    width = blocks.width
    flowables: list[Flowable] = []
    if rows:
        table = blocks.table([blocks.row([blocks.para(k, label), blocks.para(v, value, auto_direction=True)])
                              for k, v in rows],
                             blocks.row([width * 0.32, width * 0.68]), [("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.5)])
        flowables.append(KeepWithFirst(heading, table))
    else:
        flowables.append(heading)
    if brand.qr:
        size = 34 * mm
        caption = blocks.para(lang.text("qr"), styles.body.clone("qr-caption", spaceAfter=0))
        qr_row = blocks.table([blocks.row([_qr(brand.qr, size), caption])],
                              blocks.row([size + 6 * mm, width - size - 6 * mm]),
                              [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        flowables += [Spacer(1, styles.size), qr_row]
    if brochure.disclaimer:
        from .. import model

        flowables += blocks.block(model.Callout("tip", lang.text("disclaimer"), brochure.disclaimer, ()))
    if brochure.updated:
        flowables.append(blocks.para(lang.text("updated", date=lang.date(brochure.updated)),
                                     styles.small.clone("updated", textColor=styles.palette.muted)))
    return flowables


def _qr(url: str, size: float) -> Drawing:
    widget = QrCodeWidget(url, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _epoch(updated: dt.date | None) -> int:
    """The timestamp written into the PDF: SOURCE_DATE_EPOCH, else the content's `updated` date."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    day = updated or dt.date(2000, 1, 1)
    return calendar.timegm(day.timetuple())


def _canvas_maker(epoch: int):
    def make(*args, **kwargs) -> FurnitureCanvas:
        canvas = FurnitureCanvas(*args, **kwargs)
        stamp = TimeStamp(invariant=True)
        stamp.t = epoch
        stamp.lt = time.gmtime(epoch)
        stamp.YMDhms = tuple(stamp.lt)[:6]
        canvas._doc._timeStamp = stamp
        return canvas

    return make
