"""Our small inline syntax: **bold**, *italic* and [label](https://address).

Content is data: everything else, including `<`, `&` and anything that looks like a ReportLab tag,
is printed as the characters it is. Unbalanced markers print literally. The output of
`to_reportlab` is the only ReportLab paragraph markup the tool ever builds from content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

ALLOWED_SCHEMES = ("https://", "http://", "mailto:", "tel:")

_SPACE = re.compile(r"[ \t\r\n]+")  # not \s: no-break spaces must stay
# The inline markup, shared with translation/inline.py (what a CAT tool must keep is exactly what prints).
LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")


class MarkupError(ValueError):
    """Content uses the inline syntax in a way we refuse (an unsafe link)."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class Span:
    """A run of text with one set of inline styles."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    font: str | None = None  # set by the renderer for runs the main font cannot draw


def parse(text: str) -> list[Span]:
    """Split text into styled spans; raises MarkupError for a link we will not print."""
    text = _SPACE.sub(" ", text).strip()
    spans: list[Span] = []
    position = 0
    for match in LINK.finditer(text):
        label, url = match.groups()
        if not url.lower().startswith(ALLOWED_SCHEMES):
            raise MarkupError(
                f"link address '{url}' is not allowed",
                "links must start with https://, http://, mailto: or tel:",
            )
        spans += _emphasis(text[position:match.start()])
        spans += _emphasis(label, href=url)
        position = match.end()
    spans += _emphasis(text[position:])
    return [span for span in spans if span.text]


def _emphasis(text: str, href: str | None = None) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for match in BOLD.finditer(text):
        spans += _italic(text[position:match.start()], False, href)
        spans += _italic(match.group(1), True, href)
        position = match.end()
    return spans + _italic(text[position:], False, href)


def _italic(text: str, bold: bool, href: str | None) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for match in ITALIC.finditer(text):
        spans.append(Span(text[position:match.start()], bold, False, href))
        spans.append(Span(match.group(1), bold, True, href))
        position = match.end()
    spans.append(Span(text[position:], bold, False, href))
    return spans


def plain(text: str) -> str:
    """The words a reader sees, without markers or link addresses."""
    return "".join(span.text for span in parse(text))


def to_reportlab(spans: list[Span], link_color: str, italic: bool = True) -> str:
    """ReportLab paragraph markup for spans: escaped text plus only <b>, <i>, <u>, <a> and <font face>.

    With italic=False, emphasis that asks for italics is printed bold (large-print rules).
    """
    out = []
    for span in spans:
        piece = escape(span.text, quote=False)
        if span.italic:
            piece = f"<i>{piece}</i>" if italic else f"<b>{piece}</b>"
        if span.bold:
            piece = f"<b>{piece}</b>"
        if span.font:
            piece = f"<font face={_attribute(span.font)}>{piece}</font>"
        if span.href:
            piece = f"<a href={_attribute(span.href)} color={_attribute(link_color)}><u>{piece}</u></a>"
        out.append(piece)
    return "".join(out)


def _attribute(value: str) -> str:
    """An XML attribute value in double quotes, escaped."""
    return f'"{escape(value, quote=True)}"'
