"""End to end: content file in, PDFs out, read back and checked."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from helpers import init_project, line_of, missing_words, run, texts_for

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """An init project built in English and Spanish, A4 and Letter."""
    folder = tmp_path_factory.mktemp("init") / "clinic"
    content = init_project(folder)
    result = run("build", str(content), "--layout", "a4-leaflet", "--layout", "letter-leaflet",
                 "-o", str(folder / "out"))
    assert result.exit_code == 0, result.output
    return folder


def test_one_pdf_per_language_and_layout(project):
    names = sorted(p.name for p in (project / "out").glob("*.pdf"))
    assert names == [f"my-leaflet-{lang}-{layout}.pdf" for lang in ("en", "es")
                     for layout in ("a4-leaflet", "letter-leaflet")]


@pytest.mark.parametrize("layout,size", [("a4-leaflet", A4), ("letter-leaflet", LETTER)])
def test_page_size_follows_layout(project, layout, size):
    reader = pypdf.PdfReader(project / "out" / f"my-leaflet-en-{layout}.pdf")
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.1)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_word_of_the_content_is_printed(project, lang):
    pdf = project / "out" / f"my-leaflet-{lang}-a4-leaflet.pdf"
    assert missing_words(texts_for(project / "content.yaml", lang), pdf) == []


def test_fonts_are_embedded_and_no_standard_font_sneaks_in(project):
    reader = pypdf.PdfReader(project / "out" / "my-leaflet-en-a4-leaflet.pdf")
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert font["/Subtype"] == "/TrueType", name
        assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"
        assert "+" in name, f"{name} is not subset"


def test_metadata_language_and_outline(project):
    reader = pypdf.PdfReader(project / "out" / "my-leaflet-es-a4-leaflet.pdf")
    info = reader.metadata
    assert info.title == "Vivir bien con su enfermedad"
    assert info.author == "Example Health Clinic"
    assert info.subject == "Qué esperar y a quién llamar"
    assert "my-leaflet" in info["/Keywords"] and info.creator.startswith("brochure")
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    titles = [entry.title for entry in reader.outline]
    assert titles == ["Sobre este folleto", "Sus preguntas", "Fuentes", "Contacto"]


def test_links_are_clickable(project):
    reader = pypdf.PdfReader(project / "out" / "my-leaflet-en-a4-leaflet.pdf")
    uris = {annot.get_object()["/A"]["/URI"] for page in reader.pages for annot in page.get("/Annots", [])}
    assert {"https://clinic.example", "mailto:hello@clinic.example"} <= uris


def test_footer_says_page_x_of_y_in_the_language(project):
    reader = pypdf.PdfReader(project / "out" / "my-leaflet-es-a4-leaflet.pdf")
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages[1:], 2):
        assert f"Página {number} de {total}" in page.extract_text()


def test_back_page_has_contact_details_and_localised_date(project):
    text = pypdf.PdfReader(project / "out" / "my-leaflet-es-a4-leaflet.pdf").pages[-1].extract_text()
    for expected in ("Contacto", "+1 555 0100", "hello@clinic.example", "De lunes a viernes",
                     "15 de enero de 2026"):
        assert expected in text


def test_rebuild_is_byte_identical(project, tmp_path):
    result = run("build", str(project / "content.yaml"), "--lang", "en", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    first = (tmp_path / "my-leaflet-en-a4-leaflet.pdf").read_bytes()
    assert first == (project / "out" / "my-leaflet-en-a4-leaflet.pdf").read_bytes()


def test_source_date_epoch_sets_the_pdf_date(project, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    run("build", str(project / "content.yaml"), "--lang", "en", "-o", str(tmp_path))
    info = pypdf.PdfReader(tmp_path / "my-leaflet-en-a4-leaflet.pdf").metadata
    assert info["/CreationDate"].startswith("D:20231114")


def test_brand_file_builds_for_another_clinic(project, tmp_path):
    brand = tmp_path / "northside.yaml"
    brand.write_text('name: Northside Health\ncolors: {primary: "#2D5016"}\n'
                     'contact: {phone: "+1 555 0199"}\n', "utf-8")
    result = run("build", str(project / "content.yaml"), "--lang", "en", "--brand", str(brand),
                 "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "out" / "my-leaflet-northside-en-a4-leaflet.pdf"
    reader = pypdf.PdfReader(pdf)
    assert reader.metadata.author == "Northside Health"
    assert "+1 555 0199" in reader.pages[-1].extract_text()


def test_sections_for_selects_sections_per_layout(tmp_path):
    content = init_project(tmp_path / "clinic")
    text = content.read_text("utf-8").replace("sections:\n", "sections_for:\n  letter-leaflet: [questions]\nsections:\n", 1)
    content.write_text(text, "utf-8")
    out = tmp_path / "out"
    assert run("build", str(content), "--lang", "en", "--layout", "a4-leaflet", "--layout", "letter-leaflet",
               "-o", str(out)).exit_code == 0
    letter = [e.title for e in pypdf.PdfReader(out / "my-leaflet-en-letter-leaflet.pdf").outline]
    a4 = [e.title for e in pypdf.PdfReader(out / "my-leaflet-en-a4-leaflet.pdf").outline]
    assert letter[0] == "Your questions" and "About this leaflet" not in letter
    assert "Sources" not in letter  # references print in a selection only when it names them
    assert a4[:2] == ["About this leaflet", "Your questions"]


def test_sections_for_names_an_unknown_section(tmp_path):
    content = init_project(tmp_path / "clinic")
    text = content.read_text("utf-8").replace("sections:\n", "sections_for:\n  letter-leaflet: [question]\nsections:\n", 1)
    content.write_text(text, "utf-8")
    result = run("check", str(content))
    assert result.exit_code == 1
    assert f"{content}:{line_of(content, '[question]')}:20:" in result.output and "did you mean 'questions'?" in result.output


def test_glossary_is_printed_and_terms_are_bold_where_first_used(tmp_path):
    import pdfplumber

    content = init_project(tmp_path / "clinic")
    text = content.read_text("utf-8").replace("references:", (
        "glossary:\n"
        "  - term: {en: leaflet, es: folleto}\n"
        "    definition: {en: A short printed guide., es: Una guía impresa breve.}\n"
        "references:"), 1)
    content.write_text(text, "utf-8")
    assert run("build", str(content), "--lang", "en", "-o", str(tmp_path / "out")).exit_code == 0
    pdf = tmp_path / "out" / "my-leaflet-en-a4-leaflet.pdf"
    assert "Words to know" in [e.title for e in pypdf.PdfReader(pdf).outline]
    with pdfplumber.open(pdf) as doc:
        words = [w for page in doc.pages for w in page.extract_words(extra_attrs=["fontname", "size"])]
    body = [w for w in words if w["text"].startswith("leaflet") and w["size"] < 14]  # not the heading
    assert "Bold" in body[0]["fontname"], "first use in the text is bold"
    assert "Bold" not in body[1]["fontname"], "later uses are not"


def test_outline_entries_point_at_their_pages(project):
    reader = pypdf.PdfReader(project / "out" / "my-leaflet-en-a4-leaflet.pdf")
    pages = {entry.title: reader.get_destination_page_number(entry) for entry in reader.outline}
    for title, number in pages.items():
        assert title in reader.pages[number].extract_text(), f"{title!r} is not on page {number + 1}"
    assert pages["Contact us"] == len(reader.pages) - 1
