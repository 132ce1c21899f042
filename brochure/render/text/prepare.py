"""A paragraph's text prepared for line breaking and drawing (typst's `Preparation`): its
characters with their span, font and bidi level, and where its lines may break."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ...fonts import FontFamily
from ...markup import Span
from .bidi import embedding_levels
from .line_break import breaks
from .runs import font_runs
from .shaping import Shaped, shape


@dataclass(frozen=True)
class Run:
    """Characters [start, end) of one bidi level, span and font."""

    start: int
    end: int
    level: int
    span: Span
    font: str

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


class Prepared:
    """The text of a paragraph, shared by the parts it splits into.

    `families` are tried in order for each character (font_runs); a character's face is its
    family's regular, bold, italic or bold italic as its span asks."""

    def __init__(self, spans: Sequence[Span], families: Sequence[FontFamily], font_size: float, rtl: bool,
                 breaking: str = "uax14", lang: str = "en"):
        self.text = "".join(span.text for span in spans)
        self.spans = [span for span in spans for _ in span.text]
        self.font_size = font_size
        self.levels = embedding_levels(self.text, rtl)
        self.fonts: list[str] = []
        for start, end, family in font_runs(self.text, families):
            faces = family.register()
            for i in range(start, end):
                span = self.spans[i]
                style = ("Bold" if span.bold else "") + ("Italic" if span.italic and _has_italic(family) else "")
                self.fonts.append(faces[style or "Regular"])
        self.breaks = breaks(self.text, breaking, lang)
        keys = list(zip(self.levels, self.spans, self.fonts))
        self._joins = [False] + [a == b for a, b in zip(keys, keys[1:])]  # same level, span, font as before
        self._widths: dict[tuple[int, int], float] = {}

    def runs(self, start: int, end: int) -> list[Run]:
        """Maximal runs of one level, span and font in [start, end), in logical order."""
        runs: list[Run] = []
        run_start = start
        for i in range(start + 1, end + 1):
            if i == end or not self._joins[i]:
                runs.append(Run(run_start, i, self.levels[run_start], self.spans[run_start], self.fonts[run_start]))
                run_start = i
        return runs

    def shape(self, run: Run) -> Shaped:
        """The run's glyphs in visual order."""
        return shape(self.text[run.start:run.end], run.font, run.rtl)

    def width(self, start: int, end: int) -> float:
        """Shaped width of characters [start, end), in points (cached)."""
        key = (start, end)
        if key not in self._widths:
            self._widths[key] = sum(self.shape(run).width(self.font_size) for run in self.runs(start, end))
        return self._widths[key]


def _has_italic(family: FontFamily) -> bool:
    """Whether the family has italics (scripts without them use the upright faces)."""
    return "Italic" in family.files
