"""Tagged PDF: the structure tree a screen reader follows, checked from outside with pypdf."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdf
import pytest
import yaml
from pdfplumber.utils import extract_text
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas

from brochure.markup import plain
from brochure.render.tagging import StructureTree
from helpers import copy_sample, init_project, letters, replace_in, run, words
from pdfua import kids, marked_content, structure_elements, violations

LANGUAGES = ["en", "de", "ar", "zh-Hans", "hi"]
LAYOUTS = ["a4-leaflet", "trifold-a4", "bifold-a4", "a5-booklet", "large-print-a4"]



@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("tags")
    content = copy_sample(folder)
    options = [f"--lang={lang}" for lang in LANGUAGES] + [f"--layout={layout}" for layout in LAYOUTS]
    result = run("build", str(content), *options, "-o", str(folder / "out"))
    assert result.exit_code == 0, result.output
    return folder / "out", yaml.safe_load(content.read_text("utf-8"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_structure_follows_the_content(sample, lang):
    out, data = sample
    reader = pypdf.PdfReader(out / f"stem-cell-ms-{lang}-a4-leaflet.pdf")
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    tree = root["/StructTreeRoot"].get_object()
    roles = list(structure_elements(tree))
    document = roles[0][2]
    assert roles[0][0] == "Document" and document["/Lang"] == lang
    names = [role for role, _, _ in roles]
    assert names.count("H1") == 1
    # section headings, then Words to know, Sources and Contact, as H2 in document order
    chosen = data.get("sections_for", {}).get("a4-leaflet")  # the leaflet's selection, if the sample has one
    sections = len([s for s in data["sections"] if chosen is None or s["id"] in chosen])
    assert names.count("H2") == sections + 3
    for role in ("P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Caption", "Div", "H3"):
        assert role in names, role
    for role, _, element in roles:
        if role == "Figure":
            assert str(element["/Alt"]).strip(), "every figure has alternative text"
        if role == "TR":
            assert {str(k.get_object()["/S"]) for k in element["/K"]} <= {"/TH", "/TD"}
        if role == "LI":
            assert [str(k.get_object()["/S"]) for k in element["/K"]] == ["/Lbl", "/LBody"]
    alts = [str(e["/Alt"]) for r, _, e in roles if r == "Figure"]
    image = next(b["image"] for s in data["sections"] for b in s["blocks"] if "image" in b)
    assert image["alt"][lang] in alts


def test_pages_point_into_the_parent_tree(sample):
    out, _ = sample
    reader = pypdf.PdfReader(out / "stem-cell-ms-en-a4-leaflet.pdf")
    nums = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    keys = nums[0::2]
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index and page["/Tabs"] == "/S"
        assert index in keys


@pytest.mark.parametrize("layout", ["a4-leaflet", "trifold-a4"])
def test_no_tags_option(sample, tmp_path, layout):
    out, _ = sample
    content = out.parent / "content.yaml"
    assert run("build", str(content), "--lang", "ar", "--layout", layout, "--no-tags",
               "-o", str(tmp_path)).exit_code == 0
    untagged = tmp_path / f"stem-cell-ms-ar-{layout}.pdf"
    reader = pypdf.PdfReader(untagged)
    assert "/StructTreeRoot" not in reader.trailer["/Root"]
    streams = [page.get_contents().get_data() for page in reader.pages]
    assert not any(b"/MCID" in data or b"/Artifact" in data for data in streams)  # (ActualText spans stay)
    assert untagged.stat().st_size < (out / f"stem-cell-ms-ar-{layout}.pdf").stat().st_size


def test_xmp_metadata_names_the_title_and_language(sample):
    out, data = sample
    reader = pypdf.PdfReader(out / "stem-cell-ms-de-a4-leaflet.pdf")
    xmp = reader.xmp_metadata
    assert xmp.dc_title["x-default"] == data["title"]["de"]
    assert xmp.dc_language == ["de"]


def reading(path: Path) -> list[tuple[str, str, str | None]]:
    """(role, text, language) of each structure element in reading order, the text being what its
    marked content shows (on its page and, for a paragraph split over pages, on the next) with its
    links' words in their places: what a screen reader reads aloud. A /Link is listed too, with its
    words. pypdf walks the tree; pdfplumber gives each character's MCID."""
    reader = pypdf.PdfReader(path)
    page_numbers = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    chars: dict[tuple[int, int], list[dict]] = {}
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages):
            for char in page.chars:
                chars.setdefault((number, char.get("mcid")), []).append(char)

    def text_of(element) -> str:
        page = element.get("/Pg")
        pieces = []
        for kid in element["/K"] if isinstance(element["/K"], list) else [element["/K"]]:
            kid = kid.get_object()
            if isinstance(kid, int):
                pieces.append(extract_text(chars.get((page_numbers[page.idnum], kid), [])))
            elif kid.get("/Type") == "/MCR":
                pieces.append(extract_text(chars.get((page_numbers[(kid.get("/Pg") or page).idnum], kid["/MCID"]), [])))
            elif kid.get("/S") == "/Link":
                pieces.append(text_of(kid))
        return " ".join(piece for piece in pieces if piece)

    return [(role, text_of(element), str(element["/Lang"]) if "/Lang" in element else None)
            for role, _, element in structure_elements(reader.trailer["/Root"]["/StructTreeRoot"])]


def _expected_words(data: dict, lang: str, layout: str) -> list[str]:
    """The words of the printed sections, in content order (alt texts are not printed)."""
    chosen = data.get("sections_for", {}).get(layout)
    texts = []

    def walk(value) -> None:
        if isinstance(value, dict) and lang in value:
            texts.append(value[lang])
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("alt", "src", "width", "style", "lines", "id"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for section in data["sections"]:
        if chosen is None or section["id"] in chosen:
            walk(section)
    return [w for text in texts for w in words(plain(text))]


@pytest.mark.parametrize(("lang", "layout"), [("en", "a4-leaflet"), ("de", "a4-leaflet"), ("en", "trifold-a4"),
                                              ("de", "bifold-a4"), ("en", "a5-booklet")])
def test_a_screen_reader_reads_every_word_in_order(sample, lang, layout):
    """Walked as a screen reader walks it, the tree reads the title first, then every word of the
    printed sections in the order of content.yaml (folds too, whose panels are not in page order)."""
    out, data = sample
    read = reading(out / f"stem-cell-ms-{lang}-{layout}.pdf")
    assert read[0][0] == "Document" and read[1][0] == "H1" and words(read[1][1]) == words(plain(data["title"][lang]))
    spoken = [w for role, text, _ in read if role != "Link" for w in words(text)]  # links are read in place
    position = 0
    for expected in _expected_words(data, lang, layout):
        assert expected in spoken[position:], f"'{expected}' not read after: {' '.join(spoken[position - 8:position])}"
        position = spoken.index(expected, position) + 1


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_ua_machine_checks(sample, lang, layout):
    out, _ = sample
    assert violations(out / f"stem-cell-ms-{lang}-{layout}.pdf") == []


def test_pdf_ua_checks_find_faults(tmp_path):
    """The checker is not blind: a PDF with known faults fails the checkpoints it breaks."""
    path = tmp_path / "faulty.pdf"
    canvas = Canvas(str(path), lang="en")  # and no DisplayDocTitle: 07-001
    tree = StructureTree("en")
    tree.enable(canvas)
    canvas.drawString(72, 760, "text outside any tag")  # 01-005
    with tree.mark(canvas, "H2"):  # the first heading is not H1: 14-002
        canvas.drawString(72, 740, "A heading")
    with tree.mark(canvas, "Figure"):  # no alt text: 13-004
        canvas.rect(72, 600, 100, 100)
    Canvas.linkURL(canvas, "https://example.org", (72, 500, 200, 520))  # an untagged link: 28-011, 28-008
    tree.begin("Table")
    with tree.mark(canvas, "TH", row=0):
        canvas.drawString(72, 480, "Day")
    tree.end()
    canvas.showPage()
    tree.write(canvas._doc, ["Page1"])
    canvas.save()
    writer = pypdf.PdfWriter(clone_from=path)  # and a header cell without its scope: 15-003
    header = next(e for role, _, e in structure_elements(writer.root_object["/StructTreeRoot"]) if role == "TH")
    del header["/A"]
    writer.write(path)
    found = {v.split(":")[0] for v in violations(path)}
    assert {"01-005", "07-001", "13-004", "14-002", "15-003", "28-008", "28-011"} <= found
    assert [v.split(":")[0] for v in violations(tmp_path / "faulty.pdf")].count("01-005") == 1


def test_untagged_pdf_fails_the_checks(sample, tmp_path):
    out, _ = sample
    assert run("build", str(out.parent / "content.yaml"), "--lang", "en", "--layout", "a4-leaflet", "--no-tags",
               "-o", str(tmp_path)).exit_code == 0
    assert "01-001: no structure tree" in violations(tmp_path / "stem-cell-ms-en-a4-leaflet.pdf")


@pytest.mark.parametrize(("lang", "layout"), [("en", "a4-leaflet"), ("en", "trifold-a4"), ("ar", "a4-leaflet"),
                                              ("hi", "trifold-a4")])
def test_every_link_is_a_link_element_with_its_words(sample, lang, layout):
    """Each link annotation has a /Link element, inside the paragraph whose text holds it, and the
    link's words are that element's content (ReportLab's paragraphs and our right-to-left ones)."""
    out, _ = sample
    pdf = out / f"stem-cell-ms-{lang}-{layout}.pdf"
    reader = pypdf.PdfReader(pdf)
    annotations = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    links = [e for role, _, e in structure_elements(reader.trailer["/Root"]["/StructTreeRoot"]) if role == "Link"]
    assert annotations and len(links) == len(annotations)
    for link in links:
        assert str(link["/P"].get_object()["/S"]) in ("/P", "/LBody", "/TD")
        assert marked_content(link), "the link's words are marked as its content"
        assert [k for k in link["/K"] if isinstance(k.get_object(), dict) and k.get_object().get("/Type") == "/OBJR"]
    words_of_links = [text for role, text, _ in reading(pdf) if role == "Link"]
    assert "riverside-neuro.example" in words_of_links
    if lang == "en" and layout == "a4-leaflet":
        assert "ClinicalTrials.gov" in words_of_links


def test_references_carry_their_language(sample):
    """References are printed as written (in English); in the German edition they say so."""
    out, data = sample
    read = reading(out / "stem-cell-ms-de-a4-leaflet.pdf")
    sources = next(i for i, (role, text, _) in enumerate(read) if role == "H2" and text.strip() == "Quellen")
    role, _, lang = read[sources + 1]
    assert (role, lang) == ("L", "en")
    assert all(lang is None for role, _, lang in read[1:] if role == "H2")
    english = reading(out / "stem-cell-ms-en-a4-leaflet.pdf")
    assert [lang for role, _, lang in english if role == "L" and lang] == []


def test_transparency_in_a_fold_keeps_its_graphics_states(tmp_path):
    """A half-transparent illustration inside a fold: every graphics state the page uses is defined."""
    content = copy_sample(tmp_path)
    replace_in(tmp_path / "assets" / "myelin.svg", 'fill="#E9A66B"', 'fill="#E9A66B" fill-opacity="0.5"')
    assert run("build", str(content), "--lang", "en", "--layout", "trifold-a4", "-o", str(tmp_path / "out")).exit_code == 0
    reader = pypdf.PdfReader(tmp_path / "out" / "stem-cell-ms-en-trifold-a4.pdf")
    used = set()
    for page in reader.pages:
        states = page["/Resources"].get("/ExtGState", {})
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"gs":
                used.add(operands[0])
                assert operands[0] in states, operands[0]
    assert used, "the illustration drew nothing transparent"


def test_split_paragraphs_and_tables_stay_one_element(tmp_path):
    """Long paragraphs and a long table run over page breaks: each is still one element (its
    content continued by reference on the next page), and the table header that is repeated on
    the next page is not read again."""
    content = init_project(tmp_path)
    data = yaml.safe_load(content.read_text("utf-8"))
    long_text = "Write down anything you want to ask before your visit, and bring the list with you. " * 14
    data["sections"].append({"id": "long", "heading": {"en": "Long", "es": "Largo"}, "blocks": [
        *({"paragraph": {"en": f"{i}. {long_text}", "es": f"{i}. {long_text}"}} for i in range(6)),
        {"table": {"header": [{"en": "Day", "es": "Día"}, {"en": "Dose", "es": "Dosis"}],
                   "rows": [[{"en": f"Day {i}", "es": f"Día {i}"}, {"en": "1 tablet", "es": "1 comprimido"}]
                            for i in range(1, 61)]}},
    ]})
    content.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    result = run("build", str(content), "--lang", "en", "--layout", "a4-leaflet", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "out" / "my-leaflet-en-a4-leaflet.pdf"
    assert violations(pdf) == []
    read = reading(pdf)
    long = [text for role, text, _ in read if role == "P" and text.split(".")[0] in {str(i) for i in range(6)}]
    assert len(long) == 6 and all(words(text) == words(f"{i}. {long_text}") for i, text in enumerate(long))
    reader = pypdf.PdfReader(pdf)
    pages = {page.indirect_reference.idnum for page in reader.pages}
    tables = [e for role, _, e in structure_elements(reader.trailer["/Root"]["/StructTreeRoot"]) if role == "Table"]
    dosing = [table for table in tables if len(structure_children(table)) == 61]  # the header row and 60 days
    assert len(dosing) == 1
    table_pages = {page for row in structure_children(dosing[0]) for cell in structure_children(row) for page, _ in marked_content(cell)}
    assert len(table_pages & pages) >= 2, "the table runs over a page break"
    rows = [[text for _, text, _ in row] for row in _rows(read) if row and row[-1][1] in ("Dose", "1 tablet")]
    assert rows[0] == ["Day", "Dose"] and len(rows) == 61 and rows.count(["Day", "Dose"]) == 1


def _rows(read):
    """The cells (TH/TD) of each TR, in reading order."""
    rows, current = [], None
    for item in read:
        if item[0] == "TR":
            current = []
            rows.append(current)
        elif item[0] in ("TH", "TD") and current is not None:
            current.append(item)
    return rows


def test_right_to_left_rows_are_read_from_the_right(sample):
    """Arabic tables and lists are drawn mirrored (first column on the right); the tree still
    reads each row in logical order: the label before the item, the first column first."""
    out, data = sample
    pdf = out / "stem-cell-ms-ar-a4-leaflet.pdf"
    tree = pypdf.PdfReader(pdf).trailer["/Root"]["/StructTreeRoot"]
    for role, _, element in structure_elements(tree):
        if role == "LI":
            assert [str(k.get_object()["/S"]) for k in element["/K"]] == ["/Lbl", "/LBody"]
    header = next(b["table"]["header"] for s in data["sections"] for b in s["blocks"] if "table" in b)
    read = reading(pdf)
    first_row = _rows(read)[0]
    assert [letters(text) for _, text, _ in first_row] == [letters(cell["ar"]) for cell in header]


def test_untranslated_text_printed_with_fallback_says_its_language(tmp_path):
    """--fallback prints the English text where the Spanish is missing; the Spanish PDF marks that
    paragraph as English, so a screen reader reads it with an English voice."""
    content = init_project(tmp_path)
    replace_in(content, "          es: Este folleto explica qué esperar.", "          fr: Ce dépliant explique à quoi vous attendre.")
    result = run("build", str(content), "--lang", "es", "--layout", "a4-leaflet", "--fallback", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    read = reading(tmp_path / "out" / "my-leaflet-es-a4-leaflet.pdf")
    marked = [(role, words(text)[:4]) for role, text, lang in read if lang == "en"]
    assert marked == [("P", ["this", "leaflet", "explains", "what"]), ("L", [])]  # and the references, as always


def structure_children(element) -> list:
    """The structure elements directly below `element`."""
    return [kid for kid in kids(element) if isinstance(kid, dict) and kid.get("/Type") == "/StructElem"]
