"""Content is data: only our inline syntax is markup; anything else prints as the characters it is."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from brochure.markup import MarkupError, Span, parse, plain, to_reportlab
from helpers import init_project, pdf_text, replace_in, run

CVE_2023_33733 = (
    "<font color=\"[ [ getattr(pow,Word('__globals__'))['os'].system('touch /tmp/brochure-pwned') "
    "for Word in [orgTypeFun('Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: False, "
    "'__eq__': lambda self,x: self.mutate() and self.mutated < 0 and str(self) == x, "
    "'mutate': lambda self: {setattr(self, 'mutated', self.mutated - 1)}, "
    "'__hash__': lambda self: hash(str(self)) })] ] for orgTypeFun in [type(type(1))] ] and 'red'\">exploit</font>"
)

HOSTILE = [
    '<font color="red" size="40">big red</font>',
    '<img src="/etc/passwd"/>',
    '<a href="file:///etc/passwd">click</a>',
    "<para>para</para> and <br/> and <onDraw name=\"showPage\"/>",
    "&amp; &lt; &#60; & < > tom & jerry",
    "**unbalanced bold and *lonely star",
    CVE_2023_33733,
]


def test_spans():
    assert parse("a **b** *c* [d](https://x.example)") == [
        Span("a "), Span("b", bold=True), Span(" "), Span("c", italic=True), Span(" "),
        Span("d", href="https://x.example"),
    ]


def test_whitespace_is_folded():
    assert plain("one\n two   three") == "one two three"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://x"])
def test_unsafe_links_are_refused(url):
    with pytest.raises(MarkupError):
        parse(f"[x]({url})")


def test_reportlab_markup_is_escaped():
    from xml.dom.minidom import parseString

    url = 'https://e.example/?a=1&b="2"'
    xml = to_reportlab(parse(f"<b>not bold</b> & [l]({url})"), "#000000")
    para = parseString(f"<para>{xml}</para>").documentElement
    assert para.firstChild.data == "<b>not bold</b> & "
    assert para.getElementsByTagName("a")[0].getAttribute("href") == url


def test_large_print_turns_italics_bold():
    assert to_reportlab(parse("*x*"), "#000000", italic=False) == "<b>x</b>"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"-\n", "", text))


def test_hostile_text_prints_literally_and_runs_nothing(tmp_path: Path):
    content = init_project(tmp_path / "clinic")
    marker = Path("/tmp/brochure-pwned")
    marker.unlink(missing_ok=True)
    block = "".join(f"      - paragraph: {_yaml_quote(text)}\n" for text in HOSTILE)
    replace_in(content, "      - bullets:\n", block + "      - bullets:\n")
    result = run("build", str(content), "--lang", "en", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    printed = _squash(pdf_text(tmp_path / "out" / "my-leaflet-en-a4-leaflet.pdf"))
    for text in HOSTILE:
        assert _squash(plain(text)) in printed, text
    assert not marker.exists()


def _yaml_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
