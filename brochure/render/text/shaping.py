"""HarfBuzz shaping of one run (one font, one direction) and the characters each glyph shows.

Runs are shaped with uharfbuzz on the HarfBuzz face ReportLab keeps for each registered TrueType
font, in the direction of the run's bidi level (so brackets in right-to-left runs are mirrored by
HarfBuzz, and a run needs no flipping). Glyphs come back in visual order, left to right; advances
and offsets are in thousandths of an em, as PDF text space wants them.

`Shaped.glyph_texts` gives each glyph the characters it stands for, for a ToUnicode map that gets
every word back out. Only glyphs that advance are written as text: PDF readers split a word where a
glyph is drawn back over its neighbour, raised, or at the place where the glyph before it started
(poppler, PDFium and pdf.js all do), which is how marks are placed. So a glyph that does not advance
(a haraka, a vowel sign above or below, a reph) is drawn as an outline (`outline`), and its
characters go to the glyphs of its cluster that advance: dealt to them in reading order, the last
taking what is left (a conjunct, a ligature or a letter with its marks maps to several characters).
A cluster with no advancing glyph (a zero-width non-joiner) gives its characters to the cluster
before it. Each glyph's characters are written left to right as the glyph is drawn (so right to
left in reverse, and a bracket as the mirrored bracket it shows), which is how readers that reorder
right-to-left text read them.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import uharfbuzz
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics

_MIRROR = str.maketrans(MIRRORED)
# non-spacing marks: what pdf.js takes for zero-width diacritics (`\p{Mn}`)
_MARKS = "".join(chr(c) for c in range(0x300, 0x1E950) if unicodedata.category(chr(c)) == "Mn")
# what PDFium's bidi (fx_bidi.cpp) counts as weak left to right, as it does a non-spacing mark
_WEAK = ("EN", "AN", "CS", "ES", "ET")
_ARABIC_LETTER_MARK = "\u061c"  # invisible; right to left in PDFium and in pdf.js


@dataclass(frozen=True)
class Glyph:
    """One glyph as HarfBuzz placed it."""

    gid: int
    cluster: int  # index in the shaped text of its cluster's first character
    advance: float  # horizontal advance, thousandths of an em
    x_offset: float
    y_offset: float
    width: float  # the glyph's own advance in the font (what the PDF's width table says)


@dataclass(frozen=True)
class Cluster:
    """Glyphs [first, end) showing characters [start, stop) of the shaped text."""

    first: int
    end: int
    start: int
    stop: int


@dataclass(frozen=True)
class Shaped:
    """A run's glyphs in visual order, and the text they were shaped from (logical order)."""

    text: str
    rtl: bool
    glyphs: tuple[Glyph, ...]

    def width(self, size: float) -> float:
        """The run's width in points at font size `size`."""
        return sum(glyph.advance for glyph in self.glyphs) * size / 1000

    def clusters(self) -> list[Cluster]:
        """The glyph clusters in visual order, each with the characters it shows."""
        starts = sorted({glyph.cluster for glyph in self.glyphs}) + [len(self.text)]
        stops = dict(zip(starts, starts[1:]))
        found: list[Cluster] = []
        first = 0
        for i in range(1, len(self.glyphs) + 1):
            if i == len(self.glyphs) or self.glyphs[i].cluster != self.glyphs[first].cluster:
                start = self.glyphs[first].cluster
                found.append(Cluster(first, i, start, stops[start]))
                first = i
        return found

    def glyph_texts(self) -> tuple[str | None, ...]:
        """The characters each glyph stands for, written left to right (see the module docstring);
        None for a glyph drawn as an outline. A vowel drawn in two parts around its consonant (Tamil
        ோ, Bengali ো) is written as its canonical decomposition (ெ + ா), so each part has a character;
        an advancing glyph beyond even those characters gets ''. Worked out once per shaped run."""
        return self._glyph_texts

    @functools.cached_property
    def _glyph_texts(self) -> tuple[str | None, ...]:
        texts: list[str | None] = [None] * len(self.glyphs)
        clusters = sorted(self.clusters(), key=lambda cluster: cluster.start)  # reading order
        carriers = [self._carriers(cluster) for cluster in clusters]
        if not any(carriers):  # nothing advances (a lone mark): every glyph is text
            carriers = [self._carriers(cluster, every=True) for cluster in clusters]
        pieces: dict[int, str] = {}
        last: int | None = None  # the glyph holding the latest characters
        waiting = ""  # characters of clusters before the first advancing glyph
        for cluster, glyphs in zip(clusters, carriers):
            chars = self.text[cluster.start:cluster.stop]
            if not glyphs:
                if last is None:
                    waiting += chars
                else:
                    pieces[last] += chars
                continue
            chars, waiting = waiting + chars, ""
            if len(glyphs) > len(chars):  # a vowel drawn in two parts: its canonical parts, one a glyph
                chars = unicodedata.normalize("NFD", chars)
            for n, index in enumerate(glyphs):
                pieces[index] = chars[n:] if n == len(glyphs) - 1 else chars[n:n + 1]
            last = glyphs[-1]
        for index, piece in pieces.items():
            texts[index] = piece[::-1].translate(_MIRROR) if self.rtl else piece
        _place_marks(texts, self.rtl)
        if self.rtl:
            _part_marks_from_stops_and_digits(texts)
        return tuple(texts)

    def _carriers(self, cluster: Cluster, every: bool = False) -> list[int]:
        """The cluster's glyphs written as text (those that advance, or `every` one), in reading order."""
        found = [i for i in range(cluster.first, cluster.end) if every or self.glyphs[i].advance]
        return found[::-1] if self.rtl else found


def _place_marks(texts: list[str | None], rtl: bool) -> None:
    """Move mark characters between the texts of neighbouring glyphs of a word, keeping the order of
    the characters as drawn (all that readers that rebuild words from positions see), so that
    the first glyph of a word as drawn holds no mark after its letter (pdf.js takes a glyph with a
    mark for a zero-width one and puts a space after it), and in right-to-left text no other glyph's
    text starts with a mark (MuPDF starts a new line there)."""
    words: list[list[int]] = [[]]
    for index, text in enumerate(texts):
        if text is None:
            continue
        if not text or text.isspace():
            words.append([])
        else:
            words[-1].append(index)
    for word in words:
        if rtl:
            for before, index in zip(word[1:], word[2:]):
                text = texts[index]
                marks = len(text) - len(text.lstrip(_MARKS))
                if 0 < marks < len(text):
                    texts[before] += text[:marks]
                    texts[index] = text[marks:]
        if len(word) > 1:
            first = texts[word[0]]
            mark = next((i for i, char in enumerate(first) if i and char in _MARKS), None)
            if mark is not None:
                texts[word[0]], texts[word[1]] = first[:mark], first[mark:] + texts[word[1]]


def _part_marks_from_stops_and_digits(texts: list[str | None]) -> None:
    """Right to left, start a glyph's text that starts with a mark with an Arabic letter mark when
    the text drawn just left of it ends in a full stop, comma, digit or sign ("جارٍ."): PDFium
    (`CPDF_TextPage::CloseTempLine`) cuts a line's characters, as drawn, into runs of one bidi
    direction and reads a right-to-left line's runs last to first, keeping the order inside a
    run of weak characters (digits, stops, commas, signs and marks alike), so the stop and the
    word's last mark made one run: "جار.ٍ". The letter mark is a run of its own there and in
    pdf.js (a right-to-left mark is left to right in pdf.js's table and parts the mark from its
    letter); it cannot end the stop's text instead, as pdf.js drops a glyph whose text ends in a
    format character. Every reader then reads the word, the letter mark and the stop, in order."""
    before = ""
    for index, text in enumerate(texts):
        if text is None:
            continue
        if text and text[0] in _MARKS and before and unicodedata.bidirectional(before[-1]) in _WEAK:
            texts[index] = _ARABIC_LETTER_MARK + text
        before = text


@functools.lru_cache(maxsize=4096)
def outline(font_name: str, gid: int) -> tuple[int, tuple[tuple[str, tuple[float, ...]], ...]]:
    """Glyph `gid` of a registered TrueType font as a path: its units per em, and its segments in
    font units, each ('m' | 'l' | 'c' | 'h', points); quadratic curves become cubic ones."""
    font, _ = _hb_font(font_name)
    pen = _Pen()
    font.draw_glyph_with_pen(gid, pen)
    return font.face.upem, tuple(pen.segments)


class _Pen:
    """A fontTools-style pen collecting PDF path segments."""

    def __init__(self) -> None:
        self.segments: list[tuple[str, tuple[float, ...]]] = []
        self._at = (0.0, 0.0)

    def moveTo(self, point) -> None:
        self.segments.append(("m", tuple(point)))
        self._at = point

    def lineTo(self, point) -> None:
        self.segments.append(("l", tuple(point)))
        self._at = point

    def curveTo(self, *points) -> None:
        self.segments.append(("c", tuple(v for point in points for v in point)))
        self._at = points[-1]

    def qCurveTo(self, *points) -> None:
        # HarfBuzz gives one control point and the end point
        (cx, cy), (x, y) = points
        x0, y0 = self._at
        self.curveTo((x0 + 2 * (cx - x0) / 3, y0 + 2 * (cy - y0) / 3),
                     (x + 2 * (cx - x) / 3, y + 2 * (cy - y) / 3), (x, y))

    def closePath(self) -> None:
        self.segments.append(("h", ()))


@functools.lru_cache(maxsize=None)
def _font(name: str):
    return pdfmetrics.getFont(name)


@functools.lru_cache(maxsize=None)
def _hb_font(name: str) -> tuple[uharfbuzz.Font, float]:
    """The HarfBuzz font of a registered TrueType font, and its scale to thousandths of an em."""
    face = _font(name).hbFace
    return uharfbuzz.Font(face), 1000 / face.upem


@functools.lru_cache(maxsize=32768)
def shape(text: str, font_name: str, rtl: bool) -> Shaped:
    """`text` shaped in the registered TrueType font `font_name`, right to left if `rtl`. Cached:
    line breaking measures the same words again for every width tried, and a batch sets the same
    words in every layout. Discretionary ligatures stay off (with them Noto Sans Hebrew draws ביום
    with the Yiddish ligature ױ)."""
    font, scale = _hb_font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(font, buffer, {})
    glyphs = tuple(
        Glyph(info.codepoint, info.cluster, pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale,
              font.get_glyph_h_advance(info.codepoint) * scale)
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions))
    return Shaped(text, rtl, glyphs)
