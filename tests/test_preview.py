"""`brochure preview`: PNG images of every page and a contact sheet, from the PDFs a build makes."""
from __future__ import annotations

from pathlib import Path

import pypdf
from PIL import Image

from brochure.preview.images import FOLD_LINE, SHEET_GAP, page_digests
from helpers import init_project, replace_in, run


def _pages(pdf: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(pdf).pages]


def _close(pixels: tuple[int, int], expected: tuple[float, float]) -> bool:
    """A page's pixel size is its size in points times dpi / 72, rounded up or down."""
    return all(abs(got - want) < 1 for got, want in zip(pixels, expected))


def _ink(path: Path) -> float:
    """Share of pixels that are not white: 0 for a blank page."""
    image = Image.open(path).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[250:]) / (image.width * image.height)


def test_preview_writes_one_png_per_page_sized_from_the_dpi_and_a_contact_sheet(tmp_path):
    content = init_project(tmp_path / "clinic")
    out = tmp_path / "out"
    result = run("preview", str(content), "--lang", "en", "--layout", "a4-leaflet", "-o", str(out))
    assert result.exit_code == 0, result.output
    pdf = out / "my-leaflet-en-a4-leaflet.pdf"
    sizes = _pages(pdf)
    images = sorted((out / "preview").glob("my-leaflet-en-a4-leaflet-p*.png"))
    assert [p.name for p in images] == [f"my-leaflet-en-a4-leaflet-p{n}.png" for n in range(1, len(sizes) + 1)]
    for image, (width, height) in zip(images, sizes):
        assert _close(Image.open(image).size, (width, height))  # 72 dpi: one pixel per point
        assert _ink(image) > 0.02, f"{image.name} is blank"
    sheet = Image.open(out / "preview" / "my-leaflet-en-a4-leaflet-sheet.png")
    columns = min(len(sizes), 4)
    page_width = Image.open(images[0]).width
    assert sheet.width == SHEET_GAP + columns * (page_width + SHEET_GAP)
    assert sheet.height > round(sizes[0][1])
    assert "wrote" in result.output and f"{len(sizes)} page images" in result.output


def test_dpi_sets_the_image_size(tmp_path):
    content = init_project(tmp_path / "clinic")
    result = run("preview", str(content), "--lang", "es", "--dpi", "144", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    width, height = _pages(tmp_path / "out" / "my-leaflet-es-a4-leaflet.pdf")[0]
    first = Image.open(tmp_path / "out" / "preview" / "my-leaflet-es-a4-leaflet-p1.png")
    assert _close(first.size, (width * 2, height * 2))
    assert run("preview", str(content), "--dpi", "5000").exit_code == 2


def test_a_fold_sheet_shows_both_sides_with_fold_lines(tmp_path):
    content = init_project(tmp_path / "clinic")
    out = tmp_path / "out"
    result = run("preview", str(content), "--lang", "en", "--layout", "trifold-a4", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(list((out / "preview").glob("my-leaflet-en-trifold-a4-p*.png"))) == 2
    outside = Image.open(out / "preview" / "my-leaflet-en-trifold-a4-p1.png")
    sheet = Image.open(out / "preview" / "my-leaflet-en-trifold-a4-sheet.png").convert("RGB")
    assert sheet.width == outside.width + 2 * SHEET_GAP  # the two sides one above the other
    assert sheet.height > 2 * outside.height
    # The outside's folds, mirrored from the inside panels (100, 100, 97 mm): 97 mm and 197 mm from the left.
    for fold_mm in (97, 197):
        x = SHEET_GAP + round(fold_mm * 72 / 25.4)
        column = [sheet.getpixel((x, y)) for y in range(SHEET_GAP, SHEET_GAP + outside.height)]
        assert column.count(FOLD_LINE) > outside.height / 4, f"no fold line {fold_mm} mm from the left"


def test_preview_builds_through_the_cache_and_removes_stale_page_images(tmp_path):
    content = init_project(tmp_path / "clinic")
    out = tmp_path / "out"
    assert run("preview", str(content), "--lang", "en", "-o", str(out)).exit_code == 0
    pdf = out / "my-leaflet-en-a4-leaflet.pdf"
    built = pdf.stat().st_mtime_ns
    stale = out / "preview" / "my-leaflet-en-a4-leaflet-p9.png"
    stale.write_bytes(b"left from a longer edition")
    keep = out / "preview" / "my-leaflet-en-a4-leaflet-plan.png"  # not a page image of ours
    keep.write_bytes(b"someone else's")
    assert run("preview", str(content), "--lang", "en", "-o", str(out)).exit_code == 0
    assert pdf.stat().st_mtime_ns == built  # unchanged inputs: not rebuilt
    assert not stale.exists() and keep.exists()


def test_a_failed_edition_is_reported_and_the_others_are_still_previewed(tmp_path):
    content = init_project(tmp_path / "clinic")
    replace_in(content, "es: Sobre este folleto", "fr: Sobre este folleto")
    result = run("preview", str(content), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "FAILED es/a4-leaflet" in result.output and "content.yaml:" in result.output
    assert (tmp_path / "out" / "preview" / "my-leaflet-en-a4-leaflet-sheet.png").is_file()
    assert not list((tmp_path / "out" / "preview").glob("my-leaflet-es-*"))


def test_unloadable_content_is_reported_with_its_line(tmp_path):
    content = init_project(tmp_path / "clinic")
    replace_in(content, "title:", "title: [")
    result = run("preview", str(content), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "content.yaml:" in result.output and "Traceback" not in result.output


def test_page_digests_change_only_for_pages_whose_content_changed(tmp_path):
    content = init_project(tmp_path / "clinic")
    out = tmp_path / "out"
    assert run("build", str(content), "--lang", "en", "-o", str(out)).exit_code == 0
    pdf = out / "my-leaflet-en-a4-leaflet.pdf"
    before = page_digests(pdf.read_bytes())
    replace_in(content, "Read this leaflet at your own pace.", "Read this leaflet at your own speed.")
    assert run("build", str(content), "--lang", "en", "-o", str(out)).exit_code == 0
    after = page_digests(pdf.read_bytes())
    assert len(before) == len(after) > 1
    assert before[0] != after[0] and before[1:] == after[1:]


def test_an_unknown_layout_is_a_usage_mistake(tmp_path):
    content = init_project(tmp_path / "clinic")
    result = run("preview", str(content), "--layout", "a4-leaflett", "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "a4-leaflet" in result.output and "Traceback" not in result.output
