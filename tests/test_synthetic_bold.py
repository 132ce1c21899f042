"""Synthetic bold: Chinese and Japanese are drawn with Droid Sans Fallback, which has no bold face,
so their headings and **bold** are its Regular outlines filled and stroked (text render mode 2) in
the fill colour, while a family with a Bold file (Noto Sans) keeps using it, in mode 0. Checked by
reading the PDFs' content streams back with pypdf."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
import yaml
from pypdf.generic import ContentStream
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from brochure import api
from brochure.fonts import catalog_for
from brochure.markup import Span, plain
from brochure.render._reportlab import SYNTHETIC_BOLD_STROKE
from brochure.render.paragraph import ShapedParagraph
from pdfua import violations

CONTENT = Path(__file__).parent / "data" / "hand-hygiene" / "content.yaml"
DATA = yaml.safe_load(CONTENT.read_text("utf-8"))
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass(frozen=True)
class Shown:
    """Text shown by one text operator, with the state it was painted in."""

    text: str
    font: str  # the font's /BaseFont without its subset prefix, e.g. DroidSansFallback
    size: float
    mode: int  # text render mode: 0 fill, 2 fill then stroke
    line_width: float
    fill: tuple[float, ...]
    stroke: tuple[float, ...]


def _to_unicode(font) -> dict[int, str]:
    """A simple font's code -> characters, from its ToUnicode CMap's bfchar entries (none for a
    standard font, which a bare canvas names but does not use here)."""
    if "/ToUnicode" not in font:
        return {}
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    pairs = re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", "".join(re.findall(r"beginbfchar(.*?)endbfchar", data, re.S)))
    return {int(code, 16): bytes.fromhex(text).decode("utf-16-be") for code, text in pairs}


def shown(pdf: Path, page: int = 0) -> list[Shown]:
    """Every Tj/TJ of a page's content stream, decoded through its font's ToUnicode map."""
    reader = pypdf.PdfReader(pdf)
    fonts = reader.pages[page]["/Resources"]["/Font"]
    maps = {name: _to_unicode(fonts[name]) for name in fonts}
    state = {"mode": 0, "w": 1.0, "fill": (0.0,), "stroke": (0.0,), "font": None, "size": 0.0}
    saved: list[dict] = []
    found: list[Shown] = []
    for operands, operator in ContentStream(reader.pages[page].get_contents(), reader).operations:
        op = operator.decode()
        if op == "q":
            saved.append(dict(state))
        elif op == "Q":
            state = saved.pop()
        elif op == "Tr":
            state["mode"] = int(operands[0])
        elif op == "w":
            state["w"] = float(operands[0])
        elif op in ("rg", "g", "k"):
            state["fill"] = tuple(float(x) for x in operands)
        elif op in ("RG", "G", "K"):
            state["stroke"] = tuple(float(x) for x in operands)
        elif op == "Tf":
            state["font"], state["size"] = operands[0], float(operands[1])
        elif op in ("Tj", "TJ"):
            strings = operands[0] if op == "TJ" else [operands[0]]
            codes = b"".join(s if isinstance(s, bytes) else s.get_original_bytes()
                             for s in strings if not isinstance(s, (int, float)))
            text = "".join(maps[state["font"]].get(code, "") for code in codes)
            base = str(fonts[state["font"]]["/BaseFont"]).split("+", 1)[-1]
            found.append(Shown(text, base, state["size"], state["mode"], state["w"], state["fill"], state["stroke"]))
    return found


def _drawn_in(found: list[Shown], text: str) -> list[Shown]:
    """The operators that show `text` (all of it, in one line's operators, ignoring spaces)."""
    squashed = "".join(text.split())
    for start in range(len(found)):
        if not found[start].text.strip():
            continue
        joined = ""
        for end in range(start, len(found)):
            joined += "".join(found[end].text.split())
            if not squashed.startswith(joined):
                break
            if joined == squashed:
                return found[start:end + 1]
    raise AssertionError(f"{text!r} is not shown on the page")


def _assert_synthetic_bold(item: Shown) -> None:
    assert item.font == "DroidSansFallback" and item.mode == 2, item
    assert item.line_width == pytest.approx(item.size * SYNTHETIC_BOLD_STROKE, abs=0.001), item
    assert item.stroke == item.fill, item


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("synthetic-bold")
    results = api.build(CONTENT, out, api.Options(languages=("en", "zh-Hans", "ja"), layouts=("a4-leaflet",), jobs=1))
    assert all(result.ok for result in results), [str(p) for result in results for p in result.problems]
    return {result.job.language: result.path for result in results}


@pytest.mark.parametrize("lang", ["zh-Hans", "ja"])
def test_headings_are_filled_and_stroked(built, lang):
    found = shown(built[lang])
    for text in (DATA["title"][lang], DATA["sections"][0]["heading"][lang]):
        for item in _drawn_in(found, plain(text)):
            if CJK.search(item.text):
                _assert_synthetic_bold(item)


@pytest.mark.parametrize("lang", ["zh-Hans", "ja"])
def test_body_text_is_only_filled(built, lang):
    paragraph = DATA["sections"][0]["blocks"][0]["paragraph"][lang]
    assert "**" not in paragraph
    drawn = _drawn_in(shown(built[lang]), paragraph)
    assert {(item.font, item.mode) for item in drawn} == {("DroidSansFallback", 0)}


def test_bold_in_a_sentence_strokes_only_the_cjk_and_keeps_the_real_latin_bold(built):
    """zh-Hans step 3: 双手互相搓洗**至少20秒**。: 至少 and 秒 stroked, 20 in Noto Sans Bold, filled."""
    found = shown(built["zh-Hans"])
    drawn = _drawn_in(found, "至少20秒")
    assert [item.text for item in drawn] == ["至少", "20", "秒"]
    _assert_synthetic_bold(drawn[0])
    _assert_synthetic_bold(drawn[2])
    assert (drawn[1].font, drawn[1].mode) == ("NotoSans-Bold", 0)
    after = found[found.index(drawn[2]) + 1]  # 。要搓洗手背...: regular again
    assert (after.font, after.mode, after.line_width) == ("DroidSansFallback", 0, 1.0)


def test_english_uses_the_real_bold_and_no_render_mode(built):
    found = shown(built["en"])
    assert {item.mode for item in found} == {0}
    assert {item.font for item in _drawn_in(found, plain(DATA["title"]["en"]))} == {"NotoSans-Bold"}
    assert b" Tr" not in pypdf.PdfReader(built["en"]).pages[0].get_contents().get_data()


@pytest.mark.parametrize("lang", ["zh-Hans", "ja"])
def test_text_extracts_as_the_same_characters(built, lang):
    """Render mode 2 is still text: every heading, bold word and sentence comes back out."""
    text = "".join(pypdf.PdfReader(built[lang]).pages[0].extract_text().split())
    section = DATA["sections"][0]
    for source in (DATA["title"][lang], section["heading"][lang], section["blocks"][0]["paragraph"][lang]):
        assert "".join(plain(source).split()) in text


@pytest.mark.parametrize("lang", ["zh-Hans", "ja"])
def test_still_meets_the_pdf_ua_checks(built, lang):
    assert violations(built[lang]) == []


def test_one_font_is_embedded_for_regular_and_bold(built):
    """The synthetic face is the Regular font under another name: nothing more is embedded."""
    fonts = pypdf.PdfReader(built["zh-Hans"]).pages[0]["/Resources"]["/Font"]
    droid = {str(fonts[name]["/BaseFont"]).split("+", 1)[-1] for name in fonts} & {"DroidSansFallback"}
    assert droid == {"DroidSansFallback"}
    assert not any("Synthetic" in str(fonts[name]["/BaseFont"]) for name in fonts)


def test_a_family_without_bold_gets_a_synthetic_bold_face():
    from reportlab.lib.fonts import tt2ps

    catalog = catalog_for(None)
    droid, noto = catalog.get("DroidSansFallback"), catalog.get("Noto Sans")
    assert droid.synthetic_bold and not noto.synthetic_bold
    faces = droid.register()
    assert faces["Bold"] == faces["BoldItalic"] == "DroidSansFallback-SyntheticBold"
    assert tt2ps(faces["Regular"].lower(), 1, 0) == "DroidSansFallback-SyntheticBold"  # <b> in <font face=...>
    assert noto.bold == "NotoSans-Bold"


def test_shaped_paragraph_strokes_synthetic_bold_runs(tmp_path):
    """The other paragraph kind (right-to-left, shaped and dictionary-broken text) does the same."""
    catalog = catalog_for(None)
    families = [catalog.get("Noto Sans"), catalog.get("DroidSansFallback")]
    style = ParagraphStyle("test", fontName=families[0].regular, fontSize=20, leading=26,
                           textColor=HexColor("#1F4E79"))
    paragraph = ShapedParagraph([Span("粗体", bold=True), Span(" bold ", bold=True), Span("常规")], style,
                                families, direction="ltr")
    canvas = Canvas(str(tmp_path / "shaped.pdf"))
    paragraph.wrapOn(canvas, 400, 100)
    paragraph.drawOn(canvas, 50, 700)
    canvas.setStrokeColor(HexColor("#FF0000"))
    canvas.line(50, 650, 200, 650)  # drawn after: the canvas's own stroke colour and width
    canvas.save()
    found = shown(tmp_path / "shaped.pdf")
    bold, latin, regular = _drawn_in(found, "粗体"), _drawn_in(found, "bold"), _drawn_in(found, "常规")
    _assert_synthetic_bold(bold[0])
    assert bold[0].fill == pytest.approx(HexColor("#1F4E79").rgb(), abs=1e-5)
    assert (latin[0].font, latin[0].mode) == ("NotoSans-Bold", 0)
    assert (regular[0].font, regular[0].mode, regular[0].line_width) == ("DroidSansFallback", 0, 1.0)
    stream = pypdf.PdfReader(tmp_path / "shaped.pdf").pages[0].get_contents().get_data().decode("latin-1")
    assert stream.count("2 Tr") == 1 and stream.index("2 Tr") < stream.index("0 Tr") < stream.index("1 0 0 RG")


def test_a_clinic_font_without_bold_gets_the_synthetic_bold_too(tmp_path):
    """A brand's own family with only a Regular file: its headings are stroked, its body is not."""
    from brochure.resources import bundled

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "PlainSans-Regular.ttf").write_bytes((bundled("fonts") / "NotoSans-Regular.ttf").read_bytes())
    (tmp_path / "content.yaml").write_text("""\
id: plain
languages: [en]
layouts: [a4-leaflet]
updated: "2026-01-15"
title: Washing hands
clinic:
  name: Example Health Clinic
  fonts: {body: Plain Sans, heading: Plain Sans}
  contact: {phone: "+1 555 0100"}
sections:
  - id: when
    heading: When to wash
    blocks:
      - paragraph: Before you eat and **after the toilet**.
""", "utf-8")
    results = api.build(tmp_path / "content.yaml", tmp_path / "out", api.Options(jobs=1))
    assert [result.ok for result in results] == [True]
    found = shown(results[0].path)
    for text in ("Washing hands", "When to wash", "after the toilet"):
        assert {(item.mode, item.stroke == item.fill) for item in _drawn_in(found, text)} == {(2, True)}, text
    assert {item.mode for item in _drawn_in(found, "Before you eat and")} == {0}
