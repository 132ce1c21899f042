"""ShapedParagraph: a paragraph set by our text engine (`render/text/`) rather than ReportLab's.

ReportLab 5.1 cannot lay out right-to-left paragraphs (its bidi needs the unpublished `rlbidi`, and
a Paragraph never shapes and reorders at once), and breaks lines only at spaces. ShapedParagraph
sets right-to-left text, scripts that need shaping (Indic, Thai, Khmer, Burmese ...) and languages
written without spaces between words:

1. the text is prepared once (`text.prepare`): bidi levels in the paragraph's base direction, a
   font per character, and where lines may break (ICU, addresses and numbers kept whole);
2. lines are broken greedily at those opportunities, measuring shaped widths; a word wider than
   the line is cut after `/ . - @` where it has one;
3. each line is cut into runs of one level, span and font, put in visual order (rule L2), and
   shaped by HarfBuzz in the run's direction;
4. each line is drawn as one text object (one per link on the line, in a tagged PDF, since the
   link's marks may not cross a text object), glyph positions as TJ adjustments, each glyph's
   ToUnicode entry holding the characters it shows (`_reportlab.text_object`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ..fonts import FontFamily
from ..markup import Span
from ._reportlab import text_object
from ._reportlab import by_synthetic_bold, synthetic_bold  # synthetic bold (cjkbold)
from .tagging import LinkMarks
from .text.bidi import visual_order
from .text.line_break import cuts
from .text.prepare import Prepared, Run
from .text.shaping import Shaped


@dataclass(frozen=True)
class _Line:
    """Characters [start, end) set on one line (without the spaces that end it), and their width."""

    start: int
    end: int
    width: float


@dataclass(frozen=True)
class _Placed:
    """A shaped run at its horizontal position on a line."""

    run: Run
    shaped: Shaped
    x: float
    width: float


class ShapedParagraph(Flowable):
    """A paragraph laid out with the Unicode bidi algorithm, HarfBuzz shaping and ICU line breaks."""

    def __init__(self, spans: list[Span], style: ParagraphStyle, families: Sequence[FontFamily],
                 link_color: Color | None = None, direction: str = "rtl", breaking: str = "uax14",
                 lang: str = "en"):
        super().__init__()
        if direction not in ("rtl", "ltr"):
            raise ValueError(f"direction must be 'rtl' or 'ltr', not {direction!r}")
        self.style = style
        self.link_color = link_color or style.textColor
        self.direction = direction
        self._text = Prepared(spans, families, style.fontSize, direction == "rtl", breaking, lang)
        self._set_range(0, len(self._text.text), style.spaceBefore, style.spaceAfter)

    def _set_range(self, start: int, end: int, space_before: float, space_after: float) -> None:
        """Make this paragraph stand for characters [start, end) of its text."""
        self._start, self._end = start, end
        self._space_before, self._space_after = space_before, space_after
        self._lines: list[_Line] = []

    def getSpaceBefore(self) -> float:
        return self._space_before

    def getSpaceAfter(self) -> float:
        return self._space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = self._break_lines(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def minWidth(self) -> float:
        """The widest word (a column narrower than this cuts words)."""
        text = self._text
        bounds = [self._start, *(b for b in text.breaks if self._start < b < self._end), self._end]
        return max((text.width(a, self._trim(a, b)) for a, b in zip(bounds, bounds[1:])), default=0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """[first, rest] keeping at least two lines on each side, or [] if that cannot fit."""
        lines = self._break_lines(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        keep = min(fit, len(lines) - 2)
        if keep < 2:
            return []
        return [self._part(self._start, lines[keep - 1].end, self._space_before, 0),
                self._part(lines[keep].start, self._end, 0, self._space_after)]

    def _part(self, start: int, end: int, space_before: float, space_after: float) -> ShapedParagraph:
        """A fresh paragraph for characters [start, end) of this one, sharing its prepared text
        (not a copy: ReportLab marks flowables it has postponed, and a part must start unmarked)."""
        part = object.__new__(ShapedParagraph)
        Flowable.__init__(part)
        part.style, part.link_color, part.direction, part._text = (
            self.style, self.link_color, self.direction, self._text)
        part._set_range(start, end, space_before, space_after)
        return part

    def _trim(self, start: int, end: int) -> int:
        """end, less the spaces that end [start, end)."""
        while end > start and self._text.text[end - 1].isspace():
            end -= 1
        return end

    def _segments(self, avail_width: float) -> list[tuple[int, int]]:
        """The stretches between break opportunities (each with the spaces that end it); one wider
        than the line is cut into pieces that fit (at least one character with its marks each)."""
        text = self._text
        bounds = [self._start, *(b for b in text.breaks if self._start < b < self._end), self._end]
        segments: list[tuple[int, int]] = []
        for start, end in zip(bounds, bounds[1:]):
            bare = self._trim(start, end)
            while text.width(start, bare) > avail_width + 1e-6:
                cut = next((c for c in cuts(text.text, start, bare) if text.width(start, c) <= avail_width + 1e-6),
                           None)
                if cut is None:
                    cut = next(iter(cuts(text.text, start, bare)[-1:]), bare)
                    if cut == bare:
                        break
                segments.append((start, cut))
                start = cut
            segments.append((start, end))
        return segments

    def _break_lines(self, avail_width: float) -> list[_Line]:
        """Greedy line breaking at the break opportunities."""
        text = self._text
        lines: list[_Line] = []
        for start, end in self._segments(avail_width):
            bare = self._trim(start, end)
            if lines:
                last = lines[-1]
                width = last.width + text.width(last.end, bare)
                if width <= avail_width + 1e-6:
                    lines[-1] = _Line(last.start, bare, width)
                    continue
            if bare > start or not lines:
                lines.append(_Line(start, bare, text.width(start, bare)))
        return lines

    def draw(self) -> None:
        size, leading = self.style.fontSize, self.style.leading
        tree = getattr(self.canv, "structure", None)
        marks = (LinkMarks(self.canv, tree) if tree is not None and tree.marking
                 and any(span.href for span in self._text.spans) else None)
        for index, line in enumerate(self._lines):
            baseline = self.height - size - index * leading
            placed = self._place(line)
            if marks:
                marks.start_line()
            for piece in self._pieces(placed):
                if marks:
                    marks.run(piece[0].run.span.href, min(item.run.start for item in piece))
                self._draw_piece(self.canv, piece, baseline)
            if marks:
                marks.end_line()
            self._draw_links(self.canv, placed, baseline)

    def _place(self, line: _Line) -> list[_Placed]:
        """The line's shaped runs in visual order, positioned according to the alignment."""
        runs = self._text.runs(line.start, line.end)
        ordered = [runs[i] for i in visual_order([run.level for run in runs])]
        shaped = [self._text.shape(run) for run in ordered]
        widths = [item.width(self.style.fontSize) for item in shaped]
        x = self._line_start(sum(widths))
        placed = []
        for run, glyphs, width in zip(ordered, shaped, widths):
            placed.append(_Placed(run, glyphs, x, width))
            x += width
        return placed

    @staticmethod
    def _pieces(placed: list[_Placed]) -> list[list[_Placed]]:
        """Neighbouring runs of one link (or of none): each piece is one text object."""
        pieces: list[list[_Placed]] = []
        for item in placed:
            if pieces and pieces[-1][-1].run.span.href == item.run.span.href:
                pieces[-1].append(item)
            else:
                pieces.append([item])
        return pieces

    def _line_start(self, line_width: float) -> float:
        """x of the line's left edge for the style's alignment (justified text is set ragged)."""
        alignment = self.style.alignment
        if alignment not in (TA_LEFT, TA_CENTER, TA_RIGHT):
            alignment = TA_RIGHT if self.direction == "rtl" else TA_LEFT
        if alignment == TA_RIGHT:
            return self.width - line_width
        if alignment == TA_CENTER:
            return (self.width - line_width) / 2
        return 0.0

    def _draw_piece(self, canv: Canvas, piece: list[_Placed], baseline: float) -> None:
        """Draw runs of one colour as one text object (the runs of a synthetic bold face as one of
        their own, filled and stroked)."""
        size = self.style.fontSize
        color = self.link_color if piece[0].run.span.href else self.style.textColor
        canv.setFillColor(color)
        for runs in by_synthetic_bold(piece, lambda item: item.run.font):  # synthetic bold (cjkbold)
            with synthetic_bold(canv, runs[0].run.font, size, color):
                text_object(canv, runs[0].x, baseline,
                            [(item.run.font, size, item.shaped, item.shaped.glyph_texts()) for item in runs])

    def _draw_links(self, canv: Canvas, placed: list[_Placed], baseline: float) -> None:
        """Underline link runs and make each stretch of one link on the line clickable: the
        annotation covers exactly the link's words on this line."""
        size = self.style.fontSize
        stretches: list[tuple[str, float, float]] = []
        for item in placed:
            href = item.run.span.href
            if not href:
                continue
            if stretches and stretches[-1][0] == href and abs(stretches[-1][2] - item.x) < 0.01:
                stretches[-1] = (href, stretches[-1][1], item.x + item.width)
            else:
                stretches.append((href, item.x, item.x + item.width))
        canv.setStrokeColor(self.link_color)
        canv.setLineWidth(size / 18)
        for href, left, right in stretches:
            canv.line(left, baseline - size / 8, right, baseline - size / 8)
            canv.linkURL(href, (left, baseline - size / 4, right, baseline + size), relative=1, thickness=0)
