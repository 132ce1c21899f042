"""Right-to-left and mixed-direction paragraphs: Unicode bidi (python-bidi) plus HarfBuzz shaping.

ReportLab 5.1 cannot lay out Arabic, Hebrew, Persian or Urdu paragraphs itself (its bidi needs the
unpublished `rlbidi`, and a Paragraph never shapes and reorders at once). `BidiParagraph` does it:

1. bidi embedding levels are resolved once for the whole paragraph, in the given base direction;
2. lines are broken greedily on spaces in logical order, measuring shaped widths;
3. each line is cut into runs of one level, style, font and script direction, the runs are put in
   visual order (rule L2), and each run is shaped by ReportLab's HarfBuzz code, which returns the
   glyphs of a right-to-left run in visual order, joined, with ligatures and mirrored brackets.

Glyphs are drawn in visual order, as PDF text extractors expect for right-to-left scripts. Where a
glyph's Unicode value does not stand for its characters, that cluster alone carries /ActualText:
a run-wide logical /ActualText made poppler and PDFium read Arabic words backwards.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator, Sequence

import bidi
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from brochure.markup import Span

from .tagging import StructureTree

_WORD = re.compile(r"[^ ]+")
_SOFT_BREAKS = "/-.?&=_"  # where a word too long for a line is best cut, after the character
# python-bidi 0.6 exposes resolved levels only in its debug dump (Rust `{:#?}` of BidiInfo).
_LEVELS = re.compile(r"\n\s*levels: \[(.*?)\n\s*\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_MIRROR = str.maketrans(MIRRORED)
_FEATURES = {"kern": True, "liga": True}
_EXTENDED_ARABIC_DIGITS = "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"


def is_rtl_text(text: str) -> bool:
    """True when the first strong character of text is right-to-left (bidi class R or AL)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved bidi embedding level of each character (UAX #9 up to rule I2, before L1).

    python-bidi reports levels per UTF-8 byte in its debug output; they are mapped back to characters.
    """
    if not text:
        return []
    dump = bidi.get_display(text, base_dir="R" if rtl else "L", debug=True)
    found = _LEVELS.search(dump)
    byte_levels = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    if len(byte_levels) != len(text.encode("utf-8")):
        raise RuntimeError("python-bidi's debug output changed; cannot read embedding levels")
    levels, offset = [], 0
    for char in text:
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of items in left-to-right display order, by rule L2: from the highest level down to
    the lowest odd level, reverse every contiguous sequence at that level or higher."""
    order = list(range(len(levels)))
    if not levels:
        return order
    for level in range(max(levels), (min(levels) | 1) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return order


def _script_direction(char: str) -> bool | None:
    """What HarfBuzz will guess from this character's script: True right-to-left, False
    left-to-right, None for characters of no particular script (spaces, punctuation, ASCII digits)."""
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL", "AN") or char in _EXTENDED_ARABIC_DIGITS:
        return True
    return False if kind == "L" else None


@dataclass(frozen=True)
class Fonts:
    """Registered TrueType font names for one family, plus an optional family for characters it lacks.

    italic and bold_italic default to regular and bold (scripts without italics).
    """

    regular: str
    bold: str
    italic: str | None = None
    bold_italic: str | None = None
    fallback: Fonts | None = None

    def face(self, bold: bool, italic: bool) -> str:
        """The font name for one combination of styles."""
        if italic:
            return (self.bold_italic or self.bold) if bold else (self.italic or self.regular)
        return self.bold if bold else self.regular

    def chain(self, bold: bool, italic: bool) -> list[str]:
        """Font names to try for a character, main family first, then each fallback."""
        names, family = [], self
        while family is not None:
            names.append(family.face(bold, italic))
            family = family.fallback
        return names


def _pick_fonts(text: str, styles: Sequence[Span], fonts: Fonts) -> list[str]:
    """A font per character: letters take the first font in the chain that has them; other
    characters (spaces, digits, punctuation, marks) keep the previous character's font if it can."""
    chosen: list[str] = []
    chains: dict[tuple[bool, bool], dict[str, dict]] = {}  # (bold, italic) -> font name -> its cmap
    for char, span in zip(text, styles):
        key = (span.bold, span.italic)
        if key not in chains:
            chains[key] = {name: pdfmetrics.getFont(name).face.charToGlyph for name in fonts.chain(*key)}
        chain, code = chains[key], ord(char)
        previous = chosen[-1] if chosen else None
        strong = unicodedata.bidirectional(char) in ("L", "R", "AL")
        if previous in chain and not strong and code in chain[previous]:
            chosen.append(previous)
        else:
            chosen.append(next((name for name, cmap in chain.items() if code in cmap), next(iter(chain))))
    return chosen


@dataclass(frozen=True)
class _Run:
    """Characters [start, end) of one level, span, font and script direction."""

    start: int
    end: int
    level: int
    span: Span
    font: str
    script_rtl: bool | None


@dataclass(frozen=True)
class _Shaped:
    """A run's glyphs in visual order, and the text HarfBuzz was given for them."""

    run: _Run
    glyphs: ShapedStr
    source: str
    flipped: bool  # source is the run's text mirrored and reversed


def _clusters(glyphs: ShapedStr, source: str, flipped: bool) -> Iterator[tuple[int, int, str]]:
    """Each glyph cluster as (first glyph, end glyph, the characters of the paragraph it shows)."""
    data = glyphs.__shapeData__
    starts = sorted({glyph.cluster for glyph in data}) + [len(source)]
    ends = dict(zip(starts, starts[1:]))
    first = 0
    for i in range(1, len(data) + 1):
        if i == len(data) or data[i].cluster != data[first].cluster:
            chars = source[data[first].cluster:ends[data[first].cluster]]
            yield first, i, chars.translate(_MIRROR)[::-1] if flipped else chars
            first = i


@dataclass(frozen=True)
class _Placed:
    """A shaped run at its horizontal position on a line."""

    shaped: _Shaped
    x: float
    width: float


@dataclass(frozen=True)
class _Line:
    """Characters [start, end) set on one line, and their natural width."""

    start: int
    end: int
    width: float


@functools.lru_cache(maxsize=16384)
def _shape_str(text: str, font_name: str, font_size: float) -> ShapedStr:
    """ReportLab's `shapeStr`, minus the discretionary ligatures it switches on (with them Noto Sans
    Hebrew draws ביום with the Yiddish ligature ױ). Cached: line breaking measures the same words
    again for every width tried, and a batch sets the same words in every layout. The result is
    never changed by its users."""
    frag = ABag(fontName=font_name, fontSize=font_size)
    word = [pdfmetrics.stringWidth(text, font_name, font_size), (frag, text)]
    return shapeFragWord(word, features=_FEATURES, force=True)[1][1]


def _advance(glyphs: ShapedStr, font_size: float) -> float:
    """Width of shaped glyphs in points."""
    return sum(glyph.x_advance for glyph in glyphs.__shapeData__) * font_size / 1000


def _join_digit_groups(text: str) -> str:
    """text with each space between two digits of one bidi class made a no-break space (a common
    separator), so that "0123 456 789" resolves as one number read left to right, as phone numbers
    are, not as three numbers in right-to-left order. Used only to resolve levels."""
    chars = list(text)
    for i in range(1, len(text) - 1):
        kind = unicodedata.bidirectional(text[i - 1])
        if text[i] == " " and kind in ("EN", "AN") and unicodedata.bidirectional(text[i + 1]) == kind:
            chars[i] = "\u00a0"
    return "".join(chars)


class _Text:
    """A paragraph's characters with their span, font and bidi level, shared by the parts of a split."""

    def __init__(self, spans: Sequence[Span], fonts: Fonts, font_size: float, rtl: bool):
        self.text = "".join(span.text for span in spans)
        self.spans = [span for span in spans for _ in span.text]
        self.fonts = _pick_fonts(self.text, self.spans, fonts)
        self.levels = embedding_levels(_join_digit_groups(self.text), rtl)
        self.scripts = [_script_direction(char) for char in self.text]
        keys = list(zip(self.levels, self.spans, self.fonts))
        self.joins = [False] + [a == b for a, b in zip(keys, keys[1:])]  # same level, span, font as the one before
        self.font_size = font_size
        self._widths: dict[tuple[int, int], float] = {}

    def runs(self, start: int, end: int) -> list[_Run]:
        """Maximal runs in [start, end); neutral characters join the script direction of their run."""
        runs: list[_Run] = []
        run_start, script_rtl = start, None
        for i in range(start, end):
            script = self.scripts[i]
            if i > start and self.joins[i] and (script is None or script_rtl in (None, script)):
                script_rtl = script_rtl if script is None else script
                continue
            if i > start:
                runs.append(self._run(run_start, i, script_rtl))
            run_start, script_rtl = i, script
        if end > start:
            runs.append(self._run(run_start, end, script_rtl))
        return runs

    def _run(self, start: int, end: int, script_rtl: bool | None) -> _Run:
        return _Run(start, end, self.levels[start], self.spans[start], self.fonts[start], script_rtl)

    def shape(self, run: _Run) -> _Shaped:
        """The run's glyphs in visual order. HarfBuzz picks the direction from the script, so a run
        whose level says otherwise (neutrals at an odd level, Arabic digits at an even level) is
        shaped mirrored and reversed, which comes out in the right order either way."""
        text = self.text[run.start:run.end]
        flipped = bool(run.script_rtl) != bool(run.level % 2)
        if flipped:
            text = text.translate(_MIRROR)[::-1]
        return _Shaped(run, _shape_str(text, run.font, self.font_size), text, flipped)

    def width(self, start: int, end: int) -> float:
        """Shaped width of characters [start, end), in points (cached)."""
        key = (start, end)
        if key not in self._widths:
            self._widths[key] = sum(_advance(self.shape(run).glyphs, self.font_size)
                                    for run in self.runs(start, end))
        return self._widths[key]


@functools.lru_cache(maxsize=16384)
def _segments(source: str, font_name: str, font_size: float, flipped: bool) -> list[tuple[int, int, str | None]]:
    """Glyph ranges of the shaped `source` to draw, each with the /ActualText it needs, or None where
    the glyphs' own Unicode values already stand for the characters (presentation forms and ligatures
    that decompose to them, in any order). Clusters that do not (mirrored brackets, glyphs with no code
    point, glyphs shared by several characters) each get their own range and ActualText. Cached like
    the shaping; the list is never changed by its users."""
    glyphs = _shape_str(source, font_name, font_size)
    segments: list[tuple[int, int, str | None]] = []
    for start, end, chars in _clusters(glyphs, source, flipped):
        drawn = str(glyphs[start:end])
        actual = None if _same_characters(drawn, chars) else chars
        if actual is None and segments and segments[-1][2] is None:
            segments[-1] = (segments[-1][0], end, None)
        else:
            segments.append((start, end, actual))
    return segments


def _same_characters(drawn: str, chars: str) -> bool:
    """Whether two strings hold the same characters after compatibility normalisation."""
    return sorted(unicodedata.normalize("NFKC", drawn)) == sorted(unicodedata.normalize("NFKC", chars))


def _actual_text(text: str) -> str:
    """A PDF hex string holding text in UTF-16BE with a byte-order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class _LinkMarks:
    """In a tagged PDF, the words of a paragraph's links as /Link elements inside the paragraph's.
    Each run is its own text object, so the marks go between runs. A line's pieces (the paragraph's
    words, a link's words) are drawn left to right; they are put back in reading order, which for
    right-to-left text is not the drawing order."""

    def __init__(self, canvas: Canvas, tree: StructureTree) -> None:
        self.canvas, self.tree = canvas, tree
        self.element, self.page = tree.marking[-1], tree.current_page(canvas)
        self.href: str | None = None
        self.first = 0
        self.starts: dict[int, int] = {}  # kid index -> first character (logical) drawn in that piece

    def _emit(self, operators: list[str]) -> None:
        for operator in operators:
            self.canvas.addLiteral(operator)

    def start_line(self) -> None:
        self._emit(self.tree.after_link(self.element, self.page))  # a piece of the paragraph's own
        self.first = len(self.element.kids) - 1
        self.starts = {}

    def run(self, href: str | None, start: int) -> None:
        """A run is about to be drawn: a link's words start or end here."""
        if href != self.href:
            if self.href:
                self._emit(self.tree.after_link(self.element, self.page))
            if href:
                self._emit(self.tree.link_words(self.element, self.page))
            self.href = href
        piece = len(self.element.kids) - 1
        self.starts[piece] = min(self.starts.get(piece, start), start)

    def end_line(self) -> None:
        if self.href:
            self._emit(self.tree.after_link(self.element, self.page))
            self.href = None
        pieces = self.element.kids[self.first:]
        order = sorted(range(len(pieces)), key=lambda k: self.starts.get(self.first + k, math.inf))  # empty: last
        self.element.kids[self.first:] = [pieces[k] for k in order]


class BidiParagraph(Flowable):
    """A paragraph laid out with the Unicode bidi algorithm and HarfBuzz shaping."""

    def __init__(self, spans: list[Span], style: ParagraphStyle, fonts: Fonts,
                 link_color: Color | None = None, direction: str = "rtl"):
        super().__init__()
        if direction not in ("rtl", "ltr"):
            raise ValueError(f"direction must be 'rtl' or 'ltr', not {direction!r}")
        self.style = style
        self.link_color = link_color or style.textColor
        self.direction = direction
        self._text = _Text(spans, fonts, style.fontSize, direction == "rtl")
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

    def _part(self, start: int, end: int, space_before: float, space_after: float) -> BidiParagraph:
        """A fresh paragraph for characters [start, end) of this one, sharing its resolved levels
        (not a copy: ReportLab marks flowables it has postponed, and a part must start unmarked)."""
        part = object.__new__(BidiParagraph)
        Flowable.__init__(part)
        part.style, part.link_color, part.direction, part._text = (
            self.style, self.link_color, self.direction, self._text)
        part._set_range(start, end, space_before, space_after)
        return part

    def _tokens(self, avail_width: float) -> list[tuple[int, int]]:
        """Logical words as character ranges; a word wider than the line is cut into pieces."""
        tokens: list[tuple[int, int]] = []
        for match in _WORD.finditer(self._text.text, self._start, self._end):
            tokens += self._cut_word(match.start(), match.end(), avail_width)
        return tokens

    def _cut_word(self, start: int, end: int, avail_width: float) -> list[tuple[int, int]]:
        """Pieces of a word that each fit the width (but at least one character with its marks),
        cut after a slash, hyphen or dot where there is one (a web address breaks between its parts)."""
        pieces: list[tuple[int, int]] = []
        while self._text.width(start, end) > avail_width:
            cut = self._cluster_end(start, end)
            while cut < end and self._text.width(start, self._cluster_end(cut, end)) <= avail_width:
                cut = self._cluster_end(cut, end)
            if cut == end:
                break
            cut = max((i + 1 for i in range(start + 1, cut) if self._text.text[i] in _SOFT_BREAKS), default=cut)
            pieces.append((start, cut))
            start = cut
        return pieces + [(start, end)]

    def _cluster_end(self, i: int, end: int) -> int:
        """Index after character i and the combining marks that follow it."""
        i += 1
        while i < end and unicodedata.category(self._text.text[i]) in ("Mn", "Me"):
            i += 1
        return i

    def _break_lines(self, avail_width: float) -> list[_Line]:
        """Greedy line breaking on logical words."""
        lines: list[_Line] = []
        for start, end in self._tokens(avail_width):
            if lines:
                last = lines[-1]
                width = last.width + self._text.width(last.end, end)
                if width <= avail_width + 1e-6:
                    lines[-1] = _Line(last.start, end, width)
                    continue
            lines.append(_Line(start, end, self._text.width(start, end)))
        return lines

    def draw(self) -> None:
        size, leading = self.style.fontSize, self.style.leading
        tree = getattr(self.canv, "structure", None)
        marks = (_LinkMarks(self.canv, tree) if tree is not None and tree.marking
                 and any(span.href for span in self._text.spans) else None)
        for index, line in enumerate(self._lines):
            baseline = self.height - size - index * leading
            placed = self._place(line)
            if marks:
                marks.start_line()
            for item in placed:
                if marks:
                    marks.run(item.shaped.run.span.href, item.shaped.run.start)
                self._draw_run(self.canv, item, baseline)
            if marks:
                marks.end_line()
            self._draw_links(self.canv, placed, baseline)

    def _place(self, line: _Line) -> list[_Placed]:
        """The line's shaped runs in visual order, positioned according to the alignment."""
        runs = self._text.runs(line.start, line.end)
        shaped = [self._text.shape(runs[i]) for i in visual_order([run.level for run in runs])]
        widths = [_advance(item.glyphs, self.style.fontSize) for item in shaped]
        x = self._line_start(sum(widths))
        placed = []
        for item, width in zip(shaped, widths):
            placed.append(_Placed(item, x, width))
            x += width
        return placed

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

    def _draw_run(self, canv: Canvas, item: _Placed, baseline: float) -> None:
        """Draw one run's glyphs; clusters whose glyphs do not map back to their characters are
        wrapped in marked content with /ActualText (outside BT/ET, so the nesting stays valid)."""
        run, size = item.shaped.run, self.style.fontSize
        canv.setFont(run.font, size)
        canv.setFillColor(self.link_color if run.span.href else self.style.textColor)
        x = item.x
        shaped = item.shaped
        for start, end, actual in _segments(shaped.source, run.font, size, shaped.flipped):
            glyphs = item.shaped.glyphs[start:end]
            if actual is not None:
                canv.addLiteral(f"/Span <</ActualText {_actual_text(actual)}>> BDC")
            canv.drawString(x, baseline, glyphs)
            if actual is not None:
                canv.addLiteral("EMC")
            x += _advance(glyphs, size)

    def _draw_links(self, canv: Canvas, placed: list[_Placed], baseline: float) -> None:
        """Underline link runs and make each stretch of one link on the line clickable."""
        size = self.style.fontSize
        stretches: list[tuple[str, float, float]] = []
        for item in placed:
            href = item.shaped.run.span.href
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
