"""One function per content block type, each returning ReportLab flowables."""
from __future__ import annotations

from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Spacer, Table, TableStyle

from .. import assets, markup, model
from .flowables import CheckedParagraph, KeepWithFirst, RuledLines, TickBox
from .styles import Styles, tint


class BlockRenderer:
    """Turns resolved content blocks into flowables with one edition's styles."""

    def __init__(self, styles: Styles, width: float, max_image_height: float, italic: bool = True):
        self.styles = styles
        self.width = width
        self.max_image_height = max_image_height
        self.italic = italic

    def para(self, text: str, style=None) -> Paragraph:
        """A paragraph of content text: our inline syntax only, everything else escaped."""
        spans = markup.parse(text)
        return CheckedParagraph(markup.to_reportlab(spans, self.styles.link_color, self.italic), style or self.styles.body)

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

    def _list(self, items: tuple[str, ...], numbered: bool, color) -> ListFlowable:
        s = self.styles
        entries = [ListItem(self.para(item), spaceAfter=s.size * 0.3) for item in items]
        options = dict(
            bulletFontName=s.body_font.bold if numbered else s.body_font.regular,
            bulletFontSize=s.size, bulletColor=color, leftIndent=s.size * 1.6,
            spaceAfter=s.size * 0.5, bulletDedent=s.size * 1.2,
        )
        if numbered:
            return ListFlowable(entries, bulletType="1", bulletFormat="%s.", **options)
        return ListFlowable(entries, bulletType="bullet", start="\u2022", **options)

    def _bullets(self, block: model.Bullets) -> list[Flowable]:
        return [self._list(block.items, False, self.styles.palette.primary)]

    def _steps(self, block: model.Steps) -> list[Flowable]:
        return [self._list(block.items, True, self.styles.palette.primary)]

    def _checklist(self, block: model.Checklist) -> list[Flowable]:
        s = self.styles
        box = s.size * 0.95
        rows = [[TickBox(box, s.palette.primary), self.para(item)] for item in block.items]
        table = self.table(rows, [box + s.size * 0.9, self.width - box - s.size * 0.9], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (0, -1), (s.body.leading - box) / 2 + 1),
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
        if block.bullets:
            rows.append([self._list(block.bullets, False, s.palette.callout_bars[block.style])])
        pad = s.size * 0.9
        table = self.table(rows, [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), s.palette.callout_backgrounds[block.style]),
            ("LINEBEFORE", (0, 0), (0, -1), 5, s.palette.callout_bars[block.style]),
            ("LEFTPADDING", (0, 0), (-1, -1), pad + 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
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
        rows = [[self.para(cell, s.table_header) for cell in block.header]]
        rows += [[self.para(cell, s.table_cell) for cell in row] for row in block.rows]
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
