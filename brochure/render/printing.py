"""Print-shop output: bleed, crop and fold marks, trim and bleed boxes, CMYK colours, booklet notes pages.

Without bleed and CMYK nothing here changes a PDF: office printers and screens get what they always got.

Bleed: ReportLab's own `cropMarks.bleedWidth` *scales* the whole page to fill the bleed, so it is not
used. Instead the page is grown by a border (bleed + a gap + the crop marks: ReportLab's `cropMarks`
with its own marks switched off), everything is drawn in trim coordinates as before, backgrounds that
touch the trim edge are drawn past it by the bleed, the crop marks are drawn by `crop_marks` (as
artifacts of a tagged PDF), and the TrimBox and BleedBox are set in the grown page's coordinates.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from reportlab.lib.abag import ABag
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from ..layouts import Layout
from ..model import Brand
from .cmyk import converter
from .flowables import RuledLines
from .pages import Furniture
from .styles import Styles
from .tagging import artifact

MARK_LENGTH = 18.0  # points: length of each crop mark
MARK_GAP = 6.0  # points between the bleed edge and the start of a crop mark
REGISTRATION = CMYKColor(1, 1, 1, 1)  # crop marks print on every plate
NOTES_SPACING = 10 * mm


def border(bleed: float) -> float:
    """How far the page grows on each side for a bleed: the bleed, a gap and the crop marks."""
    return bleed + MARK_GAP + MARK_LENGTH if bleed > 0 else 0.0


def document_options(layout: Layout, bleed: float, cmyk: bool, brand: Brand | None = None) -> dict[str, Any]:
    """Keyword arguments for a ReportLab canvas or document template (empty for an office PDF).
    With `cmyk`, the brand's colours print with the CMYK values its brand guide gives, if any."""
    options: dict[str, Any] = {}
    if bleed > 0:
        edge = border(bleed)
        width, height = layout.width, layout.height
        # ReportLab grows the page; its marks are off (markLast=0: with markColor=None and markLast=1 it fails)
        options["cropMarks"] = ABag(borderWidth=edge, markColor=None, markLast=0)  # no bleedWidth: it scales the page
        options["trimBox"] = (edge, edge, edge + width, edge + height)
        options["bleedBox"] = (edge - bleed, edge - bleed, edge + width + bleed, edge + height + bleed)
    if cmyk:
        inks = {getattr(brand, name): cmyk for name, cmyk in brand.inks.items()} if brand else {}
        options["enforceColorSpace"] = converter(inks)
    return options


@dataclass(frozen=True)
class PrintFurniture(Furniture):
    """The page furniture, with the brand bands run into the bleed and the layout's furniture size."""

    bleed: float = 0.0

    def crop_marks(self, canvas: Canvas, total: int) -> None:
        crop_marks(canvas, self.layout.width, self.layout.height, self.bleed)

    def band(self, canvas: Canvas, height: float) -> None:
        if self.bleed > 0:
            extend_band(canvas, self.styles.palette.primary, 0, self.layout.width, self.layout.height, height,
                        self.bleed, left=True, right=True)
        super().band(canvas, height)


def crop_marks(canvas: Canvas, width: float, height: float, bleed: float) -> None:
    """The eight crop marks of a trim `width` x `height` (drawn in trim coordinates), two at each
    corner, from the page edge to a gap short of the bleed; page furniture in a tagged PDF."""
    if bleed <= 0:
        return
    far, near = -border(bleed), -border(bleed) + MARK_LENGTH
    _marks(canvas, [(0, far, 0, near), (width, far, width, near),
                    (0, height - near, 0, height - far), (width, height - near, width, height - far),
                    (far, 0, near, 0), (width - near, 0, width - far, 0),
                    (far, height, near, height), (width - near, height, width - far, height)])


def fold_marks(canvas: Canvas, folds: list[float], height: float, bleed: float) -> None:
    """A dashed mark above and below the trim at each fold (x in trim coordinates), where the crop
    marks are, so the folder knows where to fold; page furniture in a tagged PDF."""
    if bleed <= 0 or not folds:
        return
    far, near = -border(bleed), -border(bleed) + MARK_LENGTH
    _marks(canvas, [line for x in folds for line in ((x, far, x, near), (x, height - near, x, height - far))],
           dash=(3, 2))


def _marks(canvas: Canvas, lines: list[tuple[float, float, float, float]],
           dash: tuple[float, float] | None = None) -> None:
    """Printer's marks: thin lines in registration colour, marked as an artifact."""
    with artifact(canvas):
        canvas.saveState()
        canvas.setStrokeColor(REGISTRATION)
        canvas.setLineWidth(0.5)
        if dash:
            canvas.setDash(*dash)
        canvas.lines(lines)
        canvas.restoreState()


def extend_band(canvas: Canvas, color: Color, x: float, width: float, top: float, height: float, bleed: float,
                left: bool, right: bool) -> None:
    """A band of `color` at the top of the area x..x+width, run past the top trim edge (and past
    the left/right trim edges where asked) by `bleed`."""
    x0 = x - bleed if left else x
    x1 = x + width + bleed if right else x + width
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.rect(x0, top - height, x1 - x0, height + bleed, stroke=0, fill=1)
    canvas.restoreState()


def notes_pages(count: int, layout: Layout, styles: Styles, make_heading: Callable[[], Flowable]) -> list[Flowable]:
    """`count` pages, each a 'Notes' heading over ruled lines filling the page: a booklet's padding,
    so that its page count is a multiple of 4 without blank pages."""
    heading = styles.heading
    room = layout.height - layout.top - layout.bottom - heading.leading * 1.2 - heading.spaceAfter
    lines = max(1, int(room // NOTES_SPACING))
    flowables: list[Flowable] = []
    for _ in range(count):
        flowables += [PageBreak(), make_heading(), RuledLines(lines, NOTES_SPACING, styles.palette.rule)]
    return flowables


def booklet_padding(pages: int) -> int:
    """How many pages a booklet of `pages` pages lacks to fill its sheets (4 pages a sheet)."""
    return -pages % 4
