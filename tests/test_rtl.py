"""ShapedParagraph: right-to-left paragraphs shaped with HarfBuzz and ordered by the bidi algorithm.

Word order is checked from pdfplumber positions. pdfplumber reports each drawn glyph's ToUnicode
text in left-to-right page order; a right-to-left glyph's characters are written left to right too,
so a right-to-left word reads back as its characters reversed (`shaped`).
"""
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import bidi
import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import SimpleDocTemplate

from brochure.fonts import FontFamily, catalog_for
from brochure.markup import Span, parse
from brochure.render.paragraph import ShapedParagraph
from brochure.render.text.bidi import embedding_levels, is_rtl_text, visual_order
from brochure.render.text.prepare import Prepared

FONTS = Path(__file__).resolve().parent.parent / "fonts"
SIZE = 12
PAD = 6  # SimpleDocTemplate's frame padding, inside the 20 pt margins
MIXED = "خذ 2 قرص يوميًا (Paracetamol 500 mg) قبل النوم."
ARABIC = "يجب على المريض أن يتناول الدواء مع الطعام وأن يشرب كمية كافية من الماء كل يوم"
HEBREW = ("יש ליטול את התרופה עם האוכל ולשתות הרבה מים בכל יום ולא לנהוג ברכב "
          "אם מרגישים עייפות או סחרחורת אחרי נטילת התרופה")


@pytest.fixture(scope="module")
def fonts() -> dict[str, list[FontFamily]]:
    """Arabic and Hebrew families with Noto Sans as the fallback for Latin letters."""
    catalog = catalog_for(None)
    latin = catalog.get("NotoSans")
    return {"arabic": [catalog.get("NotoSansArabic"), latin], "hebrew": [catalog.get("NotoSansHebrew"), latin]}


def style(alignment: int = TA_RIGHT) -> ParagraphStyle:
    return ParagraphStyle("rtl", fontSize=SIZE, leading=SIZE * 1.5, alignment=alignment)


def build(path: Path, paragraphs: list[ShapedParagraph], width: float = 400, height: float = 300) -> Path:
    """A PDF of the paragraphs on pages of the given size with 20 pt margins."""
    SimpleDocTemplate(str(path), pagesize=(width, height), leftMargin=20, rightMargin=20,
                      topMargin=20, bottomMargin=20).build(paragraphs)
    return path


def shaped(word: str) -> str:
    """A right-to-left word as pdfplumber reads it back: left to right, so reversed."""
    return word[::-1]


def lines_of_words(path: Path) -> list[list[dict]]:
    """Each line's words on every page, top to bottom; a line's words left to right, as
    {"text", "x0", "x1", "fontname"} (the font of the word's first glyph).

    Built from glyphs rather than pdfplumber's words, which split a word at a vowel mark drawn
    back over its letter. A glyph belongs to the line above when it sits less than half a line
    lower (Arabic and Latin fonts differ in height)."""
    lines: list[list[dict]] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page_lines: list[list[dict]] = []
            for char in sorted(page.chars, key=lambda char: char["bottom"]):
                if page_lines and char["bottom"] - page_lines[-1][0]["bottom"] < SIZE * 0.75:
                    page_lines[-1].append(char)
                else:
                    page_lines.append([char])
            lines += [_words(sorted(line, key=lambda char: char["x0"])) for line in page_lines]
    return lines


def _words(chars: list[dict]) -> list[dict]:
    """Glyphs in left-to-right order grouped into words at drawn spaces and at gaps."""
    words: list[dict] = []
    after_space = False
    for char in chars:
        if char["text"] == " ":
            after_space = True
        elif words and not after_space and char["x0"] - words[-1]["x1"] < SIZE * 0.15:
            words[-1]["text"] += char["text"]
            words[-1]["x1"] = max(words[-1]["x1"], char["x1"])
        else:
            words.append({key: char[key] for key in ("x0", "x1", "fontname")} | {"text": char["text"]})
            after_space = False
    return words


def test_arabic_is_joined_by_harfbuzz_and_reads_back_as_letters(tmp_path, fonts):
    # Unshaped text would draw six glyphs, the nominal (isolated) letters; shaped, the lam-alef
    # ligature draws two letters with one glyph, whose ToUnicode entry holds both (no presentation forms).
    pdf = build(tmp_path / "shaped.pdf", [ShapedParagraph([Span("السلام")], style(), fonts["arabic"])])
    with pdfplumber.open(pdf) as document:
        chars = sorted(document.pages[0].chars, key=lambda char: char["x0"])
    assert "".join(char["text"] for char in chars) == "السلام"[::-1]
    assert len(chars) == len(str(shapeStr("السلام", "NotoSansArabic-Regular", SIZE, force=True))) == 5
    assert "لا"[::-1] in [char["text"] for char in chars]


def test_numbers_and_latin_inside_arabic_keep_their_order(tmp_path, fonts):
    pdf = build(tmp_path / "mixed.pdf", [ShapedParagraph(parse(MIXED), style(), fonts["arabic"])])
    [line] = lines_of_words(pdf)
    texts = [word["text"] for word in line]
    # Logical order read right to left; the Latin run inside reads left to right; mirrored brackets.
    expected_right_to_left = [shaped("خذ"), "2", shaped("قرص"), shaped("يوميًا"), "mg)", "500", "(Paracetamol",
                              shaped("قبل"), "." + shaped("النوم")]
    assert [sorted(text) for text in texts[::-1]] == [sorted(text) for text in expected_right_to_left]
    assert sum("Paracetamol" in text for text in texts) == 1
    assert "Paracetamol" in texts[texts.index("500") - 1]
    assert line[-1]["x1"] == pytest.approx(400 - 20 - PAD, abs=0.5)  # right-aligned, first word right-most


def test_latin_split_into_styled_runs_still_reads_left_to_right(tmp_path, fonts):
    # Reversing every run of an RTL line (instead of rule L2) would give "mg 500 Paracetamol".
    pdf = build(tmp_path / "runs.pdf", [ShapedParagraph(parse("خذ **Paracetamol** 500 *mg* يوميًا"), style(),
                                                       fonts["arabic"])])
    [line] = lines_of_words(pdf)
    texts = [word["text"] for word in line]
    assert texts.index("Paracetamol") < texts.index("500") < texts.index("mg")
    assert sorted(texts[-1]) == sorted(shaped("خذ"))


def test_hebrew_lines_read_right_to_left_top_to_bottom(tmp_path, fonts):
    pdf = build(tmp_path / "hebrew.pdf", [ShapedParagraph(parse(HEBREW), style(), fonts["hebrew"])], width=200)
    lines = lines_of_words(pdf)
    assert len(lines) >= 3
    read = [word["text"][::-1] for line in lines for word in reversed(line)]
    assert read == HEBREW.split()
    for line in lines:
        assert line[-1]["x1"] == pytest.approx(200 - 20 - PAD, abs=0.5)


def test_long_paragraph_splits_across_pages_without_losing_words(tmp_path, fonts):
    text = " ".join([ARABIC] * 12)
    paragraph = ShapedParagraph(parse(text), style(), fonts["arabic"])
    pdf = build(tmp_path / "split.pdf", [paragraph], width=250, height=200)
    with pdfplumber.open(pdf) as document:
        lines_per_page = [len(page.extract_text_lines()) for page in document.pages]
    assert len(lines_per_page) >= 2
    assert min(lines_per_page) >= 2  # no widow or orphan line alone on a page
    words = [word["text"] for line in lines_of_words(pdf) for word in line]
    assert len(words) == len(text.split())


def test_split_keeps_two_lines_each_side(fonts):
    paragraph = ShapedParagraph(parse(" ".join([ARABIC] * 2)), style(), fonts["arabic"])
    leading = style().leading
    _, height = paragraph.wrap(200, 1000)
    total = round(height / leading)
    assert total >= 5
    first, rest = paragraph.split(200, leading * (total - 1))  # room for all but one line
    assert first.wrap(200, 1000)[1] == pytest.approx(leading * (total - 2))  # no widow: two move on
    assert rest.wrap(200, 1000)[1] == pytest.approx(leading * 2)
    assert paragraph.split(200, leading * 1.5) == []  # a lone first line would be an orphan


def test_word_wider_than_the_line_is_broken(tmp_path, fonts):
    url = "https://clinic.example/patient-information/very/long/address/that/cannot/fit"
    paragraph = ShapedParagraph(parse(f"الموقع {url} اليوم"), style(), fonts["arabic"])
    pdf = build(tmp_path / "long.pdf", [paragraph], width=200)
    with pdfplumber.open(pdf) as document:
        chars = document.pages[0].chars
        assert min(char["x0"] for char in chars) >= 20 + PAD - 0.5
        assert max(char["x1"] for char in chars) <= 200 - 20 - PAD + 0.5
        latin = [char for char in chars if char["fontname"].endswith("NotoSans-Regular") and char["text"] != " "]
        assert unicodedata.normalize("NFKC", "".join(c["text"] for c in latin)) == url  # "fi" reads back as U+FB01
        first_line = [c["text"] for c in latin if abs(c["top"] - latin[0]["top"]) < 1]
        assert first_line[-1] == "/" and len(first_line) < len(latin)  # cut after a slash, between its parts


def test_bold_run_and_link_inside_arabic(tmp_path, fonts):
    url = "https://clinic.example/ar"
    spans = parse(f"السلام **عليكم** في [العيادة]({url}) اليوم")
    pdf = build(tmp_path / "bold.pdf", [ShapedParagraph(spans, style(TA_CENTER), fonts["arabic"], colors.blue)])
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        [words] = lines_of_words(pdf)
        [bold] = [word for word in words if word["fontname"].endswith("NotoSansArabic-Bold")]
        assert sorted(bold["text"]) == sorted(shaped("عليكم"))
        [link_word] = [word for word in words if sorted(word["text"]) == sorted(shaped("العيادة"))]
        [annotation] = page.annots
        assert annotation["uri"] == url
        assert annotation["x0"] <= link_word["x0"] + 0.5 and annotation["x1"] >= link_word["x1"] - 0.5
        assert any(line["stroking_color"] == (0, 0, 1) for line in page.lines)  # underlined in blue
    uris = [annotation.get_object()["/A"]["/URI"] for annotation in PdfReader(pdf).pages[0]["/Annots"]]
    assert uris == [url]


def test_phone_number_and_arabic_digits_read_left_to_right(tmp_path, fonts):
    pdf = build(tmp_path / "numbers.pdf", [ShapedParagraph(parse("اتصل على 0123 456 789 أو ١٢ مرة"), style(),
                                                          fonts["arabic"])])
    [line] = lines_of_words(pdf)
    texts = [word["text"] for word in line]
    assert texts.index("0123") < texts.index("456") < texts.index("789")
    assert "١٢" in texts


def test_left_to_right_paragraph_with_hebrew_inside(tmp_path, fonts):
    latin_first = [fonts["hebrew"][1], fonts["hebrew"][0]]
    paragraph = ShapedParagraph(parse("Ask for שלום עולם today"), ParagraphStyle("ltr", fontSize=SIZE),
                              latin_first, direction="ltr")
    [line] = lines_of_words(build(tmp_path / "ltr.pdf", [paragraph]))
    assert [word["text"] for word in line] == ["Ask", "for", "םלוע", "םולש", "today"]
    assert line[0]["x0"] == pytest.approx(20 + PAD, abs=0.5)


def test_qpdf_accepts_the_text_objects(tmp_path, fonts):
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    paragraphs = [ShapedParagraph(parse(text), style(), fonts[script], colors.blue)
                  for script, text in [("arabic", MIXED), ("arabic", f"**{ARABIC}** [رابط](https://a.example)"),
                                       ("hebrew", HEBREW)]]
    pdf = build(tmp_path / "check.pdf", paragraphs)
    result = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@pytest.mark.parametrize("text, rtl", [
    (MIXED, True),
    ("abc שלום 123 עולם def", False),
    ("שלום (abc, def) 12.5% עולם", True),
    ("Take ١٢٣ pills عدد (مرتين) daily", False),
])
def test_levels_read_from_python_bidi_reorder_like_get_display(text, rtl):
    order = visual_order(embedding_levels(text, rtl))
    unmirrored = str.maketrans("()", "||")
    expected = bidi.get_display(text, base_dir="R" if rtl else "L")
    assert "".join(text[i] for i in order).translate(unmirrored) == expected.translate(unmirrored)


def test_is_rtl_text():
    assert is_rtl_text("2. שלום")
    assert is_rtl_text("(السلام)")
    assert not is_rtl_text("Paracetamol خذ")
    assert not is_rtl_text("123")


def test_fonts_without_italics_use_the_upright_faces(fonts):
    arabic, latin = fonts["arabic"]
    spans = [Span("مرحبا hello ", bold=True, italic=True), Span("hello", italic=True)]
    prepared = Prepared(spans, fonts["arabic"], SIZE, rtl=True)
    assert prepared.fonts[prepared.text.index("م")] == arabic.bold  # NotoSansArabic has no italic
    assert prepared.fonts[prepared.text.index("h")] == latin.register()["BoldItalic"]
    assert prepared.fonts[-1] == latin.register()["Italic"]
