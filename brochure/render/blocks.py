"""One function per content block type, each returning ReportLab flowables."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Spacer, Table, TableStyle

from .. import assets, markup, model
from .flowables import CheckedParagraph, KeepWithFirst, RuledLines, TickBox
from .rtl import BidiParagraph, Fonts, is_rtl_text
from .styles import Styles, tint


class BlockRenderer:
    """Turns resolved content blocks into flowables with one edition's styles."""

    def __init__(self, styles: Styles, width: float, max_image_height: float, italic: bool = True):
        self.styles = styles
        self.width = width
        self.max_image_height = max_image_height
        self.italic = italic

    def para(self, text: str, style: ParagraphStyle | None = None, auto_direction: bool = False) -> Flowable:
        """A paragraph of content text: our inline syntax only, everything else escaped.

        With auto_direction, a text whose first strong letter is left-to-right (or that has none, like
        a phone number) is laid out left to right even in a right-to-left edition.
        """
        spans = markup.parse(text)
        rtl = self.styles.rtl and not (auto_direction and not is_rtl_text(text))
        return self.paragraph(spans, style or self.styles.body, rtl)

    def paragraph(self, spans: list[markup.Span], style: ParagraphStyle, rtl: bool | None = None) -> Flowable:
        """Spans as a paragraph. Right-to-left text and scripts that need shaping go through our
        bidi/HarfBuzz engine (which shapes each font run on its own); the rest through ReportLab's
        Paragraph. Runs the style's font cannot draw switch to a fallback family."""
        s = self.styles
        rtl = s.rtl if rtl is None else rtl
        if style.fontName in {family.bold for family in s.chain.families}:
            spans = [replace(span, bold=True) for span in spans]
        if s.rtl or style.shaping:
            return BidiParagraph(spans, style, self._bidi_fonts(), s.palette.primary, "rtl" if rtl else "ltr")
        own = s.chain.primary
        runs = [replace(span, text=text, font=None if family is own else family.regular)
                for span in spans for family, text in s.chain.runs(span.text)]
        return CheckedParagraph(markup.to_reportlab(runs, s.link_color, self.italic), style)

    def _bidi_fonts(self) -> Fonts:
        """The script's family first, then the rest of the chain, as BidiParagraph wants them."""
        families = [self.styles.script_font, *self.styles.chain.families]
        fonts = None
        for family in reversed(list(dict.fromkeys(families))):
            faces = family.register()
            fonts = Fonts(faces["Regular"], faces["Bold"], faces["Italic"], faces["BoldItalic"], fonts)
        return fonts

    def row(self, cells: list) -> list:
        """Table cells in reading order: reversed for right-to-left languages."""
        return cells[::-1] if self.styles.rtl else cells

    def table(self, rows: list[list[Flowable]], widths: list[float], commands: list[tuple], **options) -> Table:
        """A table whose cells hold flowables; its own font is set so no standard font sneaks in."""
        table = Table(rows, colWidths=widths, **options)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.styles.body_font.regular), *commands]))
        return table

    def section(self, section: model.Section) -> list[Flowable]:
        heading = self.para(section.heading, self.styles.heading)
        heading.outline = (section.id, markup.plain(section.heading))
        flowables: list[Flowable] = []
        for block in section.blocks:
            flowables += self.block(block)
        return [KeepWithFirst(heading, flowables[0]), *flowables[1:]]

    def block(self, block: model.Block) -> list[Flowable]:
        render: Callable[[model.Block], list[Flowable]] = getattr(self, "_" + type(block).__name__.lower())
        return render(block)

    def _paragraph(self, block: model.Paragraph) -> list[Flowable]:
        return [self.para(block.text)]

    def numbered_list(self, items: tuple[str, ...], style: ParagraphStyle) -> Flowable:
        """A numbered list in a given style (the references)."""
        return self._list(items, True, self.styles.palette.text, style=style)

    def _list(self, items: tuple[str, ...], numbered: bool, color, width: float | None = None,
              style: ParagraphStyle | None = None) -> Flowable:
        s = self.styles
        style = style or s.body
        if s.rtl:
            return self._rtl_list(items, numbered, color, width or self.width, style)
        entries = [ListItem(self.para(item, style), spaceAfter=style.fontSize * 0.3) for item in items]
        options = dict(
            bulletFontName=s.body_font.bold if numbered else s.body_font.regular,
            bulletFontSize=style.fontSize, bulletColor=color, leftIndent=style.fontSize * 2.1,
            spaceAfter=style.fontSize * 0.5, bulletDedent="auto",
        )
        if numbered:
            return ListFlowable(entries, bulletType="1", bulletFormat="%s.", **options)
        return ListFlowable(entries, bulletType="bullet", start="\u2022", **options)

    def _rtl_list(self, items: tuple[str, ...], numbered: bool, color, width: float,
                  style: ParagraphStyle) -> Flowable:
        """A right-to-left list: each item with its bullet or number on the right."""
        s = self.styles
        marker_width = style.fontSize * 2.2
        marker_style = style.clone("marker", textColor=color, alignment=TA_RIGHT, spaceAfter=0,
                                   fontName=s.body_font.bold if numbered else s.body_font.regular)
        rows = [[self.para(item, style.clone("item", spaceAfter=0)),
                 self.paragraph([markup.Span(f"{i}." if numbered else "\u2022")], marker_style)]
                for i, item in enumerate(items, 1)]
        return self.table(rows, [width - marker_width, marker_width], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), s.size * 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), s.size * 0.3),
        ])

    def _bullets(self, block: model.Bullets) -> list[Flowable]:
        return [self._list(block.items, False, self.styles.palette.primary)]

    def _steps(self, block: model.Steps) -> list[Flowable]:
        return [self._list(block.items, True, self.styles.palette.primary)]

    def _checklist(self, block: model.Checklist) -> list[Flowable]:
        s = self.styles
        box = s.size * 0.95
        rows = [self.row([TickBox(box, s.palette.primary), self.para(item)]) for item in block.items]
        table = self.table(rows, self.row([box + s.size * 0.9, self.width - box - s.size * 0.9]), [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (-1 if s.rtl else 0, 0), (-1 if s.rtl else 0, -1), (s.body.leading - box) / 2 + 1),
            ("ALIGN", (0, 0), (-1, -1), "RIGHT" if s.rtl else "LEFT"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), s.size * 0.45),
        ])
        return [table, Spacer(1, s.size * 0.4)]

    def _callout(self, block: model.Callout) -> list[Flowable]:
        s = self.styles
        rows: list[list[Flowable]] = []
        if block.title:
            title_style = s.subheading.clone("callout-title", spaceBefore=0,
                                             textColor=s.palette.primary if block.style == "key-points" else s.palette.text)
            rows.append([self.para(block.title, title_style)])
        if block.text:
            rows.append([self.para(block.text)])
        pad = s.size * 0.9
        if block.bullets:
            rows.append([self._list(block.bullets, False, s.palette.callout_bars[block.style], self.width - 2 * pad - 3)])
        table = self.table(rows, [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), s.palette.callout_backgrounds[block.style]),
            ("LINEAFTER" if s.rtl else "LINEBEFORE", (0, 0), (0, -1), 5, s.palette.callout_bars[block.style]),
            ("LEFTPADDING", (0, 0), (-1, -1), pad if s.rtl else pad + 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad + 3 if s.rtl else pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, 0), pad * 0.8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ])
        return [Spacer(1, s.size * 0.3), KeepTogether([table]), Spacer(1, s.size * 0.9)]

    def _image(self, block: model.Image) -> list[Flowable]:
        s = self.styles
        pic = assets.picture(block.src, block.location)
        image = assets.flowable(pic, self.width * block.width, self.max_image_height)
        image.hAlign = "CENTER"
        parts: list[Flowable] = [image]
        if block.caption:
            parts.append(self.para(block.caption, s.caption.clone("caption-centre", alignment=1)))
        return [Spacer(1, s.size * 0.3), KeepTogether(parts), Spacer(1, s.size * 0.8)]

    def _table(self, block: model.Table) -> list[Flowable]:
        s = self.styles
        rows = [self.row([self.para(cell, s.table_header) for cell in block.header])]
        rows += [self.row([self.para(cell, s.table_cell) for cell in row]) for row in block.rows]
        columns = len(block.header)
        table = self.table(rows, [self.width / columns] * columns, [
            ("BACKGROUND", (0, 0), (-1, 0), s.palette.primary),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [tint(s.palette.primary, 0.06), None]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.6, s.palette.rule),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ], repeatRows=1)
        return [Spacer(1, s.size * 0.3), table, Spacer(1, s.size * 0.9)]

    def _faq(self, block: model.Faq) -> list[Flowable]:
        s = self.styles
        question_style = s.subheading.clone("question", textColor=s.palette.primary)
        return [KeepWithFirst(self.para(item.q, question_style), self.para(item.a)) for item in block.items]

    def _notes(self, block: model.Notes) -> list[Flowable]:
        s = self.styles
        lines = RuledLines(block.lines, 10 * mm, s.palette.rule)
        if block.title:
            return [KeepWithFirst(self.para(block.title, s.subheading), lines), Spacer(1, s.size)]
        return [Spacer(1, s.size * 0.5), lines, Spacer(1, s.size)]
