"""text.shaping and text.runs: HarfBuzz glyphs, clusters and the characters each glyph shows."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from brochure.fonts import catalog_for
from brochure.render.text.runs import font_runs
from brochure.render.text.shaping import shape


@pytest.fixture(scope="module")
def faces() -> dict[str, str]:
    catalog = catalog_for(None)
    return {name: catalog.get(name).regular for name in ("NotoSans", "NotoSansArabic", "NotoSansDevanagari")}


def test_a_devanagari_conjunct_is_one_glyph_showing_all_its_characters(faces):
    shaped = shape("क्ष", faces["NotoSansDevanagari"], rtl=False)
    assert len(shaped.glyphs) == 1
    assert shaped.glyph_texts() == ("क्ष",)


def test_a_vowel_drawn_before_its_consonant_reads_back_in_typed_order(faces):
    shaped = shape("कि", faces["NotoSansDevanagari"], rtl=False)
    assert len(shaped.glyphs) == 2 and shaped.glyphs[0].cluster == shaped.glyphs[1].cluster == 0
    assert "".join(shaped.glyph_texts()) == "कि"


def test_right_to_left_glyphs_come_in_visual_order_with_their_letters(faces):
    shaped = shape("السلام", faces["NotoSansArabic"], rtl=True)
    assert len(shaped.glyphs) == 5  # lam-alef is one glyph
    assert [glyph.cluster for glyph in shaped.glyphs] == sorted((g.cluster for g in shaped.glyphs), reverse=True)
    assert "".join(shaped.glyph_texts()) == "السلام"[::-1]  # left to right, as drawn
    assert "لا"[::-1] in shaped.glyph_texts()


def test_harakat_stay_in_their_letters_cluster(faces):
    shaped = shape("بُ", faces["NotoSansArabic"], rtl=True)
    assert len(shaped.clusters()) == 1
    texts = shaped.glyph_texts()
    mark = next(i for i, glyph in enumerate(shaped.glyphs) if glyph.advance == 0)
    assert texts[mark] is None  # drawn as an outline
    assert [t for t in texts if t is not None] == ["بُ"[::-1]]  # the letter holds its haraka


def _shown(texts):
    return "".join(t for t in texts if t is not None)


@pytest.mark.parametrize("word, font, rtl", [
    ("شافٍ", "NotoSansArabic", True), ("أيضًا", "NotoSansArabic", True), ("تحدّث", "NotoSansArabic", True),
    ("स्टेम", "NotoSansDevanagari", False), ("सेल", "NotoSansDevanagari", False),
    ("स्क्लेरोसिस", "NotoSansDevanagari", False), ("می\u200cشود", "NotoSansArabic", True)])
def test_only_advancing_glyphs_are_text_and_they_hold_every_character(faces, word, font, rtl):
    shaped = shape(word, faces[font], rtl=rtl)
    texts = shaped.glyph_texts()
    assert _shown(texts) == (word[::-1] if rtl else word)  # every character once, in drawing order
    for glyph, text in zip(shaped.glyphs, texts):
        assert (text is None) == (glyph.advance == 0)
        assert text != ""


def test_the_first_glyph_of_a_word_holds_no_mark_after_its_letter(faces):
    """pdf.js takes a glyph whose text has a mark for a zero-width one: as the first glyph of a word
    it would come out as a word of its own ("स ेल")."""
    texts = [t for t in shape("सेल", faces["NotoSansDevanagari"], rtl=False).glyph_texts() if t is not None]
    assert texts[0] == "स" and texts[1].startswith("\u0947")


def test_right_to_left_marks_join_the_glyph_drawn_before_within_a_word(faces):
    """MuPDF starts a new line at a right-to-left glyph whose text starts with a mark."""
    texts = [t for t in shape("تُسمّى", faces["NotoSansArabic"], rtl=True).glyph_texts() if t is not None]
    assert "".join(texts) == "تُسمّى"[::-1]
    assert not any(unicodedata.category(t[0]) == "Mn" for t in texts[2:])  # the damma joins the sin



@pytest.mark.parametrize("text", ["بماء نظيف جارٍ.", "جارٍ، ثم", "تعافٍ:", "شافٍ-"])
def test_a_words_last_mark_is_parted_from_a_stop_or_digit_drawn_next_to_it(faces, text):
    """PDFium reads a right-to-left line's runs of one bidi direction last to first and keeps the
    order inside a run of weak characters, marks and stops alike: "جارٍ." came out "جار.ٍ". An
    Arabic letter mark (invisible, right to left) in front of the mark makes a run of its own."""
    texts = [t for t in shape(text, faces["NotoSansArabic"], rtl=True).glyph_texts() if t is not None]
    marked = [i for i, t in enumerate(texts) if t.startswith("\u061c")]
    assert len(marked) == 1 and unicodedata.category(texts[marked[0]][1]) == "Mn"
    assert texts[marked[0] - 1][-1] in ".،:-"  # the stop, comma, colon or hyphen drawn left of it
    assert _shown(texts).replace("\u061c", "") == text[::-1]  # nothing else changes


@pytest.mark.parametrize("text", ["جارٍ ماء", "معًا.", "تحدّث.", "جارٍ"])
def test_no_letter_mark_where_no_stop_or_digit_touches_a_mark(faces, text):
    texts = shape(text, faces["NotoSansArabic"], rtl=True).glyph_texts()
    assert _shown(texts) == text[::-1]

def test_a_mark_is_an_outline_in_font_units(faces):
    from brochure.render.text.shaping import outline

    shaped = shape("بُ", faces["NotoSansArabic"], rtl=True)
    mark = next(glyph for glyph in shaped.glyphs if glyph.advance == 0)
    upem, segments = outline(faces["NotoSansArabic"], mark.gid)
    assert upem == 1000 and segments[0][0] == "m" and segments[-1] == ("h", ())
    assert {op for op, _ in segments} <= {"m", "l", "c", "h"}


def test_a_bracket_in_a_right_to_left_run_is_mirrored(faces):
    shaped = shape("(ب)", faces["NotoSansArabic"], rtl=True)
    assert "".join(shaped.glyph_texts()) == "(ب)"  # drawn mirrored: reads back as seen, left to right


def test_widths_are_the_fonts_own_advances(faces):
    from reportlab.pdfbase import pdfmetrics

    shaped = shape("Type", faces["NotoSans"], rtl=False)
    face = pdfmetrics.getFont(faces["NotoSans"]).face
    assert [g.width for g in shaped.glyphs] == [face.charWidths[ord(c)] for c in "Type"]
    assert shaped.width(10) == pytest.approx(sum(g.advance for g in shaped.glyphs) / 100)
    assert shaped.width(10) < sum(g.width for g in shaped.glyphs) / 100  # kerned "Ty"


def test_font_runs_switch_only_for_letters_the_font_lacks():
    catalog = catalog_for(None)
    latin, arabic = catalog.get("NotoSans"), catalog.get("NotoSansArabic")
    text = "MRI أو 500 mg"
    runs = [(text[a:b], font.stem) for a, b, font in font_runs(text, [latin, arabic])]
    assert runs == [("MRI ", "NotoSans"), ("أو 500 ", "NotoSansArabic"), ("mg", "NotoSans")]
    assert font_runs("plain", [latin, arabic]) == [(0, 5, latin)]


SYSTEM_TAMIL = Path("/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf")


@pytest.mark.skipif(not SYSTEM_TAMIL.exists(), reason="needs fonts-noto-core's Noto Sans Tamil")
def test_a_vowel_drawn_in_two_parts_gives_each_part_a_character():
    """சோ is drawn as ே, ச, ா: three advancing glyphs for two characters. Written as the vowel's
    canonical parts (ே + ா), every glyph has a character, so no reader sees a glyph with no text
    in the middle of a word (poppler and PDFium split the word there)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("TestNotoSansTamil", str(SYSTEM_TAMIL)))
    shaped = shape("சோப்பு", "TestNotoSansTamil", rtl=False)
    texts = shaped.glyph_texts()
    assert all(texts) and len(texts) == 5
    assert unicodedata.normalize("NFC", "".join(texts)) == "சோப்பு"
