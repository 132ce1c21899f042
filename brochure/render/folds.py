"""Folded leaflets: one sheet printed on both sides and folded into panels (roll-fold trifold, bifold).

The reading order of a fold jumps between the two sides of the sheet: the cover is on the outside,
then come the inside panels, then the flap and the back on the outside again (`panels.py`).
Platypus cannot go back to an earlier page, so each panel is drawn in reading order into content of
its own, which is then placed on its page: page 1 is the outside of the sheet, page 2 the inside.
Drawing in reading order also gives the tagged PDF its reading order (each panel's marks are
numbered for its page).

What goes where: the cover takes the title and the key points; the sections flow through the
inside panels, a paragraph or list running on from one to the next; a block that does not fit the
last inside panel moves whole to the outside panels the layout names (`fold.overflow`), never
continuing across the fold. Callouts, tables, questions and pictures are never split. The back
panel ends with the contact details.

A fold holds a fixed amount of text. The layout's body size is tried first with each section
starting a panel, then with sections running on, then at smaller sizes with tighter leading and
spacing down to the layout's `min_size` (never below 9 pt). If the text still does not fit, that
edition fails, naming the section where the overflow begins and roughly how much must go. Nothing
is ever cut or dropped.
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
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak, _FrameBreak

from .. import __version__
from ..edition import Edition
from ..errors import BrochureError, Location, Problem, located
from ..fonts import FontCatalog
from ..layouts import Layout
from ..markup import parse, plain
from .. import model
from .blocks import BlockRenderer
from .cmyk import PrintCanvas
from .flowables import is_whole
from .pages import Furniture, watermark
from .panels import MIN_TEXT_SIZE, Attempt, Panel, attempts, flow, panels
from .printing import crop_marks, document_options, extend_band, fold_marks
from .styles import Styles
from .tagging import Element, StructureTree, artifact

WHOLE = -1  # in the set of what went on the cover: a whole section, not one of its blocks


@dataclass
class Outcome:
    """What one attempt produced: the PDF if everything fit, else what was left over."""

    pdf: bytes | None
    leftover: list[tuple[str, Flowable]]  # (section id, 'glossary' or 'references'; flowable) not placed
    leftover_height: float
    capacity: float
    cover_fits: bool
    back_fits: bool
    empty: list[Panel] = field(default_factory=list)  # panels the sections flow through that got nothing
    too_tall: bool = False  # the first block left over is one that is never split, and taller than a panel


def render_fold(edition: Edition, layout: Layout, fonts: FontCatalog, bleed: float = 0.0,
                cmyk: bool = False, tags: bool = True, warnings: list[Problem] | None = None) -> bytes:
    """The two-page PDF of a folded leaflet; raises BrochureError if the text does not fit.
    Panels left empty are reported in `warnings`."""
    outcome = None
    for attempt in attempts(layout):
        outcome = _render(edition, layout, fonts, attempt, bleed, cmyk, tags)
        if outcome.pdf is None:
            continue
        if attempt.size == layout.body_size and any(p.role != "back" for p in outcome.empty):
            # a panel to spare (the back does not count: it has the contact details): one for each section
            shared = _render(edition, layout, fonts, dataclasses.replace(attempt, breaks=True), bleed, cmyk, tags)
            outcome = shared if shared.pdf is not None else outcome
        if warnings is not None:
            warnings += _empty_panels(edition, layout, [p for p in outcome.empty if p.inside])
        return outcome.pdf
    raise BrochureError(_overflow(edition, layout, attempt, outcome))


def _render(edition: Edition, layout: Layout, fonts: FontCatalog, attempt: Attempt, bleed: float,
            cmyk: bool, tags: bool) -> Outcome:
    from . import _back_page, _canvas_maker, _epoch, document_keywords, edition_blocks, edition_styles

    brochure, brand, lang = edition.brochure, edition.brand, edition.language
    sized = dataclasses.replace(layout, body_size=attempt.size, leading=attempt.leading)
    styles = edition_styles(edition, sized, fonts)
    _tighten(styles, attempt.spacing)
    height = layout.height
    text_height = height - layout.top - layout.bottom
    blocks = edition_blocks(edition, layout, styles, layout.column_width, text_height * 0.45, tags)

    buffer = io.BytesIO()
    # A plain canvas (FurnitureCanvas holds pages back until save, so bookmarks would all land on page 1),
    # with the same fixed timestamp as the leaflets.
    canvas = PrintCanvas(buffer, pagesize=(layout.width, height), invariant=1, lang=lang.tag,
                    initialFontName=styles.body_font.regular, **document_options(layout, bleed, cmyk, brand))
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

    sections = {s.id: s for s in brochure.sections}

    def locate(origin: str) -> Location:
        section = sections.get(origin)
        return section.location if section and section.location else Location(brochure.path, path=origin)

    order = panels(layout, styles.rtl)
    stops = {stop.panel.role: stop for stop in flow(order, layout.overflow)}
    frames = {role: _frame(stop.panel, layout) for role, stop in stops.items()}
    capacity = sum(frame._aH for frame in frames.values())
    headings: dict[str, list[tuple[str, str]]] = {}  # panel role -> outline entries placed in it
    cover_fits = back_fits = True
    story: list[tuple[str, Flowable]] = []
    empty: list[Panel] = []
    drawn: dict[str, PanelContent] = {}
    link_url = canvas.linkURL
    for panel in order:
        if tree:
            tree.page = panel.side
        with _detached(canvas, tree) as drawn[panel.role]:
            if panel.role == "cover":
                cover_fits, on_cover = _cover(canvas, panel, edition, layout, styles, blocks,
                                              headings.setdefault("cover", []))
                # The sections are set after the cover, so that words are marked where first read.
                story = _story(edition, layout, styles, blocks, on_cover, attempt.breaks)
                continue
            outline = headings.setdefault(panel.role, [])
            back = _back_page(edition, styles, blocks) if panel.role == "back" else []
            top = None  # where the contact details start on the back panel (None: at its top)
            if panel.role in stops:
                frame = frames[panel.role]
                if back:  # the overflow takes the top of the back panel, the contact details the rest
                    frame = _frame(panel, layout, bottom=layout.bottom + styles.size
                                   + _stack_height(back, canvas, layout.column_width))
                following = [frames[role] for role in list(stops)[list(stops).index(panel.role) + 1:]]
                if frame._aH > 0:
                    canvas._doctemplate = _Panels(frame, following[0] if following else frame)  # KeepTogether asks
                    story = _fill(frame, story, canvas, outline, locate, split=stops[panel.role].continues)
                    del canvas._doctemplate
                if frame._atTop:
                    empty.append(panel)
                elif back:
                    top = frame._y - styles.size
            if back:
                back_fits = not _fill(_frame(panel, layout, top=top), [("", f) for f in back], canvas, outline)
    canvas.linkURL = link_url
    leftover_height = sum(_height(f, canvas, layout.column_width) for _, f in story)
    if story or not cover_fits or not back_fits:
        first = story[0][1] if story else None
        too_tall = bool(first and is_whole(first)
                        and _height(first, canvas, layout.column_width) > max(f._aH for f in frames.values()))
        return Outcome(None, story, leftover_height, capacity, cover_fits, back_fits, too_tall=too_tall)

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
        fold_marks(canvas, sorted(p.x for p in order if p.side == side and p.x > 1), height, bleed)
        canvas.showPage()
    for panel in order:  # the outline in reading order, whichever side each section landed on
        for key, title in headings.get(panel.role, []):
            canvas.addOutlineEntry(title, key, level=0)
    if tree:
        tree.write(canvas._doc, [f"Page{number}" for number in (1, 2)])
    canvas.save()
    return Outcome(buffer.getvalue(), [], 0.0, capacity, True, True, empty)


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


def _frame(panel: Panel, layout: Layout, top: float | None = None, bottom: float | None = None) -> Frame:
    """The text area of a panel (from `top` down to `bottom`, by default its margins)."""
    top = layout.height - layout.top if top is None else top
    bottom = layout.bottom if bottom is None else bottom
    return Frame(layout.left, bottom, panel.width - layout.left - layout.right, max(0.0, top - bottom),
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
          locate: Callable[[str], Location] | None = None, split: bool = False) -> list[tuple[str, Flowable]]:
    """Place flowables from the front of `story` in `frame`; returns what is left. With `split`, a
    paragraph or list that does not fit is split, its rest continuing in the next frame (callouts,
    tables, questions and pictures never are); without, a block that does not fit moves whole.
    `outline` collects the section headings placed; `locate` says where a flowable's content was
    written, for errors raised while setting it."""
    story = list(story)
    while story:
        origin, flowable = story[0]
        if isinstance(flowable, ActionFlowable):  # a section starting a panel, KeepTogether asking for one
            story.pop(0)
            if isinstance(flowable, _FrameBreak) and not frame._atTop and (split or flowable is not FrameBreak):
                break  # a section starts a fresh panel only when the next is an inside one
            continue
        with located(locate(origin)) if locate else nullcontext():
            if frame.add(flowable, canvas, trySplit=1):
                story.pop(0)
                _note_heading(flowable, outline)
                continue
            if is_whole(flowable):  # a KeepTogether always asks to be split: it is placed by its parts
                parts = _whole_parts(frame, flowable, canvas)
                if not parts:
                    break
                story[0:1] = [(origin, part) for part in parts]
                continue
            if not split:
                break
            parts = frame.split(flowable, canvas)
            if not parts:
                break
            if not isinstance(parts[0], ActionFlowable):
                if not frame.add(parts[0], canvas, trySplit=1):
                    break
                _note_heading(parts[0], outline)
                parts = parts[1:]
            story[0:1] = [(origin, part) for part in parts]
    return story


def _whole_parts(frame: Frame, flowable: Flowable, canvas) -> list[Flowable]:
    """The parts a block that is never split is placed as, if all of them fit the rest of `frame`
    (a KeepTogether's content; a heading and the block kept with it); else none."""
    _, height = flowable.wrapOn(canvas, frame._width, 1e6)
    if height >= 0xFFFFFF:  # KeepTogether's way of asking to be split; its content is _H tall
        height = getattr(flowable, "_H", 0.0)
    if not frame._atTop:
        height += flowable.getSpaceBefore()
    if height > frame._y - frame._y1p + 0.5:
        return []
    parts = [part for part in frame.split(flowable, canvas) if not isinstance(part, ActionFlowable)]
    if len(parts) == 1 and parts[0] is flowable:
        return []
    return parts


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


def _stack_height(flowables: list[Flowable], canvas, width: float) -> float:
    """How tall flowables are one after another in a column of `width` (space between them included)."""
    return sum(_height(f, canvas, width) for f in flowables)


def _cover(canvas, panel: Panel, edition: Edition, layout: Layout, styles: Styles, blocks: BlockRenderer,
           outline: list[tuple[str, str]]) -> tuple[bool, set[tuple[str, int]]]:
    """The front cover: a brand band with the logo and the clinic's name centred (page furniture, as
    on a leaflet's first page), the title and subtitle, then the sections sections_for names for
    the cover, else the key points where they fit. Returns whether all that fits, and what was
    moved here: (section id, block number), or (section id, WHOLE) for a section."""
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
    if _fill(frame, [("", f) for f in flowables], canvas, []) or name_height > room:
        return False, set()
    named = edition.brochure.covers.get(layout.name)
    if named:
        sections = [s for s in edition.brochure.sections_in(layout.name) if s.id in named]
        left = _fill(frame, [(s.id, f) for s in sections for f in blocks.section(s)], canvas, outline)
        return not left, {(s.id, WHOLE) for s in sections}
    moved = set()
    for section, number, block in _key_points(edition.brochure, layout):
        if _stack_height(_measuring(blocks).callout(block), canvas, frame._width) + 1 > frame._y - frame._y1p:
            break  # they stay in order: the next one does not move ahead of this one
        if not _fill(frame, [("", f) for f in blocks.callout(block, title_role="H2")], canvas, []):
            moved.add((section.id, number))
    return True, moved


def _key_points(brochure: model.Brochure, layout: Layout) -> Iterator[tuple[model.Section, int, model.Callout]]:
    """The key-points callouts of the sections a fold prints, in order (not a section's only block)."""
    for section in brochure.sections_in(layout.name):
        if len(section.blocks) > 1:
            for number, block in enumerate(section.blocks):
                if isinstance(block, model.Callout) and block.style == "key-points":
                    yield section, number, block


def _measuring(blocks: BlockRenderer) -> BlockRenderer:
    """A renderer like `blocks` for measuring only (it marks no glossary term as used)."""
    return BlockRenderer(blocks.styles, blocks.width, blocks.max_image_height, italic=blocks.italic, tags=False,
                         glossary=tuple(blocks.unmarked_terms.values()), spaced=blocks.spaced,
                         strings=blocks.strings)


def _story(edition: Edition, layout: Layout, styles: Styles, blocks: BlockRenderer,
           on_cover: set[tuple[str, int]], breaks: bool) -> list[tuple[str, Flowable]]:
    """Each flowable of the sections and the back matter with where it comes from: a section id,
    or 'glossary' / 'references'. Blocks already on the cover are left out; with `breaks`, each
    section and part of the back matter starts a panel."""
    from . import _back_matter

    story: list[tuple[str, Flowable]] = []
    for section in edition.brochure.sections_in(layout.name):
        if (section.id, WHOLE) in on_cover:
            continue
        kept = tuple(b for n, b in enumerate(section.blocks) if (section.id, n) not in on_cover)
        story += [(section.id, FrameBreak)] if breaks else []
        story += [(section.id, f) for f in blocks.section(dataclasses.replace(section, blocks=kept))]
    part = "sections"
    for flowable in _back_matter(edition, styles, blocks, layout.name):
        if getattr(flowable, "outline", None):
            part = flowable.outline[0]
            story += [(part, FrameBreak)] if breaks else []
        story.append((part, flowable))
    return story


def _bleed_backgrounds(canvas, side: list[Panel], layout: Layout, styles: Styles, bleed: float) -> None:
    """Run the cover band past the trim into the bleed (the band inside the panel is in its form)."""
    if bleed <= 0:
        return
    for panel in side:
        if panel.role == "cover":
            at_left = panel.x < 1
            extend_band(canvas, styles.palette.primary, panel.x, panel.width, layout.height, layout.cover_band,
                        bleed, left=at_left, right=not at_left)


def _empty_panels(edition: Edition, layout: Layout, empty: list[Panel]) -> list[Problem]:
    brochure = edition.brochure
    where = f"sections_for.{layout.name}" if layout.name in brochure.sections_for else "sections"
    return [Problem(f"the {panel.role} panel of {layout.name} ({edition.language.tag}) prints empty",
                    brochure.place(where), "add sections to sections_for, or choose a fold with fewer panels",
                    severity="warning") for panel in empty]


def _overflow(edition: Edition, layout: Layout, attempt: Attempt, outcome: Outcome) -> list[Problem]:
    brochure, tag = edition.brochure, edition.language.tag
    size = f"{attempt.size:g} pt"
    selection = f"sections_for: in {brochure.path.name}"
    if layout.name in brochure.sections_for and brochure.place(f"sections_for.{layout.name}").line:
        selection += f" (line {brochure.place(f'sections_for.{layout.name}').line})"
    hint = f"choose fewer sections with {selection} or shorten the text"
    problems = []
    if outcome.leftover:
        name = outcome.leftover[0][0]
        share = max(1, round(100 * outcome.leftover_height / outcome.capacity)) if outcome.capacity else 100
        section = next((s for s in brochure.sections if s.id == name), None)
        where = section.location if section and section.location else Location(brochure.path, path=name)
        message = (f"the {tag} edition does not fit {layout.name} even at {size}: from section '{name}' on, "
                   f"about {share}% too long")
        if outcome.too_tall:
            message += " (a callout, table or question there is taller than a panel, and a fold never splits one)"
        problems.append(Problem(message, where, hint))
    if not outcome.cover_fits and layout.name in brochure.covers:
        named = ", ".join(f"'{name}'" for name in brochure.covers[layout.name])
        problems.append(Problem(
            f"the title and the sections named for the cover ({named}) do not fit the cover panel of {layout.name} "
            f"({tag}) even at {size}", brochure.place(f"sections_for.{layout.name}"),
            "name a shorter section for the cover, or move one to sections:"))
    elif not outcome.cover_fits:
        problems.append(Problem(f"the title and subtitle do not fit the cover panel of {layout.name} ({tag}) even at {size}",
                                Location(brochure.path, path="title"), "shorten the title or the subtitle"))
    if not outcome.back_fits:
        problems.append(Problem(
            f"the contact details, QR code and disclaimer do not fit the back panel of {layout.name} ({tag}) even at {size}",
            Location(brochure.path, path="disclaimer"), "shorten the disclaimer or the address and opening hours"))
    return problems
