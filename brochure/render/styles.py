"""Paragraph styles and colours for one edition: brand x layout x language."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from ..fonts import FontChain, FontFamily
from ..i18n import Language
from ..layouts import Layout
from ..model import Brand

from . import _reportlab  # noqa: F401  (kinsoku, and long words cut after / . - @, in ReportLab's paragraphs)

LARGE_PRINT = 16.0  # points: body text at this size or more is large print (UKAAF: 16, ideally 18)
TEXT = HexColor("#1A1A1A")
MUTED = HexColor("#4A4A4A")  # 8.9:1 on white
RULE = HexColor("#B8B8B8")


def tint(color: Color, amount: float) -> Color:
    """`color` mixed with white: amount 0.1 gives a pale background of that colour."""
    return Color(*(1 - amount * (1 - c) for c in color.rgb()))


@dataclass(frozen=True)
class Palette:
    primary: Color
    accent: Color
    text: Color = TEXT
    muted: Color = MUTED
    rule: Color = RULE
    on_primary: Color = white

    @property
    def callout_backgrounds(self) -> dict[str, Color]:
        return {"key-points": tint(self.primary, 0.10), "warning": tint(self.accent, 0.12), "tip": HexColor("#F1F1F1")}

    @property
    def callout_bars(self) -> dict[str, Color]:
        return {"key-points": self.primary, "warning": self.accent, "tip": self.muted}


@dataclass(frozen=True)
class Styles:
    """Everything the block renderers need to know about type and colour."""

    palette: Palette
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    caption: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle
    body_font: FontFamily
    heading_font: FontFamily
    rtl: bool
    chain: FontChain  # families for characters the body font cannot draw
    script_font: FontFamily  # the family that draws most of this language's letters
    line_breaking: str = "uax14"  # how lines break (i18n.Language.line_breaking)
    lang: str = "en"  # the language's tag, for ICU's line breaking rules

    @property
    def size(self) -> float:
        return self.body.fontSize

    @property
    def link_color(self) -> str:
        return self.palette.primary.hexval().replace("0x", "#")


def build_styles(brand: Brand, layout: Layout, lang: Language, chain: FontChain, heading: FontFamily,
                 sample: str) -> Styles:
    """Styles sized from the layout, coloured from the brand, aligned for the language.

    `sample` is a text of the edition (its title), used to find the family for its script.
    """
    palette = Palette(HexColor(brand.primary), HexColor(brand.accent))
    body = chain.primary
    size = layout.body_size
    rtl = lang.direction == "rtl"
    base = ParagraphStyle(
        "body", fontName=body.regular, fontSize=size, leading=size * layout.leading,
        textColor=palette.text, alignment=TA_RIGHT if rtl else TA_LEFT, spaceAfter=size * 0.6,
        hyphenationLang=lang.hyphenation if layout.hyphenate else "", embeddedHyphenation=0, uriWasteReduce=0,
        allowWidows=0, allowOrphans=0, splitLongWords=1, bulletFontName=body.regular,
        wordWrap="CJK" if lang.breaks_anywhere else None, shaping=1 if lang.needs_shaping else 0,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    def smaller(by: float) -> float:
        """A size for secondary text: a little below the body, never under 11 pt nor above the body,
        and the body size itself in large print (guidance: nothing smaller than the large size)."""
        return size if size >= LARGE_PRINT else min(size, max(11, size - by))

    heading_size = round(size * 1.5, 1)
    return Styles(
        palette=palette,
        body=base,
        small=derive("small", fontSize=smaller(2), leading=smaller(2) * layout.leading),
        title=derive("title", fontName=heading.bold, fontSize=size * 2.1, leading=size * 2.5,
                     textColor=palette.primary, spaceAfter=size * 0.4, hyphenationLang=""),
        subtitle=derive("subtitle", fontSize=size * 1.25, leading=size * 1.7, textColor=palette.muted,
                        spaceAfter=size * 1.2),
        heading=derive("heading", fontName=heading.bold, fontSize=heading_size, leading=heading_size * 1.25,
                       textColor=palette.primary, spaceBefore=size * 1.5, spaceAfter=size * 0.5,
                       hyphenationLang=""),
        subheading=derive("subheading", fontName=heading.bold, fontSize=size * 1.1, leading=size * 1.1 * 1.35,
                          spaceBefore=size * 0.6, spaceAfter=size * 0.3, hyphenationLang=""),
        caption=derive("caption", fontSize=smaller(1.5), leading=smaller(1.5) * 1.35,
                       textColor=palette.muted, spaceBefore=4),
        table_header=derive("th", fontName=body.bold, textColor=palette.on_primary, spaceAfter=0,
                            fontSize=smaller(1), leading=smaller(1) * 1.3),
        table_cell=derive("td", spaceAfter=0, fontSize=smaller(1), leading=smaller(1) * 1.3),
        body_font=body,
        heading_font=heading,
        rtl=rtl,
        chain=chain,
        script_font=chain.script_family(sample),
        line_breaking=lang.line_breaking,
        lang=lang.tag,
    )
