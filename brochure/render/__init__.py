"""The render stage: one resolved edition + a layout -> PDF bytes.

Nothing above this package knows about ReportLab; nothing in it knows there are other languages.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import io
import os
import time
from typing import Iterator

from reportlab.graphics import shapes
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus import (
    Flowable, NextPageTemplate, PageBreak, Spacer,
)

from .. import __version__, model
from ..edition import Edition
from ..errors import BrochureError, Location, Problem, located
from ..fonts import FontCatalog
from ..layouts import Layout
from ..markup import plain
from . import printing
from .blocks import BlockRenderer
from .flowables import KeepWithFirst
from .pages import BrochureDocument, FurnitureCanvas
from .styles import Styles, build_styles
from .tagging import StructureTree


def render(edition: Edition, layout: Layout, fonts: FontCatalog, bleed: float = 0.0, cmyk: bool = False,
           notes_pages: int = 0, tags: bool = True, notice_on_back: bool = True,
           warnings: list[Problem] | None = None) -> bytes:
    """The PDF of one edition in one layout, byte-identical for identical inputs.

    bleed (points) and cmyk make a print-shop PDF; by default it is for office printers and screens.
    notes_pages: pages for notes before the back page (a booklet's padding; found by render itself).
    tags=False leaves out the structure tree screen readers use (a slightly smaller file).
    notice_on_back: the disclaimer and date close the back page; when they would run it onto a
    second page (large print), render itself sets them after the content instead.
    warnings: where to add what prints but needs a look (a fold's empty panel).
    """
    if layout.fold:
        from .folds import render_fold
        return render_fold(edition, layout, fonts, bleed=bleed, cmyk=cmyk, tags=tags, warnings=warnings)
    brand, brochure, lang = edition.brand, edition.brochure, edition.language
    styles = edition_styles(edition, layout, fonts)
    blocks = edition_blocks(edition, layout, styles, layout.column_width,
                            (layout.height - layout.top - layout.bottom) * 0.55, tags)
    buffer = io.BytesIO()
    doc = BrochureDocument(
        buffer, printing.PrintFurniture(edition, layout, styles, blocks, bleed),
        title=plain(brochure.title), author=brand.name, subject=plain(brochure.subtitle or brochure.title),
        keywords=document_keywords(edition, layout), creator=f"brochure {__version__}", producer=f"brochure {__version__}",
        lang=lang.tag, displayDocTitle=True, invariant=1, initialFontName=styles.body_font.regular,
        **printing.document_options(layout, bleed, cmyk, brand),
    )
    story = _story(edition, layout, styles, blocks, notes_pages, notice_on_back)
    try:
        with located(lambda: Location(brochure.path, path=doc.current_section)):
            doc.build(story, canvasmaker=_canvas_maker(_epoch(brochure.updated),
                                                       StructureTree(lang.tag, styles.rtl) if tags else None))
    except LayoutError as exc:
        raise BrochureError(_too_large(str(exc), edition, layout, doc.current_section)) from None
    if notice_on_back and doc.back_page_number and doc.page > doc.back_page_number:  # the back page ran over
        return render(edition, layout, fonts, bleed, cmyk, notes_pages, tags, notice_on_back=False)
    if layout.booklet and printing.booklet_padding(doc.page) and notes_pages < 8:  # fill the last sheet
        return render(edition, layout, fonts, bleed, cmyk, notes_pages + printing.booklet_padding(doc.page), tags,
                      notice_on_back)
    return buffer.getvalue()


def _too_large(error: str, edition: Edition, layout: Layout, section_path: str) -> Problem:
    """A block taller than a page, said plainly (ReportLab names its own classes and sizes in points)."""
    import re

    brochure = edition.brochure
    found = re.search(r"\(([\d.]+) x ([\d.]+)\) too large", error)
    tall = float(found.group(2)) if found else 0.0
    room = layout.height - layout.top - layout.bottom
    # (a notes block is never too tall: its lines fill the rest of a page and continue on the next)
    height = f" ({tall / mm:.0f} mm tall; a {layout.name} page holds {room / mm:.0f} mm)" if tall else ""
    return Problem(f"a block in this section is taller than a page{height}", Location(brochure.path, path=section_path),
                   "shorten that block, or split a very long table or list into two")


def document_keywords(edition: Edition, layout: Layout) -> list[str]:
    """The PDF's keywords: the brochure id, language and layout, and the leaflet's version and code."""
    review = edition.brochure.review
    return [edition.brochure.id, edition.language.tag, layout.name,
            *([f"version {review.version}"] if review.version else []), *([review.code] if review.code else []),
            *(["draft"] if edition.brochure.draft else [])]


def edition_styles(edition: Edition, layout: Layout, fonts: FontCatalog) -> Styles:
    """The styles of one edition in one layout (the folds in folds.py use them too)."""
    brand = edition.brand
    chain = fonts.chain(brand.body_font).narrowed("".join(_strings(edition)))
    styles = build_styles(brand, layout, edition.language, chain, fonts.get(brand.heading_font),
                          sample=plain(edition.brochure.title))
    shapes.STATE_DEFAULTS["fontName"] = styles.body_font.regular  # no unembedded Helvetica in drawings
    return styles


def _strings(value: object) -> Iterator[str]:
    """Every text of a resolved edition, and the furniture strings of its language."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Edition):
        yield from _strings((value.brochure, value.brand))
        yield from value.strings.values.values()
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def edition_blocks(edition: Edition, layout: Layout, styles: Styles, width: float, max_image_height: float,
                   tags: bool = True) -> BlockRenderer:
    """The block renderer of one edition in one layout (the folds in folds.py use it too)."""
    return BlockRenderer(styles, width, max_image_height, italic=layout.italics, tags=tags,
                         glossary=tuple(t.term for t in edition.brochure.glossary),
                         spaced=not edition.language.breaks_anywhere, borrowed=edition.borrowed,
                         source_tag=edition.source_tag, strings=edition.strings)


def _story(edition: Edition, layout: Layout, styles: Styles, blocks: BlockRenderer,
           notes_pages: int = 0, notice_on_back: bool = True) -> list[Flowable]:
    brochure = edition.brochure
    story: list[Flowable] = [blocks.para(brochure.title, styles.title, role="H1")]
    if brochure.subtitle:
        story.append(blocks.para(brochure.subtitle, styles.subtitle))
    for section in brochure.sections_in(layout.name):
        story += blocks.section(section)
    story += _back_matter(edition, styles, blocks, layout.name)
    if not notice_on_back:
        story += _notice(edition, styles, blocks)
    story += printing.notes_pages(notes_pages, layout, styles,
                                  lambda: blocks.para(edition.strings.text("notes"), styles.heading, role="H2"))
    if layout.back_page:
        story += [NextPageTemplate("back"), PageBreak()]
    story += _back_page(edition, styles, blocks, notice=notice_on_back)
    return story


def _back_matter(edition: Edition, styles: Styles, blocks: BlockRenderer, layout: str) -> list[Flowable]:
    """What follows the sections: the glossary and the sources (unless sections_for leaves them out)."""
    brochure = edition.brochure
    story: list[Flowable] = []
    if brochure.glossary and brochure.prints("glossary", layout):
        story += _glossary(edition, styles, blocks)
    if brochure.references and brochure.prints("references", layout):
        story += _references(edition, styles, blocks)
    return story


def _glossary(edition: Edition, styles: Styles, blocks: BlockRenderer) -> list[Flowable]:
    title = edition.strings.text("words_to_know")
    heading = blocks.para(title, styles.heading, role="H2")
    heading.outline = ("glossary", title)
    entries = [blocks.para(f"**{entry.term}**: {entry.definition}", role="P") for entry in edition.brochure.glossary]
    return [KeepWithFirst(heading, entries[0]), *entries[1:]]


def _references(edition: Edition, styles: Styles, blocks: BlockRenderer) -> list[Flowable]:
    heading = blocks.para(edition.strings.text("sources"), styles.heading, role="H2")
    heading.outline = ("references", edition.strings.text("sources"))
    # References are written once, in the brochure's first language, and printed as written.
    source = edition.source_tag
    listing = blocks.numbered_list(edition.brochure.references, styles.small,
                                   lang=source if source != edition.language.tag else None)
    return [KeepWithFirst(heading, listing)]


def _back_page(edition: Edition, styles: Styles, blocks: BlockRenderer, notice: bool = True) -> list[Flowable]:
    """The contact details, the QR code and (with `notice`) the disclaimer and date."""
    brand, strings = edition.brand, edition.strings
    contact = brand.contact
    heading = blocks.para(strings.text("contact_us"), styles.heading, role="H2")
    heading.outline = ("contact", strings.text("contact_us"))
    label = styles.body.clone("label", fontName=styles.body_font.bold, spaceAfter=0)
    value = styles.body.clone("value", spaceAfter=0)
    rows = [
        (strings.text(key), text)
        for key, text in (
            ("phone", contact.phone),
            ("email", contact.email and f"[{contact.email}](mailto:{contact.email})"),
            ("website", contact.website and f"[{contact.website.split('://', 1)[-1].rstrip('/')}]({contact.website})"),
            ("address", contact.address),
            ("opening_hours", contact.hours),
        )
        if text
    ]
    width = blocks.width
    flowables: list[Flowable] = []
    if rows:
        labels = [blocks.para(k, label) for k, _ in rows]
        label_width = _label_width(labels, width)
        table = blocks.table([blocks.row([k, blocks.para(v, value, auto_direction=True)]) for k, (_, v) in zip(labels, rows)],
                             blocks.row([label_width, width - label_width]), [("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.5)])
        flowables.append(KeepWithFirst(heading, table))
    else:
        flowables.append(heading)
    if brand.qr:
        size = 34 * mm
        caption = blocks.para(strings.text("qr_caption"), styles.body.clone("qr-caption", spaceAfter=0))
        qr_code = blocks.tag(_qr(brand.qr, size), "Figure", alt=strings.text("qr_alt", url=brand.qr))
        qr_row = blocks.table([blocks.row([qr_code, caption])],
                              blocks.row([size + 6 * mm, width - size - 6 * mm]),
                              [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        flowables += [Spacer(1, styles.size), qr_row]
    if brand.feedback:
        from ..placeholders import contact_link

        flowables += [Spacer(1, styles.size * 0.5),
                      blocks.para(strings.text("feedback", contact=contact_link(brand.feedback)), role="P")]
    return flowables + (_notice(edition, styles, blocks) if notice else [])


def _notice(edition: Edition, styles: Styles, blocks: BlockRenderer) -> list[Flowable]:
    """The disclaimer and the date the leaflet was last updated."""
    brochure, lang, strings = edition.brochure, edition.language, edition.strings
    flowables: list[Flowable] = []
    if brochure.disclaimer:
        flowables += blocks.block(model.Callout("tip", strings.text("please_note"), brochure.disclaimer, ()))[:-1]
    small = styles.small.clone("updated", textColor=styles.palette.muted)
    if brochure.updated:
        if flowables:  # clear of the callout's side bar
            flowables.append(Spacer(1, styles.size * 0.5))
        flowables.append(blocks.para(strings.text("last_updated", date=lang.date(brochure.updated)), small))
    record = _review_record(edition)
    if record:
        flowables.append(blocks.para(record, small.clone("review", spaceBefore=0)))
    return flowables


def _review_record(edition: Edition) -> str:
    """'Leaflet code: NEU-014 · Version 2.1 · Published: 25 November 2026 · Review due: 25 November 2027'."""
    review, lang, strings = edition.brochure.review, edition.language, edition.strings
    parts = [
        review.code and strings.text("leaflet_code", code=review.code),
        review.version and strings.text("version", version=review.version),
        review.published and strings.text("published", date=lang.date(review.published)),
        review.next_review and strings.text("review_due", date=lang.date(review.next_review)),
    ]
    return "  \u00b7  ".join(part for part in parts if part)


def _label_width(labels: list[Flowable], width: float) -> float:
    """A column wide enough that no label word is broken ("Öffnungszeiten"), within 25-45% of the width."""
    widest = max((getattr(getattr(k, "flowable", k), "minWidth", lambda: width * 0.3)() for k in labels), default=0)
    return min(max(widest + 8, width * 0.25), width * 0.45)


def _qr(url: str, size: float) -> Drawing:
    modules, (x0, y0, x1, y1) = _qr_modules(url)
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(modules)
    return drawing


@functools.lru_cache(maxsize=64)
def _qr_modules(url: str) -> tuple[shapes.Group, tuple[float, float, float, float]]:
    """The squares of a QR code and their bounds, encoded once per process for each URL (encoding
    takes about 20 ms; a batch prints the same clinic's code in every edition)."""
    widget = QrCodeWidget(url, barLevel="M", barBorder=0)
    return widget.draw(), widget.getBounds()


def _epoch(updated: dt.date | None) -> int:
    """The timestamp written into the PDF: SOURCE_DATE_EPOCH, else the content's `updated` date."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    day = updated or dt.date(2000, 1, 1)
    return calendar.timegm(day.timetuple())


def _canvas_maker(epoch: int, structure: StructureTree | None):
    def make(*args, **kwargs) -> FurnitureCanvas:
        canvas = FurnitureCanvas(*args, structure=structure, **kwargs)
        stamp = TimeStamp(invariant=True)
        stamp.t = epoch
        stamp.lt = time.gmtime(epoch)
        stamp.YMDhms = tuple(stamp.lt)[:6]
        canvas._doc._timeStamp = stamp
        return canvas

    return make
