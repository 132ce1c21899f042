"""One function per content block type, each returning ReportLab flowables."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .. import assets, markup, model
from ..i18n import Furniture
from .flowables import (CheckedParagraph, KeepTogetherUnlessTall, KeepWithFirst, KeptRows, KeptTable, NoOrphanTable,
                        RuledLines, TickBox, whole)
from .paragraph import ShapedParagraph
from .tagging import Tagged, table_events
from .styles import Styles, tint
from .text.bidi import is_rtl_text
from .text.line_break import glue_numbers
from .text.runs import font_runs

NOTES_SPACING = 10 * mm  # between the ruled lines of a notes block


_LEAD_IN = (":", "\uff1a")  # a paragraph ending so introduces what follows (ASCII and full-width colon)
_LISTS = (model.Bullets, model.Steps, model.Checklist)


def _introduces(blocks: tuple[model.Block, ...], index: int) -> bool:
    """Block `index` is a paragraph that ends with a colon, followed by the list it introduces."""
    if index < 0 or not isinstance(blocks[index], model.Paragraph) or not isinstance(blocks[index + 1], _LISTS):
        return False
    return markup.plain(blocks[index].text).rstrip().endswith(_LEAD_IN)


class BlockRenderer:
    """Turns resolved content blocks into flowables with one edition's styles."""

    def __init__(self, styles: Styles, width: float, max_image_height: float, italic: bool = True,
                 tags: bool = True, glossary: tuple[str, ...] = (), spaced: bool = True,
                 borrowed: frozenset[str] = frozenset(), source_tag: str = "",
                 strings: Furniture | None = None):
        self.styles = styles
        self.width = width
        self.max_image_height = max_image_height
        self.italic = italic
        self.tags = tags
        self.unmarked_terms = {term.lower(): term for term in glossary}  # glossary terms not yet used
        self.spaced = spaced  # words are separated by spaces (not Chinese or Japanese)
        self.borrowed = borrowed  # texts in the source language (no translation yet), tagged as such
        self.source_tag = source_tag
        self.strings = strings  # the edition's furniture strings: a callout's default title

    def tag(self, flowable: Flowable, role: str, alt: str | None = None, row: int | None = None,
            container: bool = False, lang: str | None = None, group: object = None) -> Flowable:
        """`flowable` as a structure element of the tagged PDF (unchanged when tagging is off);
        `lang` names the language of an element written in another language than the edition, and
        flowables given the same `group` make one element."""
        return Tagged(flowable, role, alt, row, container, lang, group) if self.tags else flowable

    def para(self, text: str, style: ParagraphStyle | None = None, auto_direction: bool = False,
             role: str = "P", row: int | None = None) -> Flowable:
        """A paragraph of content text (our inline syntax only, everything else escaped), tagged as
        `role` (P, H1, H2, LI, TD ...).

        With auto_direction, a text whose first strong letter is left-to-right (or that has none, like
        a phone number) is laid out left to right even in a right-to-left edition.
        """
        spans = markup.parse(text)
        if role in ("P", "LBody", "TD") and self.unmarked_terms:
            spans = [piece for span in spans for piece in self._mark_first_use(span)]
        rtl = self.styles.rtl and not (auto_direction and not is_rtl_text(text))
        lang = self.source_tag if text in self.borrowed else None
        return self.tag(self.paragraph(spans, style or self.styles.body, rtl), role, row=row, lang=lang)

    def _mark_first_use(self, span: markup.Span) -> list[markup.Span]:
        """The span, with the first use of each glossary term in bold (so readers know to look it up).
        A term already in bold or in a link where it is first used counts as marked there."""
        if not self.unmarked_terms:
            return [span]
        terms = "|".join(re.escape(t) for t in sorted(self.unmarked_terms, key=len, reverse=True))
        pattern = rf"(?<!\w)({terms})(?!\w)" if self.spaced else f"({terms})"
        if span.bold or span.href:
            for used in re.finditer(pattern, span.text, re.IGNORECASE):
                self.unmarked_terms.pop(used.group(1).lower(), None)
            return [span]
        found = re.search(pattern, span.text, re.IGNORECASE)
        if not found:
            return [span]
        del self.unmarked_terms[found.group(1).lower()]
        before, term, after = span.text[:found.start()], found.group(1), span.text[found.end():]
        return [replace(span, text=before), replace(span, text=term, bold=True),
                *self._mark_first_use(replace(span, text=after))]

    def paragraph(self, spans: list[markup.Span], style: ParagraphStyle, rtl: bool | None = None) -> Flowable:
        """Spans as a paragraph. Right-to-left text, scripts that need shaping and languages whose
        words ICU must find go through our text engine (ShapedParagraph); the rest through
        ReportLab's Paragraph, with numbers and phone numbers glued (no line break inside them).
        Runs the style's font cannot draw switch to a fallback family."""
        s = self.styles
        rtl = s.rtl if rtl is None else rtl
        if style.fontName in {family.bold for family in s.chain.families}:  # a heading style
            spans = [replace(span, bold=True) for span in spans]
        if s.rtl or style.shaping or s.line_breaking == "dictionary":
            families = list(dict.fromkeys([s.script_font, *s.chain.families]))
            return ShapedParagraph(spans, style, families, s.palette.primary, "rtl" if rtl else "ltr",
                                   s.line_breaking, s.lang)
        own = s.chain.primary
        runs = [replace(span, text=glue_numbers(span.text[start:end]), font=None if family is own else family.regular)
                for span in spans for start, end, family in font_runs(span.text, s.chain.families)]
        return CheckedParagraph(markup.to_reportlab(runs, s.link_color, self.italic), style)

    def row(self, cells: list) -> list:
        """Table cells in reading order: reversed for right-to-left languages."""
        return cells[::-1] if self.styles.rtl else cells

    def table(self, rows: list[list[Flowable]], widths: list[float], commands: list[tuple],
              table_class: type[Table] = Table, **options) -> Table:
        """A table whose cells hold flowables; its own font is set so no standard font sneaks in, and
        its backgrounds and rules are decoration (artifacts) in a tagged PDF, and its cells are read in
        reading order also right to left."""
        table = table_class(rows, colWidths=widths, renderCB=table_events, **options)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.styles.body_font.regular), *commands]))
        return table

    def section(self, section: model.Section) -> list[Flowable]:
        heading = self.para(section.heading, self.styles.heading, role="H2")
        heading.outline = (section.id, markup.plain(section.heading))
        flowables: list[Flowable] = []
        for number, block in enumerate(section.blocks):
            if number == 0 and isinstance(block, model.Callout):  # its default title may repeat the heading
                flowables += self.callout(block, heading_above=section.heading)
            elif _introduces(section.blocks, number - 1):  # "...these medicines can:" stays with its list
                first, *rest = self.block(block)
                flowables[-1:] = [KeepWithFirst(flowables[-1], first), *rest]
            else:
                flowables += self.block(block)
        while isinstance(flowables[0], Spacer):  # keep the heading with content, not with space
            flowables.pop(0)
        return [KeepWithFirst(heading, flowables[0]), *flowables[1:]]

    def block(self, block: model.Block) -> list[Flowable]:
        render: Callable[[model.Block], list[Flowable]] = getattr(self, "_" + type(block).__name__.lower())
        return render(block)

    def _paragraph(self, block: model.Paragraph) -> list[Flowable]:
        return [self.para(block.text)]

    def numbered_list(self, items: tuple[str, ...], style: ParagraphStyle, lang: str | None = None) -> Flowable:
        """A numbered list in a given style (the references), in language `lang` if not the edition's."""
        return self._list(items, True, self.styles.palette.text, style=style, lang=lang)

    def _list(self, items: tuple[str, ...], numbered: bool, color, width: float | None = None,
              style: ParagraphStyle | None = None, lang: str | None = None, group: object = None,
              first: int = 0) -> Flowable:
        """A list: each item with its bullet or number before it (on the right for right-to-left).
        Lists of the same `group` are one list, whose items are counted from `first`."""
        s = self.styles
        style = style or s.body
        width = width or self.width
        marker_width = style.fontSize * (2.2 if numbered else 1.5)
        marker_style = style.clone("marker", textColor=color, alignment=TA_RIGHT if s.rtl else TA_LEFT,
                                   spaceAfter=0, fontName=s.body_font.bold if numbered else s.body_font.regular)
        rows = [self.row([self.tag(self.paragraph([markup.Span(f"{i}." if numbered else "\u2022")], marker_style),
                                   "Lbl", row=first + i - 1),
                          self.para(item, style.clone("item", spaceAfter=0), role="LBody", row=first + i - 1,
                                    auto_direction=lang is not None)])  # another language: its own direction
                for i, item in enumerate(items, 1)]
        table = self.table(rows, self.row([marker_width, width - marker_width]), [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), style.fontSize * 0.3),
        ], table_class=KeptRows)
        return self.tag(table, "L", container=True, lang=lang, group=group)

    def _bullets(self, block: model.Bullets) -> list[Flowable]:
        return [self._list(block.items, False, self.styles.palette.primary)]

    def _steps(self, block: model.Steps) -> list[Flowable]:
        return [self._list(block.items, True, self.styles.palette.primary)]

    def _checklist(self, block: model.Checklist) -> list[Flowable]:
        s = self.styles
        box = s.size * 0.95
        rows = [self.row([self.tag(TickBox(box, s.palette.primary), "Lbl", alt="☐", row=i),
                          self.para(item, role="LBody", row=i)]) for i, item in enumerate(block.items)]
        table = self.table(rows, self.row([box + s.size * 0.9, self.width - box - s.size * 0.9]), [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (-1 if s.rtl else 0, 0), (-1 if s.rtl else 0, -1), (s.body.leading - box) / 2 + 1),
            ("ALIGN", (0, 0), (-1, -1), "RIGHT" if s.rtl else "LEFT"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), s.size * 0.45),
        ], table_class=KeptRows)
        return [self.tag(table, "L", container=True), Spacer(1, s.size * 0.4)]

    def _callout(self, block: model.Callout) -> list[Flowable]:
        return self.callout(block)

    def callout(self, block: model.Callout, title_role: str = "H3", heading_above: str | None = None) -> list[Flowable]:
        """A callout; its title is a heading of level `title_role` (H2 where no section heading is above it)."""
        s = self.styles
        rows: list[list[Flowable]] = []
        title = self.callout_title(block, heading_above)
        if title:
            title_style = s.subheading.clone("callout-title", spaceBefore=0,
                                             textColor=s.palette.primary if block.style == "key-points" else s.palette.text)
            rows.append([self.para(title, title_style, role=title_role)])
        if block.text:
            rows.append([self.para(block.text)])
        pad = s.size * 0.9
        bullets = object()  # one row each, so a long callout can break between them, but one list
        for n, item in enumerate(block.bullets):
            rows.append([self._list((item,), False, s.palette.callout_bars[block.style], self.width - 2 * pad - 3,
                                    group=bullets, first=n)])
        table = self.table(rows, [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), s.palette.callout_backgrounds[block.style]),
            ("LINEAFTER" if s.rtl else "LINEBEFORE", (0, 0), (0, -1), 5, s.palette.callout_bars[block.style]),
            ("LEFTPADDING", (0, 0), (-1, -1), pad if s.rtl else pad + 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad + 3 if s.rtl else pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, 0), pad * 0.8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ], table_class=NoOrphanTable)
        return [Spacer(1, s.size * 0.3), whole(KeepTogetherUnlessTall([self.tag(table, "Div", container=True)],
                                                                      self.max_image_height * 0.6)),
                Spacer(1, s.size * 0.9)]

    def callout_title(self, block: model.Callout, heading_above: str | None = None) -> str | None:
        """The callout's own title, else its style's name in the edition's language ("Key points",
        "Warning", "Tip": the furniture strings key_points, warning, tip), except where the section
        heading just above already says it (a "Key points" section opening with its callout)."""
        if block.title or self.strings is None:
            return block.title
        default = self.strings.text(block.style.replace("-", "_"))
        if heading_above and markup.plain(heading_above).casefold().startswith(default.casefold()):
            return None
        return default

    def _image(self, block: model.Image) -> list[Flowable]:
        s = self.styles
        pic = assets.picture(block.src, block.location)
        image = assets.flowable(pic, self.width * block.width, self.max_image_height)
        image.hAlign = "CENTER"
        parts: list[Flowable] = [self.tag(image, "Figure", alt=markup.plain(block.alt))]
        if block.caption:
            parts.append(self.para(block.caption, s.caption.clone("caption-centre", alignment=1), role="Caption"))
        return [Spacer(1, s.size * 0.3), whole(KeepTogether(parts)), Spacer(1, s.size * 0.8)]

    def _table(self, block: model.Table) -> list[Flowable]:
        s = self.styles
        rows = [self.row([self.para(cell, s.table_header, role="TH", row=0) for cell in block.header])]
        rows += [self.row([self.para(cell, s.table_cell, role="TD", row=r) for cell in row])
                 for r, row in enumerate(block.rows, 1)]
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
        ], table_class=KeptTable, repeatRows=1)
        return [Spacer(1, s.size * 0.3), whole(self.tag(table, "Table", container=True)), Spacer(1, s.size * 0.9)]

    def _faq(self, block: model.Faq) -> list[Flowable]:
        s = self.styles
        question_style = s.subheading.clone("question", textColor=s.palette.primary)
        return [whole(KeepWithFirst(self.para(item.q, question_style, role="H3"), self.para(item.a)))
                for item in block.items]

    def _notes(self, block: model.Notes) -> list[Flowable]:
        s = self.styles
        lines = RuledLines(block.lines, NOTES_SPACING, s.palette.rule)
        if block.title:
            return [KeepWithFirst(self.para(block.title, s.subheading, role="H3"), lines), Spacer(1, s.size)]
        return [Spacer(1, s.size * 0.5), lines, Spacer(1, s.size)]
