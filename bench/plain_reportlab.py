"""The baseline for the overhead benchmark: a plain ReportLab Platypus script for the sample brochure.

This is the script a developer would write by hand to turn `content.yaml` into the English A4
leaflet: yaml.safe_load, the bundled Noto Sans TTFs registered directly with pdfmetrics, and the
same kind of flowables and page furniture `brochure` draws (cover band with logo, running head,
"Page X of Y" footers, callouts, lists, tables, an SVG figure, tick boxes, ruled lines, a back page
with a contact table and a QR code). It has none of brochure's validation, i18n, caches or checks.

    python bench/plain_reportlab.py [CONTENT] [OUT.pdf] [--lang en]

`build_pdf(data, folder, lang)` returns the PDF bytes; bench/run.py calls it for the warm timing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, ListFlowable, ListItem,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from svglib.svglib import svg2rlg

FONTS = Path(__file__).resolve().parents[1] / "fonts"
BODY, BOLD = "NotoSans-Regular", "NotoSans-Bold"
TEXT, MUTED, RULE = HexColor("#1A1A1A"), HexColor("#4A4A4A"), HexColor("#B8B8B8")
SIZE, LEADING = 13, 1.45
MARGINS = dict(top=20 * mm, bottom=24 * mm, left=22 * mm, right=22 * mm)
BAND = 58 * mm
LABELS = {"phone": "Phone", "email": "Email", "website": "Website", "address": "Address",
          "hours": "Opening hours"}


def register_fonts() -> None:
    """Register the four Noto Sans faces and tie them into a family for <b> and <i>."""
    if BODY in pdfmetrics.getRegisteredFontNames():
        return
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        pdfmetrics.registerFont(TTFont(f"NotoSans-{style}", str(FONTS / f"NotoSans-{style}.ttf")))
    pdfmetrics.registerFontFamily(BODY, normal=BODY, bold=BOLD, italic="NotoSans-Italic",
                                  boldItalic="NotoSans-BoldItalic")


def tint(color: Color, amount: float) -> Color:
    return Color(*(1 - amount * (1 - c) for c in color.rgb()))


class Styles:
    """The paragraph styles of the leaflet, coloured with the clinic's brand colours."""

    def __init__(self, primary: Color):
        self.primary = primary
        base = ParagraphStyle("body", fontName=BODY, fontSize=SIZE, leading=SIZE * LEADING, textColor=TEXT,
                              spaceAfter=SIZE * 0.6, allowWidows=0, allowOrphans=0, splitLongWords=1)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=11, leading=11 * LEADING)
        self.title = ParagraphStyle("title", base, fontName=BOLD, fontSize=SIZE * 2.1, leading=SIZE * 2.5,
                                    textColor=primary, spaceAfter=SIZE * 0.4)
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=SIZE * 1.25, leading=SIZE * 1.7,
                                       textColor=MUTED, spaceAfter=SIZE * 1.2)
        self.heading = ParagraphStyle("heading", base, fontName=BOLD, fontSize=19.5, leading=19.5 * 1.25,
                                      textColor=primary, spaceBefore=SIZE * 1.5, spaceAfter=SIZE * 0.5,
                                      keepWithNext=1)
        self.subheading = ParagraphStyle("subheading", base, fontName=BOLD, fontSize=SIZE * 1.1,
                                         leading=SIZE * 1.1 * 1.35, spaceBefore=SIZE * 0.6,
                                         spaceAfter=SIZE * 0.3, keepWithNext=1)
        self.caption = ParagraphStyle("caption", base, fontSize=11.5, leading=11.5 * 1.35, textColor=MUTED,
                                      spaceBefore=4, alignment=1)
        self.th = ParagraphStyle("th", base, fontName=BOLD, textColor=white, spaceAfter=0, fontSize=12,
                                 leading=12 * 1.3)
        self.td = ParagraphStyle("td", base, spaceAfter=0, fontSize=12, leading=12 * 1.3)
        self.furniture = ParagraphStyle("furniture", base, fontSize=10.5, leading=12.6, textColor=MUTED,
                                        spaceAfter=0)


_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")


def md(text: str, link_color: str = "#1F4E79") -> str:
    """**bold**, *italic* and [label](url) to ReportLab paragraph markup; everything else escaped."""
    text = escape(" ".join(text.split()))
    text = _LINK.sub(lambda m: f'<a href="{m[2]}" color="{link_color}"><u>{m[1]}</u></a>', text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    return _ITALIC.sub(r"<i>\1</i>", text)


class TickBox(Flowable):
    def __init__(self, size: float, color: Color):
        super().__init__()
        self.width = self.height = size
        self.color = color

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(1.2)
        self.canv.rect(0, 0, self.width, self.height)


class RuledLines(Flowable):
    def __init__(self, count: int, spacing: float):
        super().__init__()
        self.count, self.spacing = count, spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.7)
        for i in range(self.count):
            self.canv.line(0, i * self.spacing, self.width, i * self.spacing)


class NumberedCanvas(Canvas):
    """The usual ReportLab recipe for "Page X of Y": keep each page's state, draw footers at save."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self._doc_template.footer(self, total)
            super().showPage()
        super().save()


class Leaflet(BaseDocTemplate):
    """A4 leaflet: cover page with the brand band, body pages with a running head, a back page."""

    def __init__(self, buffer: io.BytesIO, data: dict, text, styles: Styles, logo: Drawing | None):
        super().__init__(buffer, pagesize=A4, leftMargin=MARGINS["left"], rightMargin=MARGINS["right"],
                         topMargin=MARGINS["top"], bottomMargin=MARGINS["bottom"], title=text(data["title"]),
                         author=text(data["clinic"]["name"]), invariant=1)
        self.data, self.text, self.styles, self.logo = data, text, styles, logo
        width, height = A4
        column = width - MARGINS["left"] - MARGINS["right"]

        def frame(name: str, top: float) -> list[Frame]:
            return [Frame(MARGINS["left"], MARGINS["bottom"], column, top - MARGINS["bottom"], id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]

        self.addPageTemplates([
            PageTemplate("cover", frame("cover", height - BAND - MARGINS["top"] * 0.6),
                         onPage=lambda c, d: self.band(c, BAND), autoNextPageTemplate="body"),
            PageTemplate("body", frame("body", height - MARGINS["top"]), onPage=self.running_head),
            PageTemplate("back", frame("back", height - BAND * 0.75 - MARGINS["top"] * 0.6),
                         onPage=lambda c, d: self.band(c, BAND * 0.75)),
        ])

    def band(self, canvas: Canvas, height: float) -> None:
        width, top = A4
        canvas.setFillColor(self.styles.primary)
        canvas.rect(0, top - height, width, height, stroke=0, fill=1)
        size = min(height * 0.62, 26 * mm)
        y = top - height / 2 - size / 2
        canvas.setFillColor(white)
        canvas.roundRect(MARGINS["left"], y, size, size, size * 0.14, stroke=0, fill=1)
        if self.logo:
            pad = size * 0.12
            scale = (size - 2 * pad) / max(self.logo.width, self.logo.height)
            canvas.saveState()
            canvas.translate(MARGINS["left"] + pad, y + pad)
            canvas.scale(scale, scale)
            self.logo.drawOn(canvas, 0, 0)
            canvas.restoreState()
        canvas.setFillColor(white)
        canvas.setFont(BOLD, 17)
        canvas.drawString(MARGINS["left"] + size + 5 * mm, top - height / 2 - 17 * 0.35,
                          self.text(self.data["clinic"]["name"]))

    def running_head(self, canvas: Canvas, doc: Any) -> None:
        width, height = A4
        y = height - MARGINS["top"] * 0.55
        canvas.setStrokeColor(self.styles.primary)
        canvas.setLineWidth(2)
        canvas.line(MARGINS["left"], y - 6, width - MARGINS["right"], y - 6)
        head = Paragraph(md(self.text(self.data["title"])), self.styles.furniture)
        head.wrapOn(canvas, width - MARGINS["left"] - MARGINS["right"], 50)
        head.drawOn(canvas, MARGINS["left"], y)

    def footer(self, canvas: Canvas, total: int) -> None:
        width = A4[0]
        clinic = self.data["clinic"]
        canvas.setFont(BODY, 10.5)
        canvas.setFillColor(MUTED)
        y = MARGINS["bottom"] * 0.45
        canvas.drawString(MARGINS["left"], y, f"{self.text(clinic['name'])}  \u00b7  {clinic['contact']['phone']}")
        canvas.drawRightString(width - MARGINS["right"], y, f"Page {canvas.getPageNumber()} of {total}")

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "outline", None)
        if key:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv._doc_template = self


class Story:
    """Builds the flowables for one language from the parsed YAML."""

    def __init__(self, data: dict, folder: Path, lang: str, styles: Styles):
        self.data, self.folder, self.lang, self.s = data, folder, lang, styles
        self.width = A4[0] - MARGINS["left"] - MARGINS["right"]

    def text(self, value: Any) -> str:
        return value.get(self.lang) or next(iter(value.values())) if isinstance(value, dict) else str(value)

    def para(self, value: Any, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(md(self.text(value)), style or self.s.body)

    def bullets(self, items: list, numbered: bool = False, style: ParagraphStyle | None = None,
                color: Color | None = None) -> ListFlowable:
        style = style or self.s.body
        entries = [ListItem(self.para(item, style), spaceAfter=style.fontSize * 0.3) for item in items]
        options = dict(bulletFontName=BOLD if numbered else BODY, bulletFontSize=style.fontSize,
                       bulletColor=color or self.s.primary, leftIndent=style.fontSize * 2.1,
                       spaceAfter=style.fontSize * 0.5, bulletDedent="auto")
        if numbered:
            return ListFlowable(entries, bulletType="1", bulletFormat="%s.", **options)
        return ListFlowable(entries, bulletType="bullet", start="\u2022", **options)

    def callout(self, block: dict) -> list[Flowable]:
        primary = self.s.primary
        bar = {"key-points": primary, "warning": HexColor("#B5471B"), "tip": MUTED}[block.get("style", "tip")]
        background = {"key-points": tint(primary, 0.1), "warning": tint(HexColor("#B5471B"), 0.12),
                      "tip": HexColor("#F1F1F1")}[block.get("style", "tip")]
        rows = []
        if block.get("title"):
            rows.append([self.para(block["title"], ParagraphStyle("ct", self.s.subheading, spaceBefore=0,
                                                                   textColor=bar))])
        if block.get("text"):
            rows.append([self.para(block["text"])])
        if block.get("bullets"):
            rows.append([self.bullets(block["bullets"], color=bar)])
        table = Table(rows, colWidths=[self.width], style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), background), ("LINEBEFORE", (0, 0), (0, -1), 5, bar),
            ("LEFTPADDING", (0, 0), (-1, -1), SIZE * 0.9 + 3), ("RIGHTPADDING", (0, 0), (-1, -1), SIZE * 0.9),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, 0), SIZE * 0.7),
            ("BOTTOMPADDING", (0, -1), (-1, -1), SIZE * 0.45), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [Spacer(1, 4), KeepTogether([table]), Spacer(1, 12)]

    def image(self, block: dict) -> list[Flowable]:
        source = svg2rlg(str(self.folder / block["src"]))
        scale = self.width * block.get("width", 1.0) / source.width
        drawing = Drawing(source.width * scale, source.height * scale)
        drawing.add(Group(*source.contents, transform=(scale, 0, 0, scale, 0, 0)))
        drawing.hAlign = "CENTER"
        parts: list[Flowable] = [drawing]
        if block.get("caption"):
            parts.append(self.para(block["caption"], self.s.caption))
        return [Spacer(1, 4), KeepTogether(parts), Spacer(1, 10)]

    def table(self, block: dict) -> list[Flowable]:
        rows = [[self.para(cell, self.s.th) for cell in block["header"]]]
        rows += [[self.para(cell, self.s.td) for cell in row] for row in block["rows"]]
        columns = len(block["header"])
        table = Table(rows, colWidths=[self.width / columns] * columns, repeatRows=1, style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), self.s.primary),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [tint(self.s.primary, 0.06), None]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return [Spacer(1, 4), table, Spacer(1, 12)]

    def checklist(self, items: list) -> list[Flowable]:
        box = SIZE * 0.95
        rows = [[TickBox(box, self.s.primary), self.para(item)] for item in items]
        table = Table(rows, colWidths=[box + SIZE * 0.9, self.width - box - SIZE * 0.9], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (0, -1), (SIZE * LEADING - box) / 2 + 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), SIZE * 0.45)]))
        return [table, Spacer(1, 5)]

    def block(self, block: dict) -> list[Flowable]:
        (kind, value), = block.items()
        if kind == "paragraph":
            return [self.para(value)]
        if kind in ("bullets", "steps"):
            return [self.bullets(value, numbered=kind == "steps")]
        if kind == "callout":
            return self.callout(value)
        if kind == "image":
            return self.image(value)
        if kind == "table":
            return self.table(value)
        if kind == "checklist":
            return self.checklist(value)
        if kind == "faq":
            question = ParagraphStyle("q", self.s.subheading, textColor=self.s.primary)
            return [f for item in value for f in (self.para(item["q"], question), self.para(item["a"]))]
        if kind == "notes":
            title = [self.para(value["title"], self.s.subheading)] if value.get("title") else []
            return [*title, RuledLines(value.get("lines", 6), 10 * mm), Spacer(1, SIZE)]
        raise ValueError(f"unknown block {kind}")

    def flowables(self) -> list[Flowable]:
        data, s = self.data, self.s
        story: list[Flowable] = [self.para(data["title"], s.title)]
        if data.get("subtitle"):
            story.append(self.para(data["subtitle"], s.subtitle))
        for section in data["sections"]:
            heading = self.para(section["heading"], s.heading)
            heading.outline = section["id"]
            story.append(heading)
            for block in section["blocks"]:
                story += self.block(block)
        if data.get("references"):
            heading = Paragraph("References", s.heading)
            heading.outline = "references"
            story += [heading, self.bullets(data["references"], numbered=True, style=s.small, color=TEXT)]
        story += [NextPageTemplate("back"), PageBreak()]
        return story + self.back_page()

    def back_page(self) -> list[Flowable]:
        clinic, s = self.data["clinic"], self.s
        contact = clinic.get("contact", {})
        label = ParagraphStyle("label", s.body, fontName=BOLD, spaceAfter=0)
        value = ParagraphStyle("value", s.body, spaceAfter=0)
        shown = {"phone": contact.get("phone"), "email": f"[{contact['email']}](mailto:{contact['email']})",
                 "website": f"[{contact['website'].split('://')[-1]}]({contact['website']})",
                 "address": contact.get("address"), "hours": contact.get("hours")}
        rows = [[Paragraph(LABELS[key], label), self.para(text, value)] for key, text in shown.items() if text]
        contacts = Table(rows, colWidths=[self.width * 0.32, self.width * 0.68], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), SIZE * 0.5)]))
        heading = Paragraph("Contact us", s.heading)
        heading.outline = "contact"
        story: list[Flowable] = [heading, contacts]
        if clinic.get("qr"):
            size = 34 * mm
            widget = QrCodeWidget(clinic["qr"], barLevel="M", barBorder=0)
            x0, y0, x1, y1 = widget.getBounds()
            qr = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
            qr.add(widget)
            row = Table([[qr, Paragraph("Scan the code to visit our website", value)]],
                        colWidths=[size + 6 * mm, self.width - size - 6 * mm],
                        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
            story += [Spacer(1, SIZE), row]
        if self.data.get("disclaimer"):
            story += self.callout({"style": "tip", "title": "Please note", "text": self.data["disclaimer"]})
        if self.data.get("updated"):
            day = dt.date.fromisoformat(str(self.data["updated"]))
            story.append(Paragraph(f"Last updated: {day:%B} {day.day}, {day.year}",
                                   ParagraphStyle("updated", s.small, textColor=MUTED)))
        return story


def build_pdf(data: dict, folder: Path, lang: str = "en") -> bytes:
    """The leaflet for `lang` as PDF bytes (fonts are registered on the first call)."""
    register_fonts()
    styles = Styles(HexColor(data["clinic"].get("colors", {}).get("primary", "#1F4E79")))
    story = Story(data, folder, lang, styles)
    logo = svg2rlg(str(folder / data["clinic"]["logo"])) if data["clinic"].get("logo") else None
    buffer = io.BytesIO()
    doc = Leaflet(buffer, data, story.text, styles, logo)
    doc.build(story.flowables(), canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("content", nargs="?", default="content.yaml", type=Path)
    parser.add_argument("out", nargs="?", default="plain-en-a4.pdf", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    with open(args.content, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    args.out.write_bytes(build_pdf(data, args.content.parent, args.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
