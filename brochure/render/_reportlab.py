"""Every ReportLab internal the render stage relies on, in one place (checked with ReportLab 5.1.0).

ReportLab's public API cannot (1) write shaped glyphs with a ToUnicode map that gives each glyph
its characters, (2) cut a word too long for a line after `/ . - @` rather than anywhere, or (3)
keep all Chinese closing punctuation off a line start. The private names this takes are checked
when the module loads, so a ReportLab that changed them fails at once, naming what is missing,
rather than writing wrong PDFs.

- `ttfonts.makeToUnicodeCMap` (replaced): ToUnicode entries with several characters, or none;
- `TTFont.splitString`, `TTFont.getSubsetInternalName`, `TTFontFace.charToGlyph`, `.charWidths`:
  a glyph gets a character code of its own (from plane 15's private use area, never in the text)
  when its font's character map has no single character for what it shows;
- `paragraph._splitWord`, `paragraph._splitFragWord`, `_fragWordIter`, `_SplitWord*`, `_SplitFrag*`
  (replaced): where a long word is cut;
- `textsplit.ALL_CANNOT_START`, `paragraph.ALL_CANNOT_START` (extended): kinsoku.
"""
from __future__ import annotations

import functools

import reportlab
import reportlab.lib.textsplit as _textsplit
import reportlab.platypus.paragraph as _paragraph
from reportlab.pdfbase import pdfmetrics, ttfonts as _ttfonts
from reportlab.pdfgen.canvas import Canvas

from .text.line_break import ADDRESS_CUTS, CANNOT_START
from .text.shaping import Shaped, outline

CHECKED_WITH = "5.1.0"
_NEEDED = {
    _ttfonts: ("makeToUnicodeCMap", "TTFont"),
    _paragraph: ("_splitWord", "_splitFragWord", "_fragWordIter", "_SplitWord", "_SplitWordEnd", "_SplitFrag",
                 "_SplitFragH", "_SplitFragHS", "_HSFrag", "ALL_CANNOT_START", "stringWidth"),
    _textsplit: ("ALL_CANNOT_START",),
}
for _module, _names in _NEEDED.items():
    _missing = [name for name in _names if not hasattr(_module, name)]
    if _missing:
        raise ImportError(f"brochure was checked with ReportLab {CHECKED_WITH}; ReportLab {reportlab.Version} "
                          f"lacks {', '.join(_missing)} in {_module.__name__}")

# --------------------------------------------------------------------------- kinsoku

for _module in (_textsplit, _paragraph):
    if not _module.ALL_CANNOT_START.endswith(CANNOT_START):
        _module.ALL_CANNOT_START += CANNOT_START

# --------------------------------------------------------------------------- glyph codes and ToUnicode

_FIRST_PRIVATE = 0xF0000  # supplementary private use area A: never typed in a brochure, never in a font here
_codes: dict[tuple[str, int, str], int] = {}  # (font, glyph, characters) -> code
_texts: dict[int, str] = {}  # code -> the characters its glyph shows
_next = [_FIRST_PRIVATE]


def glyph_code(font_name: str, gid: int, chars: str, width: float) -> int:
    """The character code that draws glyph `gid` of a registered TrueType font and reads back as
    `chars`: the character itself where the font maps it to this glyph, else a private code of this
    glyph and these characters, whose width is the glyph's own (`width`, thousandths of an em)."""
    face = pdfmetrics.getFont(font_name).face
    if len(chars) == 1 and face.charToGlyph.get(ord(chars)) == gid:
        return ord(chars)
    key = (font_name, gid, chars)
    code = _codes.get(key)
    if code is None:
        while _next[0] in face.charToGlyph:
            _next[0] += 1
        code = _codes[key] = _next[0]
        _next[0] += 1
        _texts[code] = chars
        face.charToGlyph[code] = gid
        face.charWidths[code] = width
    return code


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with the characters of private glyph codes (several, or none)
    and UTF-16 for characters beyond the basic plane."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16(_texts[code] if code in _texts else chr(code))}>" for i, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


_ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def text_object(canvas: Canvas, x: float, y: float,
                runs: list[tuple[str, float, Shaped, tuple[str | None, ...]]]) -> None:
    """Draw shaped runs, one after the other from (x, y): each run is (font name, size, glyphs, the
    characters each glyph shows or None). The glyphs with characters make one text object, each
    where HarfBuzz put it (TJ adjustments, rises); the others (marks, see `text.shaping`) are
    filled outlines after it, so that no reader sees a glyph drawn back over its neighbour."""
    doc = canvas._doc
    ops = [f"BT 1 0 0 1 {_number(x)} {_number(y)} Tm"]
    outlines: list[str] = []
    pen = 0.0  # the next glyph's origin, points right of x
    at = 0.0  # the text position: where the last glyph shown ends
    rise = 0.0
    items: list[str] = []

    def flush() -> None:
        if items:
            ops.append(f"[{' '.join(items)}] TJ")
            items.clear()

    for font_name, size, shaped, texts in runs:
        font = pdfmetrics.getFont(font_name)
        scale = size / 1000
        shown = [(glyph, chars) for glyph, chars in zip(shaped.glyphs, texts) if chars is not None]
        codes = [glyph_code(font_name, glyph.gid, chars, glyph.width) for glyph, chars in shown]
        placed = iter([(subset, byte) for subset, data in font.splitString("".join(map(chr, codes)), doc)
                       for byte in data])
        current = None
        flush()
        for glyph, chars in zip(shaped.glyphs, texts):
            glyph_x, glyph_rise = pen + glyph.x_offset * scale, glyph.y_offset * scale
            pen += glyph.advance * scale
            if chars is None:
                outlines.append(_outline(font_name, glyph.gid, size, x + glyph_x, y + glyph_rise))
                continue
            subset, byte = next(placed)
            if subset != current:
                flush()
                ops.append(f"{font.getSubsetInternalName(subset, doc)} {_number(size)} Tf")
                current = subset
            if abs(glyph_rise - rise) > 1e-6:
                flush()
                ops.append(f"{_number(glyph_rise)} Ts")
                rise = glyph_rise
            move = _number((at - glyph_x) / scale)
            if move != "0":
                items.append(move)
                at -= float(move) * scale
            items.append(f"<{byte:02X}>")
            at += glyph.width * scale
    flush()
    if rise:
        ops.append("0 Ts")
    ops.append("ET")
    canvas.addLiteral(" ".join(ops + [path for path in outlines if path]))


def _outline(font_name: str, gid: int, size: float, x: float, y: float) -> str:
    """A glyph filled as a path with its origin at (x, y); '' for a glyph with no outline."""
    upem, path = _path(font_name, gid)
    if not path:
        return ""
    scale = f"{size / upem:.7f}".rstrip("0")
    return f"q {scale} 0 0 {scale} {_number(x)} {_number(y)} cm {path} f Q"


@functools.lru_cache(maxsize=4096)
def _path(font_name: str, gid: int) -> tuple[int, str]:
    """A glyph's units per em and its outline as PDF path operators, in font units."""
    upem, segments = outline(font_name, gid)
    return upem, " ".join(" ".join(map(_number, points)) + " " + op if points else op for op, points in segments)


# --------------------------------------------------------------------------- where long words are cut

def _pieces(items: list[tuple[object, float, str]], max_width: float, next_width,
            partial_line: bool) -> list[list[int]]:
    """Greedy pieces (lists of item indices) of a word too long for its line: each as long as fits,
    cut back to just after its last `/ . - @` where it has one. `next_width(n)` is the width of the
    n-th line after the first. On a line that already holds words (`partial_line`), a word with no
    such place in what fits starts the next line instead ("n.d. ht" / "tps://" is never printed)."""
    pieces: list[list[int]] = []
    current: list[int] = []
    width, line = 0.0, 0
    for i, (_, w, char) in enumerate(items):
        if not current and not pieces and w > max_width:  # not even one character fits: next line
            pieces.append([])
            line += 1
            max_width = next_width(line)
        elif current and width + w > max_width:
            cut = max((k + 1 for k, index in enumerate(current) if items[index][2] in ADDRESS_CUTS),
                      default=0 if partial_line and not pieces else len(current))
            pieces.append(current[:cut])
            current = current[cut:]
            width = sum(items[index][1] for index in current)
            line += 1
            max_width = next_width(line)
        current.append(i)
        width += w
    return pieces + [current]


def _split_word(w, lineWidth, maxWidths, lineno, fontName, fontSize, encoding="utf8"):
    """ReportLab's `_splitWord` (a plain word wider than a line), cutting after `/ . - @` first."""
    if isinstance(w, bytes):
        w = w.decode(encoding)
    items = [(None, _paragraph.stringWidth(c, fontName, fontSize, encoding), c) for c in w]
    last = len(maxWidths) - 1
    pieces = _pieces(items, maxWidths[min(last, lineno)] - lineWidth,
                     lambda n: maxWidths[min(last, lineno + n)], partial_line=lineWidth > 0)
    words = ["".join(items[i][2] for i in piece) for piece in pieces]
    wrap = _paragraph.bidiStrWrap if _paragraph.isBidiStr(w) else (lambda s, _: s)
    return [wrap(_paragraph._SplitWord(t), w) for t in words[:-1]] + [wrap(_paragraph._SplitWordEnd(words[-1]), w)]


def _split_frag_word(w, maxWidth, maxWidths, lineno):
    """ReportLab's `_splitFragWord` (a word of several styles wider than a line), cutting after
    `/ . - @` first."""
    items = list(_paragraph._fragWordIter(w))
    last = len(maxWidths) - 1
    pieces = _pieces(items, maxWidth, lambda n: maxWidths[min(last, lineno + n)],
                     partial_line=maxWidth < maxWidths[min(last, lineno)] - 1e-6)
    words = []
    for n, piece in enumerate(pieces):
        frags: list[tuple[object, str]] = []
        for index in piece:
            frag, _, char = items[index]
            if frags and frags[-1][0] is frag:
                frags[-1] = (frag, frags[-1][1] + char)
            else:
                frags.append((frag, char))
        parts = []
        for frag, text in frags or [(items[0][0], "")]:
            clone = frag.clone()
            if hasattr(clone, "text"):
                clone.text = text
            parts.append((clone, text))
        kind = _paragraph._SplitFrag if n < len(pieces) - 1 else (
            _paragraph._SplitFragHS if isinstance(w, _paragraph._HSFrag) else _paragraph._SplitFragH)
        words.append(kind([sum(items[i][1] for i in piece), *parts]))
    return words


_paragraph._splitWord = _split_word
_paragraph._splitFragWord = _split_frag_word


# --------------------------------------------------------------------------- synthetic bold
# A family with no Bold file (Droid Sans Fallback: Chinese, Japanese) gets a bold drawn from its
# Regular outlines, as browsers and PDF producers do: the text filled, then stroked in the fill
# colour (text render mode 2) with a line 3% of the size wide, which widens every stem by that much
# and leaves the advance widths (so the line breaks) alone. It is still text: it extracts, searches
# and is tagged as the same characters. ReportLab has no such face, so this takes, besides the
# checks below: `pdfmetrics._fonts` (registerFont gives a second name of an already registered
# face the first name's font object), and `PDFTextObject._formatText`, `.getCode`, `._code`,
# `._fontname`, `._fontsize`, `._canvas` and the canvas's `_fillColorObj`, `_strokeColorObj` and
# `_lineWidth` (checked with ReportLab 5.1.0, like the rest of this module).

from contextlib import contextmanager  # noqa: E402  (this section's own imports, kept with it)
from itertools import groupby  # noqa: E402
from typing import Iterator  # noqa: E402

from reportlab.pdfgen.textobject import PDFTextObject  # noqa: E402

SYNTHETIC_BOLD_STROKE = 0.03  # stroke width in ems (browsers' fake bold: about 1/32 to 1/24 em)

for _name in ("_formatText", "getCode", "setTextRenderMode", "setStrokeColor"):
    if not hasattr(PDFTextObject, _name):
        raise ImportError(f"brochure was checked with ReportLab {CHECKED_WITH}; ReportLab {reportlab.Version} "
                          f"lacks PDFTextObject.{_name}")
if not isinstance(getattr(pdfmetrics, "_fonts", None), dict):
    raise ImportError(f"brochure was checked with ReportLab {CHECKED_WITH}; ReportLab {reportlab.Version} "
                      "keeps no font table pdfmetrics._fonts")


class _SyntheticBold:
    """The ReportLab font registered under a synthetic bold face's name: in everything but its name
    it is the family's Regular font (measured, shaped, subset and embedded as that one font), and
    text objects draw it filled and stroked."""

    synthetic_bold = True

    def __init__(self, name: str, regular: object):
        self.fontName = name
        self.regular = regular

    def __getattr__(self, attribute: str) -> object:
        if attribute == "regular":  # not yet set (an object being copied)
            raise AttributeError(attribute)
        return getattr(self.regular, attribute)


def register_synthetic_bold(regular_name: str, name: str) -> str:
    """Register `name` as the synthetic bold of the registered TrueType font `regular_name`; returns `name`."""
    if name not in pdfmetrics._fonts:
        pdfmetrics._fonts[name] = _SyntheticBold(name, pdfmetrics.getFont(regular_name))
        _stroke_synthetic_bold_in_text_objects()
    return name


def is_synthetic_bold(font_name: str) -> bool:
    return getattr(pdfmetrics.getFont(font_name), "synthetic_bold", False)


@contextmanager
def synthetic_bold(canvas: Canvas, font_name: str, size: float, color: object) -> Iterator[None]:
    """Text objects drawn inside are filled and stroked in `color` if `font_name` is a synthetic
    bold face (render mode 2, then back to 0); else nothing changes."""
    if not is_synthetic_bold(font_name):
        yield
        return
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setLineWidth(size * SYNTHETIC_BOLD_STROKE)
    canvas.addLiteral("2 Tr")
    try:
        yield
    finally:
        canvas.addLiteral("0 Tr")
        canvas.restoreState()


def by_synthetic_bold(items: list, font_name) -> list[list]:
    """`items` cut where `font_name(item)` starts or stops being a synthetic bold face."""
    return [list(group) for _, group in groupby(items, key=lambda item: is_synthetic_bold(font_name(item)))]


def _stroke_synthetic_bold_in_text_objects() -> None:
    """From now on ReportLab's text objects (Paragraph, drawString) draw text of a synthetic bold
    face in render mode 2, stroked in the fill colour, and restore mode 0 and the canvas's line
    width and stroke colour where such text ends. Installed when the first synthetic bold face is
    registered, so a process that never uses one draws every text object as ReportLab does."""
    if getattr(PDFTextObject, "_brochure_synthetic_bold", False):
        return
    format_text, get_code = PDFTextObject._formatText, PDFTextObject.getCode

    def stroke(self: PDFTextObject, wanted: tuple[float, object] | None) -> None:
        if wanted is None:
            canvas = self._canvas
            self.setTextRenderMode(0)
            self._code.append(f"{_number(canvas._lineWidth)} w")
            self.setStrokeColor(canvas._strokeColorObj)
        else:
            self.setTextRenderMode(2)
            self._code.append(f"{_number(wanted[0])} w")
            self.setStrokeColor(wanted[1])
        self._synthetic_bold = wanted

    def _formatText(self: PDFTextObject, text: str) -> str:
        wanted = None
        if getattr(pdfmetrics.getFont(self._fontname), "synthetic_bold", False):
            fill = self.__dict__.get("_fillColorObj", self._canvas._fillColorObj)
            wanted = (self._fontsize * SYNTHETIC_BOLD_STROKE, fill)
        if wanted != getattr(self, "_synthetic_bold", None):
            stroke(self, wanted)
        return format_text(self, text)

    def getCode(self: PDFTextObject) -> str:
        if getattr(self, "_synthetic_bold", None) is not None:
            stroke(self, None)
        return get_code(self)

    PDFTextObject._formatText, PDFTextObject.getCode = _formatText, getCode
    PDFTextObject._brochure_synthetic_bold = True
