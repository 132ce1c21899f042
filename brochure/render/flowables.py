"""Small custom flowables: headings kept with what follows, tick boxes, ruled note lines."""
from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable

from ..errors import BrochureError, Problem
from .tagging import LinkedText, artifact


OVERFLOW_TOLERANCE = 4.0  # points: ReportLab leaves a hyphen or a space this far into the margin


class CheckedParagraph(Paragraph):
    """A Paragraph that refuses to print a line wider than its column (nothing is cut off silently),
    and in a tagged PDF marks its links' words as /Link content."""

    @property
    def has_links(self) -> bool:
        """Whether any words are a link (frags are style bags, or once wrapped, words: [width, (style, text) ...])."""
        return any(getattr(style, "link", None) for frag in self.frags
                   for style in ([part[0] for part in frag[1:]] if isinstance(frag, list) else [frag]))

    def beginText(self, x: float, y: float) -> PDFTextObject:
        tree = getattr(self.canv, "structure", None)
        if tree is not None and tree.text_marks is not None:
            return LinkedText(self.canv, x, y, tree, all_link=self.blPara.kind == 0)  # one style, a link
        return super().beginText(x, y)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        result = super().wrap(availWidth, availHeight)
        # Chinese and Japanese hang a closing mark such as 。 into the margin rather than start a line with it.
        tolerance = self.style.fontSize * 1.05 if self.style.wordWrap == "CJK" else OVERFLOW_TOLERANCE
        for line in self.blPara.lines:
            extra = line.extraSpace if hasattr(line, "extraSpace") else line[0]
            if extra < -tolerance:
                words = " ".join(getattr(w, "text", str(w)) for w in (line.words if hasattr(line, "words") else line[1]))
                raise BrochureError(Problem(
                    f"a line is {-extra:.0f} pt wider than the column: '{words[:60]}'",
                    hint="shorten the long word or address, or put it on its own line"))
        return result


class KeepWithFirst(Flowable):
    """A heading kept on the same page as the start of what follows it.

    Unlike ReportLab's keepWithNext (which moves the heading and the *whole* next flowable, leaving
    a large gap before a long paragraph), this splits the follower and keeps only its first part with
    the heading; if not even that fits, both move to the next frame.
    """

    def __init__(self, heading: Flowable, follower: Flowable):
        super().__init__()
        self.heading = heading
        self.follower = follower
        self.outline = getattr(heading, "outline", None)

    def _gap(self) -> float:
        return max(self.heading.getSpaceAfter(), self.follower.getSpaceBefore())

    def getSpaceBefore(self) -> float:
        return self.heading.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.follower.getSpaceAfter()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, self._heading_height = self.heading.wrapOn(self.canv, availWidth, availHeight)
        _, self._follower_height = self.follower.wrapOn(self.canv, availWidth, availHeight)
        self.width = availWidth
        self.height = self._heading_height + self._gap() + self._follower_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        _, heading_height = self.heading.wrapOn(self.canv, availWidth, availHeight)
        room = availHeight - heading_height - self._gap()
        if room <= 0:
            return []
        parts = self.follower.splitOn(self.canv, availWidth, room)
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if parts and isinstance(parts[0], ActionFlowable):  # KeepTogether asking for a new page
            if not at_top:
                return []  # move heading and all to the next page
            parts = parts[1:]  # already on a fresh page: there is no better place
        if not parts or (len(parts) == 1 and not at_top and parts[0].wrapOn(self.canv, availWidth, room)[1] > room):
            return []  # a container such as KeepTogether hands back its content whole: it must fit
        return [self.heading, *parts]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        # heading first: drawing order is the reading order of a tagged PDF
        self.heading.drawOn(canvas, x, y + self._follower_height + self._gap(), _sW)
        self.follower.drawOn(canvas, x, y, _sW)


class TickBox(Flowable):
    """An empty square for the reader to tick."""

    def __init__(self, size: float, color: Color):
        super().__init__()
        self.size = size
        self.color = color
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(1.2)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class RuledLines(Flowable):
    """Lines to write on, `spacing` apart."""

    def __init__(self, count: int, spacing: float, color: Color):
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.color = color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.spacing
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Fill the rest of the page with lines (two at least) and continue on the next."""
        fit = int(availHeight // self.spacing)
        if fit < 2 or fit >= self.count:
            return []
        return [RuledLines(fit, self.spacing, self.color), RuledLines(self.count - fit, self.spacing, self.color)]

    def draw(self) -> None:
        with artifact(self.canv):  # lines to write on: no content for a screen reader
            self.canv.setStrokeColor(self.color)
            self.canv.setLineWidth(0.7)
            for i in range(self.count):
                y = i * self.spacing
                self.canv.line(0, y, self.width, y)


def whole(flowable: Flowable) -> Flowable:
    """`flowable`, marked as a block a fold never splits between panels (a callout, a table, a
    question with its answer, a picture)."""
    flowable.keep_whole = True
    return flowable


def is_whole(flowable: Flowable) -> bool:
    """True for a block marked with `whole`, or a heading kept with one."""
    if getattr(flowable, "keep_whole", False):
        return True
    return isinstance(flowable, KeepWithFirst) and is_whole(flowable.follower)


class KeepTogetherUnlessTall(KeepTogether):
    """Keeps short content (a callout) on one page; content taller than `limit`, or facing more than
    `limit` of free space, may split rather than move to the next page and leave a large gap."""

    def __init__(self, flowables: list[Flowable], limit: float):
        super().__init__(flowables)
        self.limit = limit

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        # split rather than move when the content is tall, or when moving would leave a large gap
        if availHeight > self.limit / 3 and (self._H > self.limit or availHeight > self.limit):
            first, *rest = self._content
            pieces = first.splitOn(self.canv, availWidth, availHeight)
            if pieces:
                return [*pieces, *rest]
        return super().split(availWidth, availHeight)


class NoOrphanTable(Table):
    """A table that will not leave its first row (a callout's title) alone at the foot of a page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and parts[0]._nrows == 1 and self._nrows > 2:
            return []
        return parts


class KeptRows(Table):
    """A list, checklist or table that never leaves a single row alone at the foot or the head of
    a page (widow and orphan control for rows): it splits with at least two rows on each side, or
    moves whole. A table of up to `whole_rows` rows (not counting its header) always moves whole."""

    whole_rows = 0
    min_rows = 2

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # The frame is the document's current one when the table is split inside another flowable
        frame = getattr(self, "_frame", None) or getattr(getattr(self.canv, "_doctemplate", None), "frame", None)
        at_top = getattr(frame, "_atTop", False)
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = self._nrows - head
        if at_top:  # on a fresh page already: moving it would not help
            return super().split(availWidth, availHeight)
        if body <= max(self.whole_rows, 2 * self.min_rows - 1):
            return []
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        placed = parts[0]._nrows - head
        if placed < self.min_rows:
            return []
        if body - placed < self.min_rows:  # leave two rows for the next page
            keep = self._nrows - self.min_rows
            parts = super().split(availWidth, sum(self._rowHeights[:keep]) + 0.01)
            if len(parts) != 2 or parts[0]._nrows - head < self.min_rows:
                return []
        return parts


class KeptTable(KeptRows):
    """A table: up to six rows move whole to the next page rather than split."""

    whole_rows = 6
