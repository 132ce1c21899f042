"""HarfBuzz shaping of one run (one font, one direction) and the characters each glyph shows.

Runs are shaped with uharfbuzz on the HarfBuzz face ReportLab keeps for each registered TrueType
font, in the direction of the run's bidi level (so brackets in right-to-left runs are mirrored by
HarfBuzz, and a run needs no flipping). Glyphs come back in visual order, left to right; advances
and offsets are in thousandths of an em, as PDF text space wants them.

`Shaped.glyph_texts` gives each glyph the characters it stands for, for a ToUnicode map that gets
every word back out: the characters of a cluster are dealt to its glyphs in reading order, the last
glyph taking what is left (a conjunct or ligature maps to several characters), each glyph's
characters written left to right as the glyph is drawn (so right to left in reverse, and a bracket
as the mirrored bracket it shows), which is how readers that reorder right-to-left text read them.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import uharfbuzz
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics

_MIRROR = str.maketrans(MIRRORED)


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

    def glyph_texts(self) -> list[str]:
        """The characters each glyph stands for, written left to right (see the module docstring);
        a glyph beyond its cluster's characters (a vowel drawn in two parts) gets ''."""
        texts = [""] * len(self.glyphs)
        for cluster in self.clusters():
            chars = self.text[cluster.start:cluster.stop]
            order = list(range(cluster.first, cluster.end))
            if self.rtl:
                order.reverse()
            for n, index in enumerate(order):
                piece = chars[n:] if n == len(order) - 1 else chars[n:n + 1]
                texts[index] = piece[::-1].translate(_MIRROR) if self.rtl else piece
        return texts


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
