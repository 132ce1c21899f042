"""Every script a clinic's patients read: right-to-left, Arabic shaping, CJK, Devanagari, no missing glyph."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from reportlab.pdfbase.ttfonts import shapeStr

from helpers import line_of, replace_in, run

DATA = Path(__file__).parent / "data" / "scripts" / "content.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scripts")
    shutil.copy(DATA, folder / "content.yaml")
    result = run("build", str(folder / "content.yaml"), "-o", str(folder / "out"))
    assert result.exit_code == 0, result.output
    return folder / "out"


def fonts_used(pdf: Path) -> set[str]:
    reader = pypdf.PdfReader(pdf)
    return {str(f.get_object()["/BaseFont"]).split("+")[-1] for page in reader.pages
            for f in page["/Resources"]["/Font"].values()}


def test_arabic_is_right_to_left_and_shaped(built):
    pdf = built / "scripts-ar-a4-leaflet.pdf"
    reader = pypdf.PdfReader(pdf)
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/Direction"] == "/R2L"
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    assert {"NotoSansArabic-Bold", "NotoSansArabic-Regular"} <= fonts_used(pdf)
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        words = page.extract_words()
        # The title's first logical word (العلاج) is the right-most word on the title line.
        title_top = min(w["top"] for w in words if w["top"] > 100)
        title = sorted((w for w in words if abs(w["top"] - title_top) < 3), key=lambda w: w["x0"])
        from brochure.fonts import catalog_for

        shaped = shapeStr("العلاج", catalog_for(None).get("NotoSansArabic").bold, 20)
        assert len(title) == 5
        # The right-most word reads back as its letters (right to left), drawn with one glyph for
        # lam-alef: unshaped text would draw a glyph per letter.
        assert title[-1]["text"] == "العلاج"[::-1]
        glyphs = [c for c in page.chars if title[-1]["x0"] - 0.1 <= c["x0"] < title[-1]["x1"] and abs(c["top"] - title[-1]["top"]) < 3]
        assert len(glyphs) == len(shaped) < len("العلاج")
        # The shaped word has fewer glyphs than letters (lam-alef ligature): unshaped text would not.
        assert len(shaped) < len("العلاج")
        assert title[-1]["x1"] > page.width * 0.8  # right aligned
    text = pdf_words(pdf)
    assert "Paracetamol" in text and text.count("Paracetamol") == 1


def pdf_words(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return " ".join(page.extract_text() or "" for page in doc.pages)


def test_latin_inside_arabic_keeps_its_order(built):
    with pdfplumber.open(built / "scripts-ar-a4-leaflet.pdf") as doc:
        words = doc.pages[0].extract_words()
    line = next(w["top"] for w in words if w["text"].startswith("(Paracetamol"))
    same = sorted((w for w in words if abs(w["top"] - line) < 3), key=lambda w: w["x0"])
    latin = [w["text"] for w in same if re.search("[A-Za-z0-9]", w["text"])]
    assert latin[:3] == ["(Paracetamol", "500", "mg)"]


def test_chinese_text_extracts_as_written_and_never_starts_a_line_with_closing_punctuation(built):
    import yaml

    data = yaml.safe_load(DATA.read_text("utf-8"))
    source = data["sections"][0]["blocks"][1]["paragraph"]["zh-Hans"]
    with pdfplumber.open(built / "scripts-zh-Hans-a4-leaflet.pdf") as doc:
        lines = (doc.pages[0].extract_text() or "").splitlines()
    squashed = "".join("".join(lines).split())
    expected = "".join(re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", source).split())
    assert expected in squashed
    assert not [line for line in lines if line[:1] in "，。；：！？）》、"]
    assert "DroidSansFallback" in fonts_used(built / "scripts-zh-Hans-a4-leaflet.pdf")


def test_hindi_uses_devanagari_font_and_latin_stays_latin(built):
    pdf = built / "scripts-hi-a4-leaflet.pdf"
    assert "NotoSansDevanagari-Regular" in fonts_used(pdf)
    text = pdf_words(pdf)
    assert "Paracetamol" in text and "+1 555 0142" in text


def test_russian_is_plain_noto_sans(built):
    pdf = built / "scripts-ru-a4-leaflet.pdf"
    assert fonts_used(pdf) <= {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"}
    assert "Что такое рассеянный склероз?" in pdf_words(pdf)


def test_character_no_font_covers_fails_that_edition_only(tmp_path):
    content = tmp_path / "content.yaml"
    shutil.copy(DATA, content)
    replace_in(content, "ru: \"Главное\"", "ru: \"Главное \U0001F9EC\"")
    result = run("build", str(content), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    expected = f"{content}:{line_of(content, chr(0x1F9EC))}:"
    assert expected in result.output
    assert "Symbols and other characters: 1 character on line" in result.output
    assert "(U+1F9EC DNA DOUBLE HELIX): no font covers them" in result.output
    assert "3 PDFs written, 1 failed" in result.output
    check = run("check", str(content))
    assert check.exit_code == 1 and "U+1F9EC" in check.output
