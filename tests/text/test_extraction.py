"""Words come back out of shaped text: extracted by pypdf and PDFium from built Arabic and Hindi
leaflets; ToUnicode without private-use code points; width tables equal to the embedded fonts'."""
from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import pypdf
import pytest

from brochure import api

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("extraction")
    shutil.copy(REPO / "content.yaml", folder / "content.yaml")
    shutil.copytree(REPO / "assets", folder / "assets")
    options = api.Options(languages=("ar", "hi"), layouts=("a4-leaflet",), jobs=1)
    results = api.build(folder / "content.yaml", folder / "out", options)
    assert all(result.ok for result in results)
    return folder / "out"


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text)
    return [w for w in (re.sub(r"[^\w\u0900-\u097f]+", "", w) for w in text.split()) if w and not w.isdigit()]


def _share(pdf_text: str, source: str) -> float:
    wanted = _words(source)
    found = set(_words(pdf_text))
    return sum(w in found for w in wanted) / len(wanted)


def _pdfium_text(pdf: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    return "\n".join(page.get_textpage().get_text_range() for page in document)


SENTENCES = {  # from the sample's own text
    "hi": "मल्टीपल स्क्लेरोसिस (MS) क्या है?",
    "ar": "ما هو التصلب المتعدد؟",
}


@pytest.mark.parametrize("lang", ["ar", "hi"])
def test_words_come_back_in_pdfium_and_pypdf(built, lang):
    pdf = built / f"stem-cell-ms-{lang}-a4-leaflet.pdf"
    assert _share(_pdfium_text(pdf), SENTENCES[lang]) == 1.0
    if lang == "hi":  # pypdf keeps content order: left to right scripts only
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
        assert _share(text, SENTENCES[lang]) == 1.0


def _fonts(pdf: Path):
    for page in pypdf.PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            yield font.get_object()


def test_hindi_conjuncts_map_to_characters_not_private_use_codes(built):
    pdf = built / "stem-cell-ms-hi-a4-leaflet.pdf"
    maps = [font["/ToUnicode"].get_object().get_data().decode().split("beginbfchar")[1]
            for font in _fonts(pdf) if "/ToUnicode" in font]
    targets = [bytes.fromhex(t).decode("utf-16-be") for cmap in maps for t in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]*)>", cmap)]
    assert any(len(t) > 1 and "\u094d" in t for t in targets)  # a conjunct: several characters, with a virama
    assert not [t for t in targets if any(0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in t)]


def test_a_glyph_without_a_character_of_its_own_gets_the_fonts_width():
    from reportlab.pdfbase import pdfmetrics

    from brochure.fonts import catalog_for
    from brochure.render._reportlab import glyph_code
    from brochure.render.text.shaping import shape

    name = catalog_for(None).get("NotoSansDevanagari").regular
    [glyph] = shape("क्ष", name, rtl=False).glyphs
    code = glyph_code(name, glyph.gid, "क्ष", glyph.width)
    face = pdfmetrics.getFont(name).face
    assert code >= 0xF0000 and face.charToGlyph[code] == glyph.gid
    assert face.charWidths[code] == glyph.width == pytest.approx(face.hmetrics[glyph.gid][0] * 1000 / face.unitsPerEm)
    assert glyph_code(name, glyph.gid, "क्ष", glyph.width) == code  # one code per glyph and characters
