"""Folded leaflets: one sheet printed on both sides and folded into panels (roll-fold trifold, bifold).

The reading order of a fold jumps between the two sides of the sheet: the cover is on the outside,
then come the inside panels, then the flap and the back on the outside again. Platypus cannot go
back to an earlier page, so each panel is drawn in reading order into content of its own, which is
then placed on its page: page 1 is the outside of the sheet, page 2 the inside. Drawing in reading
order also gives the tagged PDF its reading order (each panel's marks are numbered for its page).

A fold holds a fixed amount of text. The layout's body size is tried first, then smaller sizes with
tighter leading and spacing down to the layout's `min_size` (never below 9 pt). If the text still
does not fit, that edition fails, naming the section where the overflow begins and roughly how much
must go. Nothing is ever cut or dropped.
"""
from __future__ import annotations

import dataclasses
import io
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Callable, Iterator

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFName
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame
from reportlab.platypus.doctemplate import ActionFlowable, _FrameBreak

from .. import __version__
from ..edition import Edition
from ..errors import BrochureError, Location, Problem
from ..fonts import FontCatalog
from ..layouts import Layout
from ..markup import parse, plain
from .blocks import BlockRenderer
from .pages import Furniture, watermark
from .printing import crop_marks, document_options, extend_band
from .styles import Styles
from .tagging import Element, StructureTree, artifact

MIN_TEXT_SIZE = 9.0  # points: no fold prints text smaller than this
SIZE_STEP = 0.5
TIGHTEST_LEADING = 1.25
TIGHTEST_SPACING = 0.6  # space above and below blocks, as a share of the layout's


@dataclass(frozen=True)
class Panel:
    """One panel of the sheet: what it holds, which side it is on and where."""

    role: str  # "cover", "inside-1", "inside-2", ..., "flap", "back"
    side: int  # 0: outside of the sheet (page 1), 1: inside (page 2)
    x: float  # left edge on its side, in points from the sheet's left edge
    width: float

    @property
    def flows(self) -> bool:
        """True for the panels the sections flow through."""
        return self.role not in ("cover", "back")


def panels(layout: Layout, rtl: bool = False) -> list[Panel]:
    """The panels in reading order: cover, the inside panels, the flap (trifold), the back.

    `layout.panels` gives the inside panel widths from left to right. The outside of the sheet is
    its mirror image: the cover backs the first inside panel, the back the second, the flap the
    third. A right-to-left fold opens the other way, so every position is mirrored.
    """
    widths = layout.panels
    page = layout.width

    def inside(i: int) -> float:
        x = sum(widths[:i])
        return page - x - widths[i] if rtl else x

    def outside(i: int) -> float:
        x = sum(widths[:i])
        return x if rtl else page - x - widths[i]

    order = [Panel("cover", 0, outside(0), widths[0])]
    order += [Panel(f"inside-{i + 1}", 1, inside(i), widths[i]) for i in range(len(widths))]
    order += [Panel("flap", 0, outside(i), widths[i]) for i in range(2, len(widths))]
    order.append(Panel("back", 0, outside(1), widths[1]))
    return order


@dataclass(frozen=True)
class Attempt:
    """One try at setting the fold at one size."""

    size: float
    leading: float
    spacing: float


def attempts(layout: Layout) -> list[Attempt]:
    """The body size first, then smaller and tighter, down to the layout's minimum."""
    top = layout.body_size
    bottom = max(MIN_TEXT_SIZE, min(layout.min_size or top, top))
    sizes = [top]
    while sizes[-1] - SIZE_STEP >= bottom - 1e-6:
        sizes.append(round(sizes[-1] - SIZE_STEP, 2))
    if sizes[-1] > bottom:
        sizes.append(bottom)
    tight_leading = min(layout.leading, TIGHTEST_LEADING)
    result = []
    for size in sizes:
        t = (top - size) / (top - bottom) if top > bottom else 0.0
        result.append(Attempt(size, round(layout.leading - t * (layout.leading - tight_leading), 3),
                              round(1 - t * (1 - TIGHTEST_SPACING), 3)))
    return result


@dataclass
class Outcome:
    """What one attempt produced: the PDF if everything fit, else what was left over."""

    pdf: bytes | None
    leftover: list[tuple[str, Flowable]]  # (section id, 'glossary' or 'references'; flowable) not placed
    leftover_height: float
    capacity: float
    cover_fits: bool
    back_fits: bool


def render_fold(edition: Edition, layout: Layout, fonts: FontCatalog, bleed: float = 0.0,
                cmyk: bool = False, tags: bool = True) -> bytes:
    """The two-page PDF of a folded leaflet; raises BrochureError if the text does not fit."""
    outcome = None
    for attempt in attempts(layout):
        outcome = _render(edition, layout, fonts, attempt, bleed, cmyk, tags)
        if outcome.pdf is not None:
            return outcome.pdf
    raise BrochureError(_overflow(edition, layout, attempt, outcome))


def _render(edition: Edition, layout: Layout, fonts: FontCatalog, attempt: Attempt, bleed: float,
            cmyk: bool, tags: bool) -> Outcome:
    from . import _back_matter, _back_page, _canvas_maker, _epoch, document_keywords, edition_blocks, edition_styles

    brochure, brand, lang = edition.brochure, edition.brand, edition.language
    sized = dataclasses.replace(layout, body_size=attempt.size, leading=attempt.leading)
    styles = edition_styles(edition, sized, fonts)
    _tighten(styles, attempt.spacing)
    height = layout.height
    text_height = height - layout.top - layout.bottom
    blocks = edition_blocks(edition, layout, styles, layout.column_width, text_height * 0.45, tags)

    # Each flowable with where it comes from: a section id, or 'glossary' / 'references' after them.
    story: list[tuple[str, Flowable]] = [
        (s.id, f) for s in brochure.sections_in(layout.name) for f in blocks.section(s)]
    part = "sections"
    for flowable in _back_matter(edition, styles, blocks, layout.name):
        part = getattr(flowable, "outline", None) and flowable.outline[0] or part
        story.append((part, flowable))

    buffer = io.BytesIO()
    # A plain canvas (FurnitureCanvas holds pages back until save, so bookmarks would all land on page 1),
    # with the same fixed timestamp as the leaflets.
    canvas = Canvas(buffer, pagesize=(layout.width, height), invariant=1, lang=lang.tag,
                    initialFontName=styles.body_font.regular, **document_options(layout, bleed, cmyk))
    canvas._doc._timeStamp = _canvas_maker(_epoch(brochure.updated), None)(io.BytesIO())._doc._timeStamp
    for setter, value in ((canvas.setTitle, plain(brochure.title)), (canvas.setAuthor, brand.name),
                          (canvas.setSubject, plain(brochure.subtitle or brochure.title)),
                          (canvas.setKeywords, document_keywords(edition, layout)),
                          (canvas.setCreator, f"brochure {__version__}"),
                          (canvas.setProducer, f"brochure {__version__}")):
        setter(value)
    canvas.setViewerPreference("DisplayDocTitle", "true")
    if styles.rtl:
        canvas.setViewerPreference("Direction", PDFName("R2L"))
    tree = StructureTree(lang.tag, styles.rtl) if tags else None
    if tree:
        tree.enable(canvas)

    section_ids = {s.id for s in brochure.sections}

    def locate(origin: str) -> Location:
        return Location(brochure.path, path=f"sections.{origin}" if origin in section_ids else origin)

    order = panels(layout, styles.rtl)
    headings: dict[str, list[tuple[str, str]]] = {}  # panel role -> outline entries placed in it
    flowing = [_frame(panel, layout) for panel in order if panel.flows]
    capacity = sum(frame._aH for frame in flowing)
    cover_fits = back_fits = True
    drawn: dict[str, PanelContent] = {}
    link_url = canvas.linkURL
    for panel in order:
        if tree:
            tree.page = panel.side
        with _detached(canvas, tree) as drawn[panel.role]:
            if panel.role == "cover":
                cover_fits = _cover(canvas, panel, edition, layout, styles, blocks)
            elif panel.role == "back":
                back = _back_page(edition, styles, blocks)
                back_fits = not _fill(_frame(panel, layout), [("", f) for f in back], canvas,
                                      headings.setdefault("back", []))
            else:
                frame = flowing.pop(0)
                canvas._doctemplate = _Panels(frame, flowing[0] if flowing else frame)  # KeepTogether asks
                story = _fill(frame, story, canvas, headings.setdefault(panel.role, []), locate)
                del canvas._doctemplate
    canvas.linkURL = link_url

    leftover_height = sum(_height(f, canvas, layout.column_width) for _, f in story)
    if story or not cover_fits or not back_fits:
        return Outcome(None, story, leftover_height, capacity, cover_fits, back_fits)

    for side in (0, 1):
        with artifact(canvas):
            _bleed_backgrounds(canvas, [p for p in order if p.side == side], layout, styles, bleed)
        for panel in order:
            if panel.side == side:
                _place(canvas, drawn[panel.role], panel.x, tree)
                for key, _ in headings.get(panel.role, []):
                    canvas.bookmarkPage(key, fit="XYZ", left=panel.x, top=height)
        if brochure.draft:
            with artifact(canvas):
                watermark(canvas, edition, styles, blocks, layout.width, height)
        crop_marks(canvas, layout.width, height, bleed)
        canvas.showPage()
    for panel in order:  # the outline in reading order, whichever side each section landed on
        for key, title in headings.get(panel.role, []):
            canvas.addOutlineEntry(title, key, level=0)
    if tree:
        tree.write(canvas._doc, [f"Page{number}" for number in (1, 2)])
    canvas.save()
    return Outcome(buffer.getvalue(), [], 0.0, capacity, True, True)


@dataclass
class Link:
    """A link drawn in a panel, in panel coordinates, the structure element whose text holds it and
    the /Link element made for its words."""

    url: str
    rect: tuple[float, float, float, float]
    kind: str
    owner: Element | None
    words: Element | None


@dataclass
class PanelContent:
    """What a panel draws: its content operators and the images and colours they use, and its links
    (a panel is drawn before its page exists, so they are added when it is placed)."""

    code: list[str] = field(default_factory=list)
    xobjects: list[str] = field(default_factory=list)
    colors: dict = field(default_factory=dict)
    shadings: dict = field(default_factory=dict)
    states: dict = field(default_factory=dict)  # transparency: ExtGState entry -> its name
    links: list[Link] = field(default_factory=list)


@contextmanager
def _detached(canvas: Canvas, tree: StructureTree | None) -> Iterator[PanelContent]:
    """Draw into content of its own instead of onto the current page, as a Form XObject would be
    drawn, but placed inline later, so that the tagged PDF's marks and the page's resources (images,
    transparency) stay on the page. Uses ReportLab's own accumulator switch, as beginForm does."""
    content = PanelContent()
    canvas.push_state_stack()
    states = canvas._extgstate._c  # named once for every panel (ReportLab starts a new set each page)
    canvas.init_graphics_state()
    canvas._extgstate._c = states
    canvas._pushAccumulators()
    canvas.linkURL = _link_recorder(canvas, content.links, tree)
    try:
        yield content
    finally:
        content.code = [canvas._preamble, *canvas._code]
        content.xobjects, content.colors, content.shadings = canvas._formsinuse, canvas._colorsUsed, canvas._shadingUsed
        content.states = states
        canvas._restartAccumulators()
        canvas.pop_state_stack()


def _place(canvas: Canvas, content: PanelContent, x: float, tree: StructureTree | None) -> None:
    """Draw a panel's content on the current page with its left edge at `x`, and add its links."""
    canvas.saveState()
    canvas.translate(x, 0)
    canvas._code += content.code
    canvas.restoreState()
    canvas._formsinuse += content.xobjects
    canvas._colorsUsed.update(content.colors)
    canvas._shadingUsed.update(content.shadings)
    canvas._extgstate._c.update(content.states)  # the page itself draws nothing transparent
    for link in content.links:
        x0, y0, x1, y1 = link.rect
        if tree and link.words:
            tree.unlinked.append(link.words)  # the annotation joins its words' /Link element
        with tree.marking_in(link.owner) if tree and link.owner else nullcontext():
            canvas.linkURL(link.url, (x + x0, y0, x + x1, y1), relative=1, kind=link.kind)


class _Panels:
    """Stands in for a document template where flowables ask for the current and the next frame."""

    def __init__(self, frame: Frame, following: Frame):
        self.frame = frame
        self._following = following

    def _peekNextFrame(self) -> Frame:
        return self._following


def _link_recorder(canvas, found: list[Link], tree: StructureTree | None):
    """A stand-in for canvas.linkURL while a panel is drawn: the link is noted (in panel
    coordinates, with the element whose text holds it) and added when the panel is placed."""

    def link(url: str, rect, relative: int = 0, kind: str = "URI", **_) -> None:
        if relative:
            corners = [canvas.absolutePosition(x, y) for x in (rect[0], rect[2]) for y in (rect[1], rect[3])]
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            rect = (min(xs), min(ys), max(xs), max(ys))
        owner = tree.marking[-1] if tree and tree.marking else None
        words = tree.unlinked.pop(0) if tree and tree.unlinked else None
        found.append(Link(url, tuple(rect), kind, owner, words))

    return link


def _frame(panel: Panel, layout: Layout, top: float | None = None) -> Frame:
    top = layout.height - layout.top if top is None else top
    return Frame(layout.left, layout.bottom, panel.width - layout.left - layout.right, top - layout.bottom,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=panel.role)


def _tighten(styles: Styles, factor: float) -> None:
    """Fit the styles to a fold (they are fresh for each attempt): secondary text (sources, captions,
    tables) no larger than the body, and the space above and below every paragraph scaled."""
    body = styles.body.fontSize
    for entry in dataclasses.fields(styles):
        style = getattr(styles, entry.name)
        if not isinstance(style, ParagraphStyle):
            continue
        if entry.name in ("small", "caption", "table_header", "table_cell") and style.fontSize > body:
            style.leading *= body / style.fontSize
            style.fontSize = body
        style.spaceBefore *= factor
        style.spaceAfter *= factor


def _fill(frame: Frame, story: list[tuple[str, Flowable]], canvas, outline: list[tuple[str, str]],
          locate: Callable[[str], Location] | None = None) -> list[tuple[str, Flowable]]:
    """Place flowables from the front of `story` in `frame`, splitting where they allow it, as
    Platypus's document templates do; returns what is left. `outline` collects the section headings
    placed; `locate` says where a flowable's content was written, for errors raised while setting it."""
    story = list(story)
    while story:
        origin, flowable = story[0]
        if isinstance(flowable, ActionFlowable):  # e.g. KeepTogether asking for a fresh panel
            story.pop(0)
            if isinstance(flowable, _FrameBreak) and not frame._atTop:
                break
            continue
        try:
            if frame.add(flowable, canvas, trySplit=1):
                story.pop(0)
                _note_heading(flowable, outline)
                continue
            parts = frame.split(flowable, canvas)
            if not parts:
                break
            if not isinstance(parts[0], ActionFlowable):
                if not frame.add(parts[0], canvas, trySplit=1):
                    break
                _note_heading(parts[0], outline)
                parts = parts[1:]
            story[0:1] = [(origin, part) for part in parts]
        except BrochureError as exc:
            if locate is None:
                raise
            where = locate(origin)
            raise BrochureError(p if p.location.file else Problem(p.message, where, p.hint)
                                for p in exc.problems) from None
    return story


def _note_heading(flowable: Flowable, outline: list[tuple[str, str]]) -> None:
    entry = getattr(flowable, "outline", None)
    if entry:
        outline.append(entry)


def _height(flowable: Flowable, canvas, width: float) -> float:
    """How tall a flowable is when set in one column of `width`, with its spacing."""
    if isinstance(flowable, ActionFlowable):
        return 0.0
    _, height = flowable.wrapOn(canvas, width, 1e6)
    if height >= 0xFFFFFF:  # KeepTogether asks to be split this way; its content is _H tall
        height = getattr(flowable, "_H", 0.0)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _cover(canvas, panel: Panel, edition: Edition, layout: Layout, styles: Styles, blocks: BlockRenderer) -> bool:
    """The front cover: a brand band with the logo and the clinic's name centred (page furniture, as
    on a leaflet's first page), then the title and subtitle. True if it fits."""
    brochure, brand = edition.brochure, edition.brand
    band, height, width = layout.cover_band, layout.height, panel.width
    text_width = width - layout.left - layout.right
    with artifact(canvas):
        canvas.setFillColor(styles.palette.primary)
        canvas.rect(0, height - band, width, band, stroke=0, fill=1)
        logo = min(30 * mm, band * 0.4) if brand.logo else 0
        if logo:
            Furniture(edition, layout, styles, blocks)._logo(canvas, (width - logo) / 2, height - band * 0.16 - logo, logo)
        size = 17.0
        while True:  # the clinic's name, on up to two lines, never below the fold's smallest size
            style = ParagraphStyle("cover-name", parent=styles.body, fontName=styles.heading_font.bold, fontSize=size,
                                   leading=size * 1.2, textColor=styles.palette.on_primary, alignment=TA_CENTER,
                                   spaceBefore=0, spaceAfter=0, hyphenationLang="")
            name = blocks.paragraph(parse(brand.name), style)
            _, name_height = name.wrapOn(canvas, text_width, band)
            if name_height <= size * 1.2 * 2 + 1 or size <= MIN_TEXT_SIZE:
                break
            size -= 0.5
        room = band - band * 0.16 - logo
        name.drawOn(canvas, layout.left, height - band + max(0, (room - name_height) / 2) if logo
                    else height - band + (band - name_height) / 2)
    flowables = [blocks.para(brochure.title, styles.title, role="H1")]
    if brochure.subtitle:
        flowables.append(blocks.para(brochure.subtitle, styles.subtitle))
    frame = _frame(panel, layout, top=height - band - layout.top)
    return not _fill(frame, [("", f) for f in flowables], canvas, []) and name_height <= room


def _bleed_backgrounds(canvas, side: list[Panel], layout: Layout, styles: Styles, bleed: float) -> None:
    """Run the cover band past the trim into the bleed (the band inside the panel is in its form)."""
    if bleed <= 0:
        return
    for panel in side:
        if panel.role == "cover":
            at_left = panel.x < 1
            extend_band(canvas, styles.palette.primary, panel.x, panel.width, layout.height, layout.cover_band,
                        bleed, left=at_left, right=not at_left)


def _overflow(edition: Edition, layout: Layout, attempt: Attempt, outcome: Outcome) -> list[Problem]:
    brochure = edition.brochure
    size = f"{attempt.size:g} pt"
    hint = "choose fewer sections with sections_for: in content.yaml or shorten the text"
    problems = []
    if outcome.leftover:
        name = outcome.leftover[0][0]
        share = max(1, round(100 * outcome.leftover_height / outcome.capacity)) if outcome.capacity else 100
        if name in ("glossary", "references"):
            where = name
        else:
            where = f"sections_for.{layout.name}" if layout.name in brochure.sections_for else f"sections.{name}"
        problems.append(Problem(
            f"does not fit {layout.name} even at {size}: from section '{name}' on, about {share}% too long",
            Location(brochure.path, path=where), hint))
    if not outcome.cover_fits:
        problems.append(Problem(f"the title and subtitle do not fit the cover panel of {layout.name} even at {size}",
                                Location(brochure.path, path="title"), "shorten the title or the subtitle"))
    if not outcome.back_fits:
        problems.append(Problem(
            f"the contact details, QR code and disclaimer do not fit the back panel of {layout.name} even at {size}",
            Location(brochure.path, path="disclaimer"), "shorten the disclaimer or the address and opening hours"))
    return problems
