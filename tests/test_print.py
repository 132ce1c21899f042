"""Print-ready formats: folds, booklet and imposition, large print, bleed and crop marks, CMYK.

Everything is checked by reading the PDFs back (pypdf for boxes, forms and operators; pdfplumber
for where text landed and at what size).
"""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdf
import pytest
import yaml
from PIL import Image
from pypdf.generic import ContentStream

from brochure.impose import saddle_stitch_order
from helpers import init_project, missing_words, run, texts_for
from pdfua import violations

MM = 72 / 25.4
A4 = (595.28, 841.89)
A5 = (419.53, 595.28)
FOLDS = {  # layout: (page width, height), inside panel widths left to right (points)
    "trifold-a4": ((A4[1], A4[0]), [100 * MM, 100 * MM, 97 * MM]),
    "trifold-letter": ((792.0, 612.0), [3.6875 * 72, 3.6875 * 72, 3.625 * 72]),
    "bifold-a4": ((A4[1], A4[0]), [148.5 * MM, 148.5 * MM]),
}
HEBREW = "יש ליטול את התרופה עם האוכל ולשתות הרבה מים בכל יום"
FILLER = ("Your care team will talk with you about each step, answer your questions and help you "
          "decide what is right for you. Write down anything you want to ask before your visit.")


# --- content files ---------------------------------------------------------------------------

def _write(content: Path, data: dict) -> Path:
    content.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return content


def _project(tmp_path_factory, name: str, change=None) -> Path:
    """An init project (en, es) with `change(data)` applied to its content; returns the content file."""
    content = init_project(tmp_path_factory.mktemp(name) / "clinic")
    data = yaml.safe_load(content.read_text("utf-8"))
    if change:
        change(data)
    return _write(content, data)


def _build(content: Path, *args: str, ok: bool = True):
    result = run("build", str(content), "-o", str(content.parent / "out"), "--jobs", "1", *args)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _pdf(content: Path, lang: str, layout: str, print_shop: bool = False) -> Path:
    return content.parent / "out" / f"my-leaflet-{lang}-{layout}{'-print' if print_shop else ''}.pdf"


@pytest.fixture(scope="module")
def folds(tmp_path_factory) -> Path:
    """The init project built in every fold, in English and Spanish."""
    content = _project(tmp_path_factory, "folds")
    _build(content, *(arg for layout in FOLDS for arg in ("--layout", layout)))
    return content


@pytest.fixture(scope="module")
def hebrew(tmp_path_factory) -> Path:
    """The init project with every text in Hebrew (a right-to-left edition), built as a trifold."""
    def to_hebrew(data):
        def convert(value):
            if isinstance(value, dict) and set(value) == {"en", "es"}:
                return HEBREW
            if isinstance(value, dict):
                return {k: convert(v) for k, v in value.items()}
            if isinstance(value, list):
                return [convert(v) for v in value]
            return value

        data.update(convert(data), languages=["he"], title="מידע למטופלים", subtitle="מה לצפות ולמי להתקשר")
        data["sections"][0]["heading"] = "על העלון הזה"

    content = _project(tmp_path_factory, "hebrew", to_hebrew)
    _build(content, "--layout", "trifold-a4")
    return content


def _long_section(paragraphs: int) -> dict:
    return {"id": "long-story", "heading": {"en": "A long story", "es": "Una historia larga"},
            "blocks": [{"paragraph": {"en": f"{i}. {FILLER}", "es": f"{i}. {FILLER}"}} for i in range(paragraphs)]}


# --- folds -----------------------------------------------------------------------------------

def _panels(page) -> list[tuple[float, float]]:
    """(x, width) of each panel placed on a page, left to right: a panel is drawn inside a top-level
    q ... Q, moved to its place by the first cm; it reaches to the next panel or the page's edge."""
    depth, origins, moved = 0, [], False
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            depth += 1
            moved = depth > 1
        elif operator == b"Q":
            depth -= 1
        elif operator == b"cm" and depth == 1 and not moved:
            origins.append(float(operands[4]))
            moved = True
    origins.sort()
    return [(x, end - x) for x, end in zip(origins, [*origins[1:], float(page.mediabox.width)])]


def test_panel_text_stays_in_its_panel(folds):
    """No word crosses a panel's edge: the fold line would cut it."""
    reader = pypdf.PdfReader(_pdf(folds, "en", "trifold-a4"))
    with pdfplumber.open(_pdf(folds, "en", "trifold-a4")) as pdf:
        for page, plumber_page in zip(reader.pages, pdf.pages):
            edges = [x for x, _ in _panels(page)][1:]
            for word in plumber_page.extract_words():
                assert not any(word["x0"] < edge < word["x1"] for edge in edges), word["text"]


@pytest.mark.parametrize("layout", FOLDS)
def test_fold_is_two_sides_of_one_sheet(folds, layout):
    size, _ = FOLDS[layout]
    reader = pypdf.PdfReader(_pdf(folds, "en", layout))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.1)


@pytest.mark.parametrize("layout", FOLDS)
def test_panel_widths(folds, layout):
    """Inside (page 2) left to right as the layout says; outside (page 1) its mirror image."""
    _, widths = FOLDS[layout]
    outside, inside = (_panels(page) for page in pypdf.PdfReader(_pdf(folds, "en", layout)).pages)
    assert [w for _, w in inside] == pytest.approx(widths, abs=0.05)
    assert [w for _, w in outside] == pytest.approx(widths[::-1], abs=0.05)
    for side in (outside, inside):  # the panels tile the sheet
        assert side[0][0] == pytest.approx(0, abs=0.05)
        for (x, w), (next_x, _) in zip(side, side[1:]):
            assert x + w == pytest.approx(next_x, abs=0.05)


def _words_in(page, x0: float, x1: float) -> str:
    return " ".join(w["text"] for w in page.extract_words() if x0 <= w["x0"] and w["x1"] <= x1 + 0.5)


@pytest.mark.parametrize("layout", FOLDS)
def test_panels_in_reading_order(folds, layout):
    """Cover on the outside right, contact details on the back, first section on the inside left."""
    _, widths = FOLDS[layout]
    with pdfplumber.open(_pdf(folds, "en", layout)) as pdf:
        outside, inside = pdf.pages
        width = float(outside.width)
        cover = _words_in(outside, width - widths[0], width)
        assert "Living well with your condition" in cover and "Example Health Clinic" in cover
        back = _words_in(outside, width - widths[0] - widths[1], width - widths[0])
        assert "Contact us" in back and "+1 555 0100" in back
        first = _words_in(inside, 0, widths[0])
        assert first.startswith("About this leaflet")
        assert "Living well" not in _words_in(inside, 0, width)


def test_fold_keeps_links_and_outline(folds):
    """Links drawn inside a panel (before its page exists) are put on the page over it."""
    _, widths = FOLDS["trifold-a4"]
    reader = pypdf.PdfReader(_pdf(folds, "en", "trifold-a4"))
    width = float(reader.pages[0].mediabox.width)
    links = {i: {a.get_object()["/A"]["/URI"]: [float(v) for v in a.get_object()["/Rect"]]
                 for a in page.get("/Annots", [])} for i, page in enumerate(reader.pages)}
    email = links[0]["mailto:hello@clinic.example"]
    assert width - widths[0] - widths[1] < email[0] < email[2] < width - widths[0]  # on the back panel
    assert links[1]["https://clinic.example"][2] < widths[0]  # "our website", in the first inside panel
    outline = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert outline == [("About this leaflet", 1), ("Your questions", 1), ("Sources", 1), ("Contact us", 0)]


def test_right_to_left_fold_is_mirrored(hebrew):
    """A Hebrew trifold opens the other way: cover on the outside left, first section inside right."""
    _, widths = FOLDS["trifold-a4"]
    with pdfplumber.open(_pdf(hebrew, "he", "trifold-a4")) as pdf:
        outside, inside = pdf.pages
        width = float(outside.width)
        title_size = max(c["size"] for c in outside.chars)
        title = [c for c in outside.chars if c["size"] == title_size]
        assert all(c["x1"] <= widths[0] + 0.5 for c in title)
        contact = outside.crop((widths[0], 0, widths[0] + widths[1], outside.height)).extract_text()
        assert "+1 555 0100" in contact
        right = inside.crop((width - widths[0], 0, width, inside.height)).extract_text()
        heading = "על העלון הזה"
        assert right.splitlines()[0] in (heading, heading[::-1])


@pytest.mark.parametrize("layout", FOLDS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_word_is_in_the_fold(folds, layout, lang):
    assert missing_words(texts_for(folds, lang), _pdf(folds, lang, layout)) == []


def test_fold_text_is_never_below_9_pt(folds):
    for layout in FOLDS:
        with pdfplumber.open(_pdf(folds, "en", layout)) as pdf:
            assert min(c["size"] for page in pdf.pages for c in page.chars) >= 9 - 0.01, layout


@pytest.fixture(scope="module")
def overlong(tmp_path_factory) -> Path:
    return _project(tmp_path_factory, "overlong", lambda data: data["sections"].append(_long_section(40)))


def test_overlong_fold_fails_naming_the_section(overlong):
    result = _build(overlong, "--lang", "en", "--layout", "trifold-a4", "--layout", "a4-leaflet", ok=False)
    assert result.exit_code == 1
    message = re.search(r"does not fit trifold-a4 even at 9 pt: from section '([\w-]+)' on, about (\d+)% too long",
                        result.output)
    assert message, result.output
    assert message.group(1) == "long-story"
    assert 10 <= int(message.group(2)) <= 300
    assert "sections_for:" in result.output
    assert not _pdf(overlong, "en", "trifold-a4").exists()  # no PDF with text cut off
    assert _pdf(overlong, "en", "a4-leaflet").exists()  # the other layout still builds


def test_check_reports_the_overflow(overlong):
    result = run("check", str(overlong), "--lang", "en", "--layout", "bifold-a4")
    assert result.exit_code != 0
    assert "does not fit bifold-a4" in result.output and "'long-story'" in result.output


def test_shrinks_to_fit_then_sections_for_selects(tmp_path_factory):
    """A little too long: set smaller (never below 9 pt), every word printed; much too long:
    sections_for picks what the fold prints."""
    def change(data):
        data["sections"].append(_long_section(24))
        data["sections"].append(_long_section(40) | {"id": "appendix"})
        data["sections_for"] = {"trifold-a4": ["about", "questions", "long-story", "references"]}

    content = _project(tmp_path_factory, "select", change)
    _build(content, "--lang", "en", "--layout", "trifold-a4")
    pdf = _pdf(content, "en", "trifold-a4")
    with pdfplumber.open(pdf) as doc:
        sizes = [c["size"] for page in doc.pages for c in page.chars]
    body = max(set(sizes), key=sizes.count)
    assert 9 - 0.01 <= body < 11  # shrunk from the layout's 11 pt
    data = yaml.safe_load(content.read_text("utf-8"))
    data["sections"] = [s for s in data["sections"] if s["id"] != "appendix"]
    assert missing_words(texts_for(_write(content.parent / "selected.yaml", data), "en"), pdf) == []


# --- booklet and imposition ------------------------------------------------------------------

def test_saddle_stitch_order():
    assert saddle_stitch_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert saddle_stitch_order(12) == [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)]
    assert saddle_stitch_order(4) == [(4, 1), (2, 3)]
    assert saddle_stitch_order(8, rtl=True) == [(1, 8), (7, 2), (3, 6), (5, 4)]
    for order in (saddle_stitch_order(n) for n in (4, 8, 12, 16)):
        assert sorted(p for side in order for p in side) == list(range(1, 2 * len(order) + 1))
    with pytest.raises(ValueError):
        saddle_stitch_order(10)


@pytest.fixture(scope="module")
def booklet(tmp_path_factory) -> Path:
    """A booklet whose content takes 5 A5 pages (so it needs notes pages), built with --impose."""
    content = _project(tmp_path_factory, "booklet", lambda data: data["sections"].append(_long_section(14)))
    _build(content, "--lang", "en", "--layout", "a5-booklet", "--impose")
    return content


def _page_number(text: str) -> int:
    return int(re.search(r"Page (\d+) of \d+", text).group(1))


def test_booklet_pages_are_a5_and_a_multiple_of_4(booklet):
    reader = pypdf.PdfReader(_pdf(booklet, "en", "a5-booklet"))
    assert len(reader.pages) % 4 == 0
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A5, abs=0.1)


def test_booklet_is_padded_with_notes_pages_never_blank(booklet):
    pdf = _pdf(booklet, "en", "a5-booklet")
    with pdfplumber.open(pdf) as doc:
        texts = [page.extract_text() for page in doc.pages]
        ruled = [len(page.lines) for page in doc.pages]
    notes = [i for i, text in enumerate(texts) if "\nNotes\n" in f"\n{text}\n"]
    assert notes, "this content needs padding"
    for i in notes:
        assert ruled[i] >= 10
    assert notes == list(range(notes[0], notes[-1] + 1))
    assert "Contact us" in texts[-1]  # the back page stays last
    assert all(len(text.split()) >= 3 for text in texts)
    assert missing_words(texts_for(booklet, "en"), pdf) == []


def test_impose_writes_saddle_stitched_spreads(booklet):
    pages = len(pypdf.PdfReader(_pdf(booklet, "en", "a5-booklet")).pages)
    spreads = booklet.parent / "out" / "my-leaflet-en-a5-booklet-spreads.pdf"
    with pdfplumber.open(spreads) as doc:
        assert len(doc.pages) == pages // 2
        found = []
        for sheet in doc.pages:
            assert (float(sheet.width), float(sheet.height)) == pytest.approx((A4[1], A4[0]), abs=0.2)
            half = sheet.width / 2
            left, right = (sheet.crop(box).extract_text() for box in
                           ((0, 0, half, sheet.height), (half, 0, sheet.width, sheet.height)))
            found.append((_page_number(left) if "Page" in left else 1, _page_number(right) if "Page" in right else 1))
    assert found == saddle_stitch_order(pages)


def test_no_spreads_without_impose(tmp_path_factory):
    content = _project(tmp_path_factory, "plain")
    _build(content, "--lang", "en", "--layout", "a5-booklet", "--layout", "a4-leaflet")
    assert sorted(p.name for p in (content.parent / "out").glob("*.pdf")) == [
        "my-leaflet-en-a4-leaflet.pdf", "my-leaflet-en-a5-booklet.pdf"]


def test_impose_with_a_layout_that_cannot_be_imposed_is_a_usage_error(tmp_path_factory):
    """Said once, before anything is built (not once per edition), with exit status 2."""
    content = _project(tmp_path_factory, "flat")
    result = _build(content, "--layout", "a4-leaflet", "--layout", "trifold-a4", "--layout", "a5-booklet",
                    "--impose", ok=False)
    assert result.exit_code == 2
    assert result.output.count("cannot be imposed") == 1
    assert "a4-leaflet, trifold-a4 cannot be imposed" in result.output and "a5-booklet" in result.output
    assert not (content.parent / "out").exists()


def test_spreads_go_when_a_booklet_is_built_without_impose(tmp_path_factory):
    """Spreads left from an earlier booklet would no longer match it: they are removed."""
    content = _project(tmp_path_factory, "stale")
    _build(content, "--lang", "en", "--layout", "a5-booklet", "--impose")
    spreads = content.parent / "out" / "my-leaflet-en-a5-booklet-spreads.pdf"
    assert spreads.exists()
    _build(content, "--lang", "en", "--layout", "a5-booklet")
    assert not spreads.exists() and spreads.with_name("my-leaflet-en-a5-booklet.pdf").exists()


# --- bleed, crop marks, CMYK -----------------------------------------------------------------

PRINT_LAYOUTS = ("--layout", "a4-leaflet", "--layout", "trifold-a4", "--layout", "a5-booklet")
BRAND_CMYK = [89, 58, 10, 30]


def _with_photos(data):
    """Two raster pictures (one with transparency, one with an ICC profile) and the brand guide's
    CMYK for the primary colour."""
    blocks = data["sections"][0]["blocks"]
    for name in ("photo.png", "tagged.jpg"):
        blocks.append({"image": {"src": f"assets/{name}", "width": 0.3, "alt": {"en": "A photo", "es": "Una foto"}}})
    data["clinic"]["colors"]["primary"] = {"rgb": data["clinic"]["colors"]["primary"], "cmyk": BRAND_CMYK}


def _photos(folder: Path) -> None:
    from PIL import ImageCms

    Image.new("RGBA", (900, 600), (200, 60, 40, 180)).save(folder / "photo.png", dpi=(300, 300))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.new("RGB", (900, 600), (30, 120, 200)).save(folder / "tagged.jpg", dpi=(300, 300), icc_profile=srgb)


@pytest.fixture(scope="module")
def print_shop(tmp_path_factory) -> Path:
    """Office PDFs, then print-shop PDFs of the same content beside them."""
    content = _project(tmp_path_factory, "print-shop", _with_photos)
    _photos(content.parent / "assets")
    _build(content, "--lang", "en", *PRINT_LAYOUTS)
    _build(content, "--lang", "en", *PRINT_LAYOUTS, "--bleed", "3mm", "--cmyk")
    _build(content, "--lang", "en", "--layout", "a5-booklet", "--bleed", "3mm", "--cmyk", "--impose", "--force")
    return content


@pytest.mark.parametrize("layout", ["a4-leaflet", "trifold-a4", "a5-booklet"])
def test_print_files_do_not_replace_office_files(print_shop, layout):
    office, shop = _pdf(print_shop, "en", layout), _pdf(print_shop, "en", layout, print_shop=True)
    assert office.exists() and shop.exists()
    assert "/TrimBox" not in pypdf.PdfReader(office).pages[0]
    assert "rg" in _operators(office)
    assert "/TrimBox" in pypdf.PdfReader(shop).pages[0]


def _images(pdf: Path) -> list[str]:
    """The colour space of every image XObject on the pages."""
    found = []
    for page in pypdf.PdfReader(pdf).pages:
        for xobject in page["/Resources"].get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject["/Subtype"] == "/Image":
                found.append(str(xobject["/ColorSpace"]))
    return found


@pytest.mark.parametrize("layout", ["a4-leaflet", "trifold-a4"])
def test_images_are_cmyk_in_a_cmyk_file(print_shop, layout):
    assert set(_images(_pdf(print_shop, "en", layout))) == {"/DeviceRGB"}
    shop = _images(_pdf(print_shop, "en", layout, print_shop=True))
    assert len(shop) >= 2 and set(shop) == {"/DeviceCMYK"}


def test_brand_guide_cmyk_is_printed_as_given(print_shop):
    """The primary colour prints with the brand file's CMYK values, not a conversion of its RGB."""
    given = pytest.approx([v / 100 for v in BRAND_CMYK])
    for layout in ("a4-leaflet", "trifold-a4"):
        fills = [[float(v) for v in operands] for page in pypdf.PdfReader(_pdf(print_shop, "en", layout, print_shop=True)).pages
                 for operands, operator in ContentStream(page.get_contents(), page.pdf).operations if operator == b"k"]
        assert given in fills, layout


@pytest.mark.parametrize("layout", ["a4-leaflet", "trifold-a4", "a5-booklet"])
def test_print_shop_pdfs_stay_accessible(print_shop, layout):
    """Crop marks and bands run into the bleed are page furniture: the PDF/UA checks still pass."""
    assert violations(_pdf(print_shop, "en", layout, print_shop=True)) == []


@pytest.mark.parametrize("layout", ["a4-leaflet", "trifold-a4", "a5-booklet"])
def test_bleed_sets_trim_and_bleed_boxes(print_shop, layout):
    bleed = 3 * MM
    for page in pypdf.PdfReader(_pdf(print_shop, "en", layout, print_shop=True)).pages:
        media, trim, bleed_box = (list(map(float, box)) for box in (page.mediabox, page.trimbox, page.bleedbox))
        assert "/TrimBox" in page and "/BleedBox" in page
        assert bleed_box == pytest.approx([trim[0] - bleed, trim[1] - bleed, trim[2] + bleed, trim[3] + bleed], abs=0.01)
        assert media[0] < bleed_box[0] and media[1] < bleed_box[1]  # room for the crop marks outside the bleed
        assert media[2] > bleed_box[2] and media[3] > bleed_box[3]


@pytest.mark.parametrize("layout,trim_size", [("a4-leaflet", A4), ("trifold-a4", (A4[1], A4[0])), ("a5-booklet", A5)])
def test_trim_is_the_finished_size(print_shop, layout, trim_size):
    page = pypdf.PdfReader(_pdf(print_shop, "en", layout, print_shop=True)).pages[0]
    assert (float(page.trimbox.width), float(page.trimbox.height)) == pytest.approx(trim_size, abs=0.1)


def test_crop_marks_sit_outside_the_bleed(print_shop):
    pdf = _pdf(print_shop, "en", "a4-leaflet", print_shop=True)
    page_box = pypdf.PdfReader(pdf).pages[0]
    trim, bleed_box = list(map(float, page_box.trimbox)), list(map(float, page_box.bleedbox))
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        height = float(page.height)
        marks = []
        for line in page.lines:
            x0, x1 = line["x0"], line["x1"]
            y0, y1 = height - line["bottom"], height - line["top"]  # PDF coordinates
            outside = x1 <= bleed_box[0] or x0 >= bleed_box[2] or y1 <= bleed_box[1] or y0 >= bleed_box[3]
            if outside:
                marks.append((x0, y0, x1, y1))
    assert len(marks) == 8  # two at each corner
    xs = {round(x0, 2) for x0, _, x1, _ in marks if x0 == x1}
    ys = {round(y0, 2) for _, y0, _, y1 in marks if y0 == y1}
    assert xs == {round(trim[0], 2), round(trim[2], 2)} and ys == {round(trim[1], 2), round(trim[3], 2)}


def test_band_runs_into_the_bleed(print_shop):
    """The cover band's colour reaches past the trim edge, to the bleed edge."""
    pdf = _pdf(print_shop, "en", "a4-leaflet", print_shop=True)
    box = pypdf.PdfReader(pdf).pages[0]
    bleed_box = list(map(float, box.bleedbox))
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        height = float(page.height)
        filled = [r for r in page.rects if r["fill"] and r["x0"] <= bleed_box[0] + 0.01
                  and r["x1"] >= bleed_box[2] - 0.01 and height - r["top"] >= bleed_box[3] - 0.01]
    assert filled


def test_no_bleed_no_boxes(folds):
    page = pypdf.PdfReader(_pdf(folds, "en", "trifold-a4")).pages[0]
    assert "/TrimBox" not in page and "/BleedBox" not in page


def _operators(pdf: Path) -> set[str]:
    """Every operator in the pages' and their forms' content streams."""
    reader = pypdf.PdfReader(pdf)
    found: set[str] = set()

    def scan(stream, resources):
        for _, operator in ContentStream(stream, reader).operations:
            found.add(operator.decode("latin-1"))
        for xobject in (resources or {}).get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject["/Subtype"] == "/Form":
                scan(xobject, xobject.get("/Resources"))

    for page in reader.pages:
        scan(page.get_contents(), page["/Resources"])
    return found


@pytest.mark.parametrize("layout", ["a4-leaflet", "trifold-a4", "a5-booklet"])
def test_cmyk_colours(print_shop, layout):
    operators = _operators(_pdf(print_shop, "en", layout, print_shop=True))
    assert "k" in operators and "K" in operators
    assert not operators & {"rg", "RG", "sc", "scn", "SC", "SCN"}


def test_office_pdf_stays_rgb(folds):
    assert "rg" in _operators(_pdf(folds, "en", "trifold-a4"))


def test_low_resolution_image_is_an_error_only_for_print(tmp_path_factory):
    def add_image(data):
        data["sections"][0]["blocks"].append({"image": {"src": "assets/photo.png", "width": 0.5,
                                                        "alt": {"en": "A photo", "es": "Una foto"}}})

    content = _project(tmp_path_factory, "low-dpi", add_image)
    Image.new("RGB", (120, 90), "#336699").save(content.parent / "assets" / "photo.png", dpi=(72, 72))
    office = _build(content, "--lang", "en", "--layout", "a4-leaflet")
    assert "warning: image prints at about" in office.output
    shop = _build(content, "--lang", "en", "--layout", "a4-leaflet", "--bleed", "3mm", "--force", ok=False)
    assert shop.exit_code == 1
    assert "a print shop needs at least 150" in shop.output


# --- large print -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    def emphasise(data):
        data["sections"][0]["blocks"].insert(0, {"paragraph": {"en": "Some words are *very* important.",
                                                               "es": "Algunas palabras son *muy* importantes."}})

    content = _project(tmp_path_factory, "large", emphasise)
    _build(content, "--layout", "large-print-a4")
    return content


def test_large_print_body_is_18_pt(large):
    with pdfplumber.open(_pdf(large, "en", "large-print-a4")) as pdf:
        sizes = [round(c["size"], 1) for page in pdf.pages for c in page.chars]
        footer = [c["size"] for page in pdf.pages for c in page.chars
                  if c["top"] > page.height - 26 * MM and c["x0"] > page.width / 2]
    assert max(set(sizes), key=sizes.count) >= 18
    assert footer and min(footer) >= 18  # "Page X of Y" as large as the body


def test_large_print_uses_no_italics(large):
    with pdfplumber.open(_pdf(large, "en", "large-print-a4")) as pdf:
        fonts = {c["fontname"] for page in pdf.pages for c in page.chars}
        words = {w["text"]: w for page in pdf.pages for w in page.extract_words(extra_attrs=["fontname"])}
    assert not [f for f in fonts if "italic" in f.lower() or "oblique" in f.lower()]
    assert "Bold" in words["very"]["fontname"]  # emphasis printed bold instead


@pytest.mark.parametrize("long_notice", [False, True])
def test_back_page_stays_one_page(tmp_path_factory, long_notice):
    """The back page holds the contact details and QR code on one page. When the disclaimer and
    date would run it onto a second page (large print, a long disclaimer), they follow the content
    instead; when they fit, they stay on the back page."""
    def lengthen(data):
        data["disclaimer"] = {lang: " ".join([text] * 6) for lang, text in data["disclaimer"].items()}

    content = _project(tmp_path_factory, "back", lengthen if long_notice else None)
    _build(content, "--lang", "en", "--layout", "large-print-a4")
    with pdfplumber.open(_pdf(content, "en", "large-print-a4")) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
    assert "Contact us" in texts[-1] and "Scan the code" in texts[-1]
    assert sum("Contact us" in text for text in texts) == 1
    notice = next(i for i, text in enumerate(texts) if "Please note" in text)
    assert "Last updated" in texts[notice] or "Last updated" in texts[notice + 1]
    assert (notice < len(texts) - 1) == long_notice


def _fill_colours(pdf: Path) -> set[tuple[float, ...]]:
    return {tuple(round(float(v), 3) for v in operands) for page in pypdf.PdfReader(pdf).pages
            for operands, operator in ContentStream(page.get_contents(), page.pdf).operations if operator == b"rg"}


def test_large_print_darkens_a_brand_colour_below_7_to_1(tmp_path_factory):
    """A primary colour good enough for the leaflet (5:1) but not for large print (7:1) is darkened
    for large print alone, and the build says which colour it used."""
    def paler(data):
        data["clinic"]["colors"]["primary"] = "#3A6EA5"  # about 5:1 on white

    content = _project(tmp_path_factory, "contrast", paler)
    result = _build(content, "--lang", "en", "--layout", "a4-leaflet", "--layout", "large-print-a4")
    used = re.search(r"large-print-a4 needs 7:1, so it prints (#[0-9A-F]{6}) instead", result.output)
    assert used, result.output
    assert result.output.count("so it prints") == 1  # the leaflet keeps the colour
    darker = tuple(round(int(used.group(1)[i:i + 2], 16) / 255, 3) for i in (1, 3, 5))
    paler_rgb = tuple(round(int("3A6EA5"[i:i + 2], 16) / 255, 3) for i in (0, 2, 4))
    large = _fill_colours(_pdf(content, "en", "large-print-a4"))
    assert darker in large and paler_rgb not in large
    assert paler_rgb in _fill_colours(_pdf(content, "en", "a4-leaflet"))


def test_brand_colour_below_4_5_to_1_still_fails(tmp_path_factory):
    def pale(data):
        data["clinic"]["colors"]["primary"] = "#6FA0D0"  # about 2.7:1 on white

    content = _project(tmp_path_factory, "pale", pale)
    result = _build(content, "--lang", "en", "--layout", "large-print-a4", ok=False)
    assert result.exit_code == 1
    assert "needs 4.5:1" in result.output or "need 4.5:1" in result.output
    assert not _pdf(content, "en", "large-print-a4").exists()


def test_large_print_footer_and_band_at_body_size(large):
    """The clinic's name and phone in the footer and the name in the band are as large as the text."""
    with pdfplumber.open(_pdf(large, "en", "large-print-a4")) as pdf:
        for page in pdf.pages:
            assert min(c["size"] for c in page.chars) >= 18 - 0.01
        footer = pdf.pages[1].crop((0, pdf.pages[1].height - 26 * MM, pdf.pages[1].width, pdf.pages[1].height))
        assert "Example Health Clinic" in footer.extract_text() and "+1 555 0100" in footer.extract_text()
        # on two lines, set clear of the text frame: a good half line between the frame and the capitals
        for page in pdf.pages[1:-1]:
            contact = [c for c in page.chars if c["top"] > page.height - 26 * MM and c["text"] == "E"]
            assert contact and min(c["top"] for c in contact) >= page.height - 26 * MM + 0.5 * 18


# --- keeping things together on pages ------------------------------------------------------------

def _structure(pdf: Path) -> list[tuple[str, list[list[int]]]]:
    """Each list and table: its role and, for each of its items or rows, the pages it is on."""
    with pdfplumber.open(pdf) as doc:
        (document,) = doc.structure_tree
        on_page = {(c["page_number"], c["mcid"]) for page in doc.pages for c in page.chars}

    def pages(node) -> set[int]:
        found = {node.get("page_number") for mcid in node.get("mcids") or [] if (node.get("page_number"), mcid) in on_page}
        for child in node.get("children", []):
            found |= pages(child)
        return found

    found = []

    def walk(node):
        if node["type"] in ("L", "Table"):
            rows = [c for c in node.get("children", []) if c["type"] in ("LI", "TR")]
            found.append((node["type"], [sorted(pages(row)) for row in rows]))
        for child in node.get("children", []):
            walk(child)

    walk(document)
    return found


@pytest.fixture(scope="module")
def kept(tmp_path_factory) -> list[Path]:
    """Booklets in which a five-step list, a three-row table and a notes block land ever lower on
    the page, so that each meets a page end somewhere."""
    built = []
    for filler in range(4):
        def change(data, filler=filler):
            blocks = [{"paragraph": {"en": f"{i}. {FILLER}", "es": f"{i}. {FILLER}"}} for i in range(3 + filler)]
            blocks += [{"steps": [{"en": f"Step {n}: {FILLER[:60]}", "es": f"Paso {n}"} for n in range(1, 6)]},
                       {"paragraph": {"en": FILLER, "es": FILLER}},
                       {"table": {"header": ["A", "B"], "rows": [[f"row {n}", FILLER[:50]] for n in range(3)]}},
                       {"paragraph": {"en": FILLER, "es": FILLER}},
                       {"notes": {"title": {"en": "Notes together", "es": "Notas juntos"}, "lines": 14}}]  # not the template's "My notes"
            data["sections"].append({"id": "together", "heading": {"en": "Together", "es": "Juntos"}, "blocks": blocks})

        content = _project(tmp_path_factory, f"kept{filler}", change)
        _build(content, "--lang", "en", "--layout", "a5-booklet")
        built.append(_pdf(content, "en", "a5-booklet"))
    return built


def test_no_list_item_or_table_row_alone_at_a_page_end(kept):
    crossing = 0
    for pdf in kept:
        for role, rows in _structure(pdf):
            pages = [p[0] for p in rows if p]
            if len(set(pages)) > 1:
                crossing += 1
                for page in set(pages):
                    assert pages.count(page) >= 2, (pdf.name, role, pages)
            if role == "Table" and len(rows) <= 7:  # up to 6 rows and a header move whole
                assert len(set(pages)) == 1, (pdf.name, pages)
    assert crossing, "no list met a page end: the test proves nothing"


def test_notes_fill_the_page_and_continue(kept):
    """Ruled lines fill the rest of a page rather than move whole and leave it a third blank."""
    continued = 0
    for pdf in kept:
        with pdfplumber.open(pdf) as doc:
            texts = [page.extract_text() for page in doc.pages]
            for i, page in enumerate(doc.pages[:-1]):
                if "Notes together" in texts[i]:
                    lines = [line for line in page.lines if line["width"] > page.width / 2]
                    if len(lines) < 14:
                        continued += 1
                        lowest = max(line["bottom"] for line in lines)
                        assert lowest > page.height * 0.7, pdf.name  # filled down to the foot of the page
    assert continued, "no notes block met a page end"


@pytest.mark.parametrize("layout", ["trifold-a4", "bifold-a4"])
def test_folds_have_fold_marks(tmp_path_factory, layout):
    """Outside the bleed, above and below the trim, a dashed mark at each fold of each side."""
    content = _project(tmp_path_factory, f"fold-marks-{layout}")
    _build(content, "--lang", "en", "--layout", layout, "--bleed", "3mm")
    pdf = _pdf(content, "en", layout, print_shop=True)
    _, widths = FOLDS[layout]
    for number, page in enumerate(pypdf.PdfReader(pdf).pages):
        trim, bleed_box = list(map(float, page.trimbox)), list(map(float, page.bleedbox))
        with pdfplumber.open(pdf) as doc:
            plumber = doc.pages[number]
            height = float(plumber.height)
            dashed = [line for line in plumber.lines if line["x0"] == line["x1"] and line["dash"] and line["dash"][0]
                      and (height - line["top"] <= bleed_box[1] or height - line["bottom"] >= bleed_box[3])]
        inside = [sum(widths[:i]) for i in range(1, len(widths))]
        folds = inside if number == 1 else [trim[2] - trim[0] - x for x in inside]
        assert sorted({round(line["x0"] - trim[0], 1) for line in dashed}) == sorted(round(x, 1) for x in folds)
        assert len(dashed) == 2 * len(folds)  # above and below


# --- spreads of a print-shop booklet ---------------------------------------------------------

def _spreads(content: Path, print_shop: bool = True) -> Path:
    return content.parent / "out" / f"my-leaflet-en-a5-booklet{'-print' if print_shop else ''}-spreads.pdf"


def test_spreads_are_the_same_document_as_the_pages(print_shop):
    """Same PDF version, language, metadata and XMP; tagged, and still passing the PDF/UA checks."""
    pages, spreads = (pypdf.PdfReader(p) for p in (_pdf(print_shop, "en", "a5-booklet", print_shop=True),
                                                   _spreads(print_shop)))
    assert spreads.pdf_header == pages.pdf_header
    for key in ("/Lang", "/MarkInfo", "/ViewerPreferences", "/Metadata", "/StructTreeRoot"):
        assert key in spreads.trailer["/Root"], key
    assert spreads.trailer["/Root"]["/Lang"] == "en"
    assert dict(spreads.metadata) == dict(pages.metadata)
    assert violations(_spreads(print_shop)) == []


def test_spreads_keep_their_tags_in_reading_order(print_shop):
    """The title's structure element still finds its text, now on the first sheet."""
    with pdfplumber.open(_spreads(print_shop)) as pdf:
        (document,) = pdf.structure_tree
        title = next(node for node in document["children"] if node["type"] == "H1")
        page = pdf.pages[title["page_number"] - 1]
        text = "".join(c["text"] for c in page.chars if c["mcid"] in title["mcids"] and c["text"] != " ")
    assert title["page_number"] == 1 and text == "Living well with your condition".replace(" ", "")
    reader = pypdf.PdfReader(_spreads(print_shop))
    outline = {item.title: reader.get_destination_page_number(item) for item in reader.outline}
    assert outline["About this leaflet"] == 0 and outline["Contact us"] == 0  # pages 1 and 4: the first sheet


def test_spreads_keep_the_bleed_and_boxes(print_shop):
    bleed = 3 * MM
    pdf = _spreads(print_shop)
    for page in pypdf.PdfReader(pdf).pages:
        trim, bleed_box, media = (list(map(float, box)) for box in (page.trimbox, page.bleedbox, page.mediabox))
        assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx((2 * A5[0], A5[1]), abs=0.1)
        assert bleed_box == pytest.approx([trim[0] - bleed, trim[1] - bleed, trim[2] + bleed, trim[3] + bleed], abs=0.01)
        assert media[0] < bleed_box[0] and media[2] > bleed_box[2]
    with pdfplumber.open(pdf) as doc:
        sheet = doc.pages[0]  # pages 8 and 1: the cover's band runs into the bleed at the right
        height = float(sheet.height)
        band = [r for r in sheet.rects if r["fill"] and r["x1"] >= bleed_box[2] - 0.01
                and height - r["top"] >= bleed_box[3] - 0.01]
        outside = [line for line in sheet.lines if height - line["top"] <= bleed_box[1] or height - line["bottom"] >= bleed_box[3]]
        spine = [line for line in outside if line["x0"] == line["x1"] and line["dash"] and line["dash"][0]]
    assert band
    assert len(spine) == 2 and spine[0]["x0"] == pytest.approx((trim[0] + trim[2]) / 2, abs=0.01)
    crops = [line for line in outside if line["x0"] == line["x1"] and (not line["dash"] or not line["dash"][0])
             and round(line["x0"], 2) in (round(trim[0], 2), round(trim[2], 2))]
    # the vertical crop marks at the spread's corners (the pages' own, drawn at the same places, are clipped off)
    assert {(round(line["x0"], 1), round(line["top"])) for line in crops} == {
        (round(x, 1), top) for x in (trim[0], trim[2]) for top in {round(line["top"]) for line in crops}}
    assert len({round(line["top"]) for line in crops}) == 2


def test_office_spreads_are_tagged_too(booklet):
    spreads = booklet.parent / "out" / "my-leaflet-en-a5-booklet-spreads.pdf"
    assert violations(spreads) == []
    assert pypdf.PdfReader(spreads).pdf_header == pypdf.PdfReader(_pdf(booklet, "en", "a5-booklet")).pdf_header
